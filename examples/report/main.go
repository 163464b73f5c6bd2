// Command report prints the BerAKHLAK report of an agency: the seven value
// scores with their categories and bars, the overall index and its
// category, and the lowest value with its three behaviours as the
// improvement focus.
//
// With no flags it prints the published 2022 national profile (KemenPANRB,
// Survei Budaya Kerja ASN 2022), embedded in the program:
//
//	go run ./examples/report
//
// With -profile FILE it reads a CSV with header "value,score" instead.
package main

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/shopspring/decimal"
)

//go:embed national2022.csv
var national2022 []byte

func main() {
	profileFile := flag.String("profile", "", "read a `FILE` with header value,score instead of the embedded 2022 national profile")
	flag.Parse()
	if err := run(os.Stdout, *profileFile); err != nil {
		fmt.Fprintln(os.Stderr, "report:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, profileFile string) error {
	name, data := "2022 national (embedded)", national2022
	if profileFile != "" {
		b, err := os.ReadFile(profileFile)
		if err != nil {
			return err
		}
		name, data = profileFile, b
	}
	p, err := readProfile(name, bytes.NewReader(data))
	if err != nil {
		return err
	}
	return writeReport(w, Report{Title: "Indeks BerAKHLAK — " + name, Profile: p})
}

// readProfile reads a CSV with header value,score; every row must name one
// value, and all seven must be present.
func readProfile(name string, r io.Reader) (akhlak.Profile, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = 2
	header, err := cr.Read()
	if err != nil {
		return akhlak.Profile{}, fmt.Errorf("%s:1: %w", name, err)
	}
	if header[0] != "value" || header[1] != "score" {
		return akhlak.Profile{}, fmt.Errorf("%s:1: header is %q, want value,score", name, header)
	}
	scores := map[akhlak.Value]decimal.Decimal{}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			return akhlak.Profile{}, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		v, err := akhlak.ParseValue(rec[0])
		if err != nil {
			return akhlak.Profile{}, fmt.Errorf("%s:%d: value: %w", name, line, err)
		}
		if _, dup := scores[v]; dup {
			return akhlak.Profile{}, fmt.Errorf("%s:%d: value: %s appears twice", name, line, v)
		}
		s, err := decimal.NewFromString(rec[1])
		if err != nil {
			return akhlak.Profile{}, fmt.Errorf("%s:%d: score: %q is not a number", name, line, rec[1])
		}
		scores[v] = s
	}
	p, err := akhlak.NewProfile(scores)
	if err != nil {
		return akhlak.Profile{}, fmt.Errorf("%s: %w", name, err)
	}
	return p, nil
}
