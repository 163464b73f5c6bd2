// Command ikm computes the Indeks Kepuasan Masyarakat of a Survei Kepuasan
// Masyarakat export (PermenPANRB No. 14 Tahun 2017): the NRR and mutu of
// each unsur, the IKM and its mutu pelayanan, and the check of the sample
// against the Krejcie–Morgan minimum for the population the unit served.
// Below the minimum it publishes nothing and says why.
//
//	go run ./examples/ikm                                 # embedded synthetic sample (invented data)
//	go run ./examples/ikm -in export.csv -population 1200
//	go run ./examples/ikm -in examples/ikm/sample_1200.csv -population 1200   # 300 invented respondents
//	go run ./examples/ikm -json
//	go run ./examples/ikm -lang en                        # the report in English
//	go run ./examples/ikm -in examples/ikm/sample_gforms.csv -columns examples/ikm/sample_gforms_columns.csv -population 110
//	go run ./examples/ikm -html laporan-skm.html -title "Dinas X" -period 2024
//
// -html FILE also writes the Laporan Hasil SKM as one printable,
// self-contained HTML page (no external style sheet, font, script or
// image; print CSS for A4, so that a browser's "Print → Save as PDF" gives
// a clean document of one or two pages), in this order: the unit and the
// period (-title names the unit instead of the file name, -period gives
// the survey period; both head the text report too), the respondents
// against the Krejcie–Morgan minimum, the IKM with its mutu and kinerja,
// the nine unsur (NRR at -nrr-places, NRR tertimbang = NRR × 1/9 at the
// same places, the converted value NRR × 25 and its mutu) with a chart of
// the converted values, the unsur with the lowest exact NRR as the
// priority for improvement (every one of them when several tie), the
// results per service (a suppressed one shows only its count and why),
// the respondent profile, and the methods: every rule used, its status and
// its source, from the rule register in the root package doc. Every string
// from the input (-title, -period, the group column, the services, the
// profile's values) is escaped. -html writes only a regular file or a new
// name, never over an input; the page is built in memory, written under a
// temporary name beside FILE and renamed into place only after standard
// output was written: on any error no file is changed (package
// examples/internal/outfile).
//
// A Google Forms or kiosk export runs as it comes with a column map
// (-columns FILE, a CSV "column,role"): each header of the export, as
// written, mapped to an unsur (its official name or code), "respondent",
// "timestamp" (the respondent's id when there is none), "group" (the jenis
// layanan: the report gives each group's IKM, pooled over its own
// respondents), a profile ("jenis kelamin", "usia", "pendidikan",
// "pekerjaan": the report counts the respondents by each; a whole number
// of years is counted in its age band), or "ignore". A column the map does
// not name is an error; nothing is guessed from a question's wording. A
// cell may hold the questionnaire's own answer words ("Sangat sesuai",
// "Cukup mahal"), read per unsur. -instrument 2014 reads the unsur of the
// superseded PermenPANRB 16/2014. The NRR is shown to 3 places, as agency
// reports print it (-nrr-places N changes the display, never the index).
//
// The report is in Bahasa Indonesia unless -lang en asks for English; the
// official terms (Indeks Kepuasan Masyarakat, the unsur, NRR, mutu
// pelayanan and kinerja unit pelayanan with their labels, such as "B
// Baik") stay as they are in both. Numbers follow the language:
// Indonesian writes 78,64 and 1.200, English 78.64 and 1,200. The JSON
// (-json) does not depend on the language: its numbers are always
// written "78.64". The program's own messages (a refusal below the
// minimum, a misused flag) follow -lang; errors about a row of the input
// ("file:line: column NAME: reason") and the library's errors stay in
// English, as do the flags' descriptions (-h).
//
// The export's header is "respondent" and the nine unsur, in any order,
// each named by the library's code (U1–U9) or by its official name
// ("Sarana dan Prasarana"): sources number the last two unsur differently,
// so names are safer. A cell is an answer 1–4 (or its label, "Sangat
// Baik"), or empty for no answer. An unknown, missing or repeated column,
// a repeated respondent id (-allow-duplicates turns that check off), or a
// bad row, stops the run with "file:line: column NAME: reason" and exit
// status 1, and nothing is written to standard output: the output is
// built completely before it is written. -in - reads standard input (on
// one core; a file of 8 MiB or more is read on every core, -workers N
// goroutines, with the same output). A bad flag (malformed, or with a
// value out of its range, such as -population -1), -in without
// -population, or a -lang other than id or en, is a usage error (exit
// status 2). More respondents than -population
// is an error of the data (exit status 1).
//
// Both samples, the embedded sample.csv and sample_1200.csv, are invented
// and written by the seeded generator in ./gen (go generate
// ./examples/ikm); -write-sample writes the embedded one.
package main

