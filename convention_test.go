package berakhlak_test

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/branding"
	"github.com/go-asn/berakhlak/engagement"
	"github.com/go-asn/berakhlak/ikm"
	"github.com/go-asn/berakhlak/survey"
)

// The one convention across the API (the root package's doc, "Names" and
// "Results and figures"), checked so that the next package cannot drift.

// TestMethodSets: every result and every tally has the same core
// methods, so that a reader who knows one can guess the others.
func TestMethodSets(t *testing.T) {
	results := []reflect.Type{
		reflect.TypeFor[akhlak.BallotResult](), reflect.TypeFor[akhlak.RatingResult](),
		reflect.TypeFor[ikm.Result](), reflect.TypeFor[engagement.Result](), reflect.TypeFor[branding.Result](),
	}
	// A comparison of two surveys and its changes are results too, of no
	// one survey: no respondents, minimum or band of their own.
	for _, r := range []reflect.Type{reflect.TypeFor[akhlak.Comparison](), reflect.TypeFor[akhlak.Change]()} {
		for _, m := range []string{"IsValid", "Equal", "MarshalJSON", "UnmarshalJSON"} {
			if _, ok := reflect.PointerTo(r).MethodByName(m); !ok {
				t.Errorf("result %s has no %s", r, m)
			}
		}
	}
	for _, r := range results {
		for _, m := range []string{"IsValid", "Equal", "MarshalJSON", "UnmarshalJSON", "Respondents", "Minimum", "Band"} {
			if _, ok := reflect.PointerTo(r).MethodByName(m); !ok {
				t.Errorf("result %s has no %s", r, m)
			}
		}
	}
	// The figures: the same names, and a figure.Figure where the figure
	// always exists on a valid result, (figure.Figure, error) where it may
	// not.
	for _, c := range []struct {
		typ    reflect.Type
		method string
		outs   string
	}{
		{reflect.TypeFor[akhlak.BallotResult](), "Index", "figure.Figure"},
		{reflect.TypeFor[akhlak.RatingResult](), "Index", "figure.Figure"},
		{reflect.TypeFor[akhlak.Profile](), "Index", "figure.Figure"},
		{reflect.TypeFor[ikm.Result](), "Index", "figure.Figure"},
		{reflect.TypeFor[engagement.Result](), "Index", "figure.Figure error"},
		{reflect.TypeFor[branding.Result](), "Attractiveness", "figure.Figure error"},
		{reflect.TypeFor[akhlak.BallotResult](), "Band", "category.Band"},
		{reflect.TypeFor[akhlak.RatingResult](), "Band", "category.Band"},
		{reflect.TypeFor[akhlak.Profile](), "Band", "category.Band"},
		{reflect.TypeFor[ikm.Result](), "Band", "category.Band"},
		{reflect.TypeFor[engagement.Result](), "Band", "category.Band error"},
		{reflect.TypeFor[branding.Result](), "Band", "category.Band error"},
		// The 95% intervals: a figure that may not exist (no counts, one
		// answer, JSON written before v1.1.0).
		{reflect.TypeFor[akhlak.BallotResult](), "IndexInterval", "survey.Interval error"},
		{reflect.TypeFor[akhlak.RatingResult](), "IndexInterval", "survey.Interval error"},
		{reflect.TypeFor[ikm.Result](), "IndexInterval", "survey.Interval error"},
		{reflect.TypeFor[engagement.Result](), "IndexInterval", "survey.Interval error"},
		{reflect.TypeFor[branding.Result](), "AttractivenessInterval", "survey.Interval error"},
		{reflect.TypeFor[akhlak.Change](), "Interval", "survey.Interval error"},
		{reflect.TypeFor[akhlak.Change](), "Verdict", "survey.Verdict error"},
		{reflect.TypeFor[akhlak.Change](), "Delta", "figure.Figure"},
	} {
		m, ok := c.typ.MethodByName(c.method)
		if !ok {
			t.Errorf("%s has no %s", c.typ, c.method)
			continue
		}
		var outs []string
		for i := range m.Type.NumOut() {
			outs = append(outs, m.Type.Out(i).String())
		}
		if got := strings.Join(outs, " "); got != c.outs {
			t.Errorf("%s.%s returns (%s), want (%s)", c.typ, c.method, got, c.outs)
		}
	}
	tallies := []reflect.Type{
		reflect.TypeFor[*akhlak.BallotTally](), reflect.TypeFor[*akhlak.RatingTally](),
		reflect.TypeFor[*ikm.Tally](), reflect.TypeFor[*engagement.Tally](), reflect.TypeFor[*branding.Tally](),
	}
	for _, tl := range tallies {
		for _, m := range []string{"IsValid", "Equal", "Add", "Merge", "Respondents", "Result", "MarshalBinary", "UnmarshalBinary"} {
			if _, ok := tl.MethodByName(m); !ok {
				t.Errorf("tally %s has no %s", tl, m)
			}
		}
	}
}

