package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/examples/internal/progtest"
)

// result is a run of the program: its exit status, stdout and stderr.
type result = progtest.Result

// runMain runs the program on stdin with args.
func runMain(stdin string, args ...string) result { return progtest.Run(realMain, stdin, args...) }

const header = "nip,nama,hasil_kerja,perilaku_kerja,jenjang,bulan\n"

// TestFault3NoPartialOutput: a header-only file used to print the
// table's header, then fail. Now nothing goes to stdout on any error.
func TestFault3NoPartialOutput(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"header only", header, "skp: stdin: tidak ada pegawai"},
		{"bad last row", header + "198501012010011001,A,Sesuai,Sesuai,,\n198501012010011002,B,Sesuai,x,,\n", "skp: stdin:3: column perilaku_kerja:"},
		{"duplicate NIP", header + "198501012010011001,A,Sesuai,Sesuai,,\n198501012010011001,B,Sesuai,Sesuai,,\n", `skp: stdin:3: column nip: "198501012010011001" is probably a duplicate of line 2`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := runMain(tc.in, "-in", "-")
			if got.Status != 1 || got.Stdout != "" || !strings.HasPrefix(got.Stderr, tc.want) {
				t.Errorf("got %+v, want %q", got, tc.want)
			}
		})
	}
}

// TestFault6TableCells: a long name no longer pads every row to its
// width, and control characters and invalid UTF-8 are escaped.
func TestFault6TableCells(t *testing.T) {
	long := strings.Repeat("N", 100000)
	in := header +
		"198501012010011001," + long + ",Sesuai,Sesuai,,\n" +
		"198501012010011002,\"Evil\nName\x1b[2J\xff\",Sesuai,Sesuai,,\n" +
		"198501012010011003,Budi,Sesuai,Sesuai,,\n"
	got := runMain(in, "-in", "-")
	if got.Status != 0 {
		t.Fatalf("%+v", got)
	}
	lines := strings.Split(got.Stdout, "\n")
	for _, l := range lines[:4] {
		if n := len([]rune(l)); n > 160 {
			t.Errorf("a table line of %d runes: %.80q…", n, l)
		}
	}
	if strings.Contains(got.Stdout, "\x1b") || strings.Contains(got.Stdout, "\xff") || !strings.Contains(got.Stdout, `"Evil\nName\x1b[2J\xff"`) {
		t.Errorf("name not escaped:\n%s", got.Stdout)
	}
	if !strings.Contains(lines[1], strings.Repeat("N", 27)+"…") {
		t.Errorf("long name not cut: %.80q", lines[1])
	}
}

// TestFault6Streams: the table of many employees goes through the spill
// buffer, which keeps at most its limit in memory, and comes out whole.
func TestFault6Streams(t *testing.T) {
	var in bytes.Buffer
	in.WriteString(header)
	const n = 20000
	for i := range n {
		fmt.Fprintf(&in, "1985010120100%05d,Pegawai %d,Sesuai,Di Atas,Ahli Muda,12\n", i, i)
	}
	path := filepath.Join(t.TempDir(), "big.csv")
	if err := os.WriteFile(path, in.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	s := &spill{limit: 64 << 10}
	defer s.Close()
	if err := run(s, options{in: path, places: 3, lang: lang.EN}); err != nil {
		t.Fatal(err)
	}
	if s.mem.Len() > s.limit || s.f == nil {
		t.Errorf("in memory: %d bytes (limit %d), spilled: %v", s.mem.Len(), s.limit, s.f != nil)
	}
	var out bytes.Buffer
	if _, err := s.WriteTo(&out); err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(out.String(), "\n"); got != n+3 {
		t.Errorf("%d lines, want %d", got, n+3)
	}
	if !strings.Contains(out.String(), "20,000 employees: Sangat Baik 0; Baik 20,000;") {
		t.Errorf("summary missing:\n%s", out.String()[out.Len()-300:])
	}
}

// TestFault23Item5NoTemporaryFile: the spilled table (NIPs and names)
// leaves no file behind however the run ends: the temporary file loses
// its name as soon as it is created, so that there is none for Ctrl-C,
// SIGTERM or SIGKILL to leave (issue 23, item 5: /tmp/skp-table-*.txt
// stayed). Where a system cannot remove an open file, the file keeps its
// name until Close, and removeNamed, which an interrupt or termination
// runs, removes it.
func TestFault23Item5NoTemporaryFile(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp) // os.CreateTemp's directory
	var in bytes.Buffer
	in.WriteString(header)
	const n = 2000
	for i := range n {
		fmt.Fprintf(&in, "1985010120100%05d,Pegawai %d,Sesuai,Di Atas,Ahli Muda,12\n", i, i)
	}
	path := filepath.Join(t.TempDir(), "big.csv")
	if err := os.WriteFile(path, in.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	names := func() []string {
		t.Helper()
		entries, err := os.ReadDir(tmp)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, e := range entries {
			out = append(out, e.Name())
		}
		return out
	}

	s := &spill{limit: 4 << 10}
	if err := run(s, options{in: path, places: 3, lang: lang.EN}); err != nil {
		t.Fatal(err)
	}
	if s.f == nil {
		t.Fatal("the table did not spill")
	}
	if got := names(); len(got) != 0 {
		t.Errorf("while the run holds the spilled table, %s holds %q, want nothing", tmp, got)
	}
	var out bytes.Buffer
	if _, err := s.WriteTo(&out); err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(out.String(), "\n"); got != n+3 {
		t.Errorf("%d lines, want %d", got, n+3)
	}
	if err := s.Close(); err != nil {
		t.Error(err)
	}

	// Where the open file cannot be removed.
	s = &spill{limit: 10, remove: func(string) error { return errors.New("in use") }}
	if _, err := s.Write([]byte(strings.Repeat("198501012010011001 Pegawai\n", 10))); err != nil {
		t.Fatal(err)
	}
	if got := names(); len(got) != 1 || !strings.HasPrefix(got[0], "skp-table-") {
		t.Fatalf("%s holds %q, want the named temporary file", tmp, got)
	}
	removeNamed() // what an interrupt or termination runs
	if got := names(); len(got) != 0 {
		t.Errorf("after removeNamed, %s holds %q", tmp, got)
	}
	if err := s.Close(); err != nil {
		t.Error(err)
	}
	s = &spill{limit: 10, remove: func(string) error { return errors.New("in use") }}
	if _, err := s.Write([]byte(strings.Repeat("x", 100))); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Error(err)
	}
	if got := names(); len(got) != 0 {
		t.Errorf("after Close, %s holds %q", tmp, got)
	}
}
