// Command skp prints each employee's SKP predikat (PermenPANRB No. 6 Tahun
// 2022) and, for functional positions, the angka kredit it earns
// (PermenPANRB 1/2023, Peraturan BKN 3/2023). With -org it also checks the
// distribution of predikat against the organisation predikat's pattern.
//
//	go run ./examples/skp                 # the embedded sample
//	go run ./examples/skp -org Baik       # … and the distribution findings
//	go run ./examples/skp -in skp.csv     # a real export
//
//	go run ./examples/skp -siasn examples/skp/siasn-sample.json
//	                                      # audit SIASN rw-skp22 records
//
// The CSV header is nip,nama,hasil_kerja,perilaku_kerja and optionally
// jenjang,bulan (both empty for a structural position). A bad row stops
// the run with "file:line: column: reason" and exit status 1.
//
// With -siasn, FILE holds records of SIASN's rw-skp22 response, as a JSON
// array or as JSON lines; each record's kuadran is checked against its two
// ratings (package kinerja/siasn), naming the known wrong mappings, and a
// summary counts the records by kind of finding. The sample
// siasn-sample.json is invented: its ids and names are synthetic.
//
// Output is built completely before it is written: on an error nothing
// goes to stdout, the error goes to stderr, and the exit status is 1.
package main

import (
	"bytes"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/go-asn/berakhlak/internal/csvio"
	"github.com/go-asn/berakhlak/kinerja"
)

//go:embed sample.csv
var sample []byte

func main() {
	in := flag.String("in", "", "read employees from `FILE` (default: the embedded sample)")
	org := flag.String("org", "", "check the distribution against organisation `PREDIKAT` (Istimewa, Baik, Butuh Perbaikan, Kurang, Sangat Kurang)")
	places := flag.Int("places", 3, "decimal `places` of angka kredit")
	siasnFile := flag.String("siasn", "", "audit the SIASN rw-skp22 records in `FILE` (a JSON array or JSON lines)")
	flag.Parse()
	var out bytes.Buffer
	var err error
	if *siasnFile != "" {
		err = runSIASN(&out, *siasnFile)
	} else {
		err = run(&out, *in, *org, *places)
	}
	if err == nil {
		_, err = out.WriteTo(os.Stdout)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "skp:", err)
		os.Exit(1)
	}
}

type employee struct {
	nip, nama       string
	hasil, perilaku kinerja.Rating
	predikat        kinerja.Predikat
	jenjang         kinerja.Jenjang // zero for a structural position
	bulan           int
	ak              string // angka kredit as printed, or why there is none
}

func run(w io.Writer, in, orgName string, places int) error {
	var org kinerja.PredikatOrganisasi
	if orgName != "" {
		var err error
		if org, err = kinerja.ParsePredikatOrganisasi(orgName); err != nil {
			return fmt.Errorf("-org: %w", err)
		}
	}
	if places < 0 || places > 9 {
		return fmt.Errorf("-places %d outside 0–9", places)
	}
	name, src := "sample.csv (embedded)", io.Reader(bytes.NewReader(sample))
	if in != "" {
		f, err := os.Open(in)
		if err != nil {
			return err
		}
		defer f.Close()
		name, src = in, f
	}
	r, err := csvio.NewReader(name, src)
	if err != nil {
		return err
	}
	cols, err := columns(r)
	if err != nil {
		return err
	}

	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "NIP\tNama\tHasil Kerja\tPerilaku Kerja\tPredikat\tJenjang\tBulan\tAngka Kredit")
	counts := map[kinerja.Predikat]int{}
	seen := map[string]int{}
	n := 0
	for {
		rec, line, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		e, err := parseRow(r, cols, rec, int32(places))
		if err != nil {
			return err
		}
		if first, dup := seen[e.nip]; dup {
			return r.Errorf("nip", "%s already appears on line %d", e.nip, first)
		}
		seen[e.nip] = line
		counts[e.predikat]++
		n++
		jenjang, bulan := "—", "—"
		if e.jenjang != 0 {
			jenjang, bulan = e.jenjang.String(), strconv.Itoa(e.bulan)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", e.nip, e.nama, e.hasil, e.perilaku, e.predikat, jenjang, bulan, e.ak)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if n == 0 {
		return fmt.Errorf("%s: no employees", name)
	}

	fmt.Fprintf(w, "\n%d employees:", n)
	all := kinerja.Predikats()
	for i := len(all) - 1; i >= 0; i-- {
		p := all[i]
		fmt.Fprintf(w, " %s %d;", p, counts[p])
	}
	fmt.Fprintln(w)
	if org == 0 {
		return nil
	}
	fs, err := kinerja.CheckDistribution(org, counts)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nDistribution pattern for organisation predikat %s (advisory, PermenPANRB 6/2022):\n", org)
	for _, f := range fs {
		mark := "✓"
		if !f.Met {
			mark = "✗"
		}
		fmt.Fprintf(w, "  %s %s\n", mark, f)
	}
	if fs.Met() {
		fmt.Fprintln(w, "  The distribution follows the pattern.")
	} else {
		fmt.Fprintf(w, "  %d of %d clauses not met.\n", len(fs.Unmet()), len(fs))
	}
	return nil
}