// TestTwins: engagement and branding are built on the same machinery and
// export the same methods and fields, apart from the few that say what
// each measures.
func TestTwins(t *testing.T) {
	differ := map[string]bool{
		// engagement only
		"Result.Index": true, "Result.Segments": true, "Result.ENPS": true, "Result.IndexInterval": true,
		"Definition.Engaged": true, "Definition.Neutral": true,
		// branding only
		"Result.Attractiveness": true, "Result.NPS": true, "Result.Intention": true, "Result.AttractivenessInterval": true,
		"Definition.Intention": true, "Instrument.Intention": true,
	}
	members := func(typ reflect.Type) []string {
		var out []string
		for i := range reflect.PointerTo(typ).NumMethod() {
			out = append(out, reflect.PointerTo(typ).Method(i).Name)
		}
		if typ.Kind() == reflect.Struct {
			for i := range typ.NumField() {
				if f := typ.Field(i); f.IsExported() {
					out = append(out, f.Name+" "+f.Type.String())
				}
			}
		}
		return out
	}
	for _, pair := range [][2]reflect.Type{
		{reflect.TypeFor[engagement.Result](), reflect.TypeFor[branding.Result]()},
		{reflect.TypeFor[engagement.Tally](), reflect.TypeFor[branding.Tally]()},
		{reflect.TypeFor[engagement.Instrument](), reflect.TypeFor[branding.Instrument]()},
		{reflect.TypeFor[engagement.Definition](), reflect.TypeFor[branding.Definition]()},
		{reflect.TypeFor[engagement.Group](), reflect.TypeFor[branding.Group]()},
		{reflect.TypeFor[engagement.Response](), reflect.TypeFor[branding.Response]()},
		{reflect.TypeFor[engagement.ResultOption](), reflect.TypeFor[branding.ResultOption]()},
	} {
		name := pair[0].Name()
		seen := map[string]int{}
		for i, typ := range pair {
			for _, m := range members(typ) {
				m = strings.NewReplacer("engagement.", "", "branding.", "").Replace(m)
				seen[m] |= 1 << i
			}
		}
		for m, in := range seen {
			key := name + "." + strings.Fields(m)[0]
			switch {
			case in == 3 && differ[key]:
				t.Errorf("%s is in both packages: take it off the list of differences", key)
			case in != 3 && !differ[key]:
				t.Errorf("%s is only in %s", key, pair[in>>1].PkgPath())
			}
		}
	}
}

// TestZeroResultErrors: the figures of a zero result are errors that name
// their package and wrap survey.ErrNoFigure.
func TestZeroResultErrors(t *testing.T) {
	var e engagement.Result
	var b branding.Result
	errs := map[string]error{}
	_, errs["engagement Total"] = e.Total()
	_, errs["engagement Index"] = e.Index()
	_, errs["engagement Segments"] = e.Segments()
	_, errs["engagement ENPS"] = e.ENPS()
	_, _, errs["engagement Alpha"] = e.Alpha("D")
	_, errs["branding Total"] = b.Total()
	_, errs["branding Item"] = b.Item("I")
	_, errs["branding NPS"] = b.NPS()
	_, errs["branding Intention"] = b.Intention()
	_, errs["branding Dimension"] = b.Dimension("D")
	for name, err := range errs {
		pkg := strings.Fields(name)[0]
		if !errors.Is(err, survey.ErrNoFigure) || !strings.HasPrefix(err.Error(), pkg+": ") {
			t.Errorf("%s of the zero Result: %v, want an error of package %s wrapping ErrNoFigure", name, err, pkg)
		}
	}
}

// indonesian are the module's type names that are Indonesian words: their
// list functions are All + the name (no English plural), and their
// constants are the official terms.
var indonesian = map[string]bool{"Jenjang": true, "Predikat": true, "PredikatOrganisasi": true, "Unsur": true, "Periodik": true, "Golongan": true, "Kenaikan": true}

