package rules

// The Survei Kepuasan Masyarakat rules a report can cite (package ikm).
// Their entries follow the engagement ones in the table, in the order a
// methods section lists them.
const (
	IKMFormula    ID = "ikm-formula"      // the nine unsur, the answers 1–4, NRR and IKM
	IKMCategories ID = "ikm-categories"   // the bands of the converted value
	IKMMinimum    ID = "ikm-minimum"      // the Krejcie–Morgan minimum sample
	IKMWeight     ID = "ikm-weight"       // the exact weight 1/9 and one rounding
	IKMNRRPlaces  ID = "ikm-nrr-places"   // NRR printed to three places
	IKMWords      ID = "ikm-answer-words" // the questionnaire's answer words per unsur
	IKMGroups     ID = "ikm-groups"       // results per service, pooled; each group's minimum; suppression
	IKM2014       ID = "ikm-2014"         // the superseded unsur set of PermenPANRB 16/2014
	IKM2004       ID = "ikm-2004"         // the superseded bands of KepmenPAN 25/2004
)
