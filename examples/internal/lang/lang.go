// Package lang holds what the example programs share to speak Bahasa
// Indonesia or English: the language choice, numbers written the way
// each language writes them, and a check that a program's message table
// has every message in both languages.
//
// The library itself never translates: its error messages are English
// and its JSON is language-independent. Only the programs' own prose is
// translated, and official names (the values, the behaviours, the band
// labels, the predikat) stay official in both languages.
package lang

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/shopspring/decimal"
)

// Lang is a language of a program's output. The zero Lang is invalid.
type Lang uint8

// The languages the programs write.
const (
	ID Lang = iota + 1 // Bahasa Indonesia: 60,9 and 5.773
	EN                 // English: 60.9 and 5,773
)

// Default is the language a program writes when none is chosen: the
// language of its readers.
const Default = ID

// Parse returns the language named by s, "id" or "en".
func Parse(s string) (Lang, error) {
	switch s {
	case "id":
		return ID, nil
	case "en":
		return EN, nil
	}
	return 0, fmt.Errorf("unknown language %q (want id or en)", s)
}

// String returns the language's code, "id" or "en".
func (l Lang) String() string {
	switch l {
	case ID:
		return "id"
	case EN:
		return "en"
	}
	return fmt.Sprintf("Lang(%d)", uint8(l))
}

// Set implements flag.Value, so that a program can declare -lang with
// flag.Var.
func (l *Lang) Set(s string) error {
	v, err := Parse(s)
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// separators returns the decimal mark and the thousands separator.
func (l Lang) separators() (point, group byte) {
	if l == EN {
		return '.', ','
	}
	return ',', '.'
}

// Int writes n with the language's thousands separator: 5.773 in
// Indonesian, 5,773 in English.
func (l Lang) Int(n int) string {
	return l.Number(fmt.Sprint(n))
}

// Fixed writes d with exactly places decimal places in the language's
// notation. It rounds as d.StringFixed does, half away from zero: for the
// figures the programs show, which are never negative, that is the
// library's half-up; a figure already at its published places is written
// as it is.
func (l Lang) Fixed(d decimal.Decimal, places int32) string {
	return l.Number(d.StringFixed(places))
}

// Number rewrites a plain number as Go and the library print it (an
// optional sign, digits, an optional "." and decimals: "-1234.5") in the
// language's notation ("-1.234,5" in Indonesian). The integer part gets
// thousands separators from 1,000 on. Anything else is returned
// unchanged.
func (l Lang) Number(s string) string {
	sign, rest := "", s
	if len(rest) > 0 && (rest[0] == '-' || rest[0] == '+') {
		sign, rest = rest[:1], rest[1:]
	}
	whole, frac, hasFrac := strings.Cut(rest, ".")
	if !digits(whole) || (hasFrac && !digits(frac)) {
		return s
	}
	point, group := l.separators()
	var b strings.Builder
	b.WriteString(sign)
	for i := 0; i < len(whole); i++ {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(group)
		}
		b.WriteByte(whole[i])
	}
	if hasFrac {
		b.WriteByte(point)
		b.WriteString(frac)
	}
	return b.String()
}

// Signed writes a plain number as Number does, with a "+" before one above
// zero: a change, such as "+2.3", "-0.4" or "0.0".
func (l Lang) Signed(s string) string {
	if !strings.HasPrefix(s, "-") && !strings.HasPrefix(s, "+") && strings.Trim(s, "0.") != "" {
		s = "+" + s
	}
	return l.Number(s)
}

func digits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Text is one message in both languages.
type Text struct {
	ID, EN string
}

// In returns the message in language l.
func (t Text) In(l Lang) string {
	if l == EN {
		return t.EN
	}
	return t.ID
}

// Sprintf formats the message t in language l with args, as fmt.Sprintf.
// Numbers are passed already written by [Lang.Int] or [Lang.Fixed], as
// %s arguments, so that they follow the language.
func (l Lang) Sprintf(t Text, args ...any) string {
	return fmt.Sprintf(t.In(l), args...)
}

// Check reports what is wrong with a program's message table: table is a
// struct (or a pointer to one) whose fields are Text values, and every
// message must be non-empty in both languages, with the same formatting
// verbs in the same order, so that one set of arguments fits both. It
// returns nil when the table is complete.
func Check(table any) error {
	v := reflect.Indirect(reflect.ValueOf(table))
	if v.Kind() != reflect.Struct {
		return fmt.Errorf("lang.Check: %T is not a struct of lang.Text", table)
	}
	var problems []string
	n := 0
	for i := 0; i < v.NumField(); i++ {
		f := v.Type().Field(i)
		t, ok := v.Field(i).Interface().(Text)
		if !ok {
			problems = append(problems, fmt.Sprintf("%s: a %s, not a lang.Text", f.Name, f.Type))
			continue
		}
		n++
		if strings.TrimSpace(t.ID) == "" {
			problems = append(problems, f.Name+": no Indonesian text")
		}
		if strings.TrimSpace(t.EN) == "" {
			problems = append(problems, f.Name+": no English text")
		}
		if a, b := verbs(t.ID), verbs(t.EN); a != b {
			problems = append(problems, fmt.Sprintf("%s: verbs %q in Indonesian, %q in English", f.Name, a, b))
		}
	}
	if n == 0 {
		problems = append(problems, "no messages")
	}
	if problems != nil {
		return fmt.Errorf("lang.Check: %s", strings.Join(problems, "; "))
	}
	return nil
}

// verbs returns the formatting verbs of a fmt format, in order, with
// their flags, widths and precisions ("%-22s %5s %d%%" gives "%-22s %5s
// %d"); "%%" is text, not a verb.
func verbs(format string) string {
	var out []string
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		j := i + 1
		for j < len(format) && strings.IndexByte("+-# 0123456789.*[]", format[j]) >= 0 {
			j++
		}
		if j >= len(format) {
			out = append(out, format[i:])
			break
		}
		if format[j] != '%' {
			out = append(out, format[i:j+1])
		}
		i = j
	}
	return strings.Join(out, " ")
}
