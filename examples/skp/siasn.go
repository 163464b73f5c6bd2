package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/go-asn/berakhlak/kinerja/siasn"
)

// runSIASN audits the rw-skp22 records in the file at path, a JSON array
// or JSON lines, and writes each record's findings and a summary to w.
func runSIASN(w io.Writer, path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	records, err := readRecords(path, data)
	if err != nil {
		return err
	}
	if len(records) == 0 {
		return fmt.Errorf("%s: no records", path)
	}
	fmt.Fprintf(w, "Audit of %d rw-skp22 records in %s\n", len(records), path)
	fmt.Fprintln(w, "(kuadran by the matrix of PermenPANRB No. 6 Tahun 2022; codes of BKN's SIASN reference tables)")
	fmt.Fprintln(w)
	byKind := map[siasn.FindingKind]int{}
	consistent := 0
	for i, r := range records {
		fs := r.Check()
		fmt.Fprintf(w, "%d. id %s, pnsDinilaiId %s, tahun %d: hasil %d, perilaku %d, kuadran %d: ",
			i+1, orDash(r.ID), orDash(r.PNSDinilaiID), r.Tahun, r.HasilKinerjaNilai, r.PerilakuKerjaNilai, r.KuadranKinerjaNilai)
		if len(fs) == 0 {
			consistent++
			fmt.Fprintln(w, "consistent")
			continue
		}
		fmt.Fprintf(w, "%d finding(s)\n", len(fs))
		seen := map[siasn.FindingKind]bool{}
		for _, f := range fs {
			fmt.Fprintf(w, "   ✗ %s\n", f)
			if !seen[f.Kind] {
				byKind[f.Kind]++
				seen[f.Kind] = true
			}
		}
	}
	fmt.Fprintf(w, "\n%d records checked: %d consistent, %d inconsistent\n", len(records), consistent, len(records)-consistent)
	for _, k := range siasn.FindingKinds() {
		if n := byKind[k]; n > 0 {
			fmt.Fprintf(w, "  %-24s %d record(s)\n", k.String()+":", n)
		}
	}
	return nil
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// readRecords decodes a JSON array of records, or JSON lines (one record
// per value). An error names the file and the 1-based record.
func readRecords(path string, data []byte) ([]siasn.RiwayatSKP, error) {
	trimmed := bytes.TrimSpace(data)
	var raws []json.RawMessage
	if bytes.HasPrefix(trimmed, []byte("[")) {
		if err := json.Unmarshal(trimmed, &raws); err != nil {
			return nil, fmt.Errorf("%s: not a JSON array of records: %w", path, err)
		}
	} else {
		dec := json.NewDecoder(bytes.NewReader(trimmed))
		for {
			var raw json.RawMessage
			err := dec.Decode(&raw)
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				return nil, fmt.Errorf("%s: record %d: %w", path, len(raws)+1, err)
			}
			raws = append(raws, raw)
		}
	}
	out := make([]siasn.RiwayatSKP, len(raws))
	for i, raw := range raws {
		if err := out[i].UnmarshalJSON(raw); err != nil {
			return nil, fmt.Errorf("%s: record %d: %w", path, i+1, err)
		}
	}
	return out, nil
}
