package figure_test

import (
	"encoding/json"
	"fmt"

	"github.com/go-asn/berakhlak/figure"
	"github.com/shopspring/decimal"
)

func ExampleFigure() {
	index := figure.MustNew(decimal.New(60, 0), 1) // an index of 60 published to one place
	fmt.Println(index)
	fmt.Println(index.Decimal()) // a decimal drops the place
	b, _ := json.Marshal(map[string]figure.Figure{"index": index})
	fmt.Println(string(b))
	// Output:
	// 60.0
	// 60
	// {"index":"60.0"}
}

func ExampleNew() {
	// 2.083333… months of angka kredit, published to three places, half-up.
	ak, err := figure.New(decimal.RequireFromString("2.0833333"), 3)
	fmt.Println(ak, ak.Places(), err)
	// 74.95 published to one place rounds half-up to 75.0.
	fmt.Println(figure.MustNew(decimal.RequireFromString("74.95"), 1))
	// Output:
	// 2.083 3 <nil>
	// 75.0
}

func ExampleMustNew() {
	fmt.Println(figure.MustNew(decimal.New(125, -1), 3))
	// Output: 12.500
}

func ExampleParse() {
	f, err := figure.Parse("57.90")
	fmt.Println(f, f.Places(), err)
	_, err = figure.Parse("5.79e1")
	fmt.Println(err)
	// Output:
	// 57.90 2 <nil>
	// figure: "5.79e1": not a decimal figure
}

func ExampleMustParse() {
	fmt.Println(figure.MustParse("3.50"))
	// Output: 3.50
}

func ExampleFigure_Cmp() {
	a, b := figure.MustParse("60.0"), figure.MustParse("60.00")
	fmt.Println(a.Cmp(b), a.Equal(b), a == b)
	// Output: 0 false false
}

func ExampleFigure_Equal() {
	fmt.Println(figure.MustParse("61.1").Equal(figure.MustParse("61.1")))
	// Output: true
}

func ExampleFigure_Decimal() {
	a, b := figure.MustParse("61.1"), figure.MustParse("60.9")
	fmt.Println(a.Decimal().Sub(b.Decimal()).StringFixed(1))
	// Output: 0.2
}

func ExampleFigure_IsValid() {
	var missing figure.Figure
	fmt.Println(missing.IsValid(), missing)
	// Output: false invalid Figure
}

func ExampleFigure_Places() {
	fmt.Println(figure.MustParse("18.750").Places())
	// Output: 3
}

func ExampleFigure_Sign() {
	fmt.Println(figure.MustParse("-3.0").Sign(), figure.MustParse("0.00").Sign())
	// Output: -1 0
}

func ExampleFigure_String() {
	fmt.Println(figure.MustParse("0.05").String())
	// Output: 0.05
}

func ExampleFigure_AppendText() {
	b, _ := figure.MustParse("91.48").AppendText([]byte("IKM "))
	fmt.Println(string(b))
	// Output: IKM 91.48
}

func ExampleFigure_MarshalText() {
	b, _ := figure.MustParse("87.50").MarshalText()
	fmt.Println(string(b))
	// Output: 87.50
}

func ExampleFigure_UnmarshalText() {
	var f figure.Figure
	err := json.Unmarshal([]byte(`"12.500"`), &f)
	fmt.Println(f, err)
	// Output: 12.500 <nil>
}
