package branding_test

import (
	"fmt"
)

func ExampleResult_AttractivenessInterval() {
	r := result()
	a, _ := r.Attractiveness()
	iv, _ := r.AttractivenessInterval()
	fmt.Println(a, iv)
	// Output: 56.7 18.5–94.9 (95%)
}

func ExampleResult_DimensionInterval() {
	r := result()
	f, _ := r.Dimension("Reputasi")
	iv, _ := r.DimensionInterval("Reputasi")
	fmt.Println(f.Mean, iv)
	// Output: 3.92 3.08–4.75 (95%)
}
