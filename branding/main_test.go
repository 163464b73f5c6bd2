package branding

import (
	"fmt"
	"os"
	"testing"

	"github.com/go-asn/berakhlak/internal/decimaltest"
)

func TestMain(m *testing.M) {
	code := m.Run()
	if err := decimaltest.CheckGlobals(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		code = 1
	}
	os.Exit(code)
}
