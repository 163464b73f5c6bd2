package berakhlaktest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/go-asn/berakhlak/kinerja"
	"github.com/go-asn/berakhlak/kinerja/siasn"
)

// SIASN's labels of its reference tables perilakuDanKinerja (by code 1–3)
// and kuadranNilai (by code 1–5), as records carry them.
var (
	ratingLabels  = [...]string{1: "DIATAS ESPEKTASI", 2: "SESUAI ESPEKTASI", 3: "DIBAWAH ESPEKTASI"}
	kuadranLabels = [...]string{1: "SANGAT BAIK", 2: "BAIK", 3: "BUTUH PERBAIKAN", 4: "KURANG", 5: "SANGAT KURANG"}
)

func label(labels []string, code int) string {
	if code < 1 || code >= len(labels) {
		return ""
	}
	return labels[code]
}

// The generators and the mapper checks draw and compare SIASN codes as
// ints, as an app's own mapping code has them; these convert.
func ratingCode(n int) siasn.Rating   { return siasn.Rating(strconv.Itoa(n)) }
func kuadranCode(n int) siasn.Kuadran { return siasn.Kuadran(strconv.Itoa(n)) }

// codeInt returns a valid code of the library as an int.
func codeInt[T ~string](c T) int {
	n, _ := strconv.Atoi(string(c))
	return n
}

// kuadranOf returns the kuadran code of two SIASN rating codes by the
// library's matrix.
func kuadranOf(hasil, perilaku int) int {
	h, _ := siasn.ParseRatingCode(ratingCode(hasil))
	p, _ := siasn.ParseRatingCode(ratingCode(perilaku))
	pred, _ := kinerja.PredikatPegawai(h, p)
	k, _ := siasn.KuadranCode(pred)
	return codeInt(k)
}

// jabatan are invented names of the rating officials' positions.
var jabatan = []string{"Kepala Bidang", "Kepala Subbagian", "Sekretaris", "Kepala Seksi", "Koordinator"}

// SIASNRecords returns o.Rows synthetic records of SIASN's rw-skp22
// response, as stored, seeded by o.Seed: ids "skp-00000001" onwards and
// pnsDinilaiId "pns-00000001" onwards, years 2022–2024, the ratings of
// SKPRows as SIASN codes with their labels, the kuadran the matrix of
// PermenPANRB No. 6 Tahun 2022 gives, and an invented rating official; for
// o.Missing percent of the records the official's fields are empty.
//
// A bad record is stored wrong the way public SIASN clients store it:
// its kuadran is what a lookup keyed perilaku-first gives (kuadran
// swapped), what max of the two codes gives (kuadran max), what both give
// (kuadran swapped or max), another wrong code (kuadran mismatch), or a code
// outside kuadranNilai (unknown code). Row.Bad is what RiwayatSKP.Check
// reports for it; Check reports nothing for a valid record. Invalid
// Options are an error wrapping survey.ErrInvalidInput that names the knob.
func SIASNRecords(o Options) ([]Row[siasn.RiwayatSKP], error) {
	build := func(i int, s *stream, bad bool) Row[siasn.RiwayatSKP] {
		hasil := 3 - s.weighted(ratingWeights) // codes: 1 is the best
		perilaku := hasil
		if s.percent(40) {
			perilaku = 3 - s.weighted(ratingWeights)
		}
		rec := siasn.RiwayatSKP{
			ID:                 fmt.Sprintf("skp-%08d", i+1),
			PNSDinilaiID:       fmt.Sprintf("pns-%08d", i+1),
			Tahun:              2022 + s.intn(3),
			HasilKinerjaNilai:  ratingCode(hasil),
			PerilakuKerjaNilai: ratingCode(perilaku),
		}
		if !s.percent(o.Missing) {
			rec.NamaPenilai = name(s)
			rec.NipNrpPenilai = nip(o.Seed^golden, s.intn(maxRows), s)
			rec.PenilaiJabatanNm = jabatan[s.intn(len(jabatan))]
			rec.PenilaiUnorNm = units[s.intn(len(units))].name
			rec.StatusPenilai = "ASN"
		}
		kuadran := kuadranOf(hasil, perilaku)
		r := Row[siasn.RiwayatSKP]{ID: rec.ID}
		if bad {
			hasil, perilaku, kuadran = wrongKuadran(s)
			rec.HasilKinerjaNilai, rec.PerilakuKerjaNilai = ratingCode(hasil), ratingCode(perilaku)
		}
		rec.HasilKinerja = label(ratingLabels[:], hasil)
		rec.PerilakuKerja = label(ratingLabels[:], perilaku)
		rec.KuadranKinerjaNilai = kuadranCode(kuadran)
		rec.KuadranKinerja = label(kuadranLabels[:], kuadran)
		if bad {
			var why []string
			for _, f := range rec.Check() {
				why = append(why, f.String())
			}
			r.Bad = strings.Join(why, "; ")
		}
		r.Value = rec
		return r
	}
	return generate(kindSIASN, o, build, func(r siasn.RiwayatSKP) siasn.RiwayatSKP { return r })
}

// wrongKuadran returns two rating codes and a kuadran stored wrong, in one
// of five ways, each as likely.
func wrongKuadran(s *stream) (hasil, perilaku, kuadran int) {
	switch s.intn(5) {
	case 0: // perilaku-first lookup only: hasil 3 (Di Bawah) with perilaku 1 or 2
		hasil, perilaku = 3, 1+s.intn(2)
		return hasil, perilaku, kuadranOf(perilaku, hasil)
	case 1: // max of the codes only: both Di Bawah
		return 3, 3, 3
	case 2: // both wrong mappings: hasil 1 or 2 with perilaku 3
		return 1 + s.intn(2), 3, 3
	case 3: // another wrong code of the table
		hasil, perilaku = 1+s.intn(3), 1+s.intn(3)
		right, swapped, maxed := kuadranOf(hasil, perilaku), kuadranOf(perilaku, hasil), max(hasil, perilaku)
		var wrong []int
		for k := 1; k <= 5; k++ {
			if k != right && k != swapped && k != maxed {
				wrong = append(wrong, k)
			}
		}
		return hasil, perilaku, wrong[s.intn(len(wrong))]
	default: // outside kuadranNilai
		return 1 + s.intn(3), 1 + s.intn(3), 6 + s.intn(4)
	}
}

// SIASNJSON writes rows as a JSON array of rw-skp22 records, one a line,
// with SIASN's field names: the input of examples/skp -siasn.
func SIASNJSON(rows []Row[siasn.RiwayatSKP]) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("[")
	for i, r := range rows {
		line, err := json.Marshal(r.Value)
		if err != nil {
			return nil, fmt.Errorf("berakhlaktest: record %s: %w", r.ID, err)
		}
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n  ")
		b.Write(line)
	}
	b.WriteString("\n]\n")
	return b.Bytes(), nil
}
