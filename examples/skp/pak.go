package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/go-asn/berakhlak/examples/internal/cli"
	"github.com/go-asn/berakhlak/examples/internal/csvio"
	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/internal/text"
	"github.com/go-asn/berakhlak/kinerja"
	"github.com/go-asn/berakhlak/kinerja/siasn"
)

// pakOptions are the flags of the PAK mode.
type pakOptions struct {
	file     string // -pak
	golongan string // -golongan
	start    string // -start
	rounded  bool   // -rounded
	carry    bool   // -carry-excess
	places   int
	csv      csvio.Options
	lang     lang.Lang
}

// runPAK reads one employee's periods from the file at o.file ("-" for
// stdin): a CSV, or SIASN's rw-kinerjaperiodik or rw-angkakredit records
// as JSON; accumulates their angka kredit and writes it with the
// minimums of the employee's jenjang and golongan and what is missing.
func runPAK(w io.Writer, o pakOptions, stdin io.Reader) error {
	l := o.lang
	if o.places < 0 || o.places > 9 {
		return cli.Usage(fmt.Errorf(msg.BadPlaces.In(l), o.places))
	}
	if o.golongan == "" {
		return cli.Usage(errors.New(msg.PAKNoGolongan.In(l)))
	}
	gol, err := kinerja.ParseGolongan(o.golongan)
	if err != nil {
		return cli.Usage(fmt.Errorf("-golongan: %w", err))
	}
	opts := []kinerja.AngkaKreditOption{kinerja.WithPlaces(int32(o.places))}
	if o.rounded {
		opts = append(opts, kinerja.WithRoundedPeriods())
	}
	if o.carry {
		opts = append(opts, kinerja.WithCarriedExcess())
	}
	var start figure.Figure
	if o.start != "" {
		if start, err = figure.Parse(o.start); err != nil {
			return cli.Usage(fmt.Errorf("-start: %w", err))
		}
		opts = append(opts, kinerja.WithStart(start))
	}
	name, data, err := readAll(o.file, stdin)
	if err != nil {
		return err
	}
	var periode []kinerja.Penilaian
	source := msg.PAKSourceCSV
	if trimmed := bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))); bytes.HasPrefix(trimmed, []byte("[")) || bytes.HasPrefix(trimmed, []byte("{")) {
		var integrasi *figure.Figure
		periode, integrasi, source, err = readPAKJSON(name, data)
		if err != nil {
			return err
		}
		if integrasi != nil {
			if o.start != "" {
				return cli.Usage(errors.New(msg.PAKStartTwice.In(l)))
			}
			start = *integrasi
			opts = append(opts, kinerja.WithStart(start))
		}
	} else if periode, err = readPAKCSV(name, data, o.csv); err != nil {
		return err
	}
	if len(periode) == 0 {
		return fmt.Errorf(msg.NoRecords.In(l), name)
	}
	a, err := kinerja.Accumulate(periode, opts...)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	e, err := kinerja.CheckKenaikan(a.Jenjang(), gol, a.Total())
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	writePAK(w, text.Terminal(name, 0), source, start, a, e, o)
	return nil
}

// The PAK table's column widths, in runes.
const (
	tahunWidth   = 5
	bulanPWidth  = 5 // "10–12"
	akWidth      = 12
	pakJenjangW  = 12
	pakPredikatW = 17
)

func pakRow(w io.Writer, tahun, bulan, jenjang, predikat, ak, kumulatif, note string) {
	var b []byte
	b = append(b, text.Pad(tahun, tahunWidth)...)
	b = append(b, "  "...)
	b = append(b, text.Pad(bulan, bulanPWidth)...)
	b = append(b, "  "...)
	b = append(b, text.Pad(jenjang, pakJenjangW)...)
	b = append(b, "  "...)
	b = append(b, text.Pad(predikat, pakPredikatW)...)
	b = append(b, "  "...)
	b = append(b, strings.Repeat(" ", max(0, akWidth-len([]rune(ak))))+ak...)
	b = append(b, "  "...)
	b = append(b, strings.Repeat(" ", max(0, akWidth-len([]rune(kumulatif))))+kumulatif...)
	if note != "" {
		b = append(b, "  "...)
		b = append(b, note...)
	}
	b = append(bytes.TrimRight(b, " "), '\n')
	w.Write(b)
}

