package akhlak_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/shopspring/decimal"
)

func Example() {
	fmt.Println(akhlak.Acronym, "—", akhlak.Slogan)
	// The published 2022 national scores. Every figure prints with its
	// published place, as a decimal does not: a score entered as 70 is the
	// figure 70.0.
	scores := map[akhlak.Value]decimal.Decimal{}
	for v, s := range map[akhlak.Value]string{akhlak.BerorientasiPelayanan: "57.9", akhlak.Akuntabel: "74.1",
		akhlak.Kompeten: "56.7", akhlak.Harmonis: "63.8", akhlak.Loyal: "65.8", akhlak.Adaptif: "38.9", akhlak.Kolaboratif: "69.4"} {
		scores[v] = decimal.RequireFromString(s)
	}
	p := akhlak.MustNewProfile(scores)
	for _, v := range akhlak.Values() {
		fmt.Printf("%s %-22s %5s %s\n", v.Code(), v, p.Score(v), p.ValueBand(v).Letter)
	}
	fmt.Println("Indeks BerAKHLAK", p.Index(), p.Band())
	scores[akhlak.Adaptif] = decimal.New(70, 0)
	fmt.Println(akhlak.MustNewProfile(scores).Score(akhlak.Adaptif))
	// Output:
	// BerAKHLAK — Bangga Melayani Bangsa
	// BP Berorientasi Pelayanan  57.9 B
	// AK Akuntabel               74.1 B
	// KO Kompeten                56.7 B
	// HA Harmonis                63.8 B
	// LO Loyal                   65.8 B
	// AD Adaptif                 38.9 C
	// KL Kolaboratif             69.4 B
	// Indeks BerAKHLAK 60.9 B Cukup Sehat
	// 70.0
}

func ExampleValues() {
	vs := akhlak.Values()
	fmt.Println(len(vs), vs[0], vs[6])
	// Output:
	// 7 Berorientasi Pelayanan Kolaboratif
}

func ExampleParseValue() {
	for _, s := range []string{"BERORIENTASI-PELAYANAN", "berorientasi_pelayanan", "kl", "Adaptive"} {
		v, err := akhlak.ParseValue(s)
		fmt.Println(v, err)
	}
	_, err := akhlak.ParseValue("Jujur")
	fmt.Println(err, errors.Is(err, akhlak.ErrUnknownValue))
	// Output:
	// Berorientasi Pelayanan <nil>
	// Berorientasi Pelayanan <nil>
	// Kolaboratif <nil>
	// Adaptif <nil>
	// akhlak: unknown value "Jujur" true
}

func ExampleMustParseValue() {
	fmt.Println(akhlak.MustParseValue("AD").Definition())
	// Output:
	// Terus berinovasi dan antusias dalam menggerakkan serta menghadapi perubahan
}

func ExampleIsAcronym() {
	fmt.Println(akhlak.IsAcronym("BERAKHLAK"), akhlak.IsAcronym("Berahklak"), akhlak.IsAcronym("AKHLAK"))
	// Output:
	// true true false
}

func ExampleValue_String() {
	fmt.Println(akhlak.BerorientasiPelayanan.String())
	fmt.Println(akhlak.Value(0).String())
	// Output:
	// Berorientasi Pelayanan
	// akhlak.Value(0)
}

func ExampleValue_Code() {
	fmt.Println(akhlak.Kolaboratif.Code(), akhlak.Kompeten.Code())
	// Output:
	// KL KO
}

func ExampleValue_Definition() {
	fmt.Println(akhlak.Kompeten.Definition())
	// Output:
	// Terus belajar dan mengembangkan kapabilitas
}

func ExampleValue_English() {
	fmt.Println(akhlak.Harmonis.English())
	// Output:
	// Harmonious
}

func ExampleValue_Behaviours() {
	for _, b := range akhlak.Adaptif.Behaviours() {
		fmt.Println(b.Code(), b)
	}
	// Output:
	// AD1 Cepat menyesuaikan diri menghadapi perubahan
	// AD2 Terus berinovasi dan mengembangkan kreativitas
	// AD3 Bertindak proaktif
}

func ExampleValue_IsValid() {
	var v akhlak.Value
	fmt.Println(v.IsValid(), akhlak.Loyal.IsValid())
	// Output:
	// false true
}

