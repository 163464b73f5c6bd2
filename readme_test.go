package berakhlak_test

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// A readmeCommand is one shell command of a code block of README.md.
type readmeCommand struct {
	line   int      // the README's line where it starts
	block  int      // the index of its code block
	text   string   // as written, continuation lines joined
	cmd    string   // text without its comment
	status int      // the exit status its comment states ("exit status 1"), or 0
	reason []string // for a refusal, the quoted texts of its comment, which its error must hold
}

// withoutComment returns a shell command line without its comment: from
// the first # that starts a word outside quotes.
func withoutComment(line string) string {
	var quote rune
	for i, r := range line {
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			}
		case r == '\'' || r == '"':
			quote = r
		case r == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t'):
			return strings.TrimSpace(line[:i])
		}
	}
	return strings.TrimSpace(line)
}

// shellBlocks are the info strings of a code block whose lines are shell
// commands. A code block must have one of these or readmeLanguages', so
// that no command hides in a block the test does not read.
var (
	shellBlocks     = []string{"sh", "shell", "bash"}
	readmeLanguages = []string{"go"}
)

// statusComment is how a command's comment says it is refused, and
// quoted is how it quotes the error that says why:
// `# refused (exit status 1): "RELIGIUS" is …`.
var (
	statusComment = regexp.MustCompile(`\bexit status (\d+)\b`)
	quoted        = regexp.MustCompile(`"[^"]+"`)
)

// readmeCommands returns the commands of README.md's shell code blocks.
func readmeCommands(readme []byte) ([]readmeCommand, error) {
	var (
		cmds     []readmeCommand
		in       bool // inside a code block
		shell    bool // … of shell commands
		block    = -1
		pending  string
		startLn  int
		lineNo   int
		fenceErr error
	)
	sc := bufio.NewScanner(bytes.NewReader(readme))
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		if strings.HasPrefix(line, "```") {
			if in {
				if pending != "" {
					return nil, fmt.Errorf("README.md:%d: a command continues past the end of its block", startLn)
				}
				in = false
				continue
			}
			in, block = true, block+1
			info := strings.TrimSpace(strings.TrimPrefix(line, "```"))
			shell = slices.Contains(shellBlocks, info)
			if !shell && !slices.Contains(readmeLanguages, info) {
				fenceErr = errors.Join(fenceErr, fmt.Errorf("README.md:%d: a code block of %q: give it one of %q (commands) or %q", lineNo, info, shellBlocks, readmeLanguages))
			}
			continue
		}
		if !in || !shell {
			continue
		}
		if pending == "" {
			if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
				continue
			}
			startLn = lineNo
		}
		if cont, ok := strings.CutSuffix(line, `\`); ok {
			pending += cont
			continue
		}
		text := strings.TrimSpace(pending + line)
		pending = ""
		c := readmeCommand{line: startLn, block: block, text: text, cmd: withoutComment(text)}
		if m := statusComment.FindStringSubmatch(text[len(c.cmd):]); m != nil {
			c.status, _ = strconv.Atoi(m[1])
			c.reason = quoted.FindAllString(text[len(c.cmd):], -1)
		}
		cmds = append(cmds, c)
	}
	if in {
		fenceErr = errors.Join(fenceErr, errors.New("README.md: a code block is not closed"))
	}
	return cmds, errors.Join(sc.Err(), fenceErr)
}

// notRun are the README's commands the test does not run, and why.
var notRun = map[string]string{
	"go test ./...": "the suite this test is part of",
	"go test -run '^$' -bench . -count 6 ./akhlak ./category ./kinerja ./engagement ./ikm ./examples/internal/csvio ./examples/report": "a benchmark run of several minutes",
}

// goRun is how a README command runs an example program.
var goRun = regexp.MustCompile(`\bgo run \./examples/([a-z]+)\b`)

// TestREADME runs every shell command of the README's code blocks as a
// newcomer would, from the root of a fresh clone: each block in a
// temporary copy of the module's files (those git tracks or would add),
// its commands in order, so that a command may use only what the module
// ships and what an earlier command of its block wrote. The example
// programs are built once and run in place of "go run ./examples/NAME".
//
// A command must exit with status 0, or with the status its comment
// states (`# refused (exit status 1): "RELIGIUS" is …`); a refused command
// must write nothing on standard output, and on standard error an error
// that holds every quoted text of its comment (at least one), so that it
// is refused for the reason the README gives; no command may print a Go
// panic. Every path the README names must exist
// (see TestREADMEPaths).
func TestREADME(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh to run the README's commands")
	}
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	cmds, err := readmeCommands(readme)
	if err != nil {
		t.Fatal(err)
	}
	if len(cmds) < 20 {
		t.Fatalf("found %d commands in the README; the reading is off", len(cmds))
	}
	files := moduleFiles(t)
	bin := buildPrograms(t, files, programsOf(cmds))

	var skipped []string
	dir, dirBlock := "", -1 // the copy the commands of block dirBlock run in
	for _, c := range cmds {
		if why, ok := notRun[c.cmd]; ok {
			t.Logf("README.md:%d: not run: %s (%s)", c.line, c.cmd, why)
			skipped = append(skipped, c.cmd)
			continue
		}
		if strings.HasPrefix(c.cmd, "go test") {
			t.Errorf("README.md:%d: %s: a go test command runs the suite again; add it to notRun with the reason", c.line, c.text)
			continue
		}
		if c.block != dirBlock {
			dir, dirBlock = copyFiles(t, files), c.block
		}
		runREADMECommand(t, c, dir, bin)
	}
	if diff := cmp.Diff(sortedKeys(notRun), sortedUnique(skipped)); diff != "" {
		t.Errorf("commands not run (-notRun +README):\n%s", diff)
	}
}

