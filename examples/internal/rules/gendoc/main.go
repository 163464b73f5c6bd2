// Command gendoc writes the rule register's section of the root package's
// doc (doc.go) from the register in package rules, its one source. Run it
// with go generate in the module's root:
//
//	go generate .
package main

import (
	"fmt"
	"os"

	"github.com/go-asn/berakhlak/examples/internal/rules"
)

func main() {
	if err := run("doc.go"); err != nil {
		fmt.Fprintln(os.Stderr, "gendoc:", err)
		os.Exit(1)
	}
}

func run(path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	out, err := rules.Splice(string(src))
	if err != nil {
		return err
	}
	if out == string(src) {
		return nil
	}
	return os.WriteFile(path, []byte(out), 0o644)
}