func ExampleValue_MarshalText() {
	b, _ := json.Marshal(map[string]akhlak.Value{"fokus": akhlak.Adaptif})
	fmt.Println(string(b))
	// Output:
	// {"fokus":"AD"}
}

func ExampleValue_UnmarshalText() {
	var v akhlak.Value
	err := json.Unmarshal([]byte(`"berorientasi_pelayanan"`), &v)
	fmt.Println(v, err)
	// Output:
	// Berorientasi Pelayanan <nil>
}

func ExampleBehaviours() {
	bs := akhlak.Behaviours()
	fmt.Println(len(bs), bs[0].Code(), bs[20].Code())
	// Output:
	// 21 BP1 KL3
}

func ExampleParseBehaviour() {
	b, _ := akhlak.ParseBehaviour("ha1")
	fmt.Println(b.Code(), b)
	// A copy of the circular that writes "apa pun" still matches.
	b, _ = akhlak.ParseBehaviour("Menghargai setiap orang apa pun latar belakangnya")
	fmt.Println(b.Code())
	_, err := akhlak.ParseBehaviour("BP4")
	fmt.Println(err)
	// Output:
	// HA1 Menghargai setiap orang apapun latar belakangnya
	// HA1
	// akhlak: unknown behaviour "BP4"
}

func ExampleMustParseBehaviour() {
	fmt.Println(akhlak.MustParseBehaviour("KO2"))
	// Output:
	// Membantu orang lain belajar
}

func ExampleBehaviour_Value() {
	fmt.Println(akhlak.MustParseBehaviour("LO3").Value())
	// Output:
	// Loyal
}

func ExampleBehaviour_Position() {
	fmt.Println(akhlak.MustParseBehaviour("LO3").Position())
	// Output:
	// 3
}

func ExampleBehaviour_Code() {
	fmt.Println(akhlak.Akuntabel.Behaviours()[2].Code())
	// Output:
	// AK3
}

func ExampleBehaviour_String() {
	fmt.Println(akhlak.Akuntabel.Behaviours()[2])
	// Output:
	// Tidak menyalahgunakan kewenangan jabatan
}

func ExampleBehaviour_English() {
	fmt.Println(akhlak.Akuntabel.Behaviours()[2].English())
	// Output:
	// Do not abuse the authority of office
}

func ExampleBehaviour_IsValid() {
	fmt.Println(akhlak.Behaviour(0).IsValid(), akhlak.Behaviour(21).IsValid(), akhlak.Behaviour(22).IsValid())
	// Output:
	// false true false
}

func ExampleBehaviour_MarshalText() {
	b, _ := akhlak.MustParseBehaviour("Bertindak proaktif").MarshalText()
	fmt.Println(string(b))
	// Output:
	// AD3
}

func ExampleBehaviour_UnmarshalText() {
	var b akhlak.Behaviour
	err := b.UnmarshalText([]byte("kl-2"))
	fmt.Println(b.Code(), err)
	// Output:
	// KL2 <nil>
}

func ExampleStages() {
	for i, s := range akhlak.Stages() {
		fmt.Println(i+1, s)
	}
	// Output:
	// 1 Internalisasi
	// 2 Penyelarasan Sistem
	// 3 Pengukuran Baseline
	// 4 Penyusunan dan Implementasi Agenda Perubahan
	// 5 Pemantauan dan Evaluasi
	// 6 Penghargaan dan Apresiasi
	// 7 Penguatan Berkelanjutan
}

func ExampleParseStage() {
	s, err := akhlak.ParseStage("pengukuran_baseline")
	fmt.Println(int(s), s, err)
	// Output:
	// 3 Pengukuran Baseline <nil>
}

func ExampleStage_String() {
	fmt.Println(akhlak.StagePemantauanEvaluasi)
	// Output:
	// Pemantauan dan Evaluasi
}

func ExampleStage_IsValid() {
	fmt.Println(akhlak.Stage(0).IsValid(), akhlak.StageInternalisasi.IsValid())
	// Output:
	// false true
}

func ExampleStage_MarshalText() {
	b, _ := akhlak.StagePenguatanBerkelanjutan.MarshalText()
	fmt.Println(string(b))
	// Output:
	// Penguatan Berkelanjutan
}