// writePAK writes the accumulation and the check in language o.lang.
// start is the angka kredit the first jenjang starts from, or the zero
// Figure for none.
func writePAK(w io.Writer, name string, source lang.Text, start figure.Figure, a kinerja.Accumulation, e kinerja.Eligibility, o pakOptions) {
	l := o.lang
	fmt.Fprint(w, l.Sprintf(msg.PAKTitle, name, source.In(l)))
	rounding := msg.PAKRoundedOnce
	if o.rounded {
		rounding = msg.PAKRoundedEach
	}
	fmt.Fprint(w, l.Sprintf(msg.PAKNote, rounding.In(l)))
	pakRow(w, msg.ColTahun.In(l), msg.ColBulan.In(l), msg.ColJenjang.In(l), msg.ColPredikat.In(l), msg.ColAngkaKredit.In(l), msg.ColKumulatif.In(l), "")
	if start.IsValid() {
		pakRow(w, "", "", a.Steps()[0].Penilaian.Jenjang.String(), "", "", l.Number(start.String()), msg.PAKStart.In(l))
	}
	for _, s := range a.Steps() {
		p := s.Penilaian
		predikat := p.Predikat.String()
		if p.AngkaKredit.IsValid() {
			predikat = "—"
		}
		bulan := strconv.Itoa(p.BulanMulai)
		if p.BulanSelesai != p.BulanMulai {
			bulan += "–" + strconv.Itoa(p.BulanSelesai)
		}
		note := ""
		if s.KenaikanJenjang {
			note = msg.PAKReset.In(l)
			if o.carry {
				note = msg.PAKResetCarried.In(l)
			}
		}
		pakRow(w, strconv.Itoa(p.Tahun), bulan, p.Jenjang.String(), predikat, l.Number(s.AngkaKredit.String()), l.Number(s.Kumulatif.String()), note)
	}
	fmt.Fprint(w, l.Sprintf(msg.PAKTotal, e.Jenjang(), e.Golongan(), e.Golongan().Pangkat(), l.Number(e.AngkaKredit().String())))
	for _, k := range kinerja.AllKenaikan() {
		to := ""
		r, err := e.Requirement(k)
		switch {
		case err != nil && k == kinerja.KenaikanPangkat:
			if len(e.Requirements()) > 0 {
				fmt.Fprint(w, l.Sprintf(msg.PAKTopOfJenjang, e.Golongan(), e.Jenjang()))
			} else {
				fmt.Fprint(w, l.Sprintf(msg.PAKTopOfAll, e.Golongan(), e.Jenjang()))
			}
			continue
		case err != nil:
			if len(e.Requirements()) > 0 {
				fmt.Fprint(w, l.Sprintf(msg.PAKTopJenjang, e.Jenjang()))
			}
			continue
		case k == kinerja.KenaikanPangkat:
			to = r.Golongan.String()
		default:
			to = r.Jenjang.String()
		}
		kenaikan := msg.PAKKenaikanPangkat
		if k == kinerja.KenaikanJenjang {
			kenaikan = msg.PAKKenaikanJenjang
		}
		if r.Met {
			fmt.Fprint(w, l.Sprintf(msg.PAKMet, "✓", kenaikan.In(l), to, l.Number(r.Needed.String())))
			continue
		}
		fmt.Fprint(w, l.Sprintf(msg.PAKMissing, "✗", kenaikan.In(l), to, l.Number(r.Needed.String()), l.Number(r.Missing.String())))
	}
	fmt.Fprint(w, msg.PAKOnlyAK.In(l))
}

