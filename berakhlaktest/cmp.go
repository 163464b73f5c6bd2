package berakhlaktest

import (
	"reflect"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// EquateDecimals returns a go-cmp option that compares decimal.Decimal
// values by value, as Decimal.Equal does: 60.9 equals 60.90. A diff shows
// each decimal's String, e.g. s"60.9", never its internal big.Int.
//
// go-cmp already uses Decimal.Equal when nothing else applies; the option
// states it, for an app's own structs and for use with other options.
func EquateDecimals() cmp.Option {
	return cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) })
}

// CmpOptions returns the go-cmp options under which cmp.Diff and cmp.Equal
// work on every exported type of the module, and on an app's own types
// that hold them:
//
//   - every result, tally, scale, instrument and figure of the module has
//     an Equal method, which go-cmp uses by itself; a diff prints the
//     value's fields, figures as they are published (s"60.9");
//   - decimals by value ([EquateDecimals]), for an app's own fields;
//   - errors by their concrete type and message, and the same for every
//     error they wrap (an error in a field, such as akhlak.Exclusion.Err,
//     or a typed error such as *survey.AnswerError); it does not combine
//     with cmpopts.EquateErrors, which compares with errors.Is.
func CmpOptions() cmp.Option {
	return cmp.Options{EquateDecimals(), cmp.Comparer(equalErrors)}
}

// equalErrors compares two errors by their concrete types and messages,
// and then the errors they wrap, in order, the same way, so that two
// errors with the same text but different causes (a *survey.AnswerError
// wrapping another sentinel) differ. A nil error, or a nil pointer of an
// error type, equals only another.
func equalErrors(a, b error) bool {
	if isNil(a) || isNil(b) {
		return isNil(a) && isNil(b)
	}
	if reflect.TypeOf(a) != reflect.TypeOf(b) || a.Error() != b.Error() {
		return false
	}
	wa, wb := unwrapped(a), unwrapped(b)
	if len(wa) != len(wb) {
		return false
	}
	for i := range wa {
		if !equalErrors(wa[i], wb[i]) {
			return false
		}
	}
	return true
}

// unwrapped returns the errors err wraps, with Unwrap() error or
// Unwrap() []error.
func unwrapped(err error) []error {
	switch u := err.(type) {
	case interface{ Unwrap() error }:
		if w := u.Unwrap(); w != nil {
			return []error{w}
		}
	case interface{ Unwrap() []error }:
		return u.Unwrap()
	}
	return nil
}

func isNil(err error) bool {
	if err == nil {
		return true
	}
	v := reflect.ValueOf(err)
	switch v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Interface, reflect.Chan:
		return v.IsNil()
	}
	return false
}