//go:generate go run ./gen -dir .

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"github.com/go-asn/berakhlak/examples/internal/cli"
	"github.com/go-asn/berakhlak/examples/internal/csvio"
	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/examples/internal/outfile"
	"github.com/go-asn/berakhlak/ikm"
	"github.com/go-asn/berakhlak/internal/text"
	"github.com/go-asn/berakhlak/survey"
)

//go:embed sample.csv
var sampleExport []byte

func main() {
	os.Exit(realMain(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// options are the program's flags.
type options struct {
	in              string
	columnsPath     string    // -columns
	columns         columnMap // read from columnsPath
	instrument      ikm.Instrument
	nrrPlaces       int
	population      int
	json            bool
	html            string // -html: the page's file, or ""
	title, period   string // -title and -period, as given, or ""
	csv             csvio.Options
	allowDuplicates bool
	lang            lang.Lang
	stdin           io.Reader
}

// realMain runs the program and returns its exit status; on an error
// nothing goes to stdout.
func realMain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	o := options{lang: lang.Default}
	fs := flag.NewFlagSet("ikm", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.in, "in", "", "score the export `FILE` (- for standard input) instead of the embedded sample")
	fs.IntVar(&o.population, "population", 0, "the number `N` of people the unit served, for the Krejcie–Morgan minimum (required with -in)")
	fs.BoolVar(&o.json, "json", false, "print the result as JSON")
	fs.StringVar(&o.columnsPath, "columns", "", "read the export's columns by the column map `FILE` (column,role): a Google Forms or kiosk export as it comes")
	fs.TextVar(&o.instrument, "instrument", ikm.Instrument2017, "the questionnaire's `REGULATION`: 2017 (PermenPANRB 14/2017) or 2014 (the superseded 16/2014)")
	fs.IntVar(&o.nrrPlaces, "nrr-places", defaultNRRPlaces, "show each NRR to `N` places, 0 to 9 (display only: the index is computed from the exact NRR)")
	csvio.AddFlags(fs, &o.csv, "the input")
	fs.BoolVar(&o.allowDuplicates, "allow-duplicates", false, "do not check that respondent ids are unique (for files known to be clean)")
	fs.Var(&o.lang, "lang", "language of the output: id (Bahasa Indonesia) or en")
	fs.StringVar(&o.html, "html", "", "also write the Laporan Hasil SKM as a printable, self-contained HTML `FILE`")
	fs.StringVar(&o.title, "title", "", "the service unit's name for the title (default: the file name)")
	fs.StringVar(&o.period, "period", "", "the survey period for the title, e.g. \"2024\"")
	writeSampleTo := fs.String("write-sample", "", "write the synthetic sample to `FILE` and exit")
	if err := cli.Parse(fs, args); err != nil {
		return cli.Exit(stderr, "ikm", err)
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, msg.UnexpectedArgs.In(o.lang), fs.Args())
		return 2
	}
	if err := csvio.CheckFlags(&o.csv); err != nil {
		return cli.Exit(stderr, "ikm", cli.Usage(err))
	}
	if o.nrrPlaces < 0 || o.nrrPlaces > 9 {
		return cli.Exit(stderr, "ikm", cli.Usage(errors.New(o.lang.Sprintf(msg.BadNRRPlaces, o.nrrPlaces))))
	}
	if *writeSampleTo != "" {
		return cli.Exit(stderr, "ikm", writeSampleFile(*writeSampleTo, stdin, stdout))
	}
	o.stdin = stdin
	return cli.Exit(stderr, "ikm", execute(stdout, o))
}

// execute builds the report, and the page with -html, then writes: the
// page under a temporary name beside its destination, then standard
// output (w), and only when that succeeded the page in place (package
// outfile). On an error, nothing is written to w and no file is changed.
func execute(w io.Writer, o options) error {
	inputs := []outfile.Input{{Flag: "-in", Name: o.in}, {Flag: "-columns", Name: o.columnsPath}}
	if err := outfile.Check(inputs, []outfile.Output{{Flag: "-html", Name: o.html}}, o.stdin, w); err != nil {
		return cli.Usage(err)
	}
	out, err := build(o)
	if err != nil {
		return err
	}
	var files []outfile.File
	if o.html != "" {
		files = append(files, outfile.File{Flag: "-html", Name: o.html, Data: out.page})
	}
	staged, err := outfile.Stage(files...)
	if err != nil {
		return err
	}
	defer staged.Discard()
	if _, err := w.Write(out.stdout); err != nil {
		return err
	}
	return staged.Commit()
}

// writeSampleFile writes the embedded synthetic sample to path, as
// package outfile writes any output file: only a regular file or a new
// name, whole or not at all.
func writeSampleFile(path string, stdin io.Reader, stdout io.Writer) error {
	if err := outfile.Check(nil, []outfile.Output{{Flag: "-write-sample", Name: path}}, stdin, stdout); err != nil {
		return cli.Usage(err)
	}
	return outfile.Write(outfile.File{Flag: "-write-sample", Name: path, Data: sampleExport})
}

// run is runWith with the default reading options, in Indonesian.
func run(in string, population int, asJSON bool) ([]byte, error) {
	return runWith(options{in: in, population: population, json: asJSON, instrument: ikm.Instrument2017, nrrPlaces: defaultNRRPlaces})
}

// defaultNRRPlaces is how many places the report shows an NRR with: three,
// as agency reports print it (derived).
const defaultNRRPlaces = 3

// maxPopulation is the largest population survey.KrejcieMorgan accepts,
// as its documentation states (the library keeps the limit unexported);
// the error for a bad -population names it.
const maxPopulation = 100_000_000

// runWith builds the whole report and returns it; on error it returns
// nothing to print.
func runWith(o options) ([]byte, error) {
	out, err := build(o)
	return out.stdout, err
}

// output is what a run writes: standard output, and the page with -html.
type output struct {
	stdout, page []byte
}

// build builds standard output and, with -html, the page; on error it
// returns neither.
func build(o options) (output, error) {
	in, population, asJSON, l := o.in, o.population, o.json, o.lang
	if o.instrument == 0 {
		o.instrument = ikm.Instrument2017
	}
	// The JSON names the embedded sample in English, as it always has:
	// JSON does not depend on the language.
	name, r := "sample.csv (embedded, invented)", io.Reader(bytes.NewReader(sampleExport))
	if in == "" && population == 0 {
		population = samplePopulation
	}
	if in != "" && population == 0 {
		return output{}, cli.Usage(errors.New(msg.NeedPopulation.In(l)))
	}
	min := survey.KrejcieMorgan(population)
	if !min.IsValid() {
		return output{}, cli.Usage(errors.New(l.Sprintf(msg.BadPopulation, population, l.Int(maxPopulation))))
	}
	if o.columnsPath != "" {
		f, err := csvio.Open(o.columnsPath, nil)
		if err != nil {
			return output{}, err
		}
		defer f.Close()
		if o.columns, err = readColumns(f.Name, f, o); err != nil {
			return output{}, err
		}
	}
	if in != "" {
		f, err := csvio.Open(in, o.stdin)
		if err != nil {
			return output{}, err
		}
		defer f.Close()
		name, r = f.Name, f
	}
	ex, err := read(name, r, o)
	if err != nil {
		return output{}, err
	}
	res, err := ex.tally.Result(min)
	if errors.Is(err, survey.ErrInvalidInput) && !errors.As(err, new(*survey.InsufficientError)) {
		// More respondents than people served (survey.Minimum.Check).
		return output{}, fmt.Errorf(msg.OverPopulation.In(l), l.Int(population), err)
	}
	if err != nil {
		return output{}, refused(l, err)
	}
	var out output
	if asJSON {
		// Language-independent: the same bytes whatever -lang says; a
		// file name's bidirectional controls escaped for the terminal.
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetIndent("", "  ")
		if err := enc.Encode(struct {
			File        string          `json:"file"`
			Population  int             `json:"population"`
			Result      ikm.Result      `json:"result"`
			GroupColumn string          `json:"groupColumn,omitempty"`
			Profile     []profileCounts `json:"profile,omitempty"`
		}{name, population, res, ex.group, ex.profile}); err != nil {
			return output{}, err
		}
		out.stdout = text.TerminalJSON(b.Bytes())
	} else if out.stdout, err = writeText(res, ex, o.titleName(name), population, o); err != nil {
		return output{}, err
	}
	if o.html != "" {
		if out.page, err = writeHTML(res, ex, o.titleName(name), population, o); err != nil {
			return output{}, err
		}
	}
	return out, nil
}

// titleName returns what the report's title names, unescaped: -title
// when given, else the embedded sample (saying it is invented) or the
// export's file name.
func (o options) titleName(file string) string {
	switch {
	case o.title != "":
		return o.title
	case o.in == "":
		return msg.SampleSource.In(o.lang)
	}
	return file
}

// writeText writes the result as text in the language of o: the
// respondents, the unsur, the index, the groups and the profile.
func writeText(res ikm.Result, ex *export, name string, population int, o options) ([]byte, error) {
	l, places := o.lang, int32(o.nrrPlaces)
	var b bytes.Buffer
	fmt.Fprint(&b, l.Sprintf(msg.Title, text.Terminal(name, 0)))
	if o.period != "" {
		fmt.Fprintln(&b, l.Sprintf(msg.Period, text.Terminal(o.period, 0)))
	}
	if o.in == "" && o.title != "" {
		fmt.Fprintln(&b, msg.SampleNote.In(l))
	}
	fmt.Fprintln(&b)
	if in := res.Instrument(); in != ikm.Instrument2017 {
		fmt.Fprint(&b, l.Sprintf(msg.Instrument, in))
	}
	fmt.Fprint(&b, l.Sprintf(msg.Respondents, l.Int(res.Respondents()), l.Int(res.Minimum().Required()), l.Int(population)))
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprint(tw, msg.Header.In(l))
	for _, it := range res.Items() {
		nrr, err := it.NRRAt(places)
		if err != nil {
			return nil, err
		}
		fmt.Fprint(tw, l.Sprintf(msg.Row, it.Code, it.Name, l.Fixed(nrr.Decimal(), places), l.Fixed(it.Converted.Decimal(), 2), it.Band, l.Int(it.Answers), l.Int(it.Missing)))
	}
	if err := tw.Flush(); err != nil {
		return nil, err
	}
	band := res.Band()
	fmt.Fprint(&b, l.Sprintf(msg.Index, l.Fixed(res.Index().Decimal(), 2), band.Letter, band.Label))
	if groups := res.Groups(); len(groups) > 0 {
		fmt.Fprint(&b, l.Sprintf(msg.GroupsTitle, text.Terminal(ex.group, 0)))
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		fmt.Fprint(tw, msg.GroupsHeader.In(l))
		for _, g := range groups {
			if g.Suppressed {
				fmt.Fprint(tw, l.Sprintf(msg.GroupSuppressed, text.Terminal(g.Name, 0), l.Int(g.Respondents), g.Reason))
				continue
			}
			gb := g.Result.Band()
			fmt.Fprint(tw, l.Sprintf(msg.GroupRow, text.Terminal(g.Name, 0), l.Int(g.Respondents), l.Fixed(g.Result.Index().Decimal(), 2), gb.Letter+" "+gb.Label))
		}
		if err := tw.Flush(); err != nil {
			return nil, err
		}
		fmt.Fprint(&b, msg.GroupsNote.In(l))
	}
	if len(ex.profile) > 0 {
		fmt.Fprint(&b, msg.ProfileTitle.In(l))
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		for _, p := range ex.profile {
			label := profileLabels[p.Name].In(l)
			for _, v := range p.Values {
				value := text.Terminal(v.Value, 0)
				if v.Value == "" {
					value = msg.ProfileBlank.In(l)
				}
				fmt.Fprint(tw, l.Sprintf(msg.ProfileRow, label, value, l.Int(v.Count)))
				label = ""
			}
		}
		if err := tw.Flush(); err != nil {
			return nil, err
		}
	}
	fmt.Fprint(&b, l.Sprintf(msg.Note, l.Int(int(places))))
	return b.Bytes(), nil
}

// refused is the error of a survey that publishes no IKM: in language l,
// naming the respondents and the minimum when that is the reason.
func refused(l lang.Lang, err error) error {
	var ie *survey.InsufficientError
	if errors.As(err, &ie) {
		return errors.New(l.Sprintf(msg.RefusedMinimum, l.Int(ie.Respondents), l.Int(ie.Minimum.Required())))
	}
	return fmt.Errorf(msg.Refused.In(l), err)
}
