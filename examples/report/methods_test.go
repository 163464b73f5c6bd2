package main

import (
	"bytes"
	"html"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/examples/internal/rules"
	"github.com/google/go-cmp/cmp"
)

// runBoth runs the program with c and returns the text report and the
// HTML page.
func runBoth(t *testing.T, c config) (text, page string) {
	t.Helper()
	c.html = filepath.Join(t.TempDir(), "r.html")
	if c.picks == 0 {
		c.picks = 10
	}
	c.scale = "1-5"
	var out bytes.Buffer
	if err := run(&out, c); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(c.html)
	if err != nil {
		t.Fatal(err)
	}
	return out.String(), string(data)
}

// TestSampleSaysInvented checks that a report of the embedded sample says
// its data is invented, in its title and in a note, in both languages,
// also when -title names an agency; and that a real survey's report says
// nothing of the kind.
func TestSampleSaysInvented(t *testing.T) {
	real := write(t, "real.csv", ballotHeader+"R1,BP1,BP1,BP1\nR2,AK1,AK1,AK1\n")
	titles := map[lang.Lang][2]string{
		lang.ID: {"Indeks BerAKHLAK — instansi contoh sintetis (data rekaan)", "Indeks BerAKHLAK — Dinas X (data rekaan)"},
		lang.EN: {"Indeks BerAKHLAK — synthetic sample agency (invented data)", "Indeks BerAKHLAK — Dinas X (invented data)"},
	}
	for _, l := range []lang.Lang{lang.ID, lang.EN} {
		note := msg.SampleNote.In(l)
		tests := []struct {
			name   string
			c      config
			title  string
			sample bool
		}{
			{"sample", config{}, titles[l][0], true},
			{"sample with -title", config{title: "Dinas X"}, titles[l][1], true},
			{"sample with -title and -period", config{title: "Dinas X", period: "2024"}, titles[l][1], true},
			{"survey with -title", config{in: real, title: "Dinas X"}, "Indeks BerAKHLAK — Dinas X", false},
		}
		for _, tc := range tests {
			t.Run(l.String()+"/"+tc.name, func(t *testing.T) {
				tc.c.lang = l
				text, page := runBoth(t, tc.c)
				if first, _, _ := strings.Cut(text, "\n"); first != tc.title {
					t.Errorf("text title %q, want %q", first, tc.title)
				}
				if want := "<h1>" + tc.title + "</h1>"; !strings.Contains(page, want) {
					t.Errorf("the page lacks %q", want)
				}
				if want := "<title>" + tc.title + "</title>"; !strings.Contains(page, want) {
					t.Errorf("the page lacks %q", want)
				}
				if got := strings.Contains(text, note+"\n"); got != tc.sample {
					t.Errorf("the text has the note %q: %v, want %v:\n%s", note, got, tc.sample, text)
				}
				if got := strings.Contains(page, `<p class="note">`+html.EscapeString(note)+"</p>"); got != tc.sample {
					t.Errorf("the page has the note: %v, want %v", got, tc.sample)
				}
				invented := []string{"rekaan", "invented"}[l-lang.ID]
				if !tc.sample && (strings.Contains(text, invented) || strings.Contains(page, invented)) {
					t.Errorf("a real survey's report says %q", invented)
				}
			})
		}
	}
}

