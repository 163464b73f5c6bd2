package akhlak

import (
	"strconv"

	"github.com/go-asn/berakhlak/internal/enum"
	"github.com/go-asn/berakhlak/internal/fold"
)

// Stage is one of the seven stages of culture strengthening (tahapan
// penguatan budaya kerja) as KemenPANRB sets them and agencies restated
// them in 2023–2024. Stage 3, Pengukuran Baseline, measures
// the Indeks BerAKHLAK, Employee Engagement and Employer Branding. Some
// agencies present six stages, folding the seventh into the sixth; the
// library keeps seven. The zero Stage is invalid.
type Stage uint8

// The seven stages, in order.
const (
	StageInternalisasi          Stage = iota + 1 // Internalisasi
	StagePenyelarasanSistem                      // Penyelarasan Sistem
	StagePengukuranBaseline                      // Pengukuran Baseline
	StageAgendaPerubahan                         // Penyusunan dan Implementasi Agenda Perubahan
	StagePemantauanEvaluasi                      // Pemantauan dan Evaluasi
	StagePenghargaanApresiasi                    // Penghargaan dan Apresiasi
	StagePenguatanBerkelanjutan                  // Penguatan Berkelanjutan
)

var stageNames = [...]string{"",
	"Internalisasi",
	"Penyelarasan Sistem",
	"Pengukuran Baseline",
	"Penyusunan dan Implementasi Agenda Perubahan",
	"Pemantauan dan Evaluasi",
	"Penghargaan dan Apresiasi",
	"Penguatan Berkelanjutan",
}

var stageFolded = [...]string{"",
	"internalisasi", "penyelarasansistem", "pengukuranbaseline",
	"penyusunandanimplementasiagendaperubahan", "pemantauandanevaluasi",
	"penghargaandanapresiasi", "penguatanberkelanjutan",
}

// Stages returns the seven stages in order.
func Stages() [7]Stage {
	return [7]Stage{1, 2, 3, 4, 5, 6, 7}
}

// IsValid reports whether s is one of the seven stages.
func (s Stage) IsValid() bool { return s >= 1 && s <= 7 }

// String returns the official name, e.g. "Pengukuran Baseline", or
// "akhlak.Stage(N)" for an invalid stage.
func (s Stage) String() string {
	if !s.IsValid() {
		return "akhlak.Stage(" + strconv.Itoa(int(s)) + ")"
	}
	return stageNames[s]
}

// AppendText appends the official name to b, nothing for the zero Stage.
// Any other invalid Stage is an error.
func (s Stage) AppendText(b []byte) ([]byte, error) {
	return enum.Append(b, s, stageNames[:], func() error {
		return &ParseError{Input: s.String(), Err: ErrUnknownStage}
	})
}

// MarshalText returns the official name, and the empty text for the zero
// Stage. Any other invalid Stage is an error.
func (s Stage) MarshalText() ([]byte, error) { return s.AppendText(nil) }

// UnmarshalText sets s from any form [ParseStage] accepts; the empty text
// sets the zero value.
func (s *Stage) UnmarshalText(text []byte) error { return enum.Unmarshal(s, text, ParseStage) }

// MustParseStage is like [ParseStage] but panics on an error. It is meant
// for tests and for constants written in source code.
func MustParseStage(text string) Stage { return enum.Must(ParseStage(text)) }

// ParseStage returns the stage named by text: its official name in any
// case, with spaces, "_" or "-" anywhere, or its number "1" to "7".
// Anything else returns a [*ParseError] wrapping [ErrUnknownStage].
func ParseStage(text string) (Stage, error) {
	var buf [64]byte
	key, ok := fold.Append(buf[:0], text, false)
	if ok {
		if len(key) == 1 && '1' <= key[0] && key[0] <= '7' {
			return Stage(key[0] - '0'), nil
		}
		for s := Stage(1); s <= 7; s++ {
			if string(key) == stageFolded[s] {
				return s, nil
			}
		}
	}
	return 0, &ParseError{Input: text, Err: ErrUnknownStage}
}

// Phase is one of the three phases of an agency's culture roadmap:
// Internalisasi → Aktivasi → Penguatan (KemenPANRB). The zero Phase is
// invalid.
type Phase uint8

// The three roadmap phases, in order.
const (
	PhaseInternalisasi Phase = iota + 1 // Internalisasi
	PhaseAktivasi                       // Aktivasi
	PhasePenguatan                      // Penguatan
)

var phaseNames = [...]string{"", "Internalisasi", "Aktivasi", "Penguatan"}

// Phases returns the three phases in order.
func Phases() [3]Phase { return [3]Phase{1, 2, 3} }

// IsValid reports whether p is one of the three phases.
func (p Phase) IsValid() bool { return p >= 1 && p <= 3 }

// String returns the official name, e.g. "Aktivasi", or "akhlak.Phase(N)"
// for an invalid phase.
func (p Phase) String() string {
	if !p.IsValid() {
		return "akhlak.Phase(" + strconv.Itoa(int(p)) + ")"
	}
	return phaseNames[p]
}

// AppendText appends the official name to b, nothing for the zero Phase.
// Any other invalid Phase is an error.
func (p Phase) AppendText(b []byte) ([]byte, error) {
	return enum.Append(b, p, phaseNames[:], func() error {
		return &ParseError{Input: p.String(), Err: ErrUnknownPhase}
	})
}

// MarshalText returns the official name, and the empty text for the zero
// Phase. Any other invalid Phase is an error.
func (p Phase) MarshalText() ([]byte, error) { return p.AppendText(nil) }

// UnmarshalText sets p from any form [ParsePhase] accepts; the empty text
// sets the zero value.
func (p *Phase) UnmarshalText(text []byte) error { return enum.Unmarshal(p, text, ParsePhase) }

// MustParsePhase is like [ParsePhase] but panics on an error.
func MustParsePhase(text string) Phase { return enum.Must(ParsePhase(text)) }

// ParsePhase returns the phase named by text, in any case, with spaces, "_"
// or "-" allowed. Anything else returns a [*ParseError] wrapping
// [ErrUnknownPhase].
func ParsePhase(text string) (Phase, error) {
	var buf [32]byte
	key, ok := fold.Append(buf[:0], text, false)
	if ok {
		switch string(key) {
		case "internalisasi":
			return PhaseInternalisasi, nil
		case "aktivasi":
			return PhaseAktivasi, nil
		case "penguatan":
			return PhasePenguatan, nil
		}
	}
	return 0, &ParseError{Input: text, Err: ErrUnknownPhase}
}
