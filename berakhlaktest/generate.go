package berakhlaktest

import (
	"bytes"
	"cmp"
	"encoding/csv"
	"fmt"
	"slices"

	"github.com/go-asn/berakhlak/survey"
)

// maxRows is the most rows a generator makes in one call: more than twice
// the 4.3 million civil servants of a national survey.
const maxRows = 10_000_000

// Options are the knobs of the seeded generators ([Ballots], [Ratings],
// [EngagementResponses], [SKPRows], [SIASNRecords]). The zero Options ask
// for no rows.
//
// The same Options give the same rows, on every platform and Go version
// (see "Stability of the generated data" in the package documentation).
type Options struct {
	// Seed selects the data; every value, 0 included, is a seed.
	Seed uint64
	// Rows is the number of rows in all, the bad rows and the duplicates
	// included: 0 to 10,000,000.
	Rows int
	// Missing is the percentage, 0 to 100, of answers a respondent leaves
	// blank, drawn answer by answer (each generator says what an answer
	// is). A valid row keeps at least one answer where a row with none
	// would be invalid.
	Missing int
	// Bad is the number of rows that break exactly one rule of the
	// library, each with its reason in Row.Bad.
	Bad int
	// Duplicates is the number of rows that repeat an earlier valid row,
	// its ID included (a double submission), marked Row.Duplicate. They
	// need at least one valid row to repeat.
	Duplicates int
}

// Row is one generated row: a respondent's answers, an employee's SKP
// ratings, a stored SIASN record. Value is in the library's own type, so it
// goes straight into a tally or a check; the …CSV and …JSON functions write
// the same rows in the formats the example programs read.
type Row[T any] struct {
	// ID names the row: a respondent ("R00000042"), a NIP, a record id.
	// IDs are unique but for the duplicates.
	ID    string
	Value T
	// Bad says which rule the row breaks, e.g. `KO2: answer 6 outside
	// 1–5`; it is empty for a valid row. The library rejects a bad row
	// with an error (or, for a stored SIASN record, Check reports it).
	Bad string
	// Duplicate is true for a copy of an earlier valid row. The copy is
	// valid on its own: only a check for repeated IDs finds it.
	Duplicate bool
}

// check validates the knobs; an error names the knob and wraps
// survey.ErrInvalidInput.
func (o Options) check() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("berakhlaktest: "+format+": %w", append(args, survey.ErrInvalidInput)...)
	}
	switch {
	case o.Rows < 0 || o.Rows > maxRows:
		return bad("Options.Rows is %d: want 0 to %d", o.Rows, maxRows)
	case o.Missing < 0 || o.Missing > 100:
		return bad("Options.Missing is %d: want a percentage, 0 to 100", o.Missing)
	case o.Bad < 0 || o.Bad > o.Rows:
		return bad("Options.Bad is %d: want 0 to Options.Rows (%d)", o.Bad, o.Rows)
	case o.Duplicates < 0 || o.Duplicates > o.Rows:
		return bad("Options.Duplicates is %d: want 0 to Options.Rows (%d)", o.Duplicates, o.Rows)
	case o.Bad+o.Duplicates > o.Rows: // no overflow: each is at most Rows
		return bad("Options.Bad (%d) and Options.Duplicates (%d) are more than Options.Rows (%d)", o.Bad, o.Duplicates, o.Rows)
	case o.Duplicates > 0 && o.Rows-o.Bad-o.Duplicates < 1:
		return bad("Options.Duplicates is %d, but no valid row is left to repeat (Rows %d, Bad %d)", o.Duplicates, o.Rows, o.Bad)
	}
	return nil
}

// plan places the bad rows and the duplicates. The rows are the originals
// 0 … originals−1, in order, some of them bad, with each duplicate placed
// after the original recorded in its after field.
type plan struct {
	originals int
	bad       []uint64 // bit set over the originals
	dups      []dup    // sorted by after, then by draw
}

type dup struct{ after, source, draw int }

func (p plan) isBad(i int) bool { return p.bad[i/64]&(1<<(i%64)) != 0 }

// newPlan draws the layout from the layout stream: Options.Bad originals
// chosen uniformly (Floyd's sampling), then for each duplicate a valid
// original to copy, uniformly, and the original after which it is placed,
// uniformly from its source to the last.
func newPlan(kind uint64, o Options) plan {
	s := layoutStream(o.Seed, kind)
	p := plan{originals: o.Rows - o.Duplicates}
	p.bad = make([]uint64, (p.originals+63)/64)
	mark := func(i int) { p.bad[i/64] |= 1 << (i % 64) }
	for j := p.originals - o.Bad; j < p.originals; j++ {
		if t := s.intn(j + 1); p.isBad(t) {
			mark(j)
		} else {
			mark(t)
		}
	}
	if o.Duplicates == 0 {
		return p
	}
	valid := make([]int32, 0, p.originals-o.Bad)
	for i := range p.originals {
		if !p.isBad(i) {
			valid = append(valid, int32(i))
		}
	}
	p.dups = make([]dup, o.Duplicates)
	for d := range p.dups {
		src := int(valid[s.intn(len(valid))])
		p.dups[d] = dup{after: src + s.intn(p.originals-src), source: src, draw: d}
	}
	slices.SortFunc(p.dups, func(a, b dup) int {
		if c := cmp.Compare(a.after, b.after); c != 0 {
			return c
		}
		return cmp.Compare(a.draw, b.draw)
	})
	return p
}

// generate makes the rows of a plan: build(i, s, bad) returns original i
// from its own stream s, broken when bad; clone copies a value for a
// duplicate.
func generate[T any](kind uint64, o Options, build func(i int, s *stream, bad bool) Row[T], clone func(T) T) ([]Row[T], error) {
	if err := o.check(); err != nil {
		return nil, err
	}
	p := newPlan(kind, o)
	rows := make([]Row[T], 0, o.Rows)
	var at []int // position of each original in rows, for duplicates
	if len(p.dups) > 0 {
		at = make([]int, 0, p.originals)
	}
	next := 0
	for i := range p.originals {
		s := rowStream(o.Seed, kind, i)
		r := build(i, &s, p.isBad(i))
		if len(p.dups) > 0 {
			at = append(at, len(rows))
		}
		rows = append(rows, r)
		for ; next < len(p.dups) && p.dups[next].after == i; next++ {
			src := rows[at[p.dups[next].source]]
			rows = append(rows, Row[T]{ID: src.ID, Value: clone(src.Value), Duplicate: true})
		}
	}
	return rows, nil
}

// writeCSV writes a header and records with encoding/csv ("\n" line
// endings, quotes only where a field needs them).
func writeCSV(header []string, records func(emit func([]string))) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	_ = w.Write(header) // a bytes.Buffer does not fail
	records(func(rec []string) { _ = w.Write(rec) })
	w.Flush()
	return b.Bytes()
}
