// Tests math/big.Rat: construction, normalisation, arithmetic, Cmp,
// SetString in every accepted form, FloatString rounding, conversions to
// float32/float64 (exactness, rounding, subnormals, overflow), and the
// encodings.
package main

import (
	"fmt"
	"math"
	"math/big"
)

func main() {
	x := big.NewRat(6, -4)
	y := big.NewRat(5, 12)
	fmt.Println(x, y, x.Num(), x.Denom(), x.Sign(), x.IsInt(), new(big.Rat).SetInt64(3).IsInt())
	fmt.Println(new(big.Rat).Add(x, y), new(big.Rat).Sub(x, y), new(big.Rat).Mul(x, y), new(big.Rat).Quo(x, y), new(big.Rat).Mul(x, x))
	fmt.Println(new(big.Rat).Inv(x), new(big.Rat).Neg(x), new(big.Rat).Abs(x), x.Cmp(y), y.Cmp(x), x.Cmp(x))
	var zero big.Rat
	fmt.Println(&zero, zero.Denom(), zero.RatString(), zero.FloatString(3), zero.IsInt())
	fmt.Println(new(big.Rat).SetFrac(big.NewInt(10), big.NewInt(-25)), new(big.Rat).SetInt(big.NewInt(-7)), new(big.Rat).SetUint64(1<<63))
	for _, s := range []string{"3/4", "-6/8", "+1/3", "0x10/0b11", "1.25", "-0.001", "1e3", "1.5e-3", "0x1.8p1", "0b101.1", "0o17", "017", "1_000.5", ".5", "5.", "1/0", "1/-2", "abc", "", "1e", "3/", "/3", "1e100000", "1e1000001", "0/5", "-0", "1.2.3", "0x1p-2", "2E+2"} {
		r, ok := new(big.Rat).SetString(s)
		if ok {
			fmt.Printf("%q=%v(%s) ", s, r, r.RatString())
		} else {
			fmt.Printf("%q=fail ", s)
		}
	}
	fmt.Println()
	for _, r := range []*big.Rat{big.NewRat(1, 3), big.NewRat(2, 3), big.NewRat(-1, 2), big.NewRat(5, 2), big.NewRat(-999, 1000), big.NewRat(1, 8), big.NewRat(22, 7)} {
		fmt.Print(r.FloatString(0), " ", r.FloatString(2), " ", r.FloatString(10), " | ")
	}
	fmt.Println()
	for _, r := range []*big.Rat{big.NewRat(1, 3), big.NewRat(1, 2), big.NewRat(-7, 1), big.NewRat(1, 10), big.NewRat(16777217, 1), big.NewRat(9007199254740993, 1),
		new(big.Rat).SetFrac(big.NewInt(1), new(big.Int).Lsh(big.NewInt(1), 1074)), new(big.Rat).SetFrac(big.NewInt(1), new(big.Int).Lsh(big.NewInt(1), 1075)),
		new(big.Rat).SetFrac(big.NewInt(3), new(big.Int).Lsh(big.NewInt(1), 1076)), new(big.Rat).SetFrac(big.NewInt(1), new(big.Int).Lsh(big.NewInt(1), 149)),
		new(big.Rat).SetInt(new(big.Int).Lsh(big.NewInt(1), 1024)), new(big.Rat).SetInt(new(big.Int).Lsh(big.NewInt(1), 128)), big.NewRat(0, 1)} {
		f, e := r.Float64()
		g, e2 := r.Float32()
		fmt.Println(f, e, g, e2)
	}
	for _, f := range []float64{0, 1, -2.5, 0.1, 1e300, 5e-324, math.MaxFloat64, math.SmallestNonzeroFloat64 * 3} {
		r := new(big.Rat).SetFloat64(f)
		back, exact := r.Float64()
		fmt.Println(r.FloatString(3)[:1], len(r.String()), back == f, exact)
	}
	fmt.Println(new(big.Rat).SetFloat64(math.Inf(1)) == nil, new(big.Rat).SetFloat64(0.375))

	g, _ := x.GobEncode()
	var x2 big.Rat
	fmt.Println(g, x2.GobDecode(g), &x2, x2.GobDecode([]byte{1, 2}))
	t, _ := x.MarshalText()
	t2, _ := big.NewRat(4, 2).MarshalText()
	fmt.Println(string(t), string(t2), x2.UnmarshalText([]byte("7/21")), &x2, x2.UnmarshalText([]byte("x")))
	var sc big.Rat
	n, err := fmt.Sscan("-12/36", &sc)
	fmt.Println(n, err, &sc)
	fmt.Printf("%v %s %d\n", x, x, x)
	for _, f := range []func(){
		func() { big.NewRat(1, 0) },
		func() { new(big.Rat).Inv(new(big.Rat)) },
		func() { new(big.Rat).Quo(x, new(big.Rat)) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
}
