// Package jsoncmp compares two JSON documents as values: key order and
// white space do not matter, numbers compare by their text. A result's
// UnmarshalJSON rebuilds the result from the counts it stored, writes it
// again, and uses Diff to check that every stored figure is the one the
// counts give.
package jsoncmp

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"

	"github.com/go-asn/berakhlak/internal/text"
)

// Diff returns "" when a and b hold the same JSON value, and otherwise the
// path of the first difference with both sides, e.g.
// `values[2].score: "56.7" against "56.8"`, or a description of the JSON
// that does not parse. The texts it quotes are cut to 80 bytes.
func Diff(a, b []byte) string {
	va, err := decode(a)
	if err != nil {
		return "stored JSON: " + err.Error()
	}
	vb, err := decode(b)
	if err != nil {
		return "recomputed JSON: " + err.Error()
	}
	return diff("", va, vb)
}

func decode(data []byte) (any, error) {
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		return nil, err
	}
	return v, nil
}

func diff(path string, a, b any) string {
	at := func(p string) string {
		if p == "" {
			return "the document"
		}
		return p
	}
	switch x := a.(type) {
	case map[string]any:
		y, ok := b.(map[string]any)
		if !ok {
			return fmt.Sprintf("%s: an object against %s", at(path), show(b))
		}
		keys := make([]string, 0, len(x)+len(y))
		for k := range x {
			keys = append(keys, k)
		}
		for k := range y {
			if _, dup := x[k]; !dup {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		for _, k := range keys {
			p := k
			if path != "" {
				p = path + "." + k
			}
			xv, okx := x[k]
			yv, oky := y[k]
			switch {
			case !okx:
				return fmt.Sprintf("%s: missing, against %s", p, show(yv))
			case !oky:
				return fmt.Sprintf("%s: %s, against nothing", p, show(xv))
			}
			if d := diff(p, xv, yv); d != "" {
				return d
			}
		}
		return ""
	case []any:
		y, ok := b.([]any)
		if !ok {
			return fmt.Sprintf("%s: a list against %s", at(path), show(b))
		}
		if len(x) != len(y) {
			return fmt.Sprintf("%s: %d entries against %d", at(path), len(x), len(y))
		}
		for i := range x {
			if d := diff(path+"["+strconv.Itoa(i)+"]", x[i], y[i]); d != "" {
				return d
			}
		}
		return ""
	}
	if show(a) != show(b) {
		return fmt.Sprintf("%s: %s against %s", at(path), show(a), show(b))
	}
	return ""
}

// show returns a scalar as it reads in JSON, cut to 80 bytes, or the kind
// of a composite value.
func show(v any) string {
	switch x := v.(type) {
	case map[string]any:
		return "an object"
	case []any:
		return "a list"
	case string:
		return text.Quote(x)
	case json.Number:
		return text.Cut(string(x))
	case nil:
		return "null"
	}
	return text.Cut(fmt.Sprint(v))
}

// Recomputed returns nil when stored, a result's JSON as read, is the JSON
// marshal writes now for the result rebuilt from its counts; otherwise an
// error that says why (marshal's own error, or Diff's first difference).
func Recomputed(stored []byte, marshal func() ([]byte, error)) error {
	again, err := marshal()
	if err != nil {
		return err
	}
	if d := Diff(stored, again); d != "" {
		return fmt.Errorf("the figures are not the ones the counts give: %s", d)
	}
	return nil
}
