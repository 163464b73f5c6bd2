package siasn

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/internal/goldentest"
	"github.com/go-asn/berakhlak/kinerja"
)

// golden compares got, indented, with the file testdata/name, or
// rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := json.Indent(&buf, got, "", "  "); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	buf.WriteByte('\n')
	goldentest.Check(t, filepath.Join("testdata", name), buf.Bytes())
}

var penilai = Penilai{
	Nama: "Rina Contoh, S.Kom.", NipNrp: "199001012015012001", Golongan: "34",
	Jabatan: "Kepala Bidang Contoh", UnorNama: "Bidang Contoh", Status: "ASN",
}

func sampleSKP(t *testing.T) SKP {
	s, err := NewSKP(kinerja.DiAtasEkspektasi, kinerja.DiBawahEkspektasi, 2024)
	if err != nil {
		t.Fatal(err)
	}
	s.PNSDinilaiOrang = "00000000-0000-0000-0000-000000000001"
	s.Penilai = penilai
	return s
}

func samplePeriodik(t *testing.T) KinerjaPeriodik {
	k, err := NewKinerjaPeriodik(kinerja.SesuaiEkspektasi, kinerja.DiAtasEkspektasi, kinerja.Pemula, Triwulan, 2024, 4, 6)
	if err != nil {
		t.Fatal(err)
	}
	k.PNSDinilaiID = "00000000-0000-0000-0000-000000000002"
	k.Penilai = penilai
	k.Path = []Dokumen{{DokID: "873", DokNama: "Dokumen Kinerja Periodik", DokURI: "peremajaan/contoh.pdf", Object: "peremajaan/contoh.pdf", Slug: "873"}}
	return k
}

var sampleRiwayatSKP = RiwayatSKP{
	ID: "r-0001", PNSDinilaiID: "00000000-0000-0000-0000-000000000001", Tahun: 2023,
	HasilKinerja: "DIATAS ESPEKTASI", HasilKinerjaNilai: "1", PerilakuKerja: "DIBAWAH ESPEKTASI", PerilakuKerjaNilai: "3",
	KuadranKinerja: "KURANG", KuadranKinerjaNilai: "4", NamaPenilai: "Rina Contoh", NipNrpPenilai: "199001012015012001",
	PenilaiGolonganID: "34", PenilaiJabatanNm: "Kepala Bidang Contoh", PenilaiUnorNm: "Bidang Contoh", StatusPenilai: "ASN",
}

var sampleRiwayatPeriodik = RiwayatKinerjaPeriodik{
	ID: "p-0001", PNSDinilaiID: "00000000-0000-0000-0000-000000000002", NIP: "199901012024011001", Nama: "Contoh Pegawai",
	Jabatan: "Pranata Komputer Pemula", Tahun: 2024, BulanMulaiPenilaian: 4, BulanSelesaiPenilaian: 6,
	TahunMulaiPenilaian: 2024, TahunSelesaiPenilaian: 2024, PeriodikID: Triwulan, KoefisienID: "52",
	HasilKinerjaNilai: "2", PerilakuKerjaNilai: "1", KuadranKinerjaNilai: "2", NamaPenilai: "Rina Contoh",
	PenilaiNipNrp: "199001012015012001", StatusPenilai: "ASN",
}

// TestEncodeGolden freezes the JSON of each payload type: SIASN's field
// names, exactly.
func TestEncodeGolden(t *testing.T) {
	for _, tc := range []struct {
		file string
		v    any
	}{
		{"skp22-save.golden.json", sampleSKP(t)},
		{"kinerjaperiodik-save.golden.json", samplePeriodik(t)},
		{"rw-skp22.golden.json", sampleRiwayatSKP},
		{"rw-kinerjaperiodik.golden.json", sampleRiwayatPeriodik},
		{"angkakredit-save.golden.json", sampleAngkaKredit(t)},
		{"rw-angkakredit.golden.json", sampleRiwayatAngkaKredit},
	} {
		b, err := json.Marshal(tc.v)
		if err != nil {
			t.Fatalf("%s: %v", tc.file, err)
		}
		golden(t, tc.file, b)
	}
}

// decoder decodes one payload type and re-encodes it.
type decoder struct {
	prefix string
	decode func([]byte) (any, error)
}

// decodeAs calls T's UnmarshalJSON directly, as encoding/json does after
// checking the syntax, so that its own errors are what is tested.
func decodeAs[T any](data []byte) (any, error) {
	var v T
	err := any(&v).(json.Unmarshaler).UnmarshalJSON(data)
	return v, err
}