// readPAKCSV reads periods from a CSV with the header
// tahun,bulan_mulai,bulan_selesai,jenjang,predikat and optionally
// angka_kredit (for a period whose angka kredit is given), in any order.
func readPAKCSV(name string, data []byte, opts csvio.Options) ([]kinerja.Penilaian, error) {
	r, err := csvio.NewReader(name, bytes.NewReader(data), opts)
	if err != nil {
		return nil, err
	}
	c, err := r.Bind(csvio.Column{Name: "tahun"}, csvio.Column{Name: "bulan_mulai"}, csvio.Column{Name: "bulan_selesai"},
		csvio.Column{Name: "jenjang"}, csvio.Column{Name: "predikat"}, csvio.Column{Name: "angka_kredit", Optional: true})
	if err != nil {
		return nil, err
	}
	var out []kinerja.Penilaian
	for {
		err := r.Next()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		var p kinerja.Penilaian
		for i, f := range []struct {
			name string
			dst  *int
		}{{"tahun", &p.Tahun}, {"bulan_mulai", &p.BulanMulai}, {"bulan_selesai", &p.BulanSelesai}} {
			s := r.Text(c[i])
			n, err := strconv.Atoi(s)
			if err != nil || len(s) > 4 {
				return nil, r.Errorf(f.name, "%s is not a whole number", text.Quote(s))
			}
			*f.dst = n
		}
		if p.Jenjang, err = kinerja.ParseJenjang(r.Text(c[3])); err != nil {
			return nil, r.Wrap("jenjang", err)
		}
		ak := ""
		if c[5] >= 0 {
			ak = r.Text(c[5])
		}
		switch s := r.Text(c[4]); {
		case ak != "":
			if p.AngkaKredit, err = figure.Parse(ak); err != nil {
				return nil, r.Wrap("angka_kredit", err)
			}
		case s == "":
			return nil, r.Errorf("predikat", "empty, and no angka_kredit")
		default:
			if p.Predikat, err = kinerja.ParsePredikat(s); err != nil {
				return nil, r.Wrap("predikat", err)
			}
		}
		out = append(out, p)
	}
}

// readPAKJSON reads SIASN's records: rw-kinerjaperiodik records become
// periods converted from their predikat; rw-angkakredit records periods
// whose angka kredit is given, and an integrasi record the start.
func readPAKJSON(name string, data []byte) (periode []kinerja.Penilaian, start *figure.Figure, source lang.Text, err error) {
	raws, err := rawRecords(name, data)
	if err != nil {
		return nil, nil, source, err
	}
	if len(raws) == 0 {
		return nil, nil, msg.PAKSourceKinerja, nil
	}
	var probe map[string]json.RawMessage
	_ = json.Unmarshal(raws[0], &probe)
	isAK := false
	for k := range probe {
		isAK = isAK || strings.EqualFold(k, "kreditBaruTotal")
	}
	if !isAK {
		for i, raw := range raws {
			var r siasn.RiwayatKinerjaPeriodik
			if err := r.UnmarshalJSON(raw); err != nil {
				return nil, nil, source, fmt.Errorf("%s: record %d: %w", name, i+1, err)
			}
			p, err := r.Penilaian()
			if err != nil {
				return nil, nil, source, fmt.Errorf("%s: record %d: %w", name, i+1, err)
			}
			periode = append(periode, p)
		}
		return periode, nil, msg.PAKSourceKinerja, nil
	}
	for i, raw := range raws {
		var r siasn.RiwayatAngkaKredit
		if err := r.UnmarshalJSON(raw); err != nil {
			return nil, nil, source, fmt.Errorf("%s: record %d: %w", name, i+1, err)
		}
		if r.IsIntegrasi == "1" {
			ak, err := r.AngkaKredit()
			if err != nil {
				return nil, nil, source, fmt.Errorf("%s: record %d: %w", name, i+1, err)
			}
			if start != nil {
				return nil, nil, source, fmt.Errorf("%s: record %d: a second integrasi record", name, i+1)
			}
			start = &ak
			continue
		}
		p, err := r.Penilaian()
		if err != nil {
			return nil, nil, source, fmt.Errorf("%s: record %d: %w", name, i+1, err)
		}
		periode = append(periode, p)
	}
	return periode, start, msg.PAKSourceAngkaKredit, nil
}