type cols struct{ nip, nama, hasil, perilaku, jenjang, bulan int }

func columns(r *csvio.Reader) (cols, error) {
	h := strings.Join(r.Header(), ",")
	switch h {
	case "nip,nama,hasil_kerja,perilaku_kerja":
		return cols{0, 1, 2, 3, -1, -1}, nil
	case "nip,nama,hasil_kerja,perilaku_kerja,jenjang,bulan":
		return cols{0, 1, 2, 3, 4, 5}, nil
	}
	return cols{}, r.Wrap("", fmt.Errorf("header is %q, want nip,nama,hasil_kerja,perilaku_kerja[,jenjang,bulan]", h))
}

func parseRow(r *csvio.Reader, c cols, rec []string, places int32) (employee, error) {
	e := employee{nip: rec[c.nip], nama: rec[c.nama]}
	if len(e.nip) != 18 || strings.Trim(e.nip, "0123456789") != "" {
		return e, r.Errorf("nip", "%q is not an 18-digit NIP", e.nip)
	}
	if e.nama == "" {
		return e, r.Errorf("nama", "empty")
	}
	var err error
	if e.hasil, err = kinerja.ParseRating(rec[c.hasil]); err != nil {
		return e, r.Wrap("hasil_kerja", err)
	}
	if e.perilaku, err = kinerja.ParseRating(rec[c.perilaku]); err != nil {
		return e, r.Wrap("perilaku_kerja", err)
	}
	if e.predikat, err = kinerja.PredikatPegawai(e.hasil, e.perilaku); err != nil {
		return e, r.Wrap("", err)
	}
	e.ak = "—"
	if c.jenjang < 0 {
		return e, nil
	}
	js, bs := rec[c.jenjang], rec[c.bulan]
	switch {
	case js == "" && bs == "":
		return e, nil // structural position: no angka kredit
	case js == "":
		return e, r.Errorf("jenjang", "empty, but bulan is %q", bs)
	case bs == "":
		return e, r.Errorf("bulan", "empty, but jenjang is %q", js)
	}
	if e.jenjang, err = kinerja.ParseJenjang(js); err != nil {
		return e, r.Wrap("jenjang", err)
	}
	if e.bulan, err = strconv.Atoi(bs); err != nil || e.bulan < 1 || e.bulan > 12 {
		return e, r.Errorf("bulan", "%q is not a month count 1–12", bs)
	}
	ak, err := kinerja.AngkaKredit(e.jenjang, e.predikat, e.bulan, kinerja.WithPlaces(places))
	if err != nil {
		return e, r.Wrap("", err)
	}
	e.ak = ak.StringFixed(places)
	return e, nil
}