var decoders = []decoder{
	{"skp22-save", decodeAs[SKP]},
	{"kinerjaperiodik-save", decodeAs[KinerjaPeriodik]},
	{"rw-skp22", decodeAs[RiwayatSKP]},
	{"rw-kinerjaperiodik", decodeAs[RiwayatKinerjaPeriodik]},
	{"angkakredit-save", decodeAs[AngkaKredit]},
	{"rw-angkakredit", decodeAs[RiwayatAngkaKredit]},
}

// TestDecodeGolden decodes each case-variant input under testdata/decode
// (NAME.input.json, the type named by its prefix) and compares its
// re-encoding with NAME.golden.json.
func TestDecodeGolden(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("testdata", "decode", "*.input.json"))
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no inputs: %v", err)
	}
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".input.json")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			var d *decoder
			for i := range decoders {
				if strings.HasPrefix(name, decoders[i].prefix+".") {
					d = &decoders[i]
				}
			}
			if d == nil {
				t.Fatalf("no type for %s", name)
			}
			v, err := d.decode(data)
			if err != nil {
				t.Fatal(err)
			}
			b, err := json.Marshal(v)
			if err != nil {
				t.Fatal(err)
			}
			golden(t, filepath.Join("decode", name+".golden.json"), b)
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name    string
		as      string
		in      string
		wantErr error
		mention string
	}{
		{"fraction", "rw-skp22", `{"hasilKinerjaNilai": 2.5}`, ErrInvalidField, `hasilKinerjaNilai: invalid field "2.5"`},
		{"text", "rw-skp22", `{"tahun": "dua ribu"}`, ErrInvalidField, `tahun: invalid field`},
		{"bool", "rw-kinerjaperiodik", `{"bulanMulaiPenilaian": true}`, ErrInvalidField, "bulanMulaiPenilaian"},
		{"object for string", "rw-kinerjaperiodik", `{"koefisenId": {"id": 12}}`, ErrInvalidField, "koefisenId"},
		{"exponent", "rw-skp22", `{"tahun": 2e3}`, ErrInvalidField, "tahun"},
		{"huge", "rw-skp22", `{"tahun": 99999999999999999999}`, ErrInvalidField, "tahun"},
		{"not an object", "rw-skp22", `[1, 2]`, ErrInvalidField, "rw-skp22"},
		{"null", "rw-skp22", `null`, ErrInvalidField, "rw-skp22"},
		{"twice, different", "rw-skp22", `{"PerilakuKerjaNilai": 1, "perilakuKerjaNilai": 2}`, ErrInvalidField, "PerilakuKerjaNilai"},
		{"alias twice, different", "rw-kinerjaperiodik", `{"koefisenId": "12", "koefisienId": "22"}`, ErrInvalidField, "koefisenId"},
		{"request: inconsistent kuadran", "skp22-save", `{"tahun":2024,"hasilKinerjaNilai":1,"perilakuKerjaNilai":3,"kuadranKinerjaNilai":3}`, ErrInconsistent, "kuadranKinerjaNilai is 3"},
		{"request: unknown code", "skp22-save", `{"tahun":2024,"hasilKinerjaNilai":4,"perilakuKerjaNilai":3,"kuadranKinerjaNilai":3}`, ErrUnknownCode, `hasilKinerjaNilai: unknown code "4"`},
		{"request: no year", "skp22-save", `{"hasilKinerjaNilai":1,"perilakuKerjaNilai":1,"kuadranKinerjaNilai":1}`, ErrInvalidField, "tahun"},
		{"request: unknown koefisien", "kinerjaperiodik-save", `{"tahun":2024,"bulanMulaiPenilaian":1,"bulanSelesaiPenilaian":1,"periodikId":"1","koefisienId":"99","hasilKinerjaNilai":2,"perilakuKerjaNilai":2,"kuadranKinerjaNilai":2}`, ErrUnknownCode, "koefisienId"},
		{"request: reversed", "kinerjaperiodik-save", `{"tahun":2024,"bulanMulaiPenilaian":6,"bulanSelesaiPenilaian":4,"periodikId":"2","koefisienId":"12","hasilKinerjaNilai":2,"perilakuKerjaNilai":2,"kuadranKinerjaNilai":2}`, ErrInconsistent, "bulanMulaiPenilaian 6"},
		{"request: month 13", "kinerjaperiodik-save", `{"tahun":2024,"bulanMulaiPenilaian":13,"bulanSelesaiPenilaian":13,"periodikId":"1","koefisienId":"12","hasilKinerjaNilai":2,"perilakuKerjaNilai":2,"kuadranKinerjaNilai":2}`, ErrInvalidField, "bulanMulaiPenilaian"},
		{"request: across years", "kinerjaperiodik-save", `{"tahun":2024,"tahunMulaiPenilaian":2023,"bulanMulaiPenilaian":1,"bulanSelesaiPenilaian":1,"periodikId":"1","koefisienId":"12","hasilKinerjaNilai":2,"perilakuKerjaNilai":2,"kuadranKinerjaNilai":2}`, ErrInconsistent, "tahunMulaiPenilaian"},
		{"path not documents", "skp22-save", `{"path": "x"}`, ErrInvalidField, "path"},
		{"periodikId not a number", "rw-kinerjaperiodik", `{"periodikId": "bulanan"}`, ErrInvalidField, `periodikId: invalid field "\"bulanan\""`},
		{"periodikId too large", "rw-kinerjaperiodik", `{"periodikId": 300}`, ErrInvalidField, `periodikId: invalid field "300"`},
		{"code not a number", "rw-kinerjaperiodik", `{"kuadranKinerjaNilai": "baik"}`, ErrInvalidField, "kuadranKinerjaNilai"},
		{"angka kredit: no total", "angkakredit-save", `{"bulanMulaiPenailan":"1","bulanSelesaiPenailan":"12","tahunMulaiPenailan":"2024","tahunSelesaiPenailan":"2024","isKonversi":"1"}`, ErrInvalidField, "kreditBaruTotal"},
		{"angka kredit: comma", "angkakredit-save", `{"kreditBaruTotal":"12,5"}`, ErrInvalidField, "kreditBaruTotal"},
		{"angka kredit: negative", "angkakredit-save", `{"kreditBaruTotal":"-1"}`, ErrInvalidField, "kreditBaruTotal"},
		{"angka kredit: flag 2", "angkakredit-save", `{"kreditBaruTotal":"1","isKonversi":"2"}`, ErrInvalidField, "isKonversi"},
		{"angka kredit: date", "angkakredit-save", `{"kreditBaruTotal":"1","tanggalSk":"2025-01-31"}`, ErrInvalidField, "tanggalSk"},
		{"angka kredit: month 13", "angkakredit-save", `{"kreditBaruTotal":"1","bulanMulaiPenailan":"13","bulanSelesaiPenailan":"12","tahunMulaiPenailan":"2024","tahunSelesaiPenailan":"2024"}`, ErrInvalidField, "bulanMulaiPenailan"},
		{"angka kredit: reversed", "angkakredit-save", `{"kreditBaruTotal":"1","bulanMulaiPenailan":"6","bulanSelesaiPenailan":"12","tahunMulaiPenailan":"2025","tahunSelesaiPenailan":"2024"}`, ErrInconsistent, "ends before it starts"},
		{"angka kredit: konversi split", "angkakredit-save", `{"kreditBaruTotal":"25","kreditUtamaBaru":"20","isKonversi":"1","bulanMulaiPenailan":"1","bulanSelesaiPenailan":"12","tahunMulaiPenailan":"2024","tahunSelesaiPenailan":"2024"}`, ErrInconsistent, "kreditUtamaBaru is 20"},
		{"angka kredit: both spellings differ", "angkakredit-save", `{"bulanMulaiPenailan":"1","bulanMulaiPenilaian":"2"}`, ErrInvalidField, "bulanMulaiPenailan"},
		{"rw-angkakredit: flag an object", "rw-angkakredit", `{"isKonversi":{}}`, ErrInvalidField, "isKonversi"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			for _, d := range decoders {
				if d.prefix == tc.as {
					_, err = d.decode([]byte(tc.in))
				}
			}
			if !errors.Is(err, tc.wantErr) || !strings.Contains(err.Error(), tc.mention) || !strings.HasPrefix(err.Error(), "siasn: ") {
				t.Errorf("error = %v, want %v mentioning %q", err, tc.wantErr, tc.mention)
			}
		})
	}
}

