package enum

import (
	"errors"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type color uint8

var errBad = errors.New("bad color")

func parse(s string) (color, error) {
	if s == "red" {
		return 1, nil
	}
	return 0, errBad
}

func TestAppend(t *testing.T) {
	tests := []struct {
		name    string
		v       color
		want    string
		wantErr bool
	}{
		{"zero is empty", 0, "x:", false},
		{"valid", 1, "x:red", false},
		{"invalid", 9, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Append([]byte("x:"), tt.v, []string{"", "red"}, func() error { return errBad })
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if err == nil {
				if diff := cmp.Diff(tt.want, string(got)); diff != "" {
					t.Errorf("(-want +got)\n%s", diff)
				}
			}
		})
	}
}

func TestUnmarshal(t *testing.T) {
	c := color(7)
	if err := Unmarshal(&c, nil, parse); err != nil || c != 0 {
		t.Errorf("empty text: %v, %v; want 0, nil", c, err)
	}
	if err := Unmarshal(&c, []byte("red"), parse); err != nil || c != 1 {
		t.Errorf("red: %v, %v; want 1, nil", c, err)
	}
	if err := Unmarshal(&c, []byte("blue"), parse); !errors.Is(err, errBad) || c != 1 {
		t.Errorf("blue: %v, %v; want unchanged 1 and errBad", c, err)
	}
}

func TestMust(t *testing.T) {
	if got := Must(strconv.Atoi("12")); got != 12 {
		t.Errorf("Must = %d", got)
	}
	defer func() {
		if recover() == nil {
			t.Error("Must did not panic on an error")
		}
	}()
	Must(strconv.Atoi("x"))
}
