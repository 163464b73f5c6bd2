package berakhlaktest

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strings"
	"testing"
)

// TestEveryNameHasAnExample checks that every exported function, type and
// method of the package has an Example (ExampleName or ExampleType_Method)
// and a doc comment.
func TestEveryNameHasAnExample(t *testing.T) {
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, ".", func(fi os.FileInfo) bool { return !strings.HasSuffix(fi.Name(), "_test.go") }, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	documented := func(name, word string, doc *ast.CommentGroup) {
		if doc == nil || !strings.HasPrefix(doc.Text(), word+" ") {
			t.Errorf("%s: no doc comment that starts with %q", name, word)
		}
	}
	for _, f := range pkgs["berakhlaktest"].Files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if !d.Name.IsExported() {
					continue
				}
				name := d.Name.Name
				if d.Recv != nil {
					typ := d.Recv.List[0].Type
					if star, ok := typ.(*ast.StarExpr); ok {
						typ = star.X
					}
					switch x := typ.(type) {
					case *ast.IndexExpr:
						typ = x.X
					case *ast.IndexListExpr:
						typ = x.X
					}
					recv := typ.(*ast.Ident).Name
					if !ast.IsExported(recv) {
						continue // a method of an unexported type, for go-cmp or fmt
					}
					name = recv + "_" + name
				}
				names = append(names, name)
				documented(name, d.Name.Name, d.Doc)
			case *ast.GenDecl:
				if d.Tok != token.TYPE {
					continue
				}
				for _, s := range d.Specs {
					if ts := s.(*ast.TypeSpec); ts.Name.IsExported() {
						names = append(names, ts.Name.Name)
						doc := ts.Doc
						if doc == nil {
							doc = d.Doc
						}
						documented(ts.Name.Name, ts.Name.Name, doc)
					}
				}
			}
		}
	}
	f, err := parser.ParseFile(fset, "example_test.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	examples := map[string]bool{}
	for _, d := range f.Decls {
		if fn, ok := d.(*ast.FuncDecl); ok && strings.HasPrefix(fn.Name.Name, "Example") {
			examples[strings.TrimPrefix(fn.Name.Name, "Example")] = true
		}
	}
	for _, name := range names {
		if !examples[name] {
			t.Errorf("%s has no Example%s", name, name)
		}
	}
	if len(names) < 30 {
		t.Errorf("found only %d exported names", len(names))
	}
}
