// Tests math/big.Float: precision and rounding modes with accuracy, the
// arithmetic and its special values, conversions, Text in every format
// (fixed and shortest precision), fmt verbs, parsing, Sqrt and encodings.
package main

import (
	"fmt"
	"math"
	"math/big"
)

func main() {
	x := big.NewFloat(1.5)
	y := new(big.Float).SetPrec(200).SetInt64(3)
	fmt.Println(x, y, x.Prec(), y.Prec(), x.Mode(), x.Acc(), x.MinPrec(), y.MinPrec())
	q := new(big.Float).SetPrec(200).Quo(big.NewFloat(1), y)
	fmt.Println(q, q.Text('g', 50), q.Acc(), q.Text('f', 70))
	third := new(big.Float).Quo(big.NewFloat(1), big.NewFloat(3))
	fmt.Println(third, third.Text('g', -1), third.Text('e', 20), third.Acc())
	for mode := big.ToNearestEven; mode <= big.ToPositiveInf; mode++ {
		for _, v := range []float64{2.5, 3.5, -2.5, 2.25, -2.75, 1.0} {
			f := new(big.Float).SetMode(mode).SetPrec(2).SetFloat64(v)
			fmt.Print(mode, " ", v, "->", f, " ", f.Acc(), "; ")
		}
		fmt.Println()
	}
	fmt.Println(big.RoundingMode(9), big.Accuracy(5), big.Below, big.Exact, big.Above)

	a, _ := new(big.Float).SetPrec(100).SetString("12345678901234567890.123456789")
	b, _ := new(big.Float).SetPrec(100).SetString("-0.000000000000000000987654321")
	fmt.Println(a, b, a.Text('f', 12), b.Text('e', 5))
	fmt.Println(new(big.Float).Add(a, b), new(big.Float).Sub(a, b), new(big.Float).Mul(a, b), new(big.Float).Quo(a, b))
	fmt.Println(new(big.Float).Add(a, new(big.Float).Neg(a)), a.Cmp(b), b.Cmp(a), a.Cmp(a), a.Sign(), b.Sign(), new(big.Float).Sign())
	s2 := new(big.Float).SetPrec(300).Sqrt(big.NewFloat(2))
	fmt.Println(s2.Text('f', 80), new(big.Float).Sqrt(big.NewFloat(16)), new(big.Float).Sqrt(new(big.Float)))

	inf := new(big.Float).SetInf(false)
	ninf := new(big.Float).SetInf(true)
	zero := new(big.Float)
	nzero := new(big.Float).Neg(zero)
	fmt.Println(inf, ninf, zero, nzero, inf.IsInf(), nzero.Signbit(), inf.Cmp(ninf), zero.Cmp(nzero))
	fmt.Println(new(big.Float).Add(inf, x), new(big.Float).Mul(ninf, x), new(big.Float).Quo(x, zero), new(big.Float).Quo(x, inf), new(big.Float).Add(nzero, nzero), new(big.Float).Sub(nzero, zero))

	for _, v := range []float64{0, 1, -1, 0.1, 1e100, -1e-100, 123.456, 5e-324, math.MaxFloat64, 1 << 62, 0.5, 100, 1234567} {
		f := big.NewFloat(v)
		f64, acc := f.Float64()
		f32, acc32 := f.Float32()
		i64, acci := f.Int64()
		u64, accu := f.Uint64()
		bi, _ := f.Int(nil)
		r, _ := f.Rat(nil)
		fmt.Println(v, f, f64, acc, f32, acc32, i64, acci, u64, accu, bi, r.FloatString(3), f.IsInt(), f.MantExp(nil))
	}
	big1, _ := new(big.Float).SetPrec(80).SetString("1e30")
	i64, acc := big1.Int64()
	bi, _ := big1.Int(nil)
	fmt.Println(i64, acc, bi, new(big.Float).SetInt(bi), new(big.Float).SetRat(big.NewRat(1, 3)), new(big.Float).SetUint64(1<<64-1))

	vals := []string{"0", "1", "-2.5", "1e10", "1.5e-7", "123456.789", "0.000123", "1e21", "3.14159265358979323846", "-1e-300", "0x1.8p3", "0b1011", "1_000.5"}
	for _, s := range vals {
		f, ok := new(big.Float).SetString(s)
		if !ok {
			fmt.Println(s, "fail")
			continue
		}
		fmt.Println(s, f.Text('g', -1), f.Text('e', 3), f.Text('f', 4), f.Text('G', 6), f.Text('b', 0), f.Text('p', 0), f.Text('x', -1), f.Text('x', 3), f.String())
		fmt.Printf("  %v %g %e %.3f %10.2f %-12.4e| %+g %08.3f %x %X %s\n", f, f, f, f, f, f, f, f, f, f, f)
	}
	for _, s := range []string{"", "abc", "1e", "1.2.3", "Inf", "-inf", "+Inf", "0x", "1p5", "1__0", "1e99999999999"} {
		f, b, err := new(big.Float).Parse(s, 0)
		fmt.Println(s, f, b, err)
	}
	f, base, err := big.ParseFloat("ff.8", 16, 20, big.ToZero)
	fmt.Println(f, base, err, f.Prec())
	f, base, err = big.ParseFloat("777", 8, 0, big.ToNearestEven)
	fmt.Println(f, base, err, f.Prec())

	var sc big.Float
	n, err := fmt.Sscan("  -12.75e1 rest", &sc)
	fmt.Println(n, err, &sc)
	g, _ := a.GobEncode()
	var a2 big.Float
	fmt.Println(len(g), a2.GobDecode(g), &a2, a2.Prec(), a2.Cmp(a))
	t, _ := third.MarshalText()
	fmt.Println(string(t), a2.UnmarshalText([]byte("2.5e3")), &a2, a2.UnmarshalText([]byte("x")))
	m := new(big.Float)
	e := a.MantExp(m)
	fmt.Println(e, m, new(big.Float).SetMantExp(m, e).Cmp(a), new(big.Float).Copy(a).Prec())
	fmt.Println(new(big.Float).SetPrec(0).SetFloat64(3), new(big.Float).SetPrec(10).SetFloat64(1/3.0).Acc())
	for _, fn := range []func(){
		func() { new(big.Float).Add(inf, ninf) },
		func() { new(big.Float).Mul(inf, zero) },
		func() { new(big.Float).Quo(zero, zero) },
		func() { new(big.Float).Sqrt(big.NewFloat(-1)) },
		func() { big.NewFloat(math.NaN()) },
	} {
		func() {
			defer func() {
				r := recover()
				fmt.Println("panic:", r)
				if e, ok := r.(big.ErrNaN); ok {
					fmt.Println(e.Error())
				}
			}()
			fn()
		}()
	}
}
