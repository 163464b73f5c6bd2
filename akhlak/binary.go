package akhlak

import (
	"encoding/binary"
	"fmt"

	"github.com/go-asn/berakhlak/internal/likert"
	"github.com/go-asn/berakhlak/internal/wire"
	"github.com/go-asn/berakhlak/survey"
)

const (
	ballotMagic = "BAKB1"
	ratingMagic = "BAKR1"
)

// MarshalBinary encodes the tally, its instrument included, so that a
// partial tally can travel between workers and be merged elsewhere.
func (t *BallotTally) MarshalBinary() ([]byte, error) {
	if !t.inst.IsValid() {
		return nil, fmt.Errorf("akhlak: MarshalBinary of a tally without instrument: %w", survey.ErrInvalidInstrument)
	}
	b := []byte(ballotMagic)
	b = binary.AppendUvarint(b, uint64(t.inst.maxPicks))
	extras := t.inst.options[21:]
	b = binary.AppendUvarint(b, uint64(len(extras)))
	for _, o := range extras {
		b = wire.AppendString(b, o.Code)
		b = append(b, byte(o.Kind))
		b = wire.AppendString(b, o.Text)
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

// UnmarshalBinary replaces t with a tally encoded by MarshalBinary. It
// checks that the counts are consistent (no option has more votes than
// respondents, reach agrees with the votes); corrupt or truncated bytes
// return an error wrapping [survey.ErrCorrupt], never a panic.
func (t *BallotTally) UnmarshalBinary(data []byte) error {
	if len(data) < len(ballotMagic) || string(data[:len(ballotMagic)]) != ballotMagic {
		return fmt.Errorf("akhlak: not a ballot tally: %w", survey.ErrCorrupt)
	}
	r := wire.NewReader(data[len(ballotMagic):])
	corrupt := func(err error) error { return fmt.Errorf("akhlak: %v: %w", err, survey.ErrCorrupt) }
	maxPicks := r.Uvarint()
	nExtras := r.Uvarint()
	if r.Err() == nil && nExtras > maxOptions-21 {
		return fmt.Errorf("akhlak: %d extra options: %w", nExtras, survey.ErrCorrupt)
	}
	if r.Err() == nil && maxPicks > maxOptions {
		return fmt.Errorf("akhlak: %d picks: %w", maxPicks, survey.ErrCorrupt)
	}
	var extras []Option
	for i := uint64(0); i < nExtras && r.Err() == nil; i++ {
		extras = append(extras, Option{Code: r.String(), Kind: OptionKind(r.Byte()), Text: r.String()})
	}
	if r.Err() != nil {
		return corrupt(r.Err())
	}
	in, err := NewInstrument(int(maxPicks), extras...)
	if err != nil {
		return corrupt(err)
	}
	nt := BallotTally{inst: in, n: r.Uvarint()}
	nopt := len(in.options)
	for l := range nt.votes {
		for i := 0; i < nopt; i++ {
			nt.votes[l][i] = r.Uvarint()
		}
		for k := range nt.reach[l] {
			nt.reach[l][k] = r.Uvarint()
		}
	}
	if r.Err() != nil {
		return corrupt(r.Err())
	}
	if len(r.Rest()) != 0 {
		return fmt.Errorf("akhlak: %d trailing bytes: %w", len(r.Rest()), survey.ErrCorrupt)
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
		return fmt.Errorf("akhlak: inconsistent tally: %s: %w", fmt.Sprintf(format, args...), survey.ErrCorrupt)
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
		return nil, fmt.Errorf("akhlak: MarshalBinary of a tally without scale: %w", survey.ErrInvalidInstrument)
	}
	return t.t.AppendBinary([]byte(ratingMagic)), nil
}

// UnmarshalBinary replaces t with a tally encoded by MarshalBinary.
// Corrupt or truncated bytes return an error wrapping [survey.ErrCorrupt], never
// a panic.
func (t *RatingTally) UnmarshalBinary(data []byte) error {
	if len(data) < len(ratingMagic) || string(data[:len(ratingMagic)]) != ratingMagic {
		return fmt.Errorf("akhlak: not a rating tally: %w", survey.ErrCorrupt)
	}
	lt, rest, err := likert.Decode(data[len(ratingMagic):])
	if err != nil {
		return fmt.Errorf("akhlak: %v: %w", err, survey.ErrCorrupt)
	}
	if len(rest) != 0 {
		return fmt.Errorf("akhlak: %d trailing bytes: %w", len(rest), survey.ErrCorrupt)
	}
	if lt.Items() != 21 {
		return fmt.Errorf("akhlak: rating tally of %d items, want 21: %w", lt.Items(), survey.ErrCorrupt)
	}
	lo, hi := lt.Scale()
	sc, err := survey.NewRatingScale(lo, hi)
	if err != nil {
		return fmt.Errorf("akhlak: %v: %w", err, survey.ErrCorrupt)
	}
	*t = RatingTally{scale: sc, t: lt}
	return nil
}
