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
//	go run ./examples/skp -pak examples/skp/pak-sample.csv -golongan III/c
//	                                      # angka kredit for promotion
//	go run ./examples/skp -lang en        # any of these in English
//
// The output is in Bahasa Indonesia unless -lang en asks for English. The
// official terms stay as they are in both: the SKP form's and SIASN's
// (NIP, Nama, Hasil Kerja, Perilaku Kerja, Predikat, Jenjang, Bulan, Angka
// Kredit, kuadran, the SIASN field names), the ratings ("Di Atas
// Ekspektasi"), the predikat ("Sangat Baik") and the jenjang ("Ahli
// Pertama"). Numbers follow the language: Indonesian writes angka kredit
// 18,750 and counts 1.200, English 18.750 and 1,200. The program's own
// messages (the distribution check, the audit's findings, a misused flag)
// follow -lang; errors about a row of the input ("file:line: column NAME:
// reason") and the library's errors stay in English, as do the flags'
// descriptions (-h).
//
// The CSV header is nip,nama,hasil_kerja,perilaku_kerja and optionally
// jenjang,bulan (both empty for a structural position), in any order.
// -in - reads standard input (on one core; a file of 8 MiB or more is read
// on every core, -workers N goroutines, with the same output). A
// repeated NIP (-allow-duplicates turns the check off) or a bad row stops
// the run with "file:line: column NAME: reason" and exit status 1.
//
// The input is streamed: memory does not grow with the number of
// employees, apart from the set of NIPs (a 64-bit hash each). The table's
// columns have fixed widths, a long name is cut with an ellipsis, and
// control characters and invalid UTF-8 are escaped.
//
// With -pak FILE -golongan G, the program computes one employee's angka
// kredit for promotion (PAK): FILE (- for standard input) holds the
// employee's periods, as a CSV with the header
// tahun,bulan_mulai,bulan_selesai,jenjang,predikat and optionally
// angka_kredit (a period whose angka kredit is given), or as SIASN's
// rw-kinerjaperiodik records (periods converted from their predikat) or
// rw-angkakredit records (periods whose angka kredit SIASN stores; an
// integrasi record is the start), as a JSON array or JSON lines. It
// prints each period's angka kredit, the cumulative angka kredit of the
// jenjang, and for the golongan G what each kenaikan needs and what is
// missing (package kinerja: Accumulate, CheckKenaikan). -start AK starts
// from an angka kredit (an integrasi); -rounded rounds each period first;
// -carry-excess carries the excess at a kenaikan jenjang (an open rule).
// The samples pak-sample.csv and pak-sample.json are invented.
//
// With -siasn, FILE (- for standard input) holds records of SIASN's
// rw-skp22 response, as a JSON array or as JSON lines, in UTF-8 (a byte
// order mark is dropped; UTF-16 is refused); each record's kuadran is
// checked against its two
// ratings (package kinerja/siasn), naming the known wrong mappings, and a
// summary counts the records by kind of finding. The sample
// siasn-sample.json is invented: its ids and names are synthetic.
//
// Output is built completely before it is written: on an error nothing
// goes to stdout, the error goes to stderr, and the exit status is 1. A
// bad flag (malformed, or with a value out of its range, such as -places
// 10, or -org naming no predikat), -siasn with -in or -org, or a -lang
// other than id or en, is a usage error (exit status 2).
package main

import (
	"bufio"
	"bytes"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"github.com/go-asn/berakhlak/examples/internal/cli"
	"github.com/go-asn/berakhlak/examples/internal/csvio"
	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/internal/text"
	"github.com/go-asn/berakhlak/kinerja"
)

//go:embed sample.csv
var sample []byte

