// Command gen writes the synthetic sample survey that examples/report
// embeds (berakhlaktest.ReportSample). Run it from examples/report:
//
//	go generate ./examples/report
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/go-asn/berakhlak/berakhlaktest"
)

func main() {
	dir := flag.String("dir", ".", "write sample_instrument.csv and sample_ballots.csv into `DIR`")
	flag.Parse()
	s := berakhlaktest.ReportSample()
	for _, f := range []struct {
		name string
		data []byte
	}{{"sample_instrument.csv", s.Instrument}, {"sample_ballots.csv", s.Ballots}} {
		if err := os.WriteFile(filepath.Join(*dir, f.name), f.data, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
	}
}
