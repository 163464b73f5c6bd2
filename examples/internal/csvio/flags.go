package csvio

import (
	"flag"
	"fmt"
	"runtime"
)

// maxWorkers bounds -workers: more goroutines than this only cost memory
// (a read buffer each).
const maxWorkers = 256

// AddFlags registers the reading flags every program shares on fs,
// writing into o: -max-line (the longest record, default DefaultMaxLine)
// and -workers (the goroutines a file is read on; 0, the default, is one
// per core). input names what is read in the descriptions: "the input",
// "an input". CheckFlags checks them once fs is parsed.
func AddFlags(fs *flag.FlagSet, o *Options, input string) {
	fs.IntVar(&o.MaxLine, "max-line", DefaultMaxLine(), "longest line (record) of "+input+", in `BYTES`")
	fs.IntVar(&o.Workers, "workers", 0, "read a file on `N` goroutines (0: one per core; 1: one; standard input is read on one)")
}

// CheckFlags returns an error for a -max-line or -workers out of range,
// for a program to report as a bad flag, and sets -workers 0 to the
// number of cores (runtime.GOMAXPROCS).
func CheckFlags(o *Options) error {
	if err := CheckMaxLine(o.MaxLine); err != nil {
		return err
	}
	if o.Workers < 0 || o.Workers > maxWorkers {
		return fmt.Errorf("-workers %d: want 0 (one per core) to %d", o.Workers, maxWorkers)
	}
	if o.Workers == 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	return nil
}