func ExampleStage_UnmarshalText() {
	var s akhlak.Stage
	err := s.UnmarshalText([]byte("6"))
	fmt.Println(s, err)
	// Output:
	// Penghargaan dan Apresiasi <nil>
}

func ExamplePhases() {
	fmt.Println(akhlak.Phases())
	// Output:
	// [Internalisasi Aktivasi Penguatan]
}

func ExampleParsePhase() {
	p, err := akhlak.ParsePhase("AKTIVASI")
	fmt.Println(p, err)
	_, err = akhlak.ParsePhase("Evaluasi")
	fmt.Println(err)
	// Output:
	// Aktivasi <nil>
	// akhlak: unknown phase "Evaluasi"
}

func ExamplePhase_String() {
	fmt.Println(akhlak.PhasePenguatan)
	// Output:
	// Penguatan
}

func ExamplePhase_IsValid() {
	fmt.Println(akhlak.Phase(4).IsValid(), akhlak.PhaseAktivasi.IsValid())
	// Output:
	// false true
}

func ExamplePhase_MarshalText() {
	b, _ := akhlak.PhaseAktivasi.MarshalText()
	fmt.Println(string(b))
	// Output:
	// Aktivasi
}

func ExamplePhase_UnmarshalText() {
	var p akhlak.Phase
	err := p.UnmarshalText([]byte("internalisasi"))
	fmt.Println(p, err)
	// Output:
	// Internalisasi <nil>
}

func ExampleParseError() {
	_, err := akhlak.ParseValue("Integritas")
	var pe *akhlak.ParseError
	if errors.As(err, &pe) {
		fmt.Printf("input %q: %v\n", pe.Input, pe.Err)
	}
	// Output:
	// input "Integritas": unknown value
}

// national2022 returns the published 2022 national value scores (KemenPANRB).
func national2022() map[akhlak.Value]decimal.Decimal {
	return map[akhlak.Value]decimal.Decimal{
		akhlak.BerorientasiPelayanan: decimal.RequireFromString("57.9"),
		akhlak.Akuntabel:             decimal.RequireFromString("74.1"),
		akhlak.Kompeten:              decimal.RequireFromString("56.7"),
		akhlak.Harmonis:              decimal.RequireFromString("63.8"),
		akhlak.Loyal:                 decimal.RequireFromString("65.8"),
		akhlak.Adaptif:               decimal.RequireFromString("38.9"),
		akhlak.Kolaboratif:           decimal.RequireFromString("69.4"),
	}
}

func ExampleNewProfile() {
	p, err := akhlak.NewProfile(national2022())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Index(), p.Band())

	scores := national2022()
	delete(scores, akhlak.Loyal)
	_, err = akhlak.NewProfile(scores)
	fmt.Println(err)
	// Output:
	// 60.9 B Cukup Sehat
	// akhlak: profile: no score for Loyal: incomplete profile
}

func ExampleMustNewProfile() {
	p := akhlak.MustNewProfile(national2022())
	fmt.Println(p.IsValid())
	// Output:
	// true
}

func ExampleProfile_Score() {
	p := akhlak.MustNewProfile(national2022())
	fmt.Println(p.Score(akhlak.Adaptif))
	// Output:
	// 38.9
}

func ExampleProfile_Index() {
	// The mean of the 2022 national scores is 60.94…, published as 60.9.
	p := akhlak.MustNewProfile(national2022())
	fmt.Println(p.Index().String())
	// Output:
	// 60.9
}

func ExampleProfile_Band() {
	b := akhlak.MustNewProfile(national2022()).Band()
	fmt.Println(b.Letter, b.Label, b.English)
	// Output:
	// B Cukup Sehat Fairly healthy
}

func ExampleProfile_Lowest() {
	p := akhlak.MustNewProfile(national2022())
	for _, v := range p.Lowest() {
		fmt.Println(v, p.Score(v))
		for _, b := range v.Behaviours() {
			fmt.Println(" -", b)
		}
	}
	// Output:
	// Adaptif 38.9
	//  - Cepat menyesuaikan diri menghadapi perubahan
	//  - Terus berinovasi dan mengembangkan kreativitas
	//  - Bertindak proaktif
}

