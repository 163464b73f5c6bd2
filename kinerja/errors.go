package kinerja

import (
	"errors"
	"fmt"

	"github.com/go-asn/berakhlak/internal/text"
	"github.com/go-asn/berakhlak/survey"
)

// Sentinel errors. Errors returned by this package wrap one of them, so
// callers can branch with [errors.Is].
var (
	// ErrUnknownRating means a text or a Rating is none of the three
	// ratings.
	ErrUnknownRating = errors.New("unknown rating")
	// ErrUnknownPredikat means a text or a Predikat is none of the five
	// employee predikat.
	ErrUnknownPredikat = errors.New("unknown predikat")
	// ErrUnknownPredikatOrganisasi means a text or a PredikatOrganisasi is
	// none of the five organisation predikat.
	ErrUnknownPredikatOrganisasi = errors.New("unknown organisation predikat")
	// ErrUnknownJenjang means a text or a Jenjang is none of the known
	// jenjang.
	ErrUnknownJenjang = errors.New("unknown jenjang")
	// ErrUnknownClauseKind means a text or a ClauseKind is none of the
	// five kinds of clause.
	ErrUnknownClauseKind = errors.New("unknown clause kind")
	// ErrUnknownGolongan means a text or a Golongan is none of the
	// golongan II/a to IV/e.
	ErrUnknownGolongan = errors.New("unknown golongan")
	// ErrUnknownKenaikan means a text or a Kenaikan is neither kenaikan.
	ErrUnknownKenaikan = errors.New("unknown kenaikan")
	// ErrNoKenaikan means a kenaikan does not exist for a jenjang and
	// golongan: the highest golongan of a jenjang has no kenaikan pangkat
	// of its own, and the highest jenjang no kenaikan jenjang. It wraps
	// [survey.ErrNoFigure]: there is no minimum to report.
	ErrNoKenaikan = fmt.Errorf("no such kenaikan: %w", survey.ErrNoFigure)
	// ErrNotPublished means a figure the rules need is not published, so
	// the library refuses rather than guess: the nilai dasar of the
	// keterampilan jenjang. It wraps [survey.ErrNoFigure].
	ErrNotPublished = fmt.Errorf("not published: %w", survey.ErrNoFigure)
	// ErrInvalidInput means an argument is outside its domain: a month
	// count outside 1–12, a negative count, an empty organisation, a
	// behaviour section without its seven values. It is the module's one
	// sentinel for that condition, [survey.ErrInvalidInput].
	ErrInvalidInput = survey.ErrInvalidInput
)

// ParseError reports a text that names nothing this package knows, or an
// invalid value asked to marshal itself. It quotes the input and unwraps
// to Err, one of [ErrUnknownRating], [ErrUnknownPredikat],
// [ErrUnknownPredikatOrganisasi], [ErrUnknownJenjang],
// [ErrUnknownClauseKind], [ErrUnknownGolongan] or [ErrUnknownKenaikan].
type ParseError struct {
	Input string // the text as given
	Err   error  // the sentinel
}

// Error returns e.g. `kinerja: unknown rating "Luar Biasa"`. An input
// longer than 80 bytes is cut short and marked with "…".
func (e *ParseError) Error() string {
	return "kinerja: " + e.Err.Error() + " " + text.Quote(e.Input)
}

// Unwrap returns the sentinel error.
func (e *ParseError) Unwrap() error { return e.Err }
