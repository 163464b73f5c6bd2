package figure

import (
	"os"
	"testing"

	"github.com/go-asn/berakhlak/internal/decimaltest"
)

// TestMain checks, after the whole suite, that nothing reconfigured
// shopspring/decimal for the process.
func TestMain(m *testing.M) { os.Exit(decimaltest.Main(m)) }
