package survey

import (
	"testing"

	"github.com/go-asn/berakhlak/internal/likert"
)

// TestNoAnswerIsLikertMissing ties the public marker to the one the
// internal histogram counts as missing.
func TestNoAnswerIsLikertMissing(t *testing.T) {
	if NoAnswer != likert.Missing {
		t.Fatalf("NoAnswer = %d, likert.Missing = %d", NoAnswer, likert.Missing)
	}
}
