package akhlak

import (
	"fmt"

	"github.com/go-asn/berakhlak/internal/limit"
	"github.com/go-asn/berakhlak/survey"
)

// exceeded returns the error of op (Add, AddRows, AddBallots, Merge) for
// respondents that would pass the limit of every tally of the module,
// 2^35: a tally of have respondents taking adding more.
func exceeded(op string, have, adding uint64) error {
	return fmt.Errorf("akhlak: %s: %v: %w", op, limit.Respondents(have, adding), survey.ErrInvalidInput)
}
