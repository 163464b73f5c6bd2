package synth

import (
	"encoding/csv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestShape reads the exports back with encoding/csv: the headers, one
// row per respondent, answers 1–5 or blank, and lists of 6–10 distinct
// known codes.
func TestShape(t *testing.T) {
	rows, err := csv.NewReader(strings.NewReader(string(Ratings(500, 1)))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"respondent", "BP1", "BP2", "BP3", "AK1", "AK2", "AK3", "KO1", "KO2", "KO3", "HA1", "HA2", "HA3",
		"LO1", "LO2", "LO3", "AD1", "AD2", "AD3", "KL1", "KL2", "KL3"}, rows[0]); diff != "" {
		t.Errorf("ratings header (-want +got):\n%s", diff)
	}
	if len(rows) != 501 || rows[500][0] != "R0000499" {
		t.Fatalf("%d rows, the last %v", len(rows), rows[len(rows)-1])
	}
	for _, r := range rows[1:] {
		for _, a := range r[1:] {
			if a != "" && (len(a) != 1 || a[0] < '1' || a[0] > '5') {
				t.Fatalf("answer %q in %v", a, r)
			}
		}
	}
	codes := OptionCodes([]byte("code,kind,text\nBIROKRATIS,limiting,Birokratis\nRELIGIUS,positive,Religius\n"))
	if len(codes) != 23 || codes[0] != "BP1" || codes[22] != "RELIGIUS" {
		t.Fatalf("OptionCodes = %v", codes)
	}
	rows, err = csv.NewReader(strings.NewReader(string(Ballots(300, codes, 5)))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 301 || strings.Join(rows[0], ",") != "respondent,personal,current,desired" {
		t.Fatalf("%d rows, header %v", len(rows), rows[0])
	}
	known := strings.Join(codes, " ") + " "
	for _, r := range rows[1:] {
		for _, list := range r[1:] {
			picks := strings.Split(list, ";")
			seen := map[string]bool{}
			for _, p := range picks {
				if seen[p] || !strings.Contains(known, p+" ") {
					t.Fatalf("pick %q repeated or unknown in %v", p, r)
				}
				seen[p] = true
			}
			if len(picks) < 6 || len(picks) > 10 {
				t.Fatalf("%d picks in %v", len(picks), r)
			}
		}
	}
}
