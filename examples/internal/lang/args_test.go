package lang

import (
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFromArgs(t *testing.T) {
	fs := flag.NewFlagSet("p", flag.ContinueOnError)
	fs.String("in", "", "")
	fs.Int("picks", 10, "")
	fs.Bool("json", false, "")
	var l Lang
	fs.Var(&l, "lang", "")
	type result struct {
		Lang Lang
		OK   bool
	}
	tests := []struct {
		name string
		args []string
		want result
	}{
		{"none", nil, result{ID, false}},
		{"no lang", []string{"-in", "x.csv", "-json"}, result{ID, false}},
		{"lang en", []string{"-lang", "en"}, result{EN, true}},
		{"lang=en", []string{"-lang=en"}, result{EN, true}},
		{"double dash", []string{"--lang", "en"}, result{EN, true}},
		{"double dash =", []string{"--lang=en"}, result{EN, true}},
		{"after a flag's value", []string{"-in", "x.csv", "-lang", "en", "-h"}, result{EN, true}},
		{"after -in=", []string{"-in=x.csv", "-lang", "en"}, result{EN, true}},
		{"after a boolean", []string{"-json", "-lang", "en"}, result{EN, true}},
		{"after a boolean=", []string{"-json=true", "-lang", "en"}, result{EN, true}},
		{"after -h", []string{"-h", "-lang", "en"}, result{EN, true}},
		{"last wins", []string{"-lang", "en", "-lang", "id"}, result{ID, true}},
		{"a value named -lang", []string{"-in", "-lang", "-picks", "5"}, result{ID, false}},
		{"value -lang en of -in", []string{"-in", "-lang", "en"}, result{ID, false}},
		{"after --", []string{"--", "-lang", "en"}, result{ID, false}},
		{"after -", []string{"-", "-lang", "en"}, result{ID, false}},
		{"after an argument", []string{"x.csv", "-lang", "en"}, result{ID, false}},
		{"a boolean takes no value", []string{"-json", "false", "-lang", "en"}, result{ID, false}},
		{"bad syntax", []string{"---lang", "en"}, result{ID, false}},
		{"bad syntax =", []string{"-=x", "-lang", "en"}, result{ID, false}},
		{"invalid", []string{"-lang", "fr"}, result{ID, false}},
		{"invalid stops", []string{"-lang", "fr", "-lang", "en"}, result{ID, false}},
		{"valid then invalid", []string{"-lang", "en", "-lang", "fr"}, result{EN, true}},
		{"missing value", []string{"-lang"}, result{ID, false}},
		{"empty value", []string{"-lang="}, result{ID, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, ok := FromArgs(fs, tt.args)
			if diff := cmp.Diff(tt.want, result{l, ok}); diff != "" {
				t.Errorf("FromArgs(%q) (-want +got):\n%s", tt.args, diff)
			}
		})
	}
}

// TestFromArgsAgreesWithFlag checks FromArgs against package flag itself:
// whenever flag parses args without an error, the -lang it sets is the
// one FromArgs found.
func TestFromArgsAgreesWithFlag(t *testing.T) {
	args := [][]string{
		{"-in", "x.csv", "-lang", "en"},
		{"-json", "-lang=en", "rest", "-lang", "id"},
		{"-picks", "5", "--lang", "en", "--", "-lang", "id"},
		{"-in", "-lang", "-lang", "en"},
		{"-lang", "en", "-json=false", "-lang", "id"},
		{"-in", "-", "-lang", "en"},
	}
	for _, a := range args {
		fs := flag.NewFlagSet("p", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		fs.String("in", "", "")
		fs.Int("picks", 10, "")
		fs.Bool("json", false, "")
		l := Default
		fs.Var(&l, "lang", "")
		if err := fs.Parse(a); err != nil {
			t.Fatalf("flag.Parse(%q): %v", a, err)
		}
		if got, _ := FromArgs(fs, a); got != l {
			t.Errorf("FromArgs(%q) = %v, flag parsed %v", a, got, l)
		}
	}
}

type testTable struct {
	Hello, Count, Unused, InTemplate Text
}

var testMessages = testTable{
	Hello:      Text{ID: "Halo", EN: "Hello"},
	Count:      Text{ID: "%d butir", EN: "%d items"},
	Unused:     Text{ID: "x", EN: "x"},
	InTemplate: Text{ID: "Judul", EN: "Title"},
}

func TestTable(t *testing.T) {
	want := map[string]string{"Hello": "Hello", "Count": "%d items", "Unused": "x", "InTemplate": "Title"}
	if diff := cmp.Diff(want, Table(EN, testMessages)); diff != "" {
		t.Errorf("Table(EN) (-want +got):\n%s", diff)
	}
	if got := Table(ID, &testMessages)["Hello"]; got != "Halo" {
		t.Errorf("Table(ID, pointer)[Hello] = %q, want Halo", got)
	}
}

func TestCheckUsed(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.go", "package p\n\nfunc f() string { return msg.Hello.EN + msg.Count.ID }\n\nconst page = `<h1>{{$.M.InTemplate}}</h1>`\n")
	write("a_test.go", "package p\n\nvar _ = msg.Unused\n") // tests do not count
	tests := []struct {
		name              string
		variable, tmpl    string
		wantErr           bool
		wantIn, wantNotIn []string
	}{
		{"template counted", "msg", "M", true, []string{"msg.Unused"}, []string{"Hello", "Count", "InTemplate"}},
		{"no template", "msg", "", true, []string{"msg.InTemplate", "msg.Unused"}, []string{"Hello", "Count"}},
		{"other variable", "m", "M", true, []string{"m.Count", "m.Hello", "m.Unused"}, []string{"InTemplate"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckUsed(dir, testMessages, tt.variable, tt.tmpl)
			if (err != nil) != tt.wantErr {
				t.Fatalf("CheckUsed = %v, want error %v", err, tt.wantErr)
			}
			for _, s := range tt.wantIn {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("CheckUsed = %v, does not name %s", err, s)
				}
			}
			for _, s := range tt.wantNotIn {
				if strings.Contains(err.Error(), s) {
					t.Errorf("CheckUsed = %v, names %s", err, s)
				}
			}
		})
	}
	write("b.go", "package p\n\nvar _ = msg.Unused\n")
	if err := CheckUsed(dir, testMessages, "msg", "M"); err != nil {
		t.Errorf("CheckUsed with every field used = %v", err)
	}
	if err := CheckUsed(t.TempDir(), testMessages, "msg", "M"); err == nil {
		t.Error("CheckUsed of an empty directory = nil, want an error")
	}
	if err := CheckUsed(dir, 3, "msg", "M"); err == nil {
		t.Error("CheckUsed of an int = nil, want an error")
	}
}
