package engagement

import (
	"os"
	"testing"

	"github.com/go-asn/berakhlak/internal/decimaltest"
)

// TestMain checks, after the whole suite, that nothing reconfigured
// shopspring/decimal for the process.
func TestMain(m *testing.M) { os.Exit(decimaltest.Main(m)) }

// must returns x, and panics on err: for results a test knows are valid.
func must[T any](x T, err error) T {
	if err != nil {
		panic(err)
	}
	return x
}
