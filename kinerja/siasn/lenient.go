package siasn

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
)

// object is a JSON object read leniently: keys match in any case, and a
// field may have aliases (SIASN's response names, its misspellings). Every
// value given for a key is kept, in the order of the text, so that a key
// given twice, exactly or in another case, is seen twice.
type object map[string][]entry // keyed by the lower-case key

type entry struct {
	key string // as received
	raw json.RawMessage
}

// readObject reads one JSON object, keeping every value of a repeated key
// (encoding/json's map decoding would keep only the last). Anything else
// is an error.
func readObject(data []byte, what string) (object, error) {
	notObject := func() error {
		return &FieldError{Field: what, Input: string(bytes.TrimSpace(data)), Want: "a JSON object"}
	}
	if !json.Valid(data) {
		return nil, notObject()
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if tok == nil && err == nil {
		return nil, &FieldError{Field: what, Input: "null", Want: "a JSON object"}
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, notObject()
	}
	o := object{}
	for dec.More() {
		tok, err := dec.Token()
		key, ok := tok.(string)
		if err != nil || !ok {
			return nil, notObject()
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, notObject()
		}
		l := strings.ToLower(key)
		o[l] = append(o[l], entry{key, raw})
	}
	return o, nil
}

// entries returns the values given for a field under any of its names;
// names[0] is the field's SIASN name.
func (o object) entries(names []string) []entry {
	var out []entry
	for _, n := range names {
		out = append(out, o[strings.ToLower(n)]...)
	}
	return out
}

// int sets *dst from the field: a JSON number or a numeric string with a
// whole value ("2", 2, 2.0, "2.00"); null, "" or an absent field leave 0.
// A field given more than once (the same key twice, in two cases, or
// under an alias) must have one value every time; else the error names
// the key.
func (o object) int(dst *int, names ...string) error {
	_, err := o.intSet(dst, names...)
	return err
}

// intSet is int, and reports whether the field was given a value.
func (o object) intSet(dst *int, names ...string) (seen bool, err error) {
	for _, e := range o.entries(names) {
		v, ok, err := parseInt(names[0], e.raw)
		if err != nil {
			return false, err
		}
		if !ok {
			continue
		}
		if seen && v != *dst {
			return false, twice(names[0], e.key)
		}
		*dst, seen = v, true
	}
	return seen, nil
}

// code sets *dst from a code field: a whole number, as int reads it, kept
// as its text ("2" for 2, "2.0" or " 2 "); null, "" or an absent field
// leave "", no code. A field given more than once must agree, as for int.
func code[T ~string](o object, dst *T, names ...string) error {
	var n int
	seen, err := o.intSet(&n, names...)
	if err != nil {
		return err
	}
	*dst = ""
	if seen {
		*dst = T(strconv.Itoa(n))
	}
	return nil
}

// str sets *dst from the field: a JSON string, or a number kept as its
// text (SIASN's ids are strings, but clients send 12 for "12"); null or
// an absent field leave "". A field given more than once must agree, as
// for int.
func (o object) str(dst *string, names ...string) error {
	seen := false
	for _, e := range o.entries(names) {
		v, ok, err := parseString(names[0], e.raw)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		if seen && v != *dst {
			return twice(names[0], e.key)
		}
		*dst, seen = v, true
	}
	return nil
}

// docs sets *dst from the field path: a JSON array of documents, given
// once.
func (o object) docs(dst *[]Dokumen, names ...string) error {
	seen := false
	for _, e := range o.entries(names) {
		if string(e.raw) == "null" {
			continue
		}
		var v []Dokumen
		if err := json.Unmarshal(e.raw, &v); err != nil {
			return &FieldError{Field: names[0], Input: string(e.raw), Want: "an array of documents"}
		}
		if seen {
			return twice(names[0], e.key)
		}
		*dst, seen = v, true
	}
	return nil
}

func twice(field, key string) error {
	return &FieldError{Field: field, Input: key, Want: "one value: the field is given twice, with different values"}
}

// maxInt bounds the integers read, far above any year or code, so that no
// arithmetic on them can overflow.
const maxInt = 1_000_000

// parseInt reads a whole number. ok is false for null and "".
func parseInt(field string, raw json.RawMessage) (v int, ok bool, err error) {
	bad := func() (int, bool, error) {
		return 0, false, &FieldError{Field: field, Input: string(raw), Want: "a whole number"}
	}
	text := string(raw)
	switch {
	case text == "null":
		return 0, false, nil
	case strings.HasPrefix(text, `"`):
		if err := json.Unmarshal(raw, &text); err != nil {
			return bad()
		}
		text = strings.TrimSpace(text)
		if text == "" {
			return 0, false, nil
		}
	}
	// A whole number may be written with a fraction of zeros: 2.0.
	if i := strings.IndexByte(text, '.'); i >= 0 {
		if i+1 == len(text) || strings.Trim(text[i+1:], "0") != "" {
			return bad()
		}
		text = text[:i]
	}
	n, err := strconv.Atoi(text)
	if err != nil || n > maxInt || n < -maxInt || strings.HasPrefix(text, "+") {
		return bad()
	}
	return n, true, nil
}

// parseString reads a string, or a number as its text. ok is false for
// null.
func parseString(field string, raw json.RawMessage) (v string, ok bool, err error) {
	text := string(raw)
	switch {
	case text == "null":
		return "", false, nil
	case strings.HasPrefix(text, `"`):
		if err := json.Unmarshal(raw, &v); err != nil {
			return "", false, &FieldError{Field: field, Input: text, Want: "a string"}
		}
		return v, true, nil
	case text != "" && (text[0] == '-' || '0' <= text[0] && text[0] <= '9'):
		return text, true, nil
	}
	return "", false, &FieldError{Field: field, Input: text, Want: "a string"}
}