func TestConstructors(t *testing.T) {
	if _, err := NewSKP(0, kinerja.SesuaiEkspektasi, 2024); !errors.Is(err, kinerja.ErrUnknownRating) {
		t.Errorf("NewSKP with zero hasil: %v", err)
	}
	if _, err := NewSKP(kinerja.SesuaiEkspektasi, kinerja.SesuaiEkspektasi, 24); !errors.Is(err, ErrInvalidField) {
		t.Errorf("NewSKP with year 24: %v", err)
	}
	if _, err := json.Marshal(SKP{}); !errors.Is(err, kinerja.ErrUnknownRating) {
		t.Errorf("zero SKP marshals: %v", err)
	}
	if _, err := json.Marshal(KinerjaPeriodik{}); err == nil {
		t.Error("zero KinerjaPeriodik marshals")
	}
	tests := []struct {
		name    string
		j       kinerja.Jenjang
		p       Periodik
		mulai   int
		selesai int
		wantErr []error
	}{
		{"zero jenjang", 0, Bulanan, 1, 1, []error{ErrUnknownCode, kinerja.ErrUnknownJenjang}},
		{"zero periodik", kinerja.AhliMuda, 0, 1, 1, []error{ErrUnknownCode}},
		{"month 0", kinerja.AhliMuda, Bulanan, 0, 1, []error{ErrInvalidField, kinerja.ErrInvalidInput}},
		{"month 13", kinerja.AhliMuda, Bulanan, 1, 13, []error{ErrInvalidField, kinerja.ErrInvalidInput}},
		{"reversed", kinerja.AhliMuda, Triwulan, 6, 4, []error{ErrInconsistent}},
	}
	for _, tc := range tests {
		_, err := NewKinerjaPeriodik(kinerja.SesuaiEkspektasi, kinerja.SesuaiEkspektasi, tc.j, tc.p, 2024, tc.mulai, tc.selesai)
		for _, want := range tc.wantErr {
			if !errors.Is(err, want) {
				t.Errorf("%s: error = %v, want %v", tc.name, err, want)
			}
		}
	}
	k := samplePeriodik(t)
	ak, err := k.AngkaKredit()
	if err != nil || fmt.Sprint(ak) != "0.938" { // 3.75 × 3/12 × 100% = 0.9375, a figure at 3 places
		t.Errorf("AngkaKredit = %v, %v", ak, err)
	}
}

