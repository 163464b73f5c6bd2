package rules

// The Employee Engagement rules a report can cite (package engagement).
// Their entries follow the BerAKHLAK ones in the table, in the order a
// methods section lists them.
const (
	EngagementMinimum  ID = "engagement-minimum"  // the official minimum of 140 respondents per agency
	EngagementIndex    ID = "engagement-index"    // mean, percent favourable and the engagement index
	EngagementSegments ID = "engagement-segments" // segments by a respondent's mean answer
	ENPS               ID = "enps"                // the employee net promoter score
	Alpha              ID = "alpha"               // Cronbach's alpha per dimension
	Confidentiality    ID = "confidentiality"     // the confidentiality threshold and complementary suppression
)
