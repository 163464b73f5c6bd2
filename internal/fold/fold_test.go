package fold

import "testing"

func TestAppend(t *testing.T) {
	tests := []struct {
		in     string
		punct  bool
		size   int
		want   string
		wantOK bool
	}{
		{"Berorientasi Pelayanan", false, 64, "berorientasipelayanan", true},
		{"BERORIENTASI-PELAYANAN", false, 64, "berorientasipelayanan", true},
		{"di_atas  ekspektasi", false, 64, "diatasekspektasi", true},
		{"Kurang/Misconduct", false, 64, "kurang/misconduct", true},
		{"Kurang/Misconduct", true, 64, "kurangmisconduct", true},
		{"Ramah, cekatan.", true, 64, "ramahcekatan", true},
		{"Adaptıf", false, 64, "adapt\xc4\xb1f", true},
		{"abcdef", false, 3, "abc", false},
		{"Di Atas\u00a0Ekspektasi", false, 64, "diatasekspektasi", true},
	}
	for _, tc := range tests {
		got, ok := Append(make([]byte, 0, tc.size), tc.in, tc.punct)
		if string(got) != tc.want || ok != tc.wantOK {
			t.Errorf("Append(%q, %v) = %q, %v; want %q, %v", tc.in, tc.punct, got, ok, tc.want, tc.wantOK)
		}
	}
}