// TestMethodRules checks the rules the methods section lists: the ten
// picks only when -picks is ten (otherwise a line says what -picks set),
// and the minimum only when it was checked against a number of employees.
func TestMethodRules(t *testing.T) {
	few := write(t, "few.csv", ballotHeader+"R1,BP1;AK1,BP1,BP1\nR2,AK1,AK1;KO1,AK1\n")
	ratings := write(t, "ratings.csv", "respondent,BP1,BP2,BP3,AK1,AK2,AK3,KO1,KO2,KO3,HA1,HA2,HA3,LO1,LO2,LO3,AD1,AD2,AD3,KL1,KL2,KL3\n"+
		"R1,5,4,3,5,4,3,5,4,3,5,4,3,5,4,3,5,4,3,5,4,3\n")
	base := []rules.ID{rules.Values, rules.Index, rules.Categories}
	ballots := append(slices.Clone(base), rules.BallotScore)
	culture := []rules.ID{rules.Entropy, rules.Alignment}
	cat := func(parts ...[]rules.ID) []rules.ID { return slices.Concat(parts...) }
	tests := []struct {
		name  string
		c     config
		want  []rules.ID // in the order rules.Select gives, a subset check below
		not   []rules.ID
		picks map[lang.Lang]string // the -picks line, "" for none
	}{
		{"sample: ten picks, checked", config{}, cat(ballots, []rules.ID{rules.Picks, rules.Minimum}, culture), nil, nil},
		{"file, ten picks, no employees", config{in: few}, cat(ballots, []rules.ID{rules.Picks}, culture), []rules.ID{rules.Minimum}, nil},
		{"file, five picks, employees", config{in: few, picks: 5, employees: 2}, cat(ballots, []rules.ID{rules.Minimum}, culture), []rules.ID{rules.Picks},
			map[lang.Lang]string{lang.ID: "Pilihan per daftar: 5, ditetapkan dengan -picks.", lang.EN: "Picks per list: 5, set by -picks."}},
		{"file, five picks, no employees", config{in: few, picks: 5}, cat(ballots, culture), []rules.ID{rules.Picks, rules.Minimum},
			map[lang.Lang]string{lang.ID: "Pilihan per daftar: 5, ditetapkan dengan -picks.", lang.EN: "Picks per list: 5, set by -picks."}},
		{"ratings, five picks", config{in: ratings, picks: 5}, cat(base, []rules.ID{rules.RatingScore}), []rules.ID{rules.Picks, rules.Minimum, rules.BallotScore}, nil},
		{"profile", config{profile: "testdata/national2022.csv"}, base, []rules.ID{rules.Picks, rules.Minimum}, nil},
		{"baseline with counts, targets", config{baseline: "sample_baseline.json", target: "sample_targets.csv"},
			cat(ballots, culture, []rules.ID{rules.Interval, rules.Change, rules.Target}), []rules.ID{rules.Bound}, nil},
		{"published baseline: no interval", config{baseline: "testdata/national2022.csv"}, ballots,
			[]rules.ID{rules.Interval, rules.Bound, rules.Change, rules.Target}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := tc.c
			if c.picks == 0 {
				c.picks = 10
			}
			c.scale, c.lang = "1-5", lang.ID
			r, err := build(c)
			if err != nil {
				t.Fatal(err)
			}
			var got []rules.ID
			for _, rule := range r.rules() {
				got = append(got, rule.ID)
			}
			var missing, extra []rules.ID
			for _, id := range tc.want {
				if !slices.Contains(got, id) {
					missing = append(missing, id)
				}
			}
			for _, id := range tc.not {
				if slices.Contains(got, id) {
					extra = append(extra, id)
				}
			}
			if missing != nil || extra != nil {
				t.Errorf("rules %q: missing %q, listed but not used %q", got, missing, extra)
			}
			for _, l := range []lang.Lang{lang.ID, lang.EN} {
				c.lang = l
				text, page := runBoth(t, c)
				want := tc.picks[l]
				if got := r.picks(l); got != want {
					t.Errorf("%v: picks line %q, want %q", l, got, want)
				}
				if want == "" {
					continue
				}
				if !strings.Contains(text, "\n"+want+"\n") {
					t.Errorf("%v: the text lacks %q:\n%s", l, want, text)
				}
				if !strings.Contains(page, "<p>"+want+"</p>") {
					t.Errorf("%v: the page lacks %q", l, want)
				}
			}
		})
	}
}

// TestHelpEnglish checks that the flags' help is in English whatever
// -lang says, as in the other example programs, and goes to stderr only.
func TestHelpEnglish(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"default", []string{"-h"}},
		{"lang en", []string{"-lang", "en", "-h"}},
		{"lang id", []string{"-lang", "id", "-h"}},
		{"after -h", []string{"-h", "-lang", "id"}},
	}
	const want = "score the survey export FILE (ballots or ratings; - for standard input) instead of the embedded sample"
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if got := realMain(tc.args, strings.NewReader(""), &stdout, &stderr); got != 2 {
				t.Errorf("exit status %d, want 2", got)
			}
			if help := stderr.String(); !strings.Contains(help, want) || strings.Contains(help, "berkas") {
				t.Errorf("the help is not in English:\n%s", help)
			}
			if diff := cmp.Diff("", stdout.String()); diff != "" {
				t.Errorf("stdout (-want +got):\n%s", diff)
			}
		})
	}
}
