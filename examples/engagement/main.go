// Command engagement scores an Employee Engagement export with an
// instrument the caller defines: the engagement index (percent favourable,
// library default), means and percent favourable per dimension, Cronbach's
// alpha, segments, eNPS, and the figures per unit with the confidentiality
// threshold applied. Below the official minimum of 140 respondents it
// publishes nothing and says why.
//
//	go run ./examples/engagement                         # embedded synthetic sample (invented data)
//	go run ./examples/engagement -lang en                # the same report in English
//	go run ./examples/engagement -in export.csv -instrument items.csv
//	go run ./examples/engagement -html report.html -title "Dinas X" -period 2024
//	go run ./examples/engagement -baseline examples/engagement/sample_baseline.csv
//
// -baseline FILE compares the survey with last year's: FILE is last year's
// export, with the same columns, read with the same instrument and
// checked against the same -minimum and -confidentiality. The report
// gains a section "Perbandingan dengan baseline" ("Comparison with the
// baseline"): the engagement index and each dimension's percent
// favourable in both years, the change with its 95% interval, and a
// verdict (up, down, or no measurable change: a move within the sampling
// error is never called up or down), after engagement.Compare; the HTML
// chart marks last year's figures. A dimension that either year
// withholds is listed with the reason. The embedded sample has a
// baseline of its own, examples/engagement/sample_baseline.csv (invented,
// written by -write-baseline-sample).
//
// -html FILE also writes the report as one printable, self-contained HTML
// page (no external stylesheet, font, script or image; print CSS for A4,
// so that a browser's "Print → Save as PDF" gives a clean document): the
// title, the respondents against the minimum, the engagement index, the
// dimensions (mean, percent favourable, alpha with n) with a bar chart of
// their percent favourable, the segments, eNPS, the units (with the
// suppressed ones and why), and a methods section that lists each rule
// used with its status (official or library default) and its source, from
// the rule register in the root package doc. Every string from the input
// (a unit, a dimension, -title, -period) is escaped. -title names the
// agency or unit in the title instead of the file name, -period gives the
// survey period; both head the text report too.
//
// The report is in Bahasa Indonesia unless -lang en asks for English; the
// official names (Employee Engagement, eNPS, the instrument's dimensions
// and units) stay as they are in both. Numbers follow the language:
// Indonesian writes 54,5% and 1.234, English 54.5% and 1,234. The
// program's own messages (a refusal below the minimum, a misused flag)
// follow -lang; errors about a row of an input file ("file:line: column
// NAME: reason") and the library's errors stay in English, as do the
// flags' descriptions (-h).
//
// The export's header is respondent,unit,<item codes>… and optionally a
// column "recommend" (0–10), in any order: columns are matched by name,
// and an unknown, missing or repeated column is an error. The instrument
// file's header is code,dimension[,reverse] (reverse: yes or no). -in -
// reads standard input (on one core; a file of 8 MiB or more is read on
// every core, -workers N goroutines, with the same output). A repeated
// respondent id is an error (-allow-duplicates turns the check off). A
// bad row stops the run with "file:line: column NAME: reason" and exit
// status 1, and nothing is written to standard output: the report is
// built completely before it is written. A bad flag (malformed, or with a value out of its range,
// such as -minimum 0), flags that cannot go together, or a -lang other
// than id or en, is a usage error (exit status 2). An item of the
// instrument may not be named after a column of the export (respondent,
// unit, recommend).
//
// -html and -write-sample write only a regular file (or through a
// symbolic link to one) or a new name: a directory, a device, a FIFO, a
// socket, an input of the run, or standard input or output is a usage
// error, checked before any work. The HTML file is built completely in
// memory, written under a temporary name beside FILE, and renamed into
// place only after standard output was written: on any error (standard
// output on a full disk included) no file is changed. A new file gets
// 0666 less the umask; a replaced file keeps its permission bits (package
// examples/internal/outfile).
package main

import (
	"bytes"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/go-asn/berakhlak/engagement"
	"github.com/go-asn/berakhlak/examples/internal/cli"
	"github.com/go-asn/berakhlak/examples/internal/csvio"
	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/examples/internal/outfile"
	"github.com/go-asn/berakhlak/internal/text"
	"github.com/go-asn/berakhlak/survey"
)

