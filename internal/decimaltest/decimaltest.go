// Package decimaltest lets every package's tests check, after the whole
// suite has run, that nothing reconfigured shopspring/decimal for the
// process. The library must never write those package-level variables.
package decimaltest

import (
	"fmt"
	"os"
	"testing"

	"github.com/shopspring/decimal"
)

// CheckGlobals returns an error naming every package-level setting of
// shopspring/decimal that no longer holds its documented default.
func CheckGlobals() error {
	var bad []string
	check := func(name string, got, want any) {
		if got != want {
			bad = append(bad, fmt.Sprintf("decimal.%s = %v, want %v", name, got, want))
		}
	}
	check("DivisionPrecision", decimal.DivisionPrecision, 16)
	check("PowPrecisionNegativeExponent", decimal.PowPrecisionNegativeExponent, 16)
	check("MarshalJSONWithoutQuotes", decimal.MarshalJSONWithoutQuotes, false)
	check("TrimTrailingZeros", decimal.TrimTrailingZeros, true)
	check("UseScientificNotation", decimal.UseScientificNotation, false)
	check("ExpMaxIterations", decimal.ExpMaxIterations, 1000)
	check("MaxDecodeExponent", decimal.MaxDecodeExponent, 10000)
	if !decimal.Zero.Equal(decimal.New(0, 0)) || decimal.Zero.Exponent() != 0 {
		bad = append(bad, "decimal.Zero is no longer zero")
	}
	if len(bad) > 0 {
		return fmt.Errorf("shopspring/decimal globals were changed: %v", bad)
	}
	return nil
}

// Main runs a package's tests and then checks the globals, for use as
//
//	func TestMain(m *testing.M) { os.Exit(decimaltest.Main(m)) }
//
// It returns the exit code: the tests' own, or 1 when they passed but a
// global was changed.
func Main(m *testing.M) int {
	code := m.Run()
	if err := CheckGlobals(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		if code == 0 {
			code = 1
		}
	}
	return code
}
