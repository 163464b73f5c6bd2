package lang_test

import (
	"flag"
	"fmt"

	"github.com/go-asn/berakhlak/examples/internal/lang"
)

func ExampleFromArgs() {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	fs.String("in", "", "")
	fs.Bool("json", false, "")
	var l lang.Lang
	fs.Var(&l, "lang", "")
	fmt.Println(lang.FromArgs(fs, []string{"-in", "x.csv", "-json", "-lang", "en", "-h"}))
	fmt.Println(lang.FromArgs(fs, []string{"-in", "-lang", "en"})) // -lang is -in's value
	// Output:
	// en true
	// id false
}

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
