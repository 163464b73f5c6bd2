package berakhlaktest

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/go-asn/berakhlak"

// TestLayers checks the package's place in the layer map: no package of
// the library imports it (only the example programs may), and it imports
// only the module's packages, go-cmp, shopspring/decimal and the standard
// library.
func TestLayers(t *testing.T) {
	files := 0
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); path != ".." && (strings.HasPrefix(name, ".") || name == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		files++
		rel, _ := filepath.Rel("..", path)
		rel = filepath.ToSlash(rel)
		ours := strings.HasPrefix(rel, "berakhlaktest/")
		example := strings.HasPrefix(rel, "examples/")
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			switch {
			case p == module+"/berakhlaktest" && !ours && !example:
				t.Errorf("%s imports berakhlaktest: only the example programs may", rel)
			case ours && strings.Contains(p, ".") && !strings.HasPrefix(p, module+"/") &&
				p != "github.com/google/go-cmp/cmp" && p != "github.com/shopspring/decimal":
				t.Errorf("%s imports %s: berakhlaktest takes only the module, go-cmp, shopspring/decimal and the standard library", rel, p)
			case ours && strings.HasPrefix(p, module+"/examples"):
				t.Errorf("%s imports %s, an example program", rel, p)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 100 {
		t.Errorf("read only %d Go files", files)
	}
}