// runREADMECommand runs c in dir with the programs of bin, and checks it.
func runREADMECommand(t *testing.T, c readmeCommand, dir, bin string) {
	t.Helper()
	script := goRun.ReplaceAllStringFunc(c.cmd, func(m string) string {
		return strconv.Quote(filepath.Join(bin, goRun.FindStringSubmatch(m)[1]))
	})
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "sh", "-c", script)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	status := 0
	if ee := (*exec.ExitError)(nil); errors.As(err, &ee) {
		status = ee.ExitCode()
	} else if err != nil {
		t.Errorf("README.md:%d: %s: %v", c.line, c.text, err)
		return
	}
	where := fmt.Sprintf("README.md:%d: %s", c.line, c.text)
	if status != c.status {
		t.Errorf("%s\nexit status %d, want %d; stderr:\n%s", where, status, c.status, stderr.String())
	}
	for _, out := range []string{stdout.String(), stderr.String()} {
		if strings.Contains(out, "panic:") || strings.Contains(out, "goroutine ") {
			t.Errorf("%s\nprints a Go panic:\n%s", where, out)
		}
	}
	if c.status != 0 && (stdout.Len() != 0 || stderr.Len() == 0) {
		t.Errorf("%s\na refused command writes nothing on stdout and its reason on stderr; stdout has %d bytes, stderr:\n%s", where, stdout.Len(), stderr.String())
	}
	if c.status != 0 && len(c.reason) == 0 {
		t.Errorf("%s\na refusal quotes its error in its comment (\"…\")", where)
	}
	for _, r := range c.reason {
		if !strings.Contains(stderr.String(), strings.Trim(r, `"`)) {
			t.Errorf("%s\nrefused, but not with %s; stderr:\n%s", where, r, stderr.String())
		}
	}
}

// programsOf returns the example programs cmds run.
func programsOf(cmds []readmeCommand) []string {
	var out []string
	for _, c := range cmds {
		for _, m := range goRun.FindAllStringSubmatch(c.text, -1) {
			out = append(out, m[1])
		}
	}
	return sortedUnique(out)
}