// constantPrefix gives, for each enumeration, the word its constants
// begin with: the first word of the type's name for the library's own
// enumerations (mechanics), the word that sets the type apart where two
// enumerations share official terms, and "" where the constants are the
// official terms themselves.
var constantPrefix = map[string]string{
	"akhlak.Value": "", "akhlak.Stage": "Stage", "akhlak.Phase": "Phase",
	"akhlak.List": "List", "akhlak.OptionKind": "Option", "akhlak.HealthComponent": "Health",
	"survey.Verdict": "Verdict", "survey.Attainment": "Attainment",
	"kinerja.Rating": "", "kinerja.Predikat": "", "kinerja.PredikatOrganisasi": "Organisasi", "kinerja.Jenjang": "",
	"kinerja.Golongan": "", "kinerja.Kenaikan": "Kenaikan",
	"kinerja.ClauseKind": "Clause", "ikm.Unsur": "", "ikm.Answer": "", "ikm.Instrument": "Instrument", "siasn.Periodik": "", "siasn.FindingKind": "Finding",
}

// noConstants are the enumerations without exported constants.
var noConstants = map[string]bool{"akhlak.Behaviour": true, "akhlak.OptionID": true}

// TestNames: list functions are named one way (the English plural of an
// English type name, All + an Indonesian one), constants follow their
// enumeration's rule, and no exported name puts an English plural on an
// Indonesian word.
func TestNames(t *testing.T) {
	plural := regexp.MustCompile(`(Jenjang|Predikat|PredikatOrganisasi|Unsur|Periodik|Organisasi|Kinerja|Penilai|Penilaian|Golongan|Kenaikan|Kredit)s\b`)
	enums := map[string]bool{}
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if n := d.Name(); path != "." && (strings.HasPrefix(n, ".") || n == "internal" || n == "examples" || n == "testdata" || n == "berakhlaktest") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
		if err != nil {
			return err
		}
		pkg := f.Name.Name
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				if !d.Name.IsExported() {
					continue
				}
				if plural.MatchString(d.Name.Name) {
					t.Errorf("%s: %s.%s puts an English plural on an Indonesian word", path, pkg, d.Name.Name)
				}
				// A list function: no receiver, no parameter, one [N]T result.
				if d.Recv != nil || len(d.Type.Params.List) > 0 || d.Type.Results == nil || len(d.Type.Results.List) != 1 {
					continue
				}
				arr, ok := d.Type.Results.List[0].Type.(*ast.ArrayType)
				if !ok || arr.Len == nil {
					continue
				}
				elem, ok := arr.Elt.(*ast.Ident)
				if !ok {
					continue
				}
				want := elem.Name + "s"
				if indonesian[elem.Name] {
					want = "All" + elem.Name
				}
				if d.Name.Name != want {
					t.Errorf("%s: the list function of %s.%s is %s, want %s", path, pkg, elem.Name, d.Name.Name, want)
				}
			case *ast.GenDecl:
				if d.Tok == token.TYPE {
					for _, spec := range d.Specs {
						ts := spec.(*ast.TypeSpec)
						if id, ok := ts.Type.(*ast.Ident); ok && ts.Name.IsExported() && (id.Name == "uint8" || id.Name == "int8") {
							key := pkg + "." + ts.Name.Name
							if _, ok := constantPrefix[key]; !ok && !noConstants[key] {
								t.Errorf("%s: enumeration %s has no naming rule in constantPrefix", path, key)
							}
						}
					}
				}
				if d.Tok != token.CONST {
					continue
				}
				var typ string
				for _, spec := range d.Specs {
					vs := spec.(*ast.ValueSpec)
					if id, ok := vs.Type.(*ast.Ident); ok {
						typ = id.Name
					} else if vs.Type != nil || len(vs.Values) > 0 && typ == "" {
						typ = ""
					}
					key := pkg + "." + typ
					prefix, ok := constantPrefix[key]
					if typ == "" || !ok {
						continue
					}
					enums[key] = true
					for _, n := range vs.Names {
						if n.IsExported() && !strings.HasPrefix(n.Name, prefix) {
							t.Errorf("%s: constant %s.%s of %s does not begin with %q", path, pkg, n.Name, key, prefix)
						}
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for key := range constantPrefix {
		if !enums[key] {
			t.Errorf("no constants found for %s: the walk is off, or the enumeration is gone", key)
		}
	}
}
