package csvio_test

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/go-asn/berakhlak/examples/internal/csvio"
)

// counter is a tally of answers, as a program's read makes of a file or
// of a part of it.
type counter struct{ rows, sum int }

func (c *counter) Merge(o *counter) error { c.rows, c.sum = c.rows+o.rows, c.sum+o.sum; return nil }

func ExampleRead() {
	var b strings.Builder
	b.WriteString("respondent,answer\n")
	for i := range 1000 {
		fmt.Fprintf(&b, "R%d,%d\n", i, i%5+1)
	}
	read := func(r *csvio.Reader) (*counter, error) {
		cols, err := r.Bind(csvio.Column{Name: "respondent"}, csvio.Column{Name: "answer"})
		if err != nil {
			return nil, err
		}
		r.Unique(cols[0], "respondent")
		c := &counter{}
		dst := make([]int8, 1)
		for {
			err := r.Next()
			if errors.Is(err, io.EOF) {
				return c, nil
			}
			if err != nil {
				return nil, err
			}
			if k := r.Ints(cols[1:], 1, 5, 0, dst); k >= 0 {
				return nil, r.Errorf("answer", "not 1–5")
			}
			c.rows, c.sum = c.rows+1, c.sum+int(dst[0])
		}
	}
	// A strings.Reader can be read at offsets, as a file: four parts.
	opts := csvio.Options{Workers: 4, MinPart: 1 << 10}
	c, err := csvio.Read("answers.csv", strings.NewReader(b.String()), opts, read, csvio.Merge)
	fmt.Println(c.rows, c.sum, err)
	// A repeated id in another part is the error one goroutine gives.
	_, err = csvio.Read("answers.csv", strings.NewReader(b.String()+"R7,3\n"), opts, read, csvio.Merge)
	fmt.Println(err)
	// Output:
	// 1000 3000 <nil>
	// answers.csv:1002: column respondent: "R7" already on line 9
}

func ExampleAddFlags() {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	var o csvio.Options
	csvio.AddFlags(fs, &o, "the input")
	_ = fs.Parse([]string{"-workers", "3"})
	fmt.Println(csvio.CheckFlags(&o), o.Workers, o.MaxLine)
	_ = fs.Parse([]string{"-workers", "-1"})
	fmt.Println(csvio.CheckFlags(&o))
	// Output:
	// <nil> 3 1048576
	// -workers -1: want 0 (one per core) to 256
}
