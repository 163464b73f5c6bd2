// Package cli holds what the example programs' main functions share: the
// exit status of an error, and flags parsed so that nothing from the
// command line reaches the terminal raw.
//
// A program returns 0 when it succeeded, 1 for bad input (or any other
// failure), and 2 for a usage error: a malformed or unknown flag, a
// flag's value outside its range, or flags that cannot go together.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/go-asn/berakhlak/internal/text"
)

// usageError is an error of how the program was called (exit status 2).
type usageError struct {
	err      error
	reported bool // Parse has written it, with the usage
}

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

// Usage returns err marked as a usage error, for which [Exit] returns 2:
// a flag's value outside its range, or flags that cannot go together.
// Usage(nil) is nil.
func Usage(err error) error {
	if err == nil {
		return nil
	}
	return &usageError{err: err}
}

// Usagef is Usage(fmt.Errorf(format, args...)).
func Usagef(format string, args ...any) error {
	return Usage(fmt.Errorf(format, args...))
}

// Parse parses args with fs as fs.Parse does, and on an error writes it
// and fs's usage to fs's output, as package flag does, except that the
// error goes through text.Terminal: the flag package repeats an unknown
// flag's name raw ("flag provided but not defined: -\x1b[2J"). It returns
// the error marked as a usage error that Exit does not write again; -h
// and -help, which print the usage, are one too (exit status 2).
func Parse(fs *flag.FlagSet, args []string) error {
	out := fs.Output()
	fs.SetOutput(io.Discard)
	err := fs.Parse(args)
	fs.SetOutput(out)
	if err == nil {
		return nil
	}
	if !errors.Is(err, flag.ErrHelp) {
		fmt.Fprintln(out, text.Terminal(err.Error(), 0))
	}
	fs.Usage()
	return &usageError{err: err, reported: true}
}

// Exit writes err to stderr as one line, "program: message", through
// text.Terminal (library and input errors quote what they repeat, but
// the line is escaped again whatever made it), and returns the exit
// status: 0 for nil, 2 for a usage error, 1 otherwise.
func Exit(stderr io.Writer, program string, err error) int {
	if err == nil {
		return 0
	}
	var ue *usageError
	isUsage := errors.As(err, &ue)
	if !isUsage || !ue.reported {
		fmt.Fprintln(stderr, program+":", text.Terminal(err.Error(), 0))
	}
	if isUsage {
		return 2
	}
	return 1
}
