package lang_test

import (
	"fmt"

	"github.com/go-asn/berakhlak/examples/internal/lang"
)

func ExampleTable() {
	messages := struct{ Title lang.Text }{lang.Text{ID: "Ringkasan", EN: "Summary"}}
	fmt.Println(lang.Table(lang.ID, messages)["Title"])
	fmt.Println(lang.Table(lang.EN, messages)["Title"])
	// Output:
	// Ringkasan
	// Summary
}

func ExampleCheckUsed() {
	var msg struct{ Title lang.Text }
	// The package in "." (lang's own) never writes msg.Title.
	fmt.Println(lang.CheckUsed(".", msg, "msg", "M"))
	// Output:
	// lang.CheckUsed: msg.Title never used in .
}

func ExampleLang_Signed() {
	for _, s := range []string{"2.3", "-1234.5", "0.0"} {
		fmt.Println(lang.ID.Signed(s), lang.EN.Signed(s))
	}
	// Output:
	// +2,3 +2.3
	// -1.234,5 -1,234.5
	// 0,0 0.0
}