var (
	//go:embed sample.csv
	sampleExport []byte
	//go:embed instrument.csv
	sampleInstrument []byte
)

func main() {
	os.Exit(realMain(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// options are the program's flags.
type options struct {
	in, instrument  string
	html            string // -html: the HTML report's file, or ""
	baseline        string // -baseline: last year's export, or ""
	title, period   string
	minimum         int
	confidentiality int // -confidentiality: the smallest unit, and the fewest answers, that get a figure
	csv             csvio.Options
	allowDuplicates bool
	lang            lang.Lang
	stdin           io.Reader
}

// realMain runs the program and returns its exit status. The report is
// built completely before any of it is written: on an error nothing goes
// to stdout.
func realMain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	o := options{lang: lang.Default}
	fs := flag.NewFlagSet("engagement", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.in, "in", "", "score the export `FILE` (- for standard input) instead of the embedded sample")
	fs.StringVar(&o.instrument, "instrument", "", "the instrument `FILE` (code,dimension,reverse); required with -in")
	fs.IntVar(&o.minimum, "minimum", engagement.OfficialMinimum().Required(), "minimum respondents (140 is official)")
	fs.IntVar(&o.confidentiality, "confidentiality", defaultConfidentiality, "the smallest unit, and the fewest answers behind a figure, that get figures (`N` ≥ 1; 5 is the library default)")
	csvio.AddFlags(fs, &o.csv, "an input")
	fs.BoolVar(&o.allowDuplicates, "allow-duplicates", false, "do not check that respondent ids are unique (for files known to be clean)")
	fs.Var(&o.lang, "lang", "language of the output: id (Bahasa Indonesia) or en")
	fs.StringVar(&o.html, "html", "", "also write the report as a printable, self-contained HTML `FILE`")
	fs.StringVar(&o.title, "title", "", "the agency or unit name for the title (default: the file name)")
	fs.StringVar(&o.period, "period", "", "the survey period for the title, e.g. \"2024\"")
	fs.StringVar(&o.baseline, "baseline", "", "compare with last year's export `FILE` (the same columns, read with the same instrument)")
	writeSampleTo := fs.String("write-sample", "", "write the synthetic sample to `FILE` and exit")
	writeBaselineTo := fs.String("write-baseline-sample", "", "write the synthetic sample's baseline (the year before) to `FILE` and exit")
	if err := cli.Parse(fs, args); err != nil {
		return cli.Exit(stderr, "engagement", err)
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, msg.UnexpectedArgs.In(o.lang), fs.Args())
		return 2
	}
	if err := csvio.CheckFlags(&o.csv); err != nil {
		return cli.Exit(stderr, "engagement", cli.Usage(err))
	}
	if o.confidentiality < 1 {
		return cli.Exit(stderr, "engagement", cli.Usage(errors.New(o.lang.Sprintf(msg.BadConfidentiality, o.confidentiality))))
	}
	if *writeSampleTo != "" && *writeBaselineTo != "" {
		return cli.Exit(stderr, "engagement", cli.Usage(errors.New(msg.BothSamples.In(o.lang))))
	}
	if *writeSampleTo != "" {
		return cli.Exit(stderr, "engagement", writeSampleFile("-write-sample", *writeSampleTo, writeSample, stdin, stdout))
	}
	if *writeBaselineTo != "" {
		return cli.Exit(stderr, "engagement", writeSampleFile("-write-baseline-sample", *writeBaselineTo, writeBaselineSample, stdin, stdout))
	}
	o.stdin = stdin
	return cli.Exit(stderr, "engagement", run(stdout, o))
}

// writeSampleFile writes a synthetic export to path, as package outfile
// writes any output file; flag names it in errors.
func writeSampleFile(flag, path string, write func(io.Writer) error, stdin io.Reader, stdout io.Writer) error {
	if err := outfile.Check(nil, []outfile.Output{{Flag: flag, Name: path}}, stdin, stdout); err != nil {
		return cli.Usage(err)
	}
	var b bytes.Buffer
	if err := write(&b); err != nil {
		return err
	}
	return outfile.Write(outfile.File{Flag: flag, Name: path, Data: b.Bytes()})
}

// run builds the report, and the HTML page with -html, then writes: the
// page under a temporary name beside its destination, then standard
// output (w), and only when that succeeded the page in place (package
// outfile). On an error, nothing is written to w and no file is changed.
func run(w io.Writer, o options) error {
	l := o.lang
	if o.confidentiality == 0 {
		o.confidentiality = defaultConfidentiality // options built in Go, not from flags
	}
	if err := check(o); err != nil {
		return cli.Usage(err)
	}
	inputs := []outfile.Input{{Flag: "-in", Name: o.in}, {Flag: "-instrument", Name: o.instrument}, {Flag: "-baseline", Name: o.baseline}}
	if err := outfile.Check(inputs, []outfile.Output{{Flag: "-html", Name: o.html}}, o.stdin, w); err != nil {
		return cli.Usage(err)
	}
	exportName, export := "sample.csv", io.Reader(bytes.NewReader(sampleExport))
	instName, instData := "instrument.csv", io.Reader(bytes.NewReader(sampleInstrument))
	if o.in != "" {
		f, err := csvio.Open(o.in, o.stdin)
		if err != nil {
			return err
		}
		defer f.Close()
		g, err := csvio.Open(o.instrument, o.stdin)
		if err != nil {
			return err
		}
		defer g.Close()
		exportName, export, instName, instData = f.Name, f, g.Name, g
	}
	instrument, err := readInstrument(instName, instData, o.csv, l)
	if err != nil {
		return err
	}
	t, err := readExport(exportName, export, instrument, o)
	if err != nil {
		return err
	}
	res, err := t.Result(survey.FixedMinimum(o.minimum), engagement.WithConfidentiality(o.confidentiality))
	if err != nil {
		return refused(l, err)
	}
	r, err := newReport(exportName, o.in == "", instrument, res, o.minimum, o.confidentiality, l)
	if err != nil {
		return err
	}
	r.title, r.period, r.instrument = o.title, o.period, instName
	if o.baseline != "" {
		if r.baseline, err = compareBaseline(o, instrument, res); err != nil {
			return err
		}
	}
	var out bytes.Buffer
	if err := r.writeText(&out, l); err != nil {
		return err
	}
	var files []outfile.File
	if o.html != "" {
		var page bytes.Buffer
		if err := r.writeHTML(&page, l); err != nil {
			return err
		}
		files = append(files, outfile.File{Flag: "-html", Name: o.html, Data: page.Bytes()})
	}
	staged, err := outfile.Stage(files...)
	if err != nil {
		return err
	}
	defer staged.Discard()
	if _, err := out.WriteTo(w); err != nil {
		return err
	}
	return staged.Commit()
}

// check returns an error for flags that cannot go together or whose
// value is outside its range: a usage error, found before any work.
func check(o options) error {
	l := o.lang
	switch {
	case o.in != "" && o.instrument == "":
		return errors.New(msg.NeedInstrument.In(l))
	case o.instrument != "" && o.in == "":
		return errors.New(msg.InstrumentNeedsIn.In(l))
	case o.in == "-" && o.instrument == "-":
		return errors.New(msg.BothStdin.In(l))
	case o.baseline == "-" && (o.in == "-" || o.instrument == "-"):
		return errors.New(msg.BaselineStdin.In(l))
	case o.minimum < 1:
		return errors.New(l.Sprintf(msg.BadMinimum, o.minimum))
	case o.confidentiality < 0:
		return errors.New(l.Sprintf(msg.BadConfidentiality, o.confidentiality))
	}
	return nil
}

// cellWidth caps a table cell that comes from the input (a unit, a
// dimension), in runes.
const cellWidth = 40

func readInstrument(name string, r io.Reader, opts csvio.Options, l lang.Lang) (engagement.Instrument, error) {
	cr, err := csvio.NewReader(name, r, opts)
	if err != nil {
		return engagement.Instrument{}, err
	}
	cols, err := cr.Bind(csvio.Column{Name: "code"}, csvio.Column{Name: "dimension"}, csvio.Column{Name: "reverse", Optional: true})
	if err != nil {
		return engagement.Instrument{}, err
	}
	var items []survey.Item
	for {
		err := cr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return engagement.Instrument{}, err
		}
		var rev bool
		if cols[2] >= 0 {
			switch r := cr.Text(cols[2]); strings.ToLower(r) {
			case "yes", "ya", "true", "1":
				rev = true
			case "no", "tidak", "false", "0", "":
			default:
				return engagement.Instrument{}, cr.Errorf("reverse", "%s: want yes or no", text.Quote(r))
			}
		}
		code := cr.Text(cols[0])
		// The export's own columns, matched in any case as columns are.
		for _, c := range [...]string{"respondent", "unit", "recommend"} {
			if strings.EqualFold(code, c) {
				return engagement.Instrument{}, cr.Errorf("code", "%s is a column of the export (respondent, unit, recommend): name the item otherwise", text.Quote(code))
			}
		}
		items = append(items, survey.Item{Code: code, Dimension: cr.Text(cols[1]), Reverse: rev})
		if _, err := engagement.NewInstrument(engagement.Definition{Items: items, Recommend: true}); err != nil {
			return engagement.Instrument{}, cr.Wrap("code", err)
		}
	}
	if len(items) == 0 {
		return engagement.Instrument{}, fmt.Errorf(msg.NoItems.In(l), name)
	}
	return engagement.NewInstrument(engagement.Definition{Items: items, Recommend: true})
}

