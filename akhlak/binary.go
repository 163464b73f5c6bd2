package akhlak

import (
	"encoding/binary"
	"fmt"

	"github.com/go-asn/berakhlak/internal/likert"
)

const (
	ballotMagic = "BAKB1"
	ratingMagic = "BAKR1"
)

// MarshalBinary encodes the tally, its instrument included, so that a
// partial tally can travel between workers and be merged elsewhere.
func (t *BallotTally) MarshalBinary() ([]byte, error) {
	if !t.inst.IsValid() {
		return nil, fmt.Errorf("akhlak: MarshalBinary of a tally without instrument: %w", ErrInvalidInstrument)
	}
	b := []byte(ballotMagic)
	b = binary.AppendUvarint(b, uint64(t.inst.maxPicks))
	extras := t.inst.options[21:]
	b = binary.AppendUvarint(b, uint64(len(extras)))
	for _, o := range extras {
		b = appendString(b, o.Code)
		b = append(b, byte(o.Kind))
		b = appendString(b, o.Text)
	}
	b = binary.AppendUvarint(b, t.n)
	for l := range t.votes {
		for _, v := range t.votes[l][:len(t.inst.options)] {
			b = binary.AppendUvarint(b, v)
		}
		for _, v := range t.reach[l] {
			b = binary.AppendUvarint(b, v)
		}
	}
	return b, nil
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

type decoder struct {
	b   []byte
	err error
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = fmt.Errorf("akhlak: truncated tally: %w", ErrCorrupt)
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) bytes(n uint64) []byte {
	if d.err != nil {
		return nil
	}
	if n > uint64(len(d.b)) {
		d.err = fmt.Errorf("akhlak: truncated tally: %w", ErrCorrupt)
		return nil
	}
	out := d.b[:n]
	d.b = d.b[n:]
	return out
}

// UnmarshalBinary replaces t with a tally encoded by MarshalBinary. It
// checks that the counts are consistent (no option has more votes than
// respondents, reach agrees with the votes); corrupt or truncated bytes
// return an error wrapping [ErrCorrupt], never a panic.
func (t *BallotTally) UnmarshalBinary(data []byte) error {
	if len(data) < len(ballotMagic) || string(data[:len(ballotMagic)]) != ballotMagic {
		return fmt.Errorf("akhlak: not a ballot tally: %w", ErrCorrupt)
	}
	d := &decoder{b: data[len(ballotMagic):]}
	maxPicks := d.uvarint()
	nExtras := d.uvarint()
	if d.err == nil && nExtras > MaxOptions-21 {
		return fmt.Errorf("akhlak: %d extra options: %w", nExtras, ErrCorrupt)
	}
	if d.err == nil && maxPicks > MaxOptions {
		return fmt.Errorf("akhlak: %d picks: %w", maxPicks, ErrCorrupt)
	}
	var extras []Option
	for i := uint64(0); i < nExtras && d.err == nil; i++ {
		code := string(d.bytes(d.uvarint()))
		kind := d.bytes(1)
		text := string(d.bytes(d.uvarint()))
		if d.err == nil {
			extras = append(extras, Option{Code: code, Kind: OptionKind(kind[0]), Text: text})
		}
	}
	if d.err != nil {
		return d.err
	}
	in, err := NewInstrument(int(maxPicks), extras...)
	if err != nil {
		return fmt.Errorf("%v: %w", err, ErrCorrupt)
	}
	nt := BallotTally{inst: in, n: d.uvarint()}
	nopt := len(in.options)
	for l := range nt.votes {
		for i := 0; i < nopt; i++ {
			nt.votes[l][i] = d.uvarint()
		}
		for k := range nt.reach[l] {
			nt.reach[l][k] = d.uvarint()
		}
	}
	if d.err != nil {
		return d.err
	}
	if len(d.b) != 0 {
		return fmt.Errorf("akhlak: %d trailing bytes: %w", len(d.b), ErrCorrupt)
	}
	if err := nt.consistent(); err != nil {
		return err
	}
	*t = nt
	return nil
}

// consistent checks the invariants every tally built by Add and Merge
// keeps.
func (t *BallotTally) consistent() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("akhlak: inconsistent tally: %s: %w", fmt.Sprintf(format, args...), ErrCorrupt)
	}
	if t.n > 1<<40 {
		return bad("%d respondents", t.n)
	}
	for li, l := range Lists() {
		var total uint64
		for i, v := range t.votes[li][:len(t.inst.options)] {
			if v > t.n {
				return bad("%s: option %d has %d votes from %d respondents", l, i, v, t.n)
			}
			total += v
		}
		if total > t.n*uint64(t.inst.maxPicks) {
			return bad("%s: %d votes from %d respondents", l, total, t.n)
		}
		for k, v := range Values() {
			var most, sum uint64
			for _, b := range v.Behaviours() {
				c := t.votes[li][b-1]
				most = max(most, c)
				sum += c
			}
			if r := t.reach[li][k]; r < most || r > sum || r > t.n {
				return bad("%s: reach %d of %s disagrees with its votes", l, r, v)
			}
		}
	}
	return nil
}

// MarshalBinary encodes the tally, its scale included.
func (t *RatingTally) MarshalBinary() ([]byte, error) {
	if t.t == nil {
		return nil, fmt.Errorf("akhlak: MarshalBinary of a tally without scale: %w", ErrInvalidInstrument)
	}
	return t.t.AppendBinary([]byte(ratingMagic)), nil
}

// UnmarshalBinary replaces t with a tally encoded by MarshalBinary.
// Corrupt or truncated bytes return an error wrapping [ErrCorrupt], never
// a panic.
func (t *RatingTally) UnmarshalBinary(data []byte) error {
	if len(data) < len(ratingMagic) || string(data[:len(ratingMagic)]) != ratingMagic {
		return fmt.Errorf("akhlak: not a rating tally: %w", ErrCorrupt)
	}
	lt, rest, err := likert.Decode(data[len(ratingMagic):])
	if err != nil {
		return fmt.Errorf("akhlak: %v: %w", err, ErrCorrupt)
	}
	if len(rest) != 0 {
		return fmt.Errorf("akhlak: %d trailing bytes: %w", len(rest), ErrCorrupt)
	}
	if lt.Items() != 21 {
		return fmt.Errorf("akhlak: rating tally of %d items, want 21: %w", lt.Items(), ErrCorrupt)
	}
	lo, hi := lt.Scale()
	*t = RatingTally{scale: RatingScale{int8(lo), int8(hi)}, t: lt}
	return nil
}
