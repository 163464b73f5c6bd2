package berakhlak_test

import (
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/go-asn/berakhlak"

// layers is the layer map of the root package's doc: a package may import
// only the module's packages of a lower layer (and the standard library,
// and the dependencies its layer allows). The library's internal packages
// are the lowest, except internal/tally, which makes engagement's and
// branding's values and sits just above survey; the programs and
// berakhlaktest are the highest.
var layers = []struct {
	pkgs []string // import paths relative to the module; a trailing / is a subtree
	deps []string // the non-standard, non-module imports allowed
}{
	{[]string{"internal/"}, []string{"github.com/shopspring/decimal"}},
	{[]string{"figure"}, []string{"github.com/shopspring/decimal"}},
	{[]string{"category"}, []string{"github.com/shopspring/decimal"}},
	{[]string{"survey"}, []string{"github.com/shopspring/decimal"}},
	{[]string{"internal/tally"}, []string{"github.com/shopspring/decimal"}},
	{[]string{"akhlak"}, []string{"github.com/shopspring/decimal"}},
	{[]string{"engagement", "branding", "ikm", "kinerja"}, []string{"github.com/shopspring/decimal"}},
	{[]string{"kinerja/siasn"}, []string{"github.com/shopspring/decimal"}},
	{[]string{"berakhlaktest"}, []string{"github.com/shopspring/decimal", "github.com/google/go-cmp/cmp"}},
	{[]string{"examples/"}, []string{"github.com/shopspring/decimal"}},
}

// layerOf returns the layer of the package at rel, or -1: the layer of
// the longest entry that names it (internal/tally before internal/).
func layerOf(rel string) int {
	layer, longest := -1, 0
	for i, l := range layers {
		for _, p := range l.pkgs {
			if (rel == p || strings.HasSuffix(p, "/") && strings.HasPrefix(rel+"/", p)) && len(p) > longest {
				layer, longest = i, len(p)
			}
		}
	}
	return layer
}

// TestLayers holds every package of the module to the layer map: the
// non-test files of a package import only packages of lower layers (a
// package may import another of its own layer only within internal/ and
// examples/, machinery beside machinery), the standard library and its
// layer's dependencies. No test file of the library imports examples/ or
// berakhlaktest. The root package holds only documentation.
func TestLayers(t *testing.T) {
	seen := map[string]bool{}
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if n := d.Name(); path != "." && (strings.HasPrefix(n, ".") || n == "testdata" || n == "api" || n == "docs") {
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
		rel := filepath.ToSlash(filepath.Dir(path))
		test := strings.HasSuffix(path, "_test.go")
		seen[rel] = true
		layer := layerOf(rel)
		if rel == "." {
			if !test && len(f.Imports) > 0 {
				t.Errorf("%s: the root package holds only documentation, and imports nothing", path)
			}
			return nil
		}
		if layer < 0 {
			t.Errorf("%s: package %s is in no layer of the map", path, rel)
			return nil
		}
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			if !strings.HasPrefix(p, module+"/") {
				if strings.Contains(strings.Split(p, "/")[0], ".") && !test && !slices.Contains(layers[layer].deps, p) {
					t.Errorf("%s imports %s, which its layer does not allow", path, p)
				}
				continue
			}
			dep := strings.TrimPrefix(p, module+"/")
			dl := layerOf(dep)
			switch {
			case test && layer < layerOf("berakhlaktest") && (dl >= layerOf("berakhlaktest")):
				t.Errorf("%s imports %s: the library's tests import neither the programs nor berakhlaktest", path, dep)
			case test:
			case dl > layer || dl == layer && !strings.HasSuffix(layers[layer].pkgs[0], "/") && dep != rel:
				t.Errorf("%s (layer %d) imports %s (layer %d): a package imports only lower layers", path, layer, dep, dl)
			case strings.HasPrefix(dep, "examples/") && !strings.HasPrefix(rel, "examples/"):
				t.Errorf("%s imports %s: the library never imports the programs", path, dep)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(seen) < 30 {
		t.Errorf("walked %d packages; the walk is off", len(seen))
	}
	// Every public package is named in the root doc's layer map.
	doc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	for rel := range seen {
		if rel == "." || strings.HasPrefix(rel, "internal") || strings.HasPrefix(rel, "examples") || strings.Contains(rel, "/internal") {
			continue
		}
		if !strings.Contains(string(doc), "//\t"+rel+" ") {
			t.Errorf("package %s is not in the layer map of the root package's doc", rel)
		}
	}
}
