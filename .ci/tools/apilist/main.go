// Command apilist prints the exported API of Go packages as sorted text,
// one declaration a line, in the manner of the Go project's api/go1.N.txt:
//
//	pkg category, func NewScale(string, int32, decimal.Decimal, ...Band) (Scale, error)
//	pkg category, method (Scale) Classify(decimal.Decimal) (Band, error)
//	pkg category, type Band struct, Letter string
//
// It is the readable twin of apidiff's binary baseline: a reviewer reads
// an API change in the diff of api/*.txt. Run it from the module's root:
//
//	apilist IMPORT_PATH
//
// Types of the package itself are written bare, others by package name.
// Constants carry their value, so a moved default shows in the diff.
package main

import (
	"fmt"
	"go/types"
	"os"
	"sort"
	"strings"

	"golang.org/x/tools/go/packages"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: apilist IMPORT_PATH")
		os.Exit(2)
	}
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes}
	pkgs, err := packages.Load(cfg, os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "apilist:", err)
		os.Exit(1)
	}
	if len(pkgs) != 1 {
		fmt.Fprintf(os.Stderr, "apilist: %s: %d packages, want 1\n", os.Args[1], len(pkgs))
		os.Exit(1)
	}
	if len(pkgs[0].Errors) > 0 {
		fmt.Fprintln(os.Stderr, "apilist:", pkgs[0].Errors[0])
		os.Exit(1)
	}
	for _, l := range list(pkgs[0].Types) {
		fmt.Println(l)
	}
}

// list returns the package's exported declarations, sorted.
func list(p *types.Package) []string {
	qual := func(other *types.Package) string {
		if other == p {
			return ""
		}
		return other.Name()
	}
	typ := func(t types.Type) string { return types.TypeString(t, qual) }
	prefix := "pkg " + p.Name() + ", "
	var out []string
	add := func(format string, args ...any) { out = append(out, prefix+fmt.Sprintf(format, args...)) }

	sc := p.Scope()
	for _, name := range sc.Names() {
		obj := sc.Lookup(name)
		if !obj.Exported() {
			continue
		}
		switch o := obj.(type) {
		case *types.Const:
			add("const %s %s = %s", name, typ(o.Type()), o.Val().ExactString())
		case *types.Var:
			add("var %s %s", name, typ(o.Type()))
		case *types.Func:
			add("func %s%s", name, strings.TrimPrefix(types.TypeString(o.Type(), qual), "func"))
		case *types.TypeName:
			out = append(out, typeLines(prefix, o, qual)...)
		}
	}
	sort.Strings(out)
	return out
}

// typeLines lists a named type: its kind, exported fields or interface
// methods, and the exported methods of T and *T.
func typeLines(prefix string, o *types.TypeName, qual types.Qualifier) []string {
	typ := func(t types.Type) string { return types.TypeString(t, qual) }
	name := o.Name()
	if tp, ok := o.Type().(*types.Named); ok && tp.TypeParams().Len() > 0 {
		var ps []string
		for i := range tp.TypeParams().Len() {
			v := tp.TypeParams().At(i)
			ps = append(ps, v.Obj().Name()+" "+typ(v.Constraint()))
		}
		name += "[" + strings.Join(ps, ", ") + "]"
	}
	var out []string
	if o.IsAlias() {
		return append(out, prefix+fmt.Sprintf("type %s = %s", name, typ(types.Unalias(o.Type()))))
	}
	under := o.Type().Underlying()
	switch u := under.(type) {
	case *types.Struct:
		out = append(out, prefix+"type "+name+" struct")
		for i := range u.NumFields() {
			f := u.Field(i)
			if !f.Exported() {
				continue
			}
			if f.Embedded() {
				out = append(out, prefix+fmt.Sprintf("type %s struct, embedded %s", name, typ(f.Type())))
				continue
			}
			out = append(out, prefix+fmt.Sprintf("type %s struct, %s %s", name, f.Name(), typ(f.Type())))
		}
	case *types.Interface:
		out = append(out, prefix+"type "+name+" interface")
		for i := range u.NumMethods() {
			m := u.Method(i)
			if m.Exported() {
				out = append(out, prefix+fmt.Sprintf("type %s interface, %s%s", name, m.Name(),
					strings.TrimPrefix(typ(m.Type()), "func")))
			}
		}
	default:
		out = append(out, prefix+fmt.Sprintf("type %s %s", name, typ(under)))
	}
	if _, isIface := under.(*types.Interface); isIface {
		return out
	}
	for _, recv := range []types.Type{o.Type(), types.NewPointer(o.Type())} {
		ms := types.NewMethodSet(recv)
		for i := range ms.Len() {
			sel := ms.At(i)
			m := sel.Obj()
			if !m.Exported() || len(sel.Index()) > 1 {
				continue // promoted methods are listed with the embedded type
			}
			if _, isPtr := recv.(*types.Pointer); isPtr && !isPointerMethod(m) {
				continue // value methods are listed once, under T
			}
			r := o.Name()
			if isPointerMethod(m) {
				r = "*" + r
			}
			out = append(out, prefix+fmt.Sprintf("method (%s) %s%s", r, m.Name(),
				strings.TrimPrefix(typ(m.Type()), "func")))
		}
	}
	return out
}

func isPointerMethod(m types.Object) bool {
	sig := m.Type().(*types.Signature)
	_, ok := sig.Recv().Type().(*types.Pointer)
	return ok
}
