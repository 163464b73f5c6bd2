package lang

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Table returns a program's message table in language l as a map from
// field name to text, for an html/template: with the map as .M,
// {{.M.Heading}} is the field Heading in language l. table is a struct
// (or a pointer to one) whose fields are Text values, as [Check] wants;
// Table panics on anything else, a programmer's error that [Check]
// reports in the program's tests.
func Table(l Lang, table any) map[string]string {
	v := reflect.Indirect(reflect.ValueOf(table))
	out := make(map[string]string, v.NumField())
	for i := 0; i < v.NumField(); i++ {
		out[v.Type().Field(i).Name] = v.Field(i).Interface().(Text).In(l)
	}
	return out
}

// CheckUsed reports the messages of table that the package in dir never
// uses, so that a message table holds no dead text. table is a struct of
// Text values as [Check] wants. A field F counts as used if a non-test Go
// file of dir has the selector expression variable.F (variable is the
// name the program gives its table, such as "msg"), or, when template is
// not "", a string literal with .template.F in it (an html/template
// reference such as {{.M.F}} or {{$.M.F}}, template being the name under
// which [Table]'s map is passed). It returns nil when every field is
// used, and otherwise an error naming the unused ones.
func CheckUsed(dir string, table any, variable, template string) error {
	v := reflect.Indirect(reflect.ValueOf(table))
	if v.Kind() != reflect.Struct {
		return fmt.Errorf("lang.CheckUsed: %T is not a struct of lang.Text", table)
	}
	used := make(map[string]bool)
	var ref *regexp.Regexp
	if template != "" {
		ref = regexp.MustCompile(`\.` + regexp.QuoteMeta(template) + `\.([A-Za-z_][A-Za-z0-9_]*)`)
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return fmt.Errorf("lang.CheckUsed: %w", err)
	}
	fset := token.NewFileSet()
	n := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			return fmt.Errorf("lang.CheckUsed: %w", err)
		}
		f, err := parser.ParseFile(fset, name, src, parser.SkipObjectResolution)
		if err != nil {
			return fmt.Errorf("lang.CheckUsed: %w", err)
		}
		n++
		ast.Inspect(f, func(node ast.Node) bool {
			switch x := node.(type) {
			case *ast.SelectorExpr:
				if id, ok := x.X.(*ast.Ident); ok && id.Name == variable {
					used[x.Sel.Name] = true
				}
			case *ast.BasicLit:
				if ref == nil || x.Kind != token.STRING {
					break
				}
				s, err := strconv.Unquote(x.Value)
				if err != nil {
					break
				}
				for _, m := range ref.FindAllStringSubmatch(s, -1) {
					used[m[1]] = true
				}
			}
			return true
		})
	}
	if n == 0 {
		return fmt.Errorf("lang.CheckUsed: no Go files in %s", dir)
	}
	var unused []string
	for i := 0; i < v.NumField(); i++ {
		if name := v.Type().Field(i).Name; !used[name] {
			unused = append(unused, name)
		}
	}
	if unused != nil {
		sort.Strings(unused)
		return fmt.Errorf("lang.CheckUsed: %s.%s never used in %s", variable, strings.Join(unused, ", "+variable+"."), dir)
	}
	return nil
}