// TestRepeatedKeys covers issue 22, item 8: an exact duplicate key kept
// the last value silently, while the same key repeated in another case was
// an error. Both are now the same: one value given twice is accepted, two
// different values are an error that names the key, in every decoder.
func TestRepeatedKeys(t *testing.T) {
	valid := map[string]string{
		"skp22-save":           `"tahun":2024,"hasilKinerjaNilai":2,"perilakuKerjaNilai":2,"kuadranKinerjaNilai":2`,
		"kinerjaperiodik-save": `"tahun":2024,"bulanMulaiPenilaian":1,"bulanSelesaiPenilaian":3,"periodikId":"2","koefisienId":"12","hasilKinerjaNilai":2,"perilakuKerjaNilai":2,"kuadranKinerjaNilai":2`,
		"rw-skp22":             `"tahun":2024`,
		"rw-kinerjaperiodik":   `"tahun":2024`,
		"angkakredit-save":     `"tahunMulaiPenailan":2024,"tahunSelesaiPenailan":2024,"bulanMulaiPenailan":1,"bulanSelesaiPenailan":12,"kreditBaruTotal":"1"`,
		"rw-angkakredit":       `"tahunMulaiPenailan":2024`,
	}
	// yearField is the whole-number field the cases repeat: tahun, or
	// tahunMulaiPenailan where a record has no tahun.
	yearField := map[string]string{"angkakredit-save": "tahunMulaiPenailan", "rw-angkakredit": "tahunMulaiPenailan"}
	tests := []struct {
		name    string
		extra   string // appended to a valid object
		wantErr bool
		mention string
	}{
		{"exact duplicate, different", `"id":"a","id":"b"`, true, `id: invalid field "id"`},
		{"exact duplicate, different number", `"tahun":2025`, true, `tahun: invalid field "tahun"`},
		{"other case, different", `"id":"a","ID":"b"`, true, `id: invalid field "ID"`},
		{"exact duplicate, same", `"id":"a","id":"a"`, false, ""},
		{"exact duplicate, same number in two forms", `"tahun":"2024"`, false, ""},
		{"other case, same", `"id":"a","Id":"a"`, false, ""},
		{"unknown key twice", `"x":1,"x":2`, false, ""},
	}
	for _, tc := range tests {
		for _, d := range decoders {
			t.Run(d.prefix+"/"+tc.name, func(t *testing.T) {
				extra, mention := tc.extra, tc.mention
				if f := yearField[d.prefix]; f != "" {
					extra, mention = strings.ReplaceAll(extra, `"tahun"`, `"`+f+`"`), strings.ReplaceAll(mention, "tahun", f)
				}
				in := "{" + valid[d.prefix] + "," + extra + "}"
				_, err := d.decode([]byte(in))
				if !tc.wantErr {
					if err != nil {
						t.Errorf("%s: %v", in, err)
					}
					return
				}
				if !errors.Is(err, ErrInvalidField) || !strings.Contains(err.Error(), mention) {
					t.Errorf("%s: error = %v, want ErrInvalidField mentioning %q", in, err, mention)
				}
				var fe *FieldError
				if errors.As(err, &fe) && !strings.Contains(fe.Want, "twice") {
					t.Errorf("%s: error %v does not say the field is given twice", in, err)
				}
			})
		}
	}
}
