package main

import (
	"bytes"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/examples/internal/csvio"
	"github.com/go-asn/berakhlak/examples/internal/progtest"
	"github.com/go-asn/berakhlak/survey"
)

// TestFault8ScaleAndKindInputs feeds -scale values (survey.ParseRatingScale)
// and instrument kinds (akhlak.ParseOptionKind) through the program's
// readers: a bad one is an error naming the flag or file:line: column,
// never a panic or a silently wrong scale.
func TestFault8ScaleAndKindInputs(t *testing.T) {
	ratings := ratingHeader + "R1" + strings.Repeat(",0", 21) + "\n"
	tests := []struct {
		name, scale, kind string
		wantErr           string
	}{
		{"scale 0-4 accepts 0", "0-4", "limiting", ""},
		{"scale with en dash", "0–4", "positive", ""},
		{"scale with spaces", " 0 - 4 ", "Limiting", ""},
		{"scale 1-5 refuses 0", "1-5", "limiting", `f.csv:2: column BP1: "0" is not an answer on the scale 1–5`},
		{"scale reversed", "4-0", "limiting", `-scale: survey: rating scale`},
		{"scale too wide", "0-101", "limiting", `-scale: survey: rating scale`},
		{"scale not a scale", "lima", "limiting", `-scale: survey: rating scale`},
		{"scale negative", "-1-4", "limiting", `-scale: survey: rating scale`},
		{"scale huge", strings.Repeat("9", 500) + "-1", "limiting", `… (502 bytes): want MIN-MAX`},
		{"kind behaviour", "0-4", "behaviour", `i.csv:2: column kind: "behaviour": want limiting or positive`},
		{"kind unknown", "0-4", "netral", `i.csv:2: column kind: "netral": want limiting or positive`},
		{"kind empty", "0-4", "", `i.csv:2: column kind: "": want limiting or positive`},
		{"kind control characters", "0-4", "\x00lim", `i.csv:2: column kind: "\x00lim"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := write(t, "f.csv", ratings)
			inst := write(t, "i.csv", "code,kind,text\nX,"+tc.kind+",x\n")
			var out bytes.Buffer
			err := run(&out, config{in: in, instrument: inst, picks: 10, scale: tc.scale})
			if tc.wantErr == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) || len(err.Error()) > 400 {
				t.Errorf("error = %v, want %q", err, tc.wantErr)
			}
		})
	}
}

// FuzzReadSurvey reads any bytes as a survey export on any -scale: no
// panic; an error is a file:line error or names the flag; a file that
// reads is read the same through standard input.
func FuzzReadSurvey(f *testing.F) {
	f.Add([]byte(ballotHeader+"R1,BP1;AK1,BP1,AD1\n"), "1-5")
	f.Add([]byte(ratingHeader+"R1"+strings.Repeat(",3", 21)+"\n"), "1–5")
	f.Add([]byte("\ufeff\"respondent\",\"current\",personal,desired\r\nR1,\"BP1;BIROKRATIS\",,\r\n"), "0-10")
	f.Add([]byte(ratingHeader+"R1"+strings.Repeat(",", 21)+"\nR1"+strings.Repeat(",1", 21)+"\n"), "x")
	extras, err := readInstrument("i.csv", bytes.NewReader(sampleInstrument), readOptions{})
	if err != nil {
		f.Fatal(err)
	}
	inst, err := akhlak.NewInstrument(10, extras...)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte, scaleText string) {
		scale, err := parseScale(scaleText)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "-scale: ") || !errors.Is(err, survey.ErrInvalidInstrument) {
				t.Fatalf("scale %q: %v", scaleText, err)
			}
			scale = survey.DefaultRatingScale()
		}
		opts := readOptions{csv: csvio.Options{MaxLine: 4096}}
		a, errA := readSurvey("f.csv", bytes.NewReader(data), inst, scale, opts)
		b, errB := readSurvey("stdin", struct{ io.Reader }{bytes.NewReader(data)}, inst, scale, opts)
		if (errA == nil) != (errB == nil) {
			t.Fatalf("file: %v; stdin: %v", errA, errB)
		}
		if errA != nil {
			var re *csvio.RowError
			if !errors.As(errA, &re) && !strings.HasPrefix(errA.Error(), "f.csv") {
				t.Fatalf("error without a place: %v", errA)
			}
			return
		}
		if (a.ballots == nil) != (b.ballots == nil) || a.ballots != nil && !a.ballots.Equal(b.ballots) || a.ratings != nil && !a.ratings.Equal(b.ratings) {
			t.Fatal("file and stdin tallies differ")
		}
	})
}

// FuzzReadInstrument reads any bytes as an instrument file
// (akhlak.ParseOptionKind on the kind column): no panic, every option it
// returns is accepted by akhlak.NewInstrument.
func FuzzReadInstrument(f *testing.F) {
	f.Add([]byte(sampleInstrument))
	f.Add([]byte("kind,code,text\nPOSITIVE,x,y\n"))
	f.Add([]byte("code,kind,text\nX,behavior,x\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		opts, err := readInstrument("i.csv", bytes.NewReader(data), readOptions{csv: csvio.Options{MaxLine: 4096}})
		if err != nil {
			if !strings.HasPrefix(err.Error(), "i.csv:") {
				t.Fatalf("error without a place: %v", err)
			}
			return
		}
		for _, o := range opts {
			if o.Kind != akhlak.OptionLimiting && o.Kind != akhlak.OptionPositive {
				t.Fatalf("option %+v", o)
			}
		}
		if _, err := akhlak.NewInstrument(1, opts...); err != nil {
			t.Fatalf("options read but refused: %v", err)
		}
	})
}

// refList is codeTable.appendList the slow way: split at ";", trim, and
// ask Instrument.Lookup, the rule.
func refList(inst akhlak.Instrument, cell []byte) ([]akhlak.OptionID, error) {
	var out []akhlak.OptionID
	for rest := cell; len(rest) > 0; {
		code := rest
		if i := bytes.IndexByte(rest, ';'); i >= 0 {
			code, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		code = bytes.Trim(code, " \t")
		if len(code) == 0 {
			return out, errEmptyCode
		}
		id, err := inst.Lookup(string(code))
		if err != nil {
			return out, err
		}
		out = append(out, id)
	}
	return out, nil
}

// FuzzOptionList checks the option-list parser, a fast path, against
// refList on any cell: the same options, or an error for the same code;
// the same whether the cell comes with a window or is copied.
func FuzzOptionList(f *testing.F) {
	for _, s := range []string{"BP1;AK2;KL3", "bp1; Ak2 ;BIROKRATIS;", "SALING-MENYALAHKAN;SALING_MENYALAHKAN;saling menyalahkan",
		";BP1", "BP1;;AK1", "BP4", "KESEIMBANGAN-KERJA;GOTONG-ROYONG", strings.Repeat("X", 30) + ";BP1", "BP1\x00", "BP1;" + strings.Repeat(" ", 20)} {
		f.Add([]byte(s))
	}
	extras, err := readInstrument("i.csv", bytes.NewReader(sampleInstrument), readOptions{})
	if err != nil {
		f.Fatal(err)
	}
	inst, err := akhlak.NewInstrument(10, extras...)
	if err != nil {
		f.Fatal(err)
	}
	c := newCodeTable(inst)
	f.Fuzz(func(t *testing.T, cell []byte) {
		want, wantErr := refList(inst, cell)
		// A window: the cell, then other bytes, as in the reader's buffer.
		window := append(append([]byte(nil), cell...), []byte(";BP1;AK1;KO1;HA1;LO1;AD1;KL1")...)
		for _, w := range [][]byte{window, nil} {
			got, bad, err := c.appendList(nil, cell, w)
			if (err == nil) != (wantErr == nil) || errors.Is(wantErr, errEmptyCode) != errors.Is(err, errEmptyCode) {
				t.Fatalf("%q: error %v (code %q), reference %v", cell, err, bad, wantErr)
			}
			if err == nil && !slices.Equal(want, got) {
				t.Fatalf("%q: %v, reference %v", cell, got, want)
			}
			if err != nil && !errors.Is(err, errEmptyCode) && err.Error() != wantErr.Error() {
				t.Fatalf("%q: error %v, reference %v", cell, err, wantErr)
			}
		}
	})
}

// FuzzWorkers: a survey file gives the same report, or the same first
// error, on one goroutine and on four (progtest.FuzzWorkers).
func FuzzWorkers(f *testing.F) {
	seeds := []string{
		ballotHeader + "R1,BP1;AK1,BP1,AD1\nR2,KO1,HA1;LO1,KL2\nR3,BP1;AK1,BP1,AD1\n",
		ratingHeader + "R1" + strings.Repeat(",3", 21) + "\nR2" + strings.Repeat(",4", 21) + "\nR3" + strings.Repeat(",2", 21) + "\n",
		ratingHeader + "R1" + strings.Repeat(",3", 21) + "\nR2" + strings.Repeat(",4", 21) + "\nR1" + strings.Repeat(",2", 21) + "\n",
		"\ufeff\"respondent\",\"current\",personal,desired\r\nR1,\"BP1;\nBIROKRATIS\",,\r\nR2,AK1,,BP1\r\n",
		string(sampleBallots[:4<<10]),
	}
	progtest.FuzzWorkers(f, seeds, func(t testing.TB, file string, o csvio.Options) (string, error) {
		c := config{in: file, instrument: "sample_instrument.csv", picks: 10, scale: "1-5"}
		c.read.csv = o
		var out bytes.Buffer
		err := run(&out, c)
		return out.String(), err
	})
}
