package berakhlaktest

import (
	"fmt"
	"testing"

	"github.com/go-asn/berakhlak/engagement"
	"github.com/go-asn/berakhlak/survey"
)

// must returns v, and panics on err: the builders of test values use it
// for calls that cannot fail.
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// recorder is a testing.TB that records what a check reports. Only the
// methods the checks call are implemented; the embedded nil TB makes any
// other call panic, so a check that calls more is caught.
type recorder struct {
	testing.TB
	errors []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

// testDefinition is an engagement instrument with a reverse-coded item
// and a recommendation item.
var testDefinition = engagement.Definition{
	Items: []survey.Item{
		{Code: "K1", Dimension: "Komitmen"}, {Code: "K2", Dimension: "Komitmen"}, {Code: "K3", Dimension: "Komitmen", Reverse: true},
		{Code: "B1", Dimension: "Bangga"}, {Code: "B2", Dimension: "Bangga"},
	},
	Recommend: true,
}
