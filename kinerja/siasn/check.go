package siasn

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/go-asn/berakhlak/internal/enum"

	"github.com/go-asn/berakhlak/internal/fold"
	"github.com/go-asn/berakhlak/internal/text"
	"github.com/go-asn/berakhlak/kinerja"
)

// FindingKind is the kind of inconsistency [RiwayatSKP.Check],
// [RiwayatKinerjaPeriodik.Check], [RiwayatAngkaKredit.Check] and
// [RiwayatAngkaKredit.CheckPenilaian] find in a stored record. The zero
// FindingKind is invalid. The kinds are numbered from 1 without gaps, so
// that for k := FindingKind(1); k.IsValid(); k++ visits every one, those
// added after v1.0.0 included (see [FindingKinds]).
type FindingKind uint8

// The kinds of finding.
const (
	// FindingKuadranMismatch: the kuadran does not follow from the two ratings by
	// the matrix of PermenPANRB No. 6 Tahun 2022, and matches none of the
	// known wrong mappings below.
	FindingKuadranMismatch FindingKind = iota + 1
	// FindingKuadranSwapped: the kuadran is what a lookup keyed perilaku-first
	// gives (matrix[perilaku][hasil]), a bug of widely copied public code
	// that swaps Butuh Perbaikan (3) and Kurang/Misconduct (4) in the four
	// off-diagonal cells.
	FindingKuadranSwapped
	// FindingKuadranMax: the kuadran is max(hasil, perilaku) of the SIASN codes,
	// what a public SIASN client computes; it never gives 4 (Kurang).
	FindingKuadranMax
	// FindingKuadranSwappedOrMax: the kuadran is what both wrong mappings give
	// (hasil 1 or 2 with perilaku 3 stored as 3): either could be the
	// cause.
	FindingKuadranSwappedOrMax
	// FindingUnknownCode: a code is outside its SIASN reference table.
	FindingUnknownCode
	// FindingBulanOutOfRange: a month is outside 1–12.
	FindingBulanOutOfRange
	// FindingPeriodReversed: the period ends before it starts.
	FindingPeriodReversed
	// FindingKoefisienMismatch: the koefisien is not the one of the jenjang that
	// ends the position's name (jabatan).
	FindingKoefisienMismatch
	// FindingAngkaKreditMismatch: the stored angka kredit (kreditBaruTotal)
	// is not the one its periods convert to.
	FindingAngkaKreditMismatch
	// FindingKonversiSplit: a konversi record splits its angka kredit into
	// utama or penunjang, which a konversi leaves at 0 (kreditBaruTotal
	// carries it).
	FindingKonversiSplit
	// FindingInvalidFigure: a stored angka kredit is not a decimal of 0 or
	// more, or is missing.
	FindingInvalidFigure
)

var findingKindNames = [...]struct{ name, folded string }{
	{},
	{"kuadran mismatch", "kuadranmismatch"},
	{"kuadran swapped", "kuadranswapped"},
	{"kuadran max", "kuadranmax"},
	{"kuadran swapped or max", "kuadranswappedormax"},
	{"unknown code", "unknowncode"},
	{"bulan out of range", "bulanoutofrange"},
	{"period reversed", "periodreversed"},
	{"koefisien mismatch", "koefisienmismatch"},
	{"angka kredit mismatch", "angkakreditmismatch"},
	{"konversi split", "konversisplit"},
	{"invalid figure", "invalidfigure"},
}

// FindingKinds returns every kind of finding in the order of the
// constants, in a new slice: unlike the list of an official enumeration,
// it is not a fixed-size array, since a later version may add kinds (the
// audit of a new record type; v1.1.0 added FindingAngkaKreditMismatch,
// FindingKonversiSplit and FindingInvalidFigure).
func FindingKinds() []FindingKind {
	return []FindingKind{FindingKuadranMismatch, FindingKuadranSwapped, FindingKuadranMax, FindingKuadranSwappedOrMax, FindingUnknownCode, FindingBulanOutOfRange, FindingPeriodReversed, FindingKoefisienMismatch,
		FindingAngkaKreditMismatch, FindingKonversiSplit, FindingInvalidFigure}
}

// IsValid reports whether k is one of the kinds.
func (k FindingKind) IsValid() bool {
	return k >= FindingKuadranMismatch && k <= FindingInvalidFigure
}

// String returns the kind's name, e.g. "kuadran swapped", or
// "siasn.FindingKind(N)" for an invalid kind.
func (k FindingKind) String() string {
	if !k.IsValid() {
		return "siasn.FindingKind(" + strconv.Itoa(int(k)) + ")"
	}
	return findingKindNames[k].name
}

// AppendText appends the kind's name to b (encoding.TextAppender). The
// zero FindingKind appends nothing; any other invalid kind is a
// [*ParseError] wrapping [ErrUnknownFindingKind].
func (k FindingKind) AppendText(b []byte) ([]byte, error) {
	return enum.AppendFunc(b, k, k.IsValid(), func() string { return findingKindNames[k].name }, func() error { return &ParseError{Input: k.String(), Err: ErrUnknownFindingKind} })
}

