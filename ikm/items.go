package ikm

import (
	"encoding/json"
	"fmt"

	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/survey"
)

// ItemResult holds the figures of one unsur of a result's instrument,
// named as the instrument names it: what [UnsurResult] holds for an
// [Unsur] of PermenPANRB No. 14 Tahun 2017, for any [Instrument]
// ("Maklumat Pelayanan" of [Instrument2014] included). Compare two with
// [ItemResult.Equal].
type ItemResult struct {
	Code string // "U1" to "U9": the unsur's place on the instrument's questionnaire
	Name string // its official name on the instrument, e.g. "Maklumat Pelayanan"
	// NRR, Converted, Band, Answers, Missing and Sum are as in
	// [UnsurResult].
	NRR       figure.Figure
	Converted figure.Figure
	Band      category.Band
	Answers   int
	Missing   int
	Sum       int
}

// Equal reports whether it and o hold the same unsur and figures, at the
// same places.
func (it ItemResult) Equal(o ItemResult) bool {
	return it.Code == o.Code && it.Name == o.Name && it.NRR == o.NRR && it.Converted == o.Converted &&
		it.Band.Equal(o.Band) && it.Answers == o.Answers && it.Missing == o.Missing && it.Sum == o.Sum
}

// NRRAt returns the exact NRR (Sum ÷ Answers) rounded half-up once to
// places, 0 to 18, as [Result.NRRAt] does: agency reports print it to
// three. places out of range is an error wrapping
// [survey.ErrInvalidInput], and the zero ItemResult one wrapping
// [survey.ErrNoFigure].
func (it ItemResult) NRRAt(places int32) (figure.Figure, error) {
	switch {
	case it.Answers < 1:
		return figure.Figure{}, fmt.Errorf("ikm: NRRAt of an ItemResult without answers: %w", survey.ErrNoFigure)
	case places < 0 || places > 18:
		return figure.Figure{}, fmt.Errorf("ikm: NRRAt(%d): want 0 to 18 places: %w", places, survey.ErrInvalidInput)
	}
	return nrrAt(int64(it.Sum), int64(it.Answers), places), nil
}

// item returns the figures of the unsur at index i (0–8) of r's
// instrument.
func (r Result) item(i int) ItemResult {
	conv := r.converted(i)
	b, err := ikmScale.Classify(conv.Decimal())
	if err != nil {
		panic("ikm: converted NRR outside 25–100: " + err.Error()) // unreachable: 1 ≤ NRR ≤ 4
	}
	return ItemResult{Code: unsurCodes[i+1], Name: r.in.Names()[i], NRR: r.nrrDisplay(i), Converted: conv, Band: b,
		Answers: int(r.count[i]), Missing: int(r.missing[i]), Sum: int(r.sum[i])}
}

// Instrument returns the instrument whose unsur the result holds, and the
// zero Instrument for the zero Result.
func (r Result) Instrument() Instrument { return r.in }

// Items returns the figures of the nine unsur of the result's instrument,
// in its order (U1 to U9), or nil for the zero Result. For
// [Instrument2017] they are the figures of [Result.PerUnsur].
func (r Result) Items() []ItemResult {
	if !r.IsValid() {
		return nil
	}
	out := make([]ItemResult, numUnsur)
	for i := range out {
		out[i] = r.item(i)
	}
	return out
}

func (it ItemResult) json() unsurJSON {
	return unsurJSON{it.Code, it.Name, it.NRR, it.Converted, it.Band.Letter, it.Band.Label, it.Answers, it.Missing, it.Sum}
}

// MarshalJSON encodes the figures as [UnsurResult.MarshalJSON] does, with
// the code and the instrument's name, e.g. {"code":"U8","name":"Maklumat
// Pelayanan","nrr":"3.50",…}. The zero ItemResult is an error wrapping
// [survey.ErrNoFigure].
func (it ItemResult) MarshalJSON() ([]byte, error) {
	if it.Code == "" || !it.NRR.IsValid() || !it.Converted.IsValid() {
		return nil, fmt.Errorf("ikm: MarshalJSON of an ItemResult without unsur or figures: %w", survey.ErrNoFigure)
	}
	return json.Marshal(it.json())
}

// UnmarshalJSON reads what [ItemResult.MarshalJSON] writes and checks it as
// [UnsurResult.UnmarshalJSON] does, and that "code" is U1 to U9 and "name"
// the name of the unsur with that code on one of the [Instruments]. Anything
// else is an error wrapping [survey.ErrInvalidInput]; on an error it is
// unchanged.
func (it *ItemResult) UnmarshalJSON(data []byte) error {
	var in unsurJSON
	if err := json.Unmarshal(data, &in); err != nil {
		return badUnsurJSON("ItemResult", "%v", err)
	}
	i := codeIndex(in.Code)
	known := false
	for _, ins := range Instruments() {
		known = known || i >= 0 && ins.Names()[i] == in.Name
	}
	if !known {
		return badUnsurJSON("ItemResult", "code %q and name %q are no unsur of an instrument", in.Code, in.Name)
	}
	b, err := in.check("ItemResult", in.Code)
	if err != nil {
		return err
	}
	*it = ItemResult{Code: in.Code, Name: in.Name, NRR: in.NRR, Converted: in.Converted, Band: b, Answers: in.Answers, Missing: in.Missing, Sum: in.Sum}
	return nil
}

// codeIndex returns the index (0–8) of the code "U1" to "U9", or -1.
func codeIndex(code string) int {
	for i, c := range unsurCodes[1:] {
		if c == code {
			return i
		}
	}
	return -1
}