// readExport reads the export. Its columns are matched by name, in any
// order: respondent, unit, every item code of the instrument, and
// optionally recommend. A file is read on o.csv.Workers goroutines, each
// part into its own tally, merged in file order (csvio.Read).
func readExport(name string, r io.Reader, in engagement.Instrument, o options) (*engagement.Tally, error) {
	return csvio.Read(name, r, o.csv, func(cr *csvio.Reader) (*engagement.Tally, error) {
		return scanExport(cr, in, o)
	}, csvio.Merge)
}

// scanExport reads the records of cr into a tally.
func scanExport(cr *csvio.Reader, in engagement.Instrument, o options) (*engagement.Tally, error) {
	items := in.Items()
	want := []csvio.Column{{Name: "respondent"}, {Name: "unit"}, {Name: "recommend", Optional: true}}
	for _, it := range items {
		want = append(want, csvio.Column{Name: it.Code})
	}
	cols, err := cr.Bind(want...)
	if err != nil {
		return nil, err
	}
	if !o.allowDuplicates {
		cr.Unique(cols[0], "respondent")
	}
	t, err := engagement.NewTally(in)
	if err != nil {
		return nil, err
	}
	units := map[string]string{} // each unit's name, allocated once
	answers := make([]int8, len(items))
	for {
		err := cr.Next()
		if errors.Is(err, io.EOF) {
			return t, nil
		}
		if err != nil {
			return nil, err
		}
		id := cr.Field(cols[0])
		if len(id) == 0 {
			return nil, cr.Errorf("respondent", "empty")
		}
		for i, it := range items {
			cell := cr.Field(cols[3+i])
			if len(cell) == 0 {
				answers[i] = survey.NoAnswer
				continue
			}
			v, ok := smallInt(cell)
			if !ok || v < 1 || v > 5 {
				return nil, cr.Errorf(it.Code, "%s is not an answer on 1–5", text.Quote(string(cell)))
			}
			answers[i] = int8(v)
		}
		var recommend survey.Recommendation // no answer
		if cols[2] >= 0 {
			if cell := cr.Field(cols[2]); len(cell) > 0 {
				v, ok := smallInt(cell)
				if !ok || v > 10 {
					return nil, cr.Errorf("recommend", "%s is not an answer on 0–10", text.Quote(string(cell)))
				}
				recommend = survey.Recommend(v)
			}
		}
		unit, ok := units[string(cr.Field(cols[1]))]
		if !ok {
			unit = cr.Text(cols[1])
			units[unit] = unit
		}
		if err := t.Add(engagement.Response{Respondent: string(id), Group: unit, Answers: answers, Recommend: recommend}); err != nil {
			return nil, cr.Wrap("", err)
		}
	}
}

// smallInt parses a cell of one or two decimal digits, without sign or
// space.
func smallInt(b []byte) (int, bool) {
	n := 0
	if len(b) == 0 || len(b) > 2 {
		return 0, false
	}
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}
