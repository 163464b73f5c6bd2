package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/go-asn/berakhlak/examples/internal/csvio"
	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/internal/text"
	"github.com/go-asn/berakhlak/kinerja/siasn"
)

// runSIASN audits the rw-skp22 records in the file at path ("-" for
// stdin), a JSON array or JSON lines, and writes each record's findings
// and a summary to w in language l.
func runSIASN(w io.Writer, path string, stdin io.Reader, l lang.Lang) error {
	name, data, err := readAll(path, stdin)
	if err != nil {
		return err
	}
	records, err := readRecords(name, data)
	if err != nil {
		return err
	}
	if len(records) == 0 {
		return fmt.Errorf(msg.NoRecords.In(l), name)
	}
	fmt.Fprint(w, l.Sprintf(msg.AuditTitle, l.Int(len(records)), text.Terminal(name, 0)))
	fmt.Fprint(w, msg.AuditNote.In(l))
	byKind := map[siasn.FindingKind]int{}
	consistent := 0
	for i, r := range records {
		fs := r.Check()
		fmt.Fprint(w, l.Sprintf(msg.Record, l.Int(i+1), idText(r.ID), idText(r.PNSDinilaiID), r.Tahun,
			codeText(r.HasilKinerjaNilai), codeText(r.PerilakuKerjaNilai), codeText(r.KuadranKinerjaNilai)))
		if len(fs) == 0 {
			consistent++
			fmt.Fprint(w, msg.Consistent.In(l))
			continue
		}
		fmt.Fprint(w, l.Sprintf(msg.Findings, l.Int(len(fs))))
		seen := map[siasn.FindingKind]bool{}
		for _, f := range fs {
			fmt.Fprintln(w, findingText(f, l))
			if !seen[f.Kind] {
				byKind[f.Kind]++
				seen[f.Kind] = true
			}
		}
	}
	fmt.Fprint(w, l.Sprintf(msg.AuditSummary, l.Int(len(records)), l.Int(consistent), l.Int(len(records)-consistent)))
	tw := tabwriter.NewWriter(w, 0, 0, 1, ' ', 0)
	for _, k := range siasn.FindingKinds() {
		if n := byKind[k]; n > 0 {
			fmt.Fprint(tw, l.Sprintf(msg.AuditKind, kindText(k, l), l.Int(n)))
		}
	}
	return tw.Flush()
}

// findingText describes a finding in language l, e.g. "KuadranKinerjaNilai:
// kuadran tertukar: tersimpan 4, seharusnya 3". An empty stored value
// prints as "", a long one is cut short.
func findingText(f siasn.Finding, l lang.Lang) string {
	stored := f.Stored
	if stored == "" {
		stored = `""`
	}
	s := l.Sprintf(msg.AuditFinding, text.Terminal(f.Field, 0), kindText(f.Kind, l), text.Terminal(text.Cut(stored), 0))
	if f.Expected != "" {
		s += l.Sprintf(msg.AuditExpected, text.Terminal(f.Expected, 0))
	}
	return s
}

// kindText names a kind of finding in language l.
func kindText(k siasn.FindingKind, l lang.Lang) string {
	var t lang.Text
	switch k {
	case siasn.FindingKuadranMismatch:
		t = msg.KuadranMismatch
	case siasn.FindingKuadranSwapped:
		t = msg.KuadranSwapped
	case siasn.FindingKuadranMax:
		t = msg.KuadranMax
	case siasn.FindingKuadranSwappedOrMax:
		t = msg.KuadranSwappedOrMax
	case siasn.FindingUnknownCode:
		t = msg.UnknownCode
	case siasn.FindingBulanOutOfRange:
		t = msg.BulanOutOfRange
	case siasn.FindingPeriodReversed:
		t = msg.PeriodReversed
	case siasn.FindingKoefisienMismatch:
		t = msg.KoefisienMismatch
	default:
		return k.String()
	}
	return t.In(l)
}

// codeText writes a SIASN code as the record has it, escaped and cut for
// a terminal (a code is input), or "—" for none.
func codeText[T ~string](c T) string { return idText(string(c)) }

// idWidth caps a record's id or pnsDinilaiId in the audit, in runes
// (SIASN's ids are UUIDs, 36 runes).
const idWidth = 40

// idText writes an id from a record for the terminal: escaped and cut
// (text.Terminal), or "—" when it is empty.
func idText(s string) string {
	if s == "" {
		return "—"
	}
	return text.Terminal(s, idWidth)
}

// readAll reads the whole file at path ("-" for stdin) and returns the
// name to show for it.
func readAll(path string, stdin io.Reader) (name string, data []byte, err error) {
	f, err := csvio.Open(path, stdin)
	if err != nil {
		return "", nil, err
	}
	defer f.Close()
	if data, err = io.ReadAll(f); err != nil {
		return "", nil, fmt.Errorf("%s: %w", f.Name, err)
	}
	return f.Name, data, nil
}

// readRecords decodes the rw-skp22 records of a JSON array, or JSON
// lines (one record per value). An error names the file and the 1-based
// record.
func readRecords(path string, data []byte) ([]siasn.RiwayatSKP, error) {
	raws, err := rawRecords(path, data)
	if err != nil {
		return nil, err
	}
	out := make([]siasn.RiwayatSKP, len(raws))
	for i, raw := range raws {
		if err := out[i].UnmarshalJSON(raw); err != nil {
			return nil, fmt.Errorf("%s: record %d: %w", path, i+1, err)
		}
	}
	return out, nil
}

// rawRecords splits a JSON array of records, or JSON lines (one record
// per value), into its records. As for a CSV file, a UTF-8 byte order
// mark is dropped, and UTF-16 (or UTF-32) text is refused with how to
// save it.
func rawRecords(path string, data []byte) ([]json.RawMessage, error) {
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	// JSON text starts with an ASCII character: in UTF-16 or UTF-32, one
	// of its first bytes is zero (RFC 4627, section 3), or the text starts
	// with a UTF-16 byte order mark.
	if bytes.HasPrefix(data, []byte("\xFF\xFE")) || bytes.HasPrefix(data, []byte("\xFE\xFF")) || len(data) >= 2 && (data[0] == 0 || data[1] == 0) {
		return nil, fmt.Errorf("%s: the file is UTF-16 (or UTF-32) text: save it as UTF-8", path)
	}
	trimmed := bytes.TrimSpace(data)
	var raws []json.RawMessage
	if bytes.HasPrefix(trimmed, []byte("[")) {
		if err := json.Unmarshal(trimmed, &raws); err != nil {
			return nil, fmt.Errorf("%s: not a JSON array of records: %w", path, err)
		}
		return raws, nil
	}
	dec := json.NewDecoder(bytes.NewReader(trimmed))
	for {
		var raw json.RawMessage
		err := dec.Decode(&raw)
		if errors.Is(err, io.EOF) {
			return raws, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: record %d: %w", path, len(raws)+1, err)
		}
		raws = append(raws, raw)
	}
}