func main() {
	os.Exit(realMain(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// options are the program's flags.
type options struct {
	in, org         string
	places          int
	csv             csvio.Options
	allowDuplicates bool
	lang            lang.Lang
	stdin           io.Reader
}

// realMain runs the program and returns its exit status. The output is
// built completely before any of it is written (the employee table in a
// temporary file once it passes spillAt bytes): on an error nothing goes
// to stdout.
func realMain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	o := options{lang: lang.Default}
	fs := flag.NewFlagSet("skp", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.in, "in", "", "read employees from `FILE` (- for standard input; default: the embedded sample)")
	fs.StringVar(&o.org, "org", "", "check the distribution against organisation `PREDIKAT` (Istimewa, Baik, Butuh Perbaikan, Kurang, Sangat Kurang)")
	fs.IntVar(&o.places, "places", 3, "decimal `places` of angka kredit")
	csvio.AddFlags(fs, &o.csv, "the input")
	fs.BoolVar(&o.allowDuplicates, "allow-duplicates", false, "do not check that NIPs are unique")
	fs.Var(&o.lang, "lang", "language of the output: id (Bahasa Indonesia) or en")
	siasnFile := fs.String("siasn", "", "audit the SIASN rw-skp22 records in `FILE` (a JSON array or JSON lines; - for standard input)")
	var pak pakOptions
	fs.StringVar(&pak.file, "pak", "", "angka kredit for promotion: read one employee's periods from `FILE` (CSV, or SIASN rw-kinerjaperiodik or rw-angkakredit JSON; - for standard input)")
	fs.StringVar(&pak.golongan, "golongan", "", "with -pak: the employee's `GOLONGAN` (III/a, 3a, Penata Muda …)")
	fs.StringVar(&pak.start, "start", "", "with -pak: the angka kredit to start from, e.g. an integrasi (`AK`)")
	fs.BoolVar(&pak.rounded, "rounded", false, "with -pak: round each period before adding (as BKN's worked examples do)")
	fs.BoolVar(&pak.carry, "carry-excess", false, "with -pak: carry the angka kredit above the minimum into the next jenjang")
	if err := cli.Parse(fs, args); err != nil {
		return cli.Exit(stderr, "skp", err)
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, msg.UnexpectedArgs.In(o.lang), fs.Args())
		return 2
	}
	if err := csvio.CheckFlags(&o.csv); err != nil {
		return cli.Exit(stderr, "skp", cli.Usage(err))
	}
	if *siasnFile != "" && (o.in != "" || o.org != "") {
		return cli.Exit(stderr, "skp", cli.Usage(errors.New(msg.SIASNWith.In(o.lang))))
	}
	if pak.file != "" && (o.in != "" || o.org != "" || *siasnFile != "") {
		return cli.Exit(stderr, "skp", cli.Usage(errors.New(msg.PAKWith.In(o.lang))))
	}
	if pak.file == "" && (pak.golongan != "" || pak.start != "" || pak.rounded || pak.carry) {
		return cli.Exit(stderr, "skp", cli.Usage(errors.New(msg.PAKOnly.In(o.lang))))
	}
	out := &spill{limit: spillAt}
	defer out.Close()
	var err error
	switch {
	case pak.file != "":
		pak.places, pak.csv, pak.lang = o.places, o.csv, o.lang
		err = runPAK(out, pak, stdin)
	case *siasnFile != "":
		err = runSIASN(out, *siasnFile, stdin, o.lang)
	default:
		o.stdin = stdin
		err = run(out, o)
	}
	if err == nil {
		_, err = out.WriteTo(stdout)
	}
	if err != nil {
		return cli.Exit(stderr, "skp", err)
	}
	return 0
}

type employee struct {
	nip, nama       []byte // valid until the next row
	hasil, perilaku kinerja.Rating
	predikat        kinerja.Predikat
	jenjang         kinerja.Jenjang // zero for a structural position
	bulan           int
	ak              string // angka kredit as printed, or why there is none
}

// The employee table's column widths, in runes: fixed, so that rows are
// written as they are read. A longer name is cut with an ellipsis.
const (
	nipWidth      = 18
	namaWidth     = 28
	ratingWidth   = 19 // "Di Bawah Ekspektasi"
	predikatWidth = 17 // "Kurang/Misconduct"
	jenjangWidth  = 12 // "Ahli Pertama"
	bulanWidth    = 5
)

func tableRow(w io.Writer, cells ...string) {
	widths := [...]int{nipWidth, namaWidth, ratingWidth, ratingWidth, predikatWidth, jenjangWidth, bulanWidth}
	var b []byte
	for i, c := range cells {
		if i < len(widths) {
			b = append(b, text.Pad(text.Terminal(c, widths[i]), widths[i])...)
			b = append(b, "  "...)
			continue
		}
		b = append(b, c...)
	}
	b = append(b, '\n')
	w.Write(b)
}

// run streams the employees: each row is checked and written to the
// table as it is read, and only the counts per predikat are kept, so
// memory does not grow with the number of employees (apart from the set
// of NIPs, see package csvio).
func run(w io.Writer, o options) error {
	l := o.lang
	var org kinerja.PredikatOrganisasi
	if o.org != "" {
		var err error
		if org, err = kinerja.ParsePredikatOrganisasi(o.org); err != nil {
			return cli.Usage(fmt.Errorf(msg.BadOrg.In(l), err))
		}
	}
	if o.places < 0 || o.places > 9 {
		return cli.Usage(fmt.Errorf(msg.BadPlaces.In(l), o.places))
	}
	name, src := msg.SampleSource.In(l), io.Reader(bytes.NewReader(sample))
	if o.in != "" {
		f, err := csvio.Open(o.in, o.stdin)
		if err != nil {
			return err
		}
		defer f.Close()
		name, src = f.Name, f
	}
	read := func(r *csvio.Reader) (*employees, error) { return scanEmployees(r, o) }
	rows, err := csvio.Read(name, src, o.csv, read, (*employees).merge)
	if err != nil {
		return err
	}
	tableRow(w, msg.ColNIP.In(l), msg.ColNama.In(l), msg.ColHasil.In(l), msg.ColPerilaku.In(l), msg.ColPredikat.In(l),
		msg.ColJenjang.In(l), msg.ColBulan.In(l), msg.ColAngkaKredit.In(l))
	for _, t := range rows.tables {
		if _, err := t.WriteTo(w); err != nil {
			return err
		}
	}
	counts, n := rows.counts, rows.n
	if n == 0 {
		return fmt.Errorf(msg.NoEmployees.In(l), name)
	}

	fmt.Fprint(w, l.Sprintf(msg.Summary, l.Int(n)))
	all := kinerja.AllPredikat()
	parts := make([]string, 0, len(all))
	for i := len(all) - 1; i >= 0; i-- {
		p := all[i]
		parts = append(parts, l.Sprintf(msg.SummaryCount, p, l.Int(counts[p])))
	}
	fmt.Fprintln(w, strings.Join(parts, ";"))
	if org == 0 {
		return nil
	}
	fs, err := kinerja.CheckDistribution(org, counts, kinerja.DistributionRules{})
	if err != nil {
		return err
	}
	writeFindings(w, org, fs, l)
	return nil
}

// writeFindings writes the distribution check in language l.
func writeFindings(w io.Writer, org kinerja.PredikatOrganisasi, fs kinerja.Findings, l lang.Lang) {
	fmt.Fprint(w, l.Sprintf(msg.Pattern, org))
	for _, f := range fs {
		mark, state := "✓", msg.Met.In(l)
		if !f.Met {
			mark, state = "✗", msg.NotMet.In(l)
		}
		fmt.Fprint(w, l.Sprintf(msg.Finding, mark, clauseText(f.Clause, l), l.Int(f.Count), l.Int(f.Total), shareText(f, l), state))
	}
	if fs.Met() {
		fmt.Fprint(w, msg.PatternMet.In(l))
	} else {
		fmt.Fprint(w, l.Sprintf(msg.PatternNotMet, l.Int(len(fs.Unmet())), l.Int(len(fs))))
	}
}

// shareText writes the finding's share in language l at the places the
// library gives it: one, or more where one would read as the clause's
// limit (see kinerja.Finding). The share is a figure.Figure, whose text
// carries its places; this only rewrites it in the language's notation.
// TestFindingsAsLibrary checks that the English text equals the
// library's, shares with more places included.
func shareText(f kinerja.Finding, l lang.Lang) string {
	return l.Number(f.Share.String())
}

// clauseText describes a clause of the pattern in language l, e.g.
// "paling banyak 70% Baik".
func clauseText(c kinerja.Clause, l lang.Lang) string {
	names := make([]string, len(c.Predikat))
	for i, p := range c.Predikat {
		names[i] = p.String()
	}
	who := strings.Join(names, msg.Or.In(l))
	switch c.Kind {
	case kinerja.ClauseMost:
		return l.Sprintf(msg.ClauseMost, who)
	case kinerja.ClauseAtMost:
		return l.Sprintf(msg.ClauseAtMost, l.Int(c.Percent), who)
	case kinerja.ClauseAtLeast:
		return l.Sprintf(msg.ClauseAtLeast, l.Int(c.Percent), who)
	case kinerja.ClauseSome:
		return l.Sprintf(msg.ClauseSome, who)
	case kinerja.ClauseNone:
		return l.Sprintf(msg.ClauseNone, who)
	}
	return c.String()
}

// The columns' indices, in the order run binds them.
const (
	colNIP = iota
	colNama
	colHasil
	colPerilaku
	colJenjang
	colBulan
)

// employees are the employee table's rows of a file, or of a part of it,
// as written, in file order, and the count of each predikat.
type employees struct {
	tables []*bytes.Buffer // one per part, in file order: never copied into one
	counts map[kinerja.Predikat]int
	n      int
}

// merge appends next's rows, the next part of the file, to e's.
func (e *employees) merge(next *employees) (*employees, error) {
	e.tables = append(e.tables, next.tables...)
	for p, c := range next.counts {
		e.counts[p] += c
	}
	e.n += next.n
	return e, nil
}

// scanEmployees reads the records of r into the table's rows. It reads a
// file in parts (csvio.Read): the language is the program's, the rows'
// figures the same in every part.
func scanEmployees(r *csvio.Reader, o options) (*employees, error) {
	l := o.lang
	table := new(bytes.Buffer)
	out := &employees{tables: []*bytes.Buffer{table}, counts: map[kinerja.Predikat]int{}}
	c, err := r.Bind(
		csvio.Column{Name: "nip"}, csvio.Column{Name: "nama"}, csvio.Column{Name: "hasil_kerja"}, csvio.Column{Name: "perilaku_kerja"},
		csvio.Column{Name: "jenjang", Optional: true}, csvio.Column{Name: "bulan", Optional: true})
	if err != nil {
		return nil, err
	}
	if (c[4] < 0) != (c[5] < 0) {
		missing := "jenjang"
		if c[5] < 0 {
			missing = "bulan"
		}
		return nil, r.Errorf(missing, "missing: jenjang and bulan come together")
	}
	if !o.allowDuplicates {
		r.Unique(c[0], "nip")
	}
	for {
		err := r.Next()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		e, err := parseRow(r, c, int32(o.places))
		if err != nil {
			return nil, err
		}
		out.counts[e.predikat]++
		out.n++
		jenjang, bulan := "—", "—"
		if e.jenjang != 0 {
			jenjang, bulan = e.jenjang.String(), strconv.Itoa(e.bulan)
		}
		tableRow(table, string(e.nip), string(e.nama), e.hasil.String(), e.perilaku.String(), e.predikat.String(), jenjang, bulan, l.Number(e.ak))
	}
}

func parseRow(r *csvio.Reader, c []int, places int32) (employee, error) {
	e := employee{nip: r.Field(c[colNIP]), nama: r.Field(c[colNama])}
	if !isNIP(e.nip) {
		return e, r.Errorf("nip", "%s is not an 18-digit NIP", text.Quote(string(e.nip)))
	}
	if len(e.nama) == 0 {
		return e, r.Errorf("nama", "empty")
	}
	var err error
	if e.hasil, err = kinerja.ParseRating(string(r.Field(c[colHasil]))); err != nil {
		return e, r.Wrap("hasil_kerja", err)
	}
	if e.perilaku, err = kinerja.ParseRating(string(r.Field(c[colPerilaku]))); err != nil {
		return e, r.Wrap("perilaku_kerja", err)
	}
	if e.predikat, err = kinerja.PredikatPegawai(e.hasil, e.perilaku); err != nil {
		return e, r.Wrap("", err)
	}
	e.ak = "—"
	if c[colJenjang] < 0 {
		return e, nil
	}
	js, bs := r.Text(c[colJenjang]), r.Text(c[colBulan])
	switch {
	case js == "" && bs == "":
		return e, nil // structural position: no angka kredit
	case js == "":
		return e, r.Errorf("jenjang", "empty, but bulan is %s", text.Quote(bs))
	case bs == "":
		return e, r.Errorf("bulan", "empty, but jenjang is %s", text.Quote(js))
	}
	if e.jenjang, err = kinerja.ParseJenjang(js); err != nil {
		return e, r.Wrap("jenjang", err)
	}
	if e.bulan, err = strconv.Atoi(bs); err != nil || e.bulan < 1 || e.bulan > 12 {
		return e, r.Errorf("bulan", "%s is not a month count 1–12", text.Quote(bs))
	}
	ak, err := kinerja.AngkaKredit(e.jenjang, e.predikat, e.bulan, kinerja.WithPlaces(places))
	if err != nil {
		return e, r.Wrap("", err)
	}
	e.ak = ak.String() // at places: WithPlaces rounds the figure to them
	return e, nil
}

func isNIP(b []byte) bool {
	if len(b) != 18 {
		return false
	}
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// spillAt is how much of the output is kept in memory before the rest
// goes to a temporary file.
const spillAt = 4 << 20

// spill is an output buffer that keeps up to limit bytes in memory and
// the rest in a temporary file, so that a table of millions of rows is
// still written only when everything succeeded, in constant memory.
//
// The table holds NIPs and names, so the temporary file must not outlive
// the run, however it ends. It is removed from its directory as soon as
// it is created: the open file stays readable and writable, but has no
// name left behind by Ctrl-C, SIGTERM or even SIGKILL. Where an open
// file cannot be removed (Windows), it keeps its name until Close, and an
// interrupt or termination removes it before the program ends (addNamed).
type spill struct {
	limit  int
	mem    bytes.Buffer
	f      *os.File
	w      *bufio.Writer
	err    error
	named  bool                    // the temporary file still has its name
	remove func(name string) error // os.Remove; a test makes it fail
}

func (s *spill) Write(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	if s.f == nil && s.mem.Len()+len(p) <= s.limit {
		return s.mem.Write(p)
	}
	if s.f == nil {
		s.f, s.err = os.CreateTemp("", "skp-table-*.txt")
		if s.err != nil {
			return 0, s.err
		}
		remove := s.remove
		if remove == nil {
			remove = os.Remove
		}
		if remove(s.f.Name()) != nil {
			s.named = true
			addNamed(s.f.Name())
		}
		s.w = bufio.NewWriterSize(s.f, 256<<10)
	}
	n, err := s.w.Write(p)
	s.err = err
	return n, err
}

// WriteTo writes everything written so far to w.
func (s *spill) WriteTo(w io.Writer) (int64, error) {
	if s.err != nil {
		return 0, s.err
	}
	n, err := w.Write(s.mem.Bytes())
	if err != nil || s.f == nil {
		return int64(n), err
	}
	if err := s.w.Flush(); err != nil {
		return int64(n), err
	}
	if _, err := s.f.Seek(0, io.SeekStart); err != nil {
		return int64(n), err
	}
	m, err := io.Copy(w, s.f)
	return int64(n) + m, err
}

// Close closes the temporary file, if there is one, and removes it if
// it still has a name.
func (s *spill) Close() error {
	if s.f == nil {
		return nil
	}
	err := s.f.Close()
	if s.named {
		if rerr := os.Remove(s.f.Name()); rerr != nil && !errors.Is(rerr, fs.ErrNotExist) {
			err = rerr
		}
		dropNamed(s.f.Name())
		s.named = false
	}
	return err
}

// named holds the temporary files that still have their names, for
// removeNamed.
var named struct {
	sync.Mutex
	names   map[string]bool
	handler sync.Once
}

// addNamed records a temporary file that keeps its name, and from the
// first one on, removes them all on an interrupt or termination before
// the program ends with the signal's conventional status (128 + its
// number).
func addNamed(name string) {
	named.handler.Do(func() {
		sig := make(chan os.Signal, 1)
		signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
		go func() {
			s := <-sig
			removeNamed()
			status := 1
			if n, ok := s.(syscall.Signal); ok {
				status = 128 + int(n)
			}
			os.Exit(status)
		}()
	})
	named.Lock()
	defer named.Unlock()
	if named.names == nil {
		named.names = map[string]bool{}
	}
	named.names[name] = true
}

func dropNamed(name string) {
	named.Lock()
	defer named.Unlock()
	delete(named.names, name)
}

// removeNamed removes the temporary files that still have their names:
// the handler addNamed starts calls it on an interrupt or termination.
func removeNamed() {
	named.Lock()
	defer named.Unlock()
	for name := range named.names {
		os.Remove(name)
		delete(named.names, name)
	}
}
