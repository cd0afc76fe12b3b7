// Tests math/big.Int: arithmetic on numbers from one word to Karatsuba
// sizes checked against identities and printed, T- and Euclidean
// division, bit operations on negatives, GCD cofactors, modular inverse,
// square roots and exponentiation, primality, conversions and formats.
package main

import (
	"fmt"
	"math/big"
	"strings"
)

// lcg gives deterministic pseudo-random numbers of a given decimal length.
var state uint64 = 88172645463325252

func randDigits(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		state = state*6364136223846793005 + 1442695040888963407
		d := byte('0' + (state>>33)%10)
		if i == 0 && d == '0' {
			d = '7'
		}
		b.WriteByte(d)
	}
	return b.String()
}

func num(n int, neg bool) *big.Int {
	s := randDigits(n)
	if neg {
		s = "-" + s
	}
	x, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic(s)
	}
	return x
}

func main() {
	sizes := []int{1, 5, 19, 20, 40, 100, 700, 1500, 3000}
	for i, n := range sizes {
		x := num(n, i%2 == 1)
		y := num(sizes[(i+3)%len(sizes)], i%3 == 0)
		sum := new(big.Int).Add(x, y)
		diff := new(big.Int).Sub(x, y)
		prod := new(big.Int).Mul(x, y)
		q, r := new(big.Int).QuoRem(prod, x, new(big.Int))
		d, m := new(big.Int).DivMod(sum, y, new(big.Int))
		back := new(big.Int).Add(new(big.Int).Mul(d, y), m)
		fmt.Println(n, x.BitLen(), y.BitLen(), prod.BitLen(), q.Cmp(y), r.Sign(), back.Cmp(sum), m.Sign() >= 0, m.CmpAbs(y) < 0)
		if n <= 100 {
			fmt.Println(" ", sum, diff, prod)
			fmt.Println(" ", new(big.Int).Quo(x, big.NewInt(-7)), new(big.Int).Rem(x, big.NewInt(-7)), new(big.Int).Div(x, big.NewInt(-7)), new(big.Int).Mod(x, big.NewInt(-7)))
		} else {
			s := prod.String()
			fmt.Println(" ", len(s), s[:30], s[len(s)-30:])
		}
		sq := new(big.Int).Mul(x, x)
		fmt.Println(" ", new(big.Int).Sqrt(sq).CmpAbs(x), new(big.Int).Sqrt(new(big.Int).Sub(sq, big.NewInt(1))).CmpAbs(x))
	}

	// Karatsuba against schoolbook: (a+b)^2 == a^2 + 2ab + b^2 at large sizes.
	a, b := num(5000, false), num(4000, false)
	lhs := new(big.Int).Add(a, b)
	lhs.Mul(lhs, lhs)
	rhs := new(big.Int).Mul(a, a)
	rhs.Add(rhs, new(big.Int).Mul(b, b))
	rhs.Add(rhs, new(big.Int).Lsh(new(big.Int).Mul(a, b), 1))
	fmt.Println(lhs.Cmp(rhs), lhs.BitLen(), new(big.Int).Mod(lhs, big.NewInt(1000000007)))

	// Division sign rules.
	for _, xy := range [][2]int64{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {6, 3}, {-6, 3}} {
		x, y := big.NewInt(xy[0]), big.NewInt(xy[1])
		q, r := new(big.Int).QuoRem(x, y, new(big.Int))
		d, m := new(big.Int).DivMod(x, y, new(big.Int))
		fmt.Println(xy, q, r, d, m)
	}

	// Bit operations, with two's complement negatives.
	vals := []int64{0, 1, -1, 12345, -12345, 1 << 40, -(1 << 40) + 3}
	for _, u := range vals {
		for _, v := range vals[:5] {
			x, y := big.NewInt(u), big.NewInt(v)
			fmt.Print(new(big.Int).And(x, y), new(big.Int).Or(x, y), new(big.Int).Xor(x, y), new(big.Int).AndNot(x, y), " ")
		}
		x := big.NewInt(u)
		fmt.Println(new(big.Int).Not(x), new(big.Int).Lsh(x, 70), new(big.Int).Rsh(x, 3), x.Bit(0), x.Bit(5), x.Bit(100), new(big.Int).SetBit(x, 65, 1), new(big.Int).SetBit(x, 0, 0), x.TrailingZeroBits())
	}
	big1, _ := new(big.Int).SetString("-123456789abcdef0123456789abcdef", 16)
	fmt.Println(new(big.Int).Rsh(big1, 64), new(big.Int).And(big1, big.NewInt(-256)), new(big.Int).Or(big1, big.NewInt(255)))

	// GCD with cofactors.
	pairs := [][2]string{{"240", "46"}, {"46", "240"}, {"-240", "46"}, {"240", "-46"}, {"0", "5"}, {"-5", "0"}, {"0", "0"},
		{"123456789012345678901234567890", "987654321098765432109876543210"}, {"17", "17"}, {"1", "1000000000000000000000"}}
	for _, p := range pairs {
		x, _ := new(big.Int).SetString(p[0], 10)
		y, _ := new(big.Int).SetString(p[1], 10)
		var cx, cy big.Int
		g := new(big.Int).GCD(&cx, &cy, x, y)
		fmt.Println(p, g, &cx, &cy, new(big.Int).GCD(nil, nil, x, y))
	}
	for _, p := range [][2]int64{{3, 11}, {10, 17}, {-3, 11}, {4, 8}, {7, -11}, {1, 1}} {
		fmt.Println(p, new(big.Int).ModInverse(big.NewInt(p[0]), big.NewInt(p[1])))
	}

	// Exponentiation.
	fmt.Println(new(big.Int).Exp(big.NewInt(3), big.NewInt(200), big.NewInt(1000000007)))
	fmt.Println(new(big.Int).Exp(big.NewInt(-3), big.NewInt(5), nil), new(big.Int).Exp(big.NewInt(-3), big.NewInt(5), big.NewInt(7)))
	fmt.Println(new(big.Int).Exp(big.NewInt(3), big.NewInt(-1), big.NewInt(7)), new(big.Int).Exp(big.NewInt(2), big.NewInt(-1), nil), new(big.Int).Exp(big.NewInt(5), big.NewInt(0), big.NewInt(1)))
	mod, _ := new(big.Int).SetString("170141183460469231731687303715884105727", 10)
	fmt.Println(new(big.Int).Exp(num(60, false), num(40, false), mod))

	// Modular square roots for p ≡ 3 (mod 4), 5 (mod 8) and 1 (mod 8).
	for _, p := range []int64{23, 13, 17, 41, 1000000007, 998244353} {
		P := big.NewInt(p)
		for _, x := range []int64{2, 3, 4, 5, 10, 0, -9} {
			z := new(big.Int).ModSqrt(big.NewInt(x), P)
			fmt.Print(x, ":", z, " ")
		}
		fmt.Println(big.Jacobi(big.NewInt(5), P), big.Jacobi(big.NewInt(-1), P))
	}

	// Primality.
	for _, s := range []string{"0", "1", "2", "3", "4", "61", "97", "561", "2047", "3215031751", "1000000007", "18446744073709551557",
		"170141183460469231731687303715884105727", "170141183460469231731687303715884105729", "3317044064679887385961981", "-7"} {
		x, _ := new(big.Int).SetString(s, 10)
		fmt.Print(x.ProbablyPrime(10), x.ProbablyPrime(0), " ")
	}
	fmt.Println()
	fmt.Println(new(big.Int).Binomial(100, 50), new(big.Int).Binomial(5, 7), new(big.Int).Binomial(1000, 998), new(big.Int).MulRange(-5, -2), new(big.Int).MulRange(-3, 3))

	// Conversions.
	for _, s := range []string{"0", "-0", "+12", "0x1F", "0b101", "0o17", "017", "1_000_000", "_1", "1__0", "0x", "12a", "", "-", "0_x1", "0x_1f"} {
		x, ok := new(big.Int).SetString(s, 0)
		fmt.Printf("%q:%v,%v ", s, x, ok)
	}
	fmt.Println()
	for _, base := range []int{2, 8, 10, 16, 36, 62} {
		x, ok := new(big.Int).SetString("zz", base)
		fmt.Print(x, ok, " ", big1.Text(base), " ")
	}
	fmt.Println()
	x := num(30, true)
	fmt.Println(x.Bytes(), new(big.Int).SetBytes(x.Bytes()), x.FillBytes(make([]byte, 16)), x.Int64(), x.Uint64(), x.IsInt64(), x.IsUint64())
	fmt.Println(big.NewInt(-1<<63).IsInt64(), big.NewInt(1<<62).IsUint64(), new(big.Int).SetUint64(1<<63+1).IsInt64(), len(x.Bits()), new(big.Int).SetBits([]big.Word{1, 2}), x.Sign(), x.Append([]byte("x="), 16))
	fmt.Printf("%d|%10d|%-10d|%+x|%#x|%#o|%O|%b|%.5d|%.0d|%s|%v|%q|%8.4x|%010d|% d\n", x, big.NewInt(42), big.NewInt(42), big.NewInt(255), big.NewInt(255), big.NewInt(8), big.NewInt(8), big.NewInt(5), big.NewInt(3), big.NewInt(0), x, x, big.NewInt(3), big.NewInt(10), big.NewInt(-42), big.NewInt(9))
	var nilInt *big.Int
	fmt.Println(nilInt, nilInt.String())
	var y big.Int
	n, err := fmt.Sscan("  -98765432109876543210 rest", &y)
	fmt.Println(n, err, &y)
	fmt.Sscanf("ff", "%x", &y)
	fmt.Println(&y)
	g, _ := x.GobEncode()
	var x2 big.Int
	fmt.Println(g, x2.GobDecode(g), &x2, x2.GobDecode([]byte{4}))
	t, _ := x.MarshalText()
	j, _ := x.MarshalJSON()
	fmt.Println(string(t), string(j), x2.UnmarshalText([]byte("0x10")), &x2, x2.UnmarshalJSON([]byte("12x")), x2.UnmarshalJSON([]byte("null")), &x2)

	for _, f := range []func(){
		func() { new(big.Int).Quo(big.NewInt(1), big.NewInt(0)) },
		func() { new(big.Int).Sqrt(big.NewInt(-4)) },
		func() { big.Jacobi(big.NewInt(3), big.NewInt(10)) },
		func() { big.NewInt(3).Bit(-1) },
		func() { big.NewInt(3).ProbablyPrime(-1) },
		func() { big.NewInt(1 << 40).FillBytes(make([]byte, 2)) },
		func() { new(big.Int).SetBit(big.NewInt(1), 3, 2) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
}
