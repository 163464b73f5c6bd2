package decimaltest

import (
	"testing"

	"github.com/shopspring/decimal"
)

func TestCheckGlobalsDetectsChange(t *testing.T) {
	if err := CheckGlobals(); err != nil {
		t.Fatalf("defaults reported as changed: %v", err)
	}
	old := decimal.DivisionPrecision
	decimal.DivisionPrecision = 3 // test only: proves the check can fail
	err := CheckGlobals()
	decimal.DivisionPrecision = old
	if err == nil {
		t.Fatal("CheckGlobals did not notice a changed DivisionPrecision")
	}
}
