// Package enum holds the text plumbing every enumeration of the module
// shares: the zero value marshals to the empty text and back (as net/netip
// does), any other invalid value is an error, and Must* wrappers panic.
package enum

// code is the underlying type of the module's enumerations.
type code interface{ ~uint8 | ~int8 }

// Append appends names[v] to b for a valid v (0 < v < len(names)),
// nothing for the zero v, and returns invalid() for any other v.
func Append[T code](b []byte, v T, names []string, invalid func() error) ([]byte, error) {
	switch {
	case v == 0:
		return b, nil
	case int(v) < 0 || int(v) >= len(names):
		return nil, invalid()
	}
	return append(b, names[v]...), nil
}

// Unmarshal sets *dst from text with parse; the empty text sets the zero
// value. On an error *dst is unchanged.
func Unmarshal[T code](dst *T, text []byte, parse func(string) (T, error)) error {
	if len(text) == 0 {
		*dst = 0
		return nil
	}
	x, err := parse(string(text))
	if err != nil {
		return err
	}
	*dst = x
	return nil
}

// Must returns v, or panics with err.
func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// AppendFunc is Append for an enumeration whose text is not an entry of a
// table: it appends text() to b for a valid v, nothing for the zero v, and
// returns invalid() for any other v.
func AppendFunc[T code](b []byte, v T, valid bool, text func() string, invalid func() error) ([]byte, error) {
	switch {
	case v == 0:
		return b, nil
	case !valid:
		return nil, invalid()
	}
	return append(b, text()...), nil
}
