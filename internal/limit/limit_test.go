package limit

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRespondents(t *testing.T) {
	tests := []struct {
		name         string
		have, adding uint64
		room         uint64
		want         string // the error, or "" for none
	}{
		{"empty", 0, 0, MaxRespondents, ""},
		{"up to the limit", 1, MaxRespondents - 1, MaxRespondents - 1, ""},
		{"self-merge at half", MaxRespondents / 2, MaxRespondents / 2, MaxRespondents / 2, ""},
		{"one past", MaxRespondents, 1, 0, "34359738368 respondents and 1 more would pass the 34359738368 (2^35) a tally holds"},
		{"self-merge past", MaxRespondents/2 + 1, MaxRespondents/2 + 1, MaxRespondents/2 - 1,
			"17179869185 respondents and 17179869185 more would pass the 34359738368 (2^35) a tally holds"},
		{"adding more than the limit", 0, 1 << 63, MaxRespondents, "0 respondents and 9223372036854775808 more would pass"},
		{"a tally past the limit", 1 << 40, 0, 0, ""},
		{"overflowing sum", 1<<64 - 1, 1, 0, "18446744073709551615 respondents and 1 more"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Respondents(tt.have, tt.adding)
			got := ""
			if err != nil {
				got = err.Error()
				if !errors.Is(err, ErrExceeded) {
					t.Errorf("%v does not wrap ErrExceeded", err)
				}
			}
			if (tt.want == "") != (got == "") || !strings.HasPrefix(got, tt.want) {
				t.Errorf("Respondents(%d, %d) = %q, want %q", tt.have, tt.adding, got, tt.want)
			}
			if diff := cmp.Diff(tt.room, Room(tt.have)); diff != "" {
				t.Errorf("Room(%d) (-want +got):\n%s", tt.have, diff)
			}
		})
	}
}
