package siasn

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// FuzzDecode checks the lenient decoders: they never panic, every error
// wraps one of the package's sentinels, and decode → encode → decode is
// stable (the second decoding equals the first, and encodes to the same
// bytes).
func FuzzDecode(f *testing.F) {
	inputs, _ := filepath.Glob(filepath.Join("testdata", "decode", "*.input.json"))
	for _, in := range inputs {
		if b, err := os.ReadFile(in); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`{"hasilKinerjaNilai":"2.000","koefisenId":12,"a":null}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, d := range decoders {
			v, err := d.decode(data)
			if err != nil {
				if !errors.Is(err, ErrInvalidField) && !errors.Is(err, ErrUnknownCode) && !errors.Is(err, ErrInconsistent) && !isRatingErr(err) {
					t.Fatalf("%s: error %v wraps no sentinel", d.prefix, err)
				}
				continue
			}
			b1, err := json.Marshal(v)
			if err != nil {
				t.Fatalf("%s: decoded %+v does not encode: %v", d.prefix, v, err)
			}
			v2, err := d.decode(b1)
			if err != nil {
				t.Fatalf("%s: %s does not decode: %v", d.prefix, b1, err)
			}
			if !reflect.DeepEqual(v, v2) {
				t.Fatalf("%s: decode → encode → decode changed %+v to %+v", d.prefix, v, v2)
			}
			b2, _ := json.Marshal(v2)
			if string(b1) != string(b2) {
				t.Fatalf("%s: encodings differ:\n%s\n%s", d.prefix, b1, b2)
			}
		}
	})
}

func isRatingErr(err error) bool {
	var ce *CodeError
	return errors.As(err, &ce)
}

// FuzzPeriodikText checks that ParsePeriodik either fails with its
// sentinel or returns a valid Periodik whose String and text forms parse
// back to it, and that the code functions round-trip: every code the
// Parse…Code functions accept is valid, and the code of the value they
// return is the code given.
func FuzzPeriodikText(f *testing.F) {
	for _, s := range []string{"bulanan", "TRIWULAN", "monthly", "1", "", "tahunan", "5", "52", "01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if p, err := ParsePeriodik(s); err == nil {
			back, err := ParsePeriodik(p.String())
			if err != nil || back != p {
				t.Fatalf("%q: String round trip gave %v, %v", s, back, err)
			}
			b, _ := p.AppendText(nil)
			var u Periodik
			if err := u.UnmarshalText(b); err != nil || u != p {
				t.Fatalf("%q: text round trip gave %v, %v", s, u, err)
			}
		} else if !errors.Is(err, ErrUnknownPeriodik) {
			t.Fatal(err)
		}
		if p, err := ParsePeriodikID(s); err == nil {
			if id, _ := PeriodikID(p); id != s {
				t.Fatalf("%q: PeriodikID gives %q", s, id)
			}
		}
		if j, err := ParseKoefisienID(Koefisien(s)); err == nil {
			if id, _ := KoefisienID(j); string(id) != s || !id.IsValid() {
				t.Fatalf("%q: KoefisienID gives %q", s, id)
			}
		} else if Koefisien(s).IsValid() {
			t.Fatalf("%q: IsValid, but ParseKoefisienID: %v", s, err)
		}
		if r, err := ParseRatingCode(Rating(s)); err == nil {
			if c, _ := RatingCode(r); string(c) != s || !c.IsValid() {
				t.Fatalf("%q: RatingCode gives %q", s, c)
			}
		} else if Rating(s).IsValid() {
			t.Fatalf("%q: IsValid, but ParseRatingCode: %v", s, err)
		}
		if p, err := ParseKuadranCode(Kuadran(s)); err == nil {
			if c, _ := KuadranCode(p); string(c) != s || !c.IsValid() {
				t.Fatalf("%q: KuadranCode gives %q", s, c)
			}
		} else if Kuadran(s).IsValid() {
			t.Fatalf("%q: IsValid, but ParseKuadranCode: %v", s, err)
		}
		if k, err := ParseFindingKind(s); err == nil {
			if back, err := ParseFindingKind(k.String()); err != nil || back != k {
				t.Fatalf("%q: finding kind round trip gave %v, %v", s, back, err)
			}
		}
	})
}

// FuzzRiwayatSKPToSKP checks RiwayatSKP.SKP against the request's own
// lenient decoder, which reads the response's field names: for any record
// that decodes and has a stored kuadran, SKP succeeds exactly when the
// record's JSON decodes as an SKP, and both give the same request. So the
// renaming in SKP and the decoder's aliases cannot drift apart.
func FuzzRiwayatSKPToSKP(f *testing.F) {
	inputs, _ := filepath.Glob(filepath.Join("testdata", "decode", "rw-skp22.*.input.json"))
	for _, in := range inputs {
		if b, err := os.ReadFile(in); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`{"id":"x","tahun":2024,"hasilKinerjaNilai":3,"PerilakuKerjaNilai":1,"KuadranKinerjaNilai":4}`))
	f.Add([]byte(`{"id":"x","tahun":2024,"hasilKinerjaNilai":"1","PerilakuKerjaNilai":"2","KuadranKinerjaNilai":"2","penilaiUnorNm":"u"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var r RiwayatSKP
		if err := r.UnmarshalJSON(data); err != nil || r.KuadranKinerjaNilai == "" {
			return
		}
		s, err := r.SKP()
		b, merr := json.Marshal(r)
		if merr != nil {
			t.Fatalf("%+v does not marshal: %v", r, merr)
		}
		var viaJSON SKP
		jerr := viaJSON.UnmarshalJSON(b)
		if (err == nil) != (jerr == nil) {
			t.Fatalf("%s: SKP() error %v, decoding as an SKP %v", b, err, jerr)
		}
		if err == nil && !reflect.DeepEqual(s, viaJSON) {
			t.Fatalf("%s: SKP() %+v, decoded %+v", b, s, viaJSON)
		}
	})
}