func ExampleProfile_Highest() {
	fmt.Println(akhlak.MustNewProfile(national2022()).Highest())
	// Output:
	// [Akuntabel]
}

func ExampleProfile_Ranked() {
	scores := national2022()
	scores[akhlak.Harmonis] = scores[akhlak.Loyal] // make a tie
	for _, r := range akhlak.MustNewProfile(scores).Ranked() {
		tie := ""
		if r.Tied {
			tie = " (tie)"
		}
		fmt.Printf("%d %-22s %s%s\n", r.Rank, r.Value, r.Score, tie)
	}
	// Output:
	// 1 Akuntabel              74.1
	// 2 Kolaboratif            69.4
	// 3 Harmonis               65.8 (tie)
	// 3 Loyal                  65.8 (tie)
	// 5 Berorientasi Pelayanan 57.9
	// 6 Kompeten               56.7
	// 7 Adaptif                38.9
}

func ExampleProfile_IsValid() {
	var p akhlak.Profile
	fmt.Println(p.IsValid())
	// Output:
	// false
}

func ExampleProfile_MarshalJSON() {
	b, _ := json.Marshal(akhlak.MustNewProfile(national2022()))
	fmt.Println(string(b))
	// Output:
	// {"values":[{"value":"Berorientasi Pelayanan","code":"BP","score":"57.9","category":"B"},{"value":"Akuntabel","code":"AK","score":"74.1","category":"B"},{"value":"Kompeten","code":"KO","score":"56.7","category":"B"},{"value":"Harmonis","code":"HA","score":"63.8","category":"B"},{"value":"Loyal","code":"LO","score":"65.8","category":"B"},{"value":"Adaptif","code":"AD","score":"38.9","category":"C"},{"value":"Kolaboratif","code":"KL","score":"69.4","category":"B"}],"index":"60.9","category":"B"}
}

func ExampleProfile_UnmarshalJSON() {
	in := `{"values":[{"code":"BP","score":"80"},{"code":"AK","score":"80"},{"code":"KO","score":"80"},
	 {"code":"HA","score":"80"},{"code":"LO","score":"80"},{"code":"AD","score":"70"},{"value":"Kolaboratif","score":"75"}]}`
	var p akhlak.Profile
	err := json.Unmarshal([]byte(in), &p)
	fmt.Println(p.Index(), p.Band(), err)
	// Output:
	// 77.9 A Sehat <nil>
}

func ExampleValue_AppendText() {
	b, _ := akhlak.Adaptif.AppendText([]byte("value="))
	fmt.Println(string(b))
	// Output:
	// value=AD
}

func ExampleBehaviour_AppendText() {
	b, _ := akhlak.MustParseBehaviour("KL3").AppendText(nil)
	fmt.Println(string(b))
	// Output:
	// KL3
}

func ExampleMustParseStage() {
	fmt.Println(akhlak.MustParseStage("pengukuran-baseline") == akhlak.StagePengukuranBaseline)
	// Output:
	// true
}

func ExampleStage_AppendText() {
	b, _ := akhlak.StageAgendaPerubahan.AppendText(nil)
	fmt.Println(string(b))
	// Output:
	// Penyusunan dan Implementasi Agenda Perubahan
}

func ExampleMustParsePhase() {
	fmt.Println(akhlak.MustParsePhase("AKTIVASI"))
	// Output:
	// Aktivasi
}

func ExamplePhase_AppendText() {
	b, _ := akhlak.PhasePenguatan.AppendText(nil)
	fmt.Println(string(b))
	// Output:
	// Penguatan
}

func ExampleParseError_Error() {
	_, err := akhlak.ParseValue("Jujur")
	fmt.Println(err)
	// Output:
	// akhlak: unknown value "Jujur"
}

func ExampleParseError_Unwrap() {
	_, err := akhlak.ParseBehaviour("BP4")
	var pe *akhlak.ParseError
	errors.As(err, &pe)
	fmt.Println(pe.Unwrap() == akhlak.ErrUnknownBehaviour)
	// Output:
	// true
}

func ExampleProfile_Equal() {
	a := akhlak.MustNewProfile(national2022())
	b := akhlak.MustNewProfile(national2022())
	fmt.Println(a.Equal(b), a.Equal(akhlak.Profile{}))
	// Output:
	// true false
}