// moduleFiles returns the module's files as a fresh clone holds them:
// what git tracks, and what it would add (not ignored), that is there;
// without git, every file but those under .git.
func moduleFiles(t testing.TB) []string {
	t.Helper()
	var files []string
	if out, err := exec.Command("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard").Output(); err == nil {
		for _, f := range strings.Split(string(out), "\x00") {
			if fi, err := os.Lstat(f); f != "" && err == nil && fi.Mode().IsRegular() {
				files = append(files, f)
			}
		}
		return sortedUnique(files)
	}
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case d.Name() == ".git":
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		case d.Type().IsRegular():
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// copyFiles copies files into a new temporary directory and returns it.
func copyFiles(t testing.TB, files []string) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		dst := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// buildPrograms builds the example programs names from a copy of files
// and returns the directory that holds them.
func buildPrograms(t testing.TB, files, names []string) string {
	t.Helper()
	src := copyFiles(t, files)
	bin := t.TempDir()
	args := []string{"build", "-o", bin + string(filepath.Separator)}
	for _, n := range names {
		args = append(args, "./examples/"+n)
	}
	cmd := exec.Command("go", args...)
	cmd.Dir = src
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return bin
}

// codeSpan and mdLink find the README's inline code and link targets.
var (
	codeSpan = regexp.MustCompile("`([^`\n]+)`")
	mdLink   = regexp.MustCompile(`\]\(([^)\s]+)\)`)
)

// readmePaths returns the paths of the module that the README names:
// link targets that are not URLs or anchors, and, in inline code and code
// blocks, every word that starts with "./" or whose first element is a
// top-level entry of the module (a word such as encoding/csv or
// DIR/ballots2m.csv is not a path of the module). A placeholder <…> is a
// pattern: at least one file must match it.
func readmePaths(readme []byte, top map[string]bool) []string {
	var out []string
	for _, m := range mdLink.FindAllStringSubmatch(string(readme), -1) {
		target, _, _ := strings.Cut(m[1], "#")
		if target == "" || strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
			continue
		}
		out = append(out, target)
	}
	var code []string
	for _, m := range codeSpan.FindAllStringSubmatch(string(readme), -1) {
		code = append(code, m[1])
	}
	in := false
	for line := range strings.SplitSeq(string(readme), "\n") {
		if strings.HasPrefix(line, "```") {
			in = !in
			continue
		}
		if in {
			code = append(code, line)
		}
	}
	for _, c := range code {
		for _, w := range strings.FieldsFunc(c, func(r rune) bool {
			return strings.ContainsRune(" \t\"'`(),;=[]|", r)
		}) {
			w = strings.TrimSuffix(w, "/...") // a Go package pattern
			w = strings.TrimRight(w, ".:…")
			rel := strings.TrimPrefix(w, "./")
			first, _, _ := strings.Cut(rel, "/")
			if rel != "" && rel != "." && (strings.HasPrefix(w, "./") || strings.Contains(w, "/") && top[first]) {
				out = append(out, rel)
			}
		}
	}
	return sortedUnique(out)
}

// TestREADMEPaths checks that every path the README names exists in the
// module as a fresh clone holds it.
func TestREADMEPaths(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	files := moduleFiles(t)
	top := map[string]bool{}
	for _, f := range files {
		first, _, _ := strings.Cut(filepath.ToSlash(f), "/")
		top[first] = true
	}
	paths := readmePaths(readme, top)
	if len(paths) < 30 {
		t.Fatalf("found %d paths in the README; the reading is off: %q", len(paths), paths)
	}
	for _, p := range paths {
		pattern := regexp.MustCompile(`<[^>]*>|\*`).ReplaceAllString(p, "*")
		found := false
		for _, f := range files {
			f = filepath.ToSlash(f)
			if ok, _ := filepath.Match(pattern, f); ok || strings.HasPrefix(f, strings.TrimSuffix(pattern, "/")+"/") && !strings.Contains(pattern, "*") {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("README.md names %s, which the module does not hold", p)
		}
	}
}

// TestReadmeCommands checks how the README's commands are read.
func TestReadmeCommands(t *testing.T) {
	readme := "# x\n\n```sh\ngo run ./examples/report   # a comment\n\n# a comment line\n" +
		"go run ./examples/ikm -in x.csv \\\n  -population 9   # refused (exit status 1): \"too few\" \"9\"\n```\n\n" +
		"```go\nfmt.Println(1)\n```\n\n```bash\necho \"a # b\" '#' x#y # exit status 2\n```\n"
	got, err := readmeCommands([]byte(readme))
	if err != nil {
		t.Fatal(err)
	}
	want := []readmeCommand{
		{line: 4, block: 0, text: "go run ./examples/report   # a comment", cmd: "go run ./examples/report"},
		{line: 7, block: 0, text: `go run ./examples/ikm -in x.csv   -population 9   # refused (exit status 1): "too few" "9"`,
			cmd: "go run ./examples/ikm -in x.csv   -population 9", status: 1, reason: []string{`"too few"`, `"9"`}},
		{line: 16, block: 2, text: `echo "a # b" '#' x#y # exit status 2`, cmd: `echo "a # b" '#' x#y`, status: 2},
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(readmeCommand{})); diff != "" {
		t.Errorf("commands (-want +got):\n%s", diff)
	}
	if _, err := readmeCommands([]byte("```\nls\n```\n")); err == nil {
		t.Error("a code block without a language: no error")
	}
	top := map[string]bool{"examples": true, "docs": true, "api": true}
	paths := readmePaths([]byte("See [x](docs/a.png), [y](https://e.org/z), [z](#anchor), `encoding/csv`, `api/<package>.txt`,\n"+
		"```sh\ngo run ./examples/report -in examples/report/s.csv -in DIR/b.csv\ngo test ./... ./examples/...\n```\n"), top)
	if diff := cmp.Diff([]string{"api/<package>.txt", "docs/a.png", "examples", "examples/report", "examples/report/s.csv"}, paths); diff != "" {
		t.Errorf("paths (-want +got):\n%s", diff)
	}
}

func sortedUnique(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return slices.Compact(s)
}

func sortedKeys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