// FuzzAngkaKreditJSON checks the decoding of SIASN's angka kredit
// records: a request either is refused with a *FieldError or an error
// wrapping ErrInconsistent, or is valid, keeps the konversi convention
// (kreditUtamaBaru and kreditPenunjangBaru 0 on a konversi) and its
// period in order, and round-trips; a stored record either is refused
// with a *FieldError or round-trips with the same audit findings.
func FuzzAngkaKreditJSON(f *testing.F) {
	for _, name := range []string{"angkakredit-save.numbers-and-flags", "rw-angkakredit.response"} {
		if b, err := os.ReadFile(filepath.Join("testdata", "decode", name+".input.json")); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`{"kreditBaruTotal":"2.08","kreditUtamaBaru":"1","isKonversi":"1","bulanMulaiPenailan":1,"bulanSelesaiPenailan":2,"tahunMulaiPenailan":2024,"tahunSelesaiPenailan":2024}`))
	f.Add([]byte(`{"kreditBaruTotal":"-1","isKonversi":true,"tanggalSk":"31-02-2025"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var a AngkaKredit
		if err := a.UnmarshalJSON(data); err != nil {
			var fe *FieldError
			if !errors.As(err, &fe) && !errors.Is(err, ErrInconsistent) {
				t.Fatalf("request: error %v is neither a *FieldError nor ErrInconsistent", err)
			}
			if a.IsValid() {
				t.Fatal("request: a refused document changed the value")
			}
		} else {
			if !a.IsValid() || a.IsKonversi() && (a.KreditUtamaBaru().Sign() != 0 || a.KreditPenunjangBaru().Sign() != 0) {
				t.Fatalf("request: decoded %+v breaks the konversi convention", a)
			}
			if ty, by, tz, bz := a.Periode(); tz*12+bz < ty*12+by || by < 1 || bz > 12 {
				t.Fatalf("request: decoded period %d-%d to %d-%d", ty, by, tz, bz)
			}
			b, err := a.MarshalJSON()
			if err != nil {
				t.Fatalf("request: %+v does not encode: %v", a, err)
			}
			var back AngkaKredit
			if err := back.UnmarshalJSON(b); err != nil || !back.Equal(a) {
				t.Fatalf("request: %s decodes to %+v, %v; want %+v", b, back, err, a)
			}
		}
		var r RiwayatAngkaKredit
		if err := r.UnmarshalJSON(data); err != nil {
			var fe *FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("record: error %v is not a *FieldError", err)
			}
			return
		}
		b, err := r.MarshalJSON()
		if err != nil {
			t.Fatalf("record: %+v does not encode: %v", r, err)
		}
		var back RiwayatAngkaKredit
		if err := back.UnmarshalJSON(b); err != nil || back != r {
			t.Fatalf("record: %s decodes to %+v, %v; want %+v", b, back, err, r)
		}
		if diff := reflect.DeepEqual(r.Check(), back.Check()); !diff {
			t.Fatalf("record: findings %v, after a round trip %v", r.Check(), back.Check())
		}
		for _, f := range r.Check() {
			if !f.Kind.IsValid() || f.Field == "" {
				t.Fatalf("record: finding %+v", f)
			}
		}
	})
}