// MarshalText returns the kind's name, and the empty text for the zero
// FindingKind. Any other invalid kind is an error.
func (k FindingKind) MarshalText() ([]byte, error) { return k.AppendText([]byte{}) }

// UnmarshalText sets k from any spelling [ParseFindingKind] accepts; the
// empty text sets the zero value.
func (k *FindingKind) UnmarshalText(text []byte) error {
	return enum.Unmarshal(k, text, ParseFindingKind)
}

// ParseFindingKind returns the kind named by s, in any case, with spaces,
// "_" or "-" anywhere or none ("kuadran_swapped", "KuadranMax"). Anything
// else is a [*ParseError] wrapping [ErrUnknownFindingKind].
func ParseFindingKind(s string) (FindingKind, error) {
	var buf [32]byte
	key, ok := fold.Append(buf[:0], s, true)
	if ok {
		for k := FindingKind(1); k.IsValid(); k++ {
			if string(key) == findingKindNames[k].folded {
				return k, nil
			}
		}
	}
	return 0, &ParseError{Input: s, Err: ErrUnknownFindingKind}
}

// MustParseFindingKind is like [ParseFindingKind] but panics on an error.
func MustParseFindingKind(s string) FindingKind { return enum.Must(ParseFindingKind(s)) }

// Finding is one inconsistency in a stored record.
type Finding struct {
	Kind     FindingKind
	Field    string // the SIASN field, as the record type writes it, e.g. "KuadranKinerjaNilai"
	Stored   string // the stored value, as text
	Expected string // the value the rules give, when one can be worked out; else empty
}

// String describes the finding, e.g. "KuadranKinerjaNilai: kuadran
// swapped: stored 3, expected 4". An empty stored value prints as "", a
// long one is cut short after 80 bytes.
func (f Finding) String() string {
	stored := f.Stored
	switch {
	case stored == "":
		stored = `""`
	case len(stored) > maxEcho:
		stored = text.Cut(stored)
	}
	s := f.Field + ": " + f.Kind.String() + ": stored " + stored
	if f.Expected != "" {
		s += ", expected " + f.Expected
	}
	return s
}

type findingJSON struct {
	Kind     FindingKind `json:"kind"`
	Field    string      `json:"field"`
	Stored   string      `json:"stored"`
	Expected string      `json:"expected,omitempty"`
}

// MarshalJSON returns the finding as
// {"kind":"kuadran swapped","field":"KuadranKinerjaNilai","stored":"3","expected":"4"},
// expected left out when empty.
func (f Finding) MarshalJSON() ([]byte, error) {
	return json.Marshal(findingJSON(f))
}

// UnmarshalJSON reads what [Finding.MarshalJSON] writes: a kind
// [ParseFindingKind] accepts and a field name are required. A kind it does
// not accept is an error wrapping its [*ParseError] (and so
// [ErrUnknownFindingKind]); anything else is a [*FieldError] naming the
// field at fault ("kind", "field", or "finding" for JSON that is not a
// finding's). On an error f is unchanged.
func (f *Finding) UnmarshalJSON(data []byte) error {
	var in findingJSON
	if err := json.Unmarshal(data, &in); err != nil {
		var pe *ParseError
		if errors.As(err, &pe) {
			return fmt.Errorf("siasn: Finding JSON: kind: %w", err)
		}
		return &FieldError{Field: "finding", Input: text.Cut(string(data)), Want: "a finding's JSON (" + err.Error() + ")"}
	}
	switch {
	case !in.Kind.IsValid():
		return &FieldError{Field: "kind", Input: text.Cut(string(data)), Want: "a kind of finding"}
	case in.Field == "":
		return &FieldError{Field: "field", Input: text.Cut(string(data)), Want: "the name of the field the finding is about"}
	}
	*f = Finding(in)
	return nil
}

// checkKuadran checks the three codes of a record: each known, and the
// kuadran following from the two ratings by the matrix of PermenPANRB No.
// 6 Tahun 2022, or else which known wrong mapping it matches.
func checkKuadran(out []Finding, hasilF string, h Rating, perilakuF string, p Rating, kuadranF string, k Kuadran) []Finding {
	hr, errH := ParseRatingCode(h)
	pr, errP := ParseRatingCode(p)
	if errH != nil {
		out = append(out, Finding{Kind: FindingUnknownCode, Field: hasilF, Stored: string(h)})
	}
	if errP != nil {
		out = append(out, Finding{Kind: FindingUnknownCode, Field: perilakuF, Stored: string(p)})
	}
	_, errK := ParseKuadranCode(k)
	if errH != nil || errP != nil {
		if errK != nil {
			out = append(out, Finding{Kind: FindingUnknownCode, Field: kuadranF, Stored: string(k)})
		}
		return out
	}
	_, _, want, _ := ratingsCodes(hr, pr)
	switch {
	case errK != nil:
		return append(out, Finding{Kind: FindingUnknownCode, Field: kuadranF, Stored: string(k), Expected: string(want)})
	case k == want:
		return out
	}
	_, _, swapped, _ := ratingsCodes(pr, hr) // the lookup keyed perilaku-first
	// max of the two codes, which are "1" to "3" here: the larger text.
	isSwapped, isMax := k == swapped, string(k) == max(string(h), string(p))
	kind := FindingKuadranMismatch
	switch {
	case isSwapped && isMax:
		kind = FindingKuadranSwappedOrMax
	case isSwapped:
		kind = FindingKuadranSwapped
	case isMax:
		kind = FindingKuadranMax
	}
	return append(out, Finding{Kind: kind, Field: kuadranF, Stored: string(k), Expected: string(want)})
}

