package berakhlaktest

import (
	"bytes"
	"os"
	"testing"
)

// TestReportSampleIsCommitted checks that ReportSample reproduces, byte for
// byte, the sample examples/report embeds.
func TestReportSampleIsCommitted(t *testing.T) {
	s := ReportSample()
	for _, f := range []struct {
		path string
		got  []byte
	}{
		{"../examples/report/sample_instrument.csv", s.Instrument},
		{"../examples/report/sample_ballots.csv", s.Ballots},
	} {
		want, err := os.ReadFile(f.path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(f.got, want) {
			t.Errorf("ReportSample differs from %s (%d bytes, want %d)", f.path, len(f.got), len(want))
		}
	}
	if n := bytes.Count(s.Ballots, []byte("\n")) - 1; n != s.Respondents || s.Respondents != 1200 || s.Employees != 2500 {
		t.Errorf("%d ballot lines, Respondents %d, Employees %d; want 1200, 1200, 2500", n, s.Respondents, s.Employees)
	}
}
