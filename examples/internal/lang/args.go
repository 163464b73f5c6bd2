package lang

import (
	"flag"
	"strings"
)

// FromArgs finds the language chosen by a -lang flag in args before fs
// parses them, so that a program can write the flags' help in that
// language: fs must define every flag the program accepts, including
// "lang" (only the flags' names and whether they are boolean are used;
// their usage strings may be in any language). It walks args as package
// flag does: flags end at "--", at "-" or at the first argument that is
// not a flag; "-name=value" and "--name=value" carry their value; a flag
// that is not boolean takes the next argument as its value, a boolean one
// (its flag.Value has an IsBoolFlag method returning true) does not. The
// last -lang wins, as with flag, and the walk stops at an invalid one, as
// flag parsing does. A name fs does not define ("-h",
// "-help", a typo) takes no value here: flag parsing reports it or shows
// the help.
//
// FromArgs returns ok false, and [Default], when args choose no valid
// language; flag parsing then reports an invalid one.
func FromArgs(fs *flag.FlagSet, args []string) (l Lang, ok bool) {
	l = Default
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" || len(a) < 2 || a[0] != '-' {
			break
		}
		name := strings.TrimPrefix(a[1:], "-")
		if name == "" || name[0] == '-' || name[0] == '=' {
			break // bad flag syntax: flag parsing stops here
		}
		name, value, hasValue := strings.Cut(name, "=")
		f := fs.Lookup(name)
		if f == nil {
			continue
		}
		if !hasValue && !isBool(f) {
			if i+1 >= len(args) {
				break
			}
			i++
			value, hasValue = args[i], true
		}
		if name != "lang" || !hasValue {
			continue
		}
		v, err := Parse(value)
		if err != nil {
			break // flag parsing stops at the invalid value
		}
		l, ok = v, true
	}
	return l, ok
}

// isBool reports whether f is a boolean flag, which takes no value after
// it, as package flag decides.
func isBool(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}
