package berakhlak_test

import (
	"errors"
	"testing"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/branding"
	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/engagement"
	"github.com/go-asn/berakhlak/ikm"
	"github.com/go-asn/berakhlak/kinerja"
	"github.com/go-asn/berakhlak/kinerja/siasn"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

// TestErrorIdentity checks that every error-returning function of the
// survey packages reports its condition with the module's one sentinel
// for it, and, where the condition is about an input, with the typed error
// that carries it.
func TestErrorIdentity(t *testing.T) {
	in := akhlak.DefaultInstrument()
	bt, _ := akhlak.NewBallotTally(in)
	rt, _ := akhlak.NewRatingTally(survey.DefaultRatingScale())
	einst, _ := engagement.NewInstrument(engagement.Definition{Items: []survey.Item{{Code: "A", Dimension: "D"}, {Code: "B", Dimension: "D"}}})
	et, _ := engagement.NewTally(einst)
	binst, _ := branding.NewInstrument(branding.Definition{Items: []survey.Item{{Code: "A", Dimension: "D"}}})
	brt, _ := branding.NewTally(binst)
	row := func(a int8) []int8 {
		r := make([]int8, 21)
		for i := range r {
			r[i] = a
		}
		return r
	}
	var answerErr *survey.AnswerError
	var insufficient *survey.InsufficientError
	var parseErr *akhlak.ParseError
	var rangeErr *category.RangeError
	var ikmParse *ikm.ParseError
	var kinerjaParse *kinerja.ParseError
	var codeErr *siasn.CodeError
	it := ikm.NewTally()
	// Valid encodings, to be damaged below.
	btBytes, _ := bt.MarshalBinary()
	rtBytes, _ := rt.MarshalBinary()
	etBytes, _ := et.MarshalBinary()
	itBytes, _ := it.MarshalBinary()
	tests := []struct {
		name string
		err  error
		is   []error
		as   any // a pointer to a typed error, or nil
	}{
		{"BallotTally.Add unknown option", bt.Add("R1", akhlak.Ballot{Current: []akhlak.OptionID{99}}), []error{survey.ErrInvalidAnswer, akhlak.ErrUnknownOption}, &answerErr},
		{"BallotTally.Add zero option", bt.Add("R1", akhlak.Ballot{Current: []akhlak.OptionID{0}}), []error{survey.ErrInvalidAnswer, akhlak.ErrUnknownOption}, &answerErr},
		{"BallotTally.Add blank ballot", bt.Add("R1", akhlak.Ballot{}), []error{survey.ErrInvalidAnswer}, &answerErr},
		{"BallotTally.Add repeated pick", bt.Add("R1", akhlak.Ballot{Current: []akhlak.OptionID{1, 1}}), []error{survey.ErrInvalidAnswer}, &answerErr},
		{"RatingTally.Add out of scale", rt.Add("R1", row(9)), []error{survey.ErrInvalidAnswer}, &answerErr},
		{"RatingTally.Add short row", rt.Add("R1", []int8{3}), []error{survey.ErrInvalidAnswer}, &answerErr},
		{"RatingTally.Add blank row", rt.Add("R1", row(survey.NoAnswer)), []error{survey.ErrInvalidAnswer}, &answerErr},
		{"engagement Add out of scale", et.Add(engagement.Response{Respondent: "R1", Answers: []int8{9, 1}}), []error{survey.ErrInvalidAnswer}, &answerErr},
		{"branding Add wrong length", brt.Add(branding.Response{Respondent: "R1", Answers: []int8{1, 1}}), []error{survey.ErrInvalidAnswer}, &answerErr},
		{"BallotTally.Result empty", second(bt.Result(survey.FixedMinimum(1))), []error{survey.ErrInsufficientRespondents}, &insufficient},
		{"RatingTally.Result empty", second(rt.Result(survey.Slovin(100, 5))), []error{survey.ErrInsufficientRespondents}, &insufficient},
		{"engagement Result below 140", second(et.Result(engagement.OfficialMinimum())), []error{survey.ErrInsufficientRespondents}, &insufficient},
		{"branding Result below minimum", second(brt.Result(survey.KrejcieMorgan(50))), []error{survey.ErrInsufficientRespondents}, &insufficient},
		{"zero Minimum", survey.Minimum{}.Check(5), []error{survey.ErrInvalidInput}, nil},
		{"engagement bad option", second(et.Result(survey.FixedMinimum(1), engagement.WithTopBoxes(0))), []error{survey.ErrInvalidInput}, nil},
		{"NewRatingScale", second(survey.NewRatingScale(5, 1)), []error{survey.ErrInvalidInstrument}, nil},
		{"NewInstrument", second(akhlak.NewInstrument(0)), []error{survey.ErrInvalidInstrument}, nil},
		{"engagement NewInstrument", second(engagement.NewInstrument(engagement.Definition{})), []error{survey.ErrInvalidInstrument}, nil},
		{"branding NewInstrument", second(branding.NewInstrument(branding.Definition{})), []error{survey.ErrInvalidInstrument}, nil},
		{"BallotTally.UnmarshalBinary", new(akhlak.BallotTally).UnmarshalBinary([]byte("x")), []error{survey.ErrCorrupt}, nil},
		{"RatingTally.UnmarshalBinary", new(akhlak.RatingTally).UnmarshalBinary([]byte("x")), []error{survey.ErrCorrupt}, nil},
		{"engagement UnmarshalBinary", new(engagement.Tally).UnmarshalBinary([]byte("x")), []error{survey.ErrCorrupt}, nil},
		{"branding UnmarshalBinary", new(branding.Tally).UnmarshalBinary([]byte("x")), []error{survey.ErrCorrupt}, nil},
		{"BallotTally.UnmarshalBinary a flipped bit", new(akhlak.BallotTally).UnmarshalBinary(flipped(btBytes, 40)), []error{survey.ErrCorrupt}, nil},
		{"RatingTally.UnmarshalBinary a newer version", new(akhlak.RatingTally).UnmarshalBinary(flipped(rtBytes, 33)), []error{survey.ErrCorrupt}, nil},
		{"engagement UnmarshalBinary a flipped checksum", new(engagement.Tally).UnmarshalBinary(flipped(etBytes, 8*len(etBytes)-1)), []error{survey.ErrCorrupt}, nil},
		{"branding UnmarshalBinary of an engagement tally", new(branding.Tally).UnmarshalBinary(etBytes), []error{survey.ErrCorrupt}, nil},
		{"ikm UnmarshalBinary cut", new(ikm.Tally).UnmarshalBinary(itBytes[:len(itBytes)-1]), []error{survey.ErrCorrupt}, nil},
		{"ParseValue", second(akhlak.ParseValue("Jujur")), []error{akhlak.ErrUnknownValue}, &parseErr},
		{"ParseBehaviour", second(akhlak.ParseBehaviour("BP4")), []error{akhlak.ErrUnknownBehaviour}, &parseErr},
		{"ParseStage", second(akhlak.ParseStage("8")), []error{akhlak.ErrUnknownStage}, &parseErr},
		{"ParsePhase", second(akhlak.ParsePhase("x")), []error{akhlak.ErrUnknownPhase}, &parseErr},
		{"ParseList", second(akhlak.ParseList("x")), []error{akhlak.ErrUnknownList}, &parseErr},
		{"ParseOptionKind", second(akhlak.ParseOptionKind("x")), []error{akhlak.ErrUnknownOptionKind}, &parseErr},
		{"ParseHealthComponent", second(akhlak.ParseHealthComponent("x")), []error{akhlak.ErrUnknownHealthComponent}, &parseErr},
		{"ParseTarget", second(akhlak.ParseTarget("x")), []error{akhlak.ErrInvalidTarget}, &parseErr},
		{"survey ParseVerdict", second(survey.ParseVerdict("x")), []error{survey.ErrUnknownVerdict}, nil},
		{"survey ParseAttainment", second(survey.ParseAttainment("x")), []error{survey.ErrUnknownAttainment}, nil},
		{"Instrument.Lookup", second(in.Lookup("XX")), []error{akhlak.ErrUnknownOption}, &parseErr},
		{"NewProfile incomplete", second(akhlak.NewProfile(nil)), []error{akhlak.ErrIncompleteProfile}, nil},
		{"NewProfile out of range", second(akhlak.NewProfile(allScores("101"))), []error{category.ErrOutOfRange}, nil},
		{"Aggregate none qualifies", second(akhlak.Aggregate(nil)), []error{survey.ErrInsufficientRespondents}, nil},
		{"CultureHealth no weights", third(akhlak.CultureHealth(nil, nil)), []error{survey.ErrInvalidInput}, nil},
		{"AlignmentPercent", second(akhlak.AlignmentPercent(11)), []error{survey.ErrInvalidInput}, nil},
		{"Scale.Classify", second(category.BerAKHLAK().Classify(decimal.New(101, 0))), []error{category.ErrOutOfRange}, &rangeErr},
		{"Scale.Band", second(category.BerAKHLAK().Band("E")), []error{category.ErrOutOfRange}, nil},
		{"NewScale", second(category.NewScale("", 1, decimal.New(1, 0))), []error{category.ErrInvalidScale}, nil},
		{"zero BallotResult JSON", second(akhlak.BallotResult{}.MarshalJSON()), []error{survey.ErrNoFigure}, nil},
		{"zero RatingResult JSON", second(akhlak.RatingResult{}.MarshalJSON()), []error{survey.ErrNoFigure}, nil},
		{"zero engagement Result JSON", second(engagement.Result{}.MarshalJSON()), []error{survey.ErrNoFigure}, nil},
		{"ikm Tally.Add out of scale", it.Add("R1", []int8{5, 1, 1, 1, 1, 1, 1, 1, 1}), []error{survey.ErrInvalidAnswer}, &answerErr},
		{"ikm Tally.Add blank row", it.Add("R1", []int8{-1, -1, -1, -1, -1, -1, -1, -1, -1}), []error{survey.ErrInvalidAnswer}, &answerErr},
		{"ikm Result below minimum", second(it.Result(survey.KrejcieMorgan(100))), []error{survey.ErrInsufficientRespondents}, &insufficient},
		{"ikm ParseUnsur", second(ikm.ParseUnsur("Keamanan")), []error{ikm.ErrUnknownUnsur}, &ikmParse},
		{"ikm ParseAnswer", second(ikm.ParseAnswer("5")), []error{ikm.ErrUnknownAnswer}, &ikmParse},
		{"ikm UnmarshalBinary", new(ikm.Tally).UnmarshalBinary([]byte("x")), []error{survey.ErrCorrupt}, nil},
		{"kinerja ParseRating", second(kinerja.ParseRating("Luar Biasa")), []error{kinerja.ErrUnknownRating}, &kinerjaParse},
		{"kinerja ParsePredikat", second(kinerja.ParsePredikat("x")), []error{kinerja.ErrUnknownPredikat}, &kinerjaParse},
		{"kinerja ParseJenjang", second(kinerja.ParseJenjang("x")), []error{kinerja.ErrUnknownJenjang}, &kinerjaParse},
		{"kinerja PredikatPegawai", second(kinerja.PredikatPegawai(0, kinerja.SesuaiEkspektasi)), []error{kinerja.ErrUnknownRating}, nil},
		{"kinerja AngkaKredit months", second(kinerja.AngkaKredit(kinerja.AhliPertama, kinerja.Baik, 13)), []error{survey.ErrInvalidInput, kinerja.ErrInvalidInput}, nil},
		{"kinerja CheckDistribution", second(kinerja.CheckDistribution(kinerja.OrganisasiBaik, nil, kinerja.DistributionRules{})), []error{survey.ErrInvalidInput}, nil},
		{"siasn ParseRatingCode", second(siasn.ParseRatingCode("4")), []error{siasn.ErrUnknownCode}, &codeErr},
		{"siasn ParseKuadranCode", second(siasn.ParseKuadranCode("0")), []error{siasn.ErrUnknownCode}, &codeErr},
		{"siasn ParseKoefisienID", second(siasn.ParseKoefisienID("99")), []error{siasn.ErrUnknownCode}, &codeErr},
		{"siasn ParsePeriodik", second(siasn.ParsePeriodik("tahunan")), []error{siasn.ErrUnknownPeriodik}, nil},
		{"siasn ParseFindingKind", second(siasn.ParseFindingKind("x")), []error{siasn.ErrUnknownFindingKind}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.err == nil {
				t.Fatal("no error")
			}
			for _, want := range tc.is {
				if !errors.Is(tc.err, want) {
					t.Errorf("%v: not errors.Is %v", tc.err, want)
				}
			}
			if tc.as != nil && !errors.As(tc.err, tc.as) {
				t.Errorf("%v: errors.As %T is false", tc.err, tc.as)
			}
		})
	}
}

// flipped returns a copy of b with bit i flipped.
func flipped(b []byte, i int) []byte {
	c := append([]byte(nil), b...)
	c[i/8] ^= 1 << (i % 8)
	return c
}

func second[T any](_ T, err error) error        { return err }
func third[T, U any](_ T, _ U, err error) error { return err }

func allScores(s string) map[akhlak.Value]decimal.Decimal {
	m := map[akhlak.Value]decimal.Decimal{}
	for _, v := range akhlak.Values() {
		m[v] = decimal.RequireFromString(s)
	}
	return m
}