// Check returns every inconsistency of the record, in the order of the
// fields, or nil when there is none: unknown codes of hasilKinerjaNilai,
// PerilakuKerjaNilai or KuadranKinerjaNilai; and a kuadran that does not
// follow from the two ratings by the matrix of PermenPANRB No. 6 Tahun
// 2022, named [FindingKuadranSwapped], [FindingKuadranMax] or [FindingKuadranSwappedOrMax]
// when it matches a known wrong mapping, [FindingKuadranMismatch] otherwise.
// The labels (hasilKinerja, …) are display text and not checked.
func (r RiwayatSKP) Check() []Finding {
	return checkKuadran(nil, "hasilKinerjaNilai", r.HasilKinerjaNilai, "PerilakuKerjaNilai", r.PerilakuKerjaNilai, "KuadranKinerjaNilai", r.KuadranKinerjaNilai)
}

// Check returns every inconsistency of the record, in the order of the
// fields, or nil when there is none: the checks of [RiwayatSKP.Check] on
// the three codes; an unknown periodikId or koefisenId; a month outside
// 1–12 ([FindingBulanOutOfRange]); a period that ends before it starts
// ([FindingPeriodReversed], comparing tahunMulaiPenilaian and
// tahunSelesaiPenilaian first when both are given); and a koefisenId
// whose jenjang is not the one that ends the jabatan's name
// ([FindingKoefisienMismatch]; skipped when the name ends in no jenjang).
func (r RiwayatKinerjaPeriodik) Check() []Finding {
	out := checkKuadran(nil, "hasilKinerjaNilai", r.HasilKinerjaNilai, "perilakuKerjaNilai", r.PerilakuKerjaNilai, "kuadranKinerjaNilai", r.KuadranKinerjaNilai)
	if !r.PeriodikID.IsValid() {
		out = append(out, Finding{Kind: FindingUnknownCode, Field: "periodikId", Stored: periodikText(r.PeriodikID)})
	}
	j, errK := ParseKoefisienID(r.KoefisienID)
	if errK != nil {
		out = append(out, Finding{Kind: FindingUnknownCode, Field: "koefisenId", Stored: string(r.KoefisienID)})
	}
	okMonths := true
	for _, f := range []struct {
		name string
		v    int
	}{{"bulanMulaiPenilaian", r.BulanMulaiPenilaian}, {"bulanSelesaiPenilaian", r.BulanSelesaiPenilaian}} {
		if f.v < 1 || f.v > 12 {
			out = append(out, Finding{Kind: FindingBulanOutOfRange, Field: f.name, Stored: strconv.Itoa(f.v)})
			okMonths = false
		}
	}
	ty, tz := r.TahunMulaiPenilaian, r.TahunSelesaiPenilaian
	switch {
	case ty != 0 && tz != 0 && ty > tz:
		out = append(out, Finding{Kind: FindingPeriodReversed, Field: "tahunSelesaiPenilaian", Stored: strconv.Itoa(tz), Expected: "at least " + strconv.Itoa(ty)})
	case okMonths && (ty == tz || ty == 0 || tz == 0) && r.BulanMulaiPenilaian > r.BulanSelesaiPenilaian:
		out = append(out, Finding{Kind: FindingPeriodReversed, Field: "bulanSelesaiPenilaian", Stored: strconv.Itoa(r.BulanSelesaiPenilaian), Expected: "at least " + strconv.Itoa(r.BulanMulaiPenilaian)})
	}
	if errK == nil {
		if want, ok := jenjangOf(r.Jabatan); ok && want != j {
			id, _ := KoefisienID(want)
			out = append(out, Finding{Kind: FindingKoefisienMismatch, Field: "koefisenId", Stored: string(r.KoefisienID), Expected: string(id)})
		}
	}
	return out
}

// jenjangOf returns the jenjang that ends a position's name, as in
// "Pranata Komputer Ahli Pertama", in any case and spacing.
func jenjangOf(jabatan string) (kinerja.Jenjang, bool) {
	var buf [256]byte
	key, ok := fold.Append(buf[:0], jabatan, true)
	if !ok {
		return 0, false
	}
	for _, j := range kinerja.AllJenjang() {
		var jb [32]byte
		name, _ := fold.Append(jb[:0], j.String(), true)
		if strings.HasSuffix(string(key), string(name)) {
			return j, true
		}
	}
	return 0, false
}
