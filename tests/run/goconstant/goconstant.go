// go/constant: a compiler's constant folder. Literals of every kind (all
// bases, underscores, hexadecimal floats, imaginary, runes, strings) with
// their Kind, String, ExactString and Val's dynamic type; arithmetic that
// moves between representations (int64 to big.Int, fractions to 512-bit
// floats) and overflows to Unknown; / and integer division (QUO_ASSIGN),
// division by zero; shifts, ^ in a type's width, comparisons; conversions
// between kinds and to Go values, exact or not; long strings shortened;
// misuse, which must give Go's results and panics: operands of different
// kinds brought to one, Complex against Unknown, invalid operators.
package main

import (
	"fmt"
	"go/constant"
	"go/token"
	"math"
	"math/big"
	"strings"
)

// show prints a value the ways go/constant offers: its kind, its short
// and exact forms, and the Go type Val gives it.
func show(what string, v constant.Value) {
	exact := v.ExactString()
	if len(exact) > 60 {
		exact = exact[:60] + fmt.Sprintf("... (%d bytes)", len(exact))
	}
	fmt.Printf("%-28s %-7v %-22s %s  [%T]\n", what, v.Kind(), v, exact, constant.Val(v))
}

func lit(tok token.Token, s string) constant.Value {
	return constant.MakeFromLiteral(s, tok, 0)
}

// fold evaluates x op y as a compiler folds a constant expression, and
// reports the panic a run-time error becomes (division by zero).
func fold(x constant.Value, op token.Token, y constant.Value) (v constant.Value) {
	defer func() {
		if err := recover(); err != nil {
			fmt.Printf("  %v %v %v: panic: %v\n", x, op, y, err)
			v = constant.MakeUnknown()
		}
	}()
	return constant.BinaryOp(x, op, y)
}

func literals() {
	fmt.Println("literals:")
	for _, s := range []string{"0", "42", "0b1011", "0o17", "017", "0x_FF", "1_000_000",
		"9223372036854775807", "9223372036854775808", "0x1_0000_0000_0000_0000", "08", "0x"} {
		show("INT "+s, lit(token.INT, s))
	}
	for _, s := range []string{"1.5", ".25", "1e3", "2.5e-3", "0x1p-2", "0x1.8p1", "1_0.0_1",
		"3.14159265358979323846264338327950288", "1e400", "1e-400", "1e5000", "1e-1000000000", "1e"} {
		show("FLOAT "+s, lit(token.FLOAT, s))
	}
	for _, s := range []string{"2i", "0.5i", "0x10p0i", "1e5000i"} {
		show("IMAG "+s, lit(token.IMAG, s))
	}
	for _, s := range []string{"'a'", `'\n'`, `'\u00e9'`, `'\377'`, "'\U0001F600'", "''"} {
		show("CHAR "+s, lit(token.CHAR, s))
	}
	for _, s := range []string{`"hello"`, "`raw\\n`", `"tab\tand \"quote\""`, `"\xff"`, `"unterminated`} {
		show("STRING "+s, lit(token.STRING, s))
	}
}

func arithmetic() {
	fmt.Println("arithmetic:")
	seven, two := constant.MakeInt64(7), constant.MakeInt64(2)
	maxInt := constant.MakeInt64(math.MaxInt64)
	for _, op := range []token.Token{token.ADD, token.SUB, token.MUL, token.QUO, token.QUO_ASSIGN,
		token.REM, token.AND, token.OR, token.XOR, token.AND_NOT} {
		show("7 "+op.String()+" 2", fold(seven, op, two))
	}
	show("-7 / 2 (QUO_ASSIGN)", fold(constant.MakeInt64(-7), token.QUO_ASSIGN, two))
	show("-7 % 2", fold(constant.MakeInt64(-7), token.REM, two))
	show("MaxInt64 + 1", fold(maxInt, token.ADD, constant.MakeInt64(1)))
	show("MaxInt64 * MaxInt64", fold(maxInt, token.MUL, maxInt))
	show("(MaxInt64+1) - 1", fold(fold(maxInt, token.ADD, constant.MakeInt64(1)), token.SUB, constant.MakeInt64(1)))
	show("-MinInt64", constant.UnaryOp(token.SUB, constant.MakeInt64(math.MinInt64), 0))

	third := fold(constant.MakeInt64(1), token.QUO, constant.MakeInt64(3))
	show("1 / 3", third)
	show("1/3 * 3", fold(third, token.MUL, constant.MakeInt64(3)))
	show("0.1 + 0.2", fold(lit(token.FLOAT, "0.1"), token.ADD, lit(token.FLOAT, "0.2")))
	show("1e400 * 1e400", fold(lit(token.FLOAT, "1e400"), token.MUL, lit(token.FLOAT, "1e400")))
	huge := fold(lit(token.FLOAT, "1e5000"), token.QUO, constant.MakeInt64(3))
	show("1e5000 / 3", huge)
	show("1e5000/3 * 3", fold(huge, token.MUL, constant.MakeInt64(3)))
	show("1e1000000000 * 1e1000000000", fold(lit(token.FLOAT, "1e1000000000"), token.MUL, lit(token.FLOAT, "1e1000000000")))

	a := fold(constant.MakeFloat64(1.5), token.ADD, lit(token.IMAG, "2i"))
	b := fold(constant.MakeInt64(3), token.SUB, lit(token.IMAG, "4i"))
	show("(1.5+2i) * (3-4i)", fold(a, token.MUL, b))
	show("(1.5+2i) / (3-4i)", fold(a, token.QUO, b))
	show("2i * 2i", fold(lit(token.IMAG, "2i"), token.MUL, lit(token.IMAG, "2i")))

	show(`"go" + "pher"`, fold(lit(token.STRING, `"go"`), token.ADD, lit(token.STRING, `"pher"`)))
	show("true && false", fold(constant.MakeBool(true), token.LAND, constant.MakeBool(false)))
	show("true || false", fold(constant.MakeBool(true), token.LOR, constant.MakeBool(false)))
	show("unknown + 1", fold(constant.MakeUnknown(), token.ADD, constant.MakeInt64(1)))

	fold(seven, token.QUO, constant.MakeInt64(0))
	fold(seven, token.REM, constant.MakeInt64(0))
	fold(lit(token.FLOAT, "1.5"), token.QUO, constant.MakeInt64(0))
	fold(constant.MakeBool(true), token.ADD, constant.MakeBool(false))
}

func unaryAndShifts() {
	fmt.Println("unary and shifts:")
	v := constant.MakeInt64(5)
	show("-5", constant.UnaryOp(token.SUB, v, 0))
	show("^5", constant.UnaryOp(token.XOR, v, 0))
	show("^uint8(5)", constant.UnaryOp(token.XOR, v, 8))
	show("^uint64(5)", constant.UnaryOp(token.XOR, v, 64))
	show("!true", constant.UnaryOp(token.NOT, constant.MakeBool(true), 0))
	c := fold(lit(token.FLOAT, "1.5"), token.ADD, lit(token.IMAG, "2i"))
	show("-(1.5+2i)", constant.UnaryOp(token.SUB, c, 0))
	show("+(1.5+2i)", constant.UnaryOp(token.ADD, c, 0))
	for _, s := range []uint{0, 1, 62, 63, 64, 200} {
		show(fmt.Sprintf("1 << %d", s), constant.Shift(constant.MakeInt64(1), token.SHL, s))
	}
	big := constant.Shift(constant.MakeInt64(1), token.SHL, 100)
	show("1<<100 >> 90", constant.Shift(big, token.SHR, 90))
	show("-9 >> 1", constant.Shift(constant.MakeInt64(-9), token.SHR, 1))
	show("-9 >> 70", constant.Shift(constant.MakeInt64(-9), token.SHR, 70))
}

func comparisons() {
	fmt.Println("comparisons:")
	pairs := []struct{ x, y constant.Value }{
		{constant.MakeInt64(1), lit(token.FLOAT, "1.0")},
		{lit(token.FLOAT, "0.1"), constant.MakeFloat64(0.1)},
		{constant.Shift(constant.MakeInt64(1), token.SHL, 64), constant.MakeUint64(math.MaxUint64)},
		{lit(token.IMAG, "1i"), lit(token.IMAG, "1.0i")},
		{lit(token.STRING, `"abc"`), lit(token.STRING, `"abd"`)},
		{constant.MakeBool(true), constant.MakeBool(false)},
		{constant.MakeUnknown(), constant.MakeInt64(0)},
	}
	for _, p := range pairs {
		fmt.Printf("  %v vs %v:", p.x, p.y)
		for _, op := range []token.Token{token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ} {
			if p.x.Kind() == constant.Bool || p.x.Kind() == constant.Complex {
				if op != token.EQL && op != token.NEQ {
					continue
				}
			}
			fmt.Printf(" %v %v", op, constant.Compare(p.x, op, p.y))
		}
		fmt.Println()
	}
}

func conversions() {
	fmt.Println("conversions:")
	for _, v := range []constant.Value{
		constant.MakeInt64(-3),
		lit(token.FLOAT, "2.0"),
		lit(token.FLOAT, "2.5"),
		lit(token.FLOAT, "1e100"),
		lit(token.FLOAT, "1e5000"),
		lit(token.FLOAT, "0.1"),
		lit(token.IMAG, "3i"),
		fold(constant.MakeInt64(4), token.ADD, lit(token.IMAG, "0i")),
		constant.MakeFromLiteral("123456789012345678901234567890", token.INT, 0),
	} {
		fmt.Printf("  %v: int %v, float %v, complex %v, sign %d\n", v,
			constant.ToInt(v), constant.ToFloat(v), constant.ToComplex(v), constant.Sign(v))
		if re := constant.Real(v); re.Kind() != constant.Unknown {
			f64, exact64 := constant.Float64Val(re)
			f32, exact32 := constant.Float32Val(re)
			fmt.Printf("    real %v imag %v float64 %v %v float32 %v %v\n",
				re, constant.Imag(v), f64, exact64, f32, exact32)
			if re.Kind() != constant.Complex {
				fmt.Printf("    num %v denom %v\n", constant.Num(re), constant.Denom(re))
			}
		}
		if v.Kind() == constant.Int {
			i, iok := constant.Int64Val(v)
			u, uok := constant.Uint64Val(v)
			fmt.Printf("    int64 %d %v uint64 %d %v bitlen %d bytes %x\n", i, iok, u, uok,
				constant.BitLen(v), constant.Bytes(v))
		}
	}
	show("MakeFromBytes", constant.MakeFromBytes([]byte{0x01, 0x02, 0, 0, 0, 0, 0, 0, 0x80}))
	show("MakeUint64(MaxUint64)", constant.MakeUint64(math.MaxUint64))
	show("MakeFloat64(-0.0)", constant.MakeFloat64(math.Copysign(0, -1)))
	show("MakeFloat64(Inf)", constant.MakeFloat64(math.Inf(1)))
	show("MakeImag(2.5)", constant.MakeImag(lit(token.FLOAT, "2.5")))
	show("Make(int64)", constant.Make(int64(12)))
	show("Make(big.Int 2**70)", constant.Make(new(big.Int).Lsh(big.NewInt(1), 70)))
	show("Make(big.Rat 6/4)", constant.Make(big.NewRat(6, 4)))
	show("Make(big.Float 0.5)", constant.Make(big.NewFloat(0.5)))
	show("Make(int)", constant.Make(12))
	fmt.Println("  BoolVal", constant.BoolVal(constant.MakeBool(true)), "StringVal", constant.StringVal(lit(token.STRING, `"x\ty"`)))
	for k := constant.Unknown; k <= constant.Complex+1; k++ {
		fmt.Print(" ", k)
	}
	fmt.Println()
}

func longStrings() {
	fmt.Println("long strings:")
	s := constant.MakeString("")
	for i := 0; i < 1000; i++ {
		s = fold(s, token.ADD, constant.MakeString(fmt.Sprint(i%10)))
	}
	fmt.Println(" ", len(constant.StringVal(s)), s)
	// 70 runes and the quotes are printed whole; one more is cut
	fmt.Println(" ", constant.MakeString(strings.Repeat("ü", 70)))
	fmt.Println(" ", constant.MakeString(strings.Repeat("ü", 71)))
}

// attempt prints what f gives, or the panic it raises.
func attempt(what string, f func() any) {
	defer func() {
		if err := recover(); err != nil {
			fmt.Printf("  %-24s panic: %v\n", what, err)
		}
	}()
	fmt.Printf("  %-24s %v\n", what, f())
}

// misuse asks for operations the Go specification does not define.
// go/constant does not check Kinds: the operand of lower rank (Unknown,
// then Bool and String, then the numbers) is brought to the other's
// representation if it can be, and otherwise takes its place.
func misuse() {
	fmt.Println("misuse:")
	zero, five, hi := constant.MakeInt64(0), constant.MakeInt64(5), constant.MakeString("hi")
	yes, unknown := constant.MakeBool(true), constant.MakeUnknown()
	c := fold(constant.MakeInt64(1), token.ADD, lit(token.IMAG, "2i"))
	huge := constant.Shift(five, token.SHL, 70)
	attempt(`0 + "hi"`, func() any { return constant.BinaryOp(zero, token.ADD, hi) })
	attempt(`0 == "hi"`, func() any { return constant.Compare(zero, token.EQL, hi) })
	attempt(`true && 0`, func() any { return constant.BinaryOp(yes, token.LAND, zero) })
	attempt(`true + "hi"`, func() any { return constant.BinaryOp(yes, token.ADD, hi) })
	attempt(`"hi" < true`, func() any { return constant.Compare(hi, token.LSS, yes) })
	attempt(`"a" + 2i`, func() any { return constant.BinaryOp(constant.MakeString("a"), token.ADD, lit(token.IMAG, "2i")) })
	attempt(`(1+2i) / true`, func() any { return constant.BinaryOp(c, token.QUO, yes) })
	attempt(`true == (1+0i)`, func() any { return constant.Compare(yes, token.EQL, constant.ToComplex(constant.MakeInt64(1))) })
	attempt(`(1+2i) == unknown`, func() any { return constant.Compare(c, token.EQL, unknown) })
	attempt(`(1+2i) != unknown`, func() any { return constant.Compare(c, token.NEQ, unknown) })
	attempt(`(1+2i) + unknown`, func() any { return constant.BinaryOp(c, token.ADD, unknown) })
	attempt(`(1+2i) && unknown`, func() any { return constant.BinaryOp(c, token.LAND, unknown) })
	attempt(`unknown && 5`, func() any { return constant.BinaryOp(unknown, token.LAND, five) })
	attempt(`BinaryOp(5, ==, 5)`, func() any { return constant.BinaryOp(five, token.EQL, five) })
	attempt(`Compare(5, +, 5)`, func() any { return constant.Compare(five, token.ADD, five) })
	attempt(`Compare(5<<70, +, 5)`, func() any { return constant.Compare(huge, token.ADD, five) })
	attempt(`-unknown`, func() any { return constant.UnaryOp(token.SUB, unknown, 0) })
	attempt(`*unknown`, func() any { return constant.UnaryOp(token.MUL, unknown, 0) })
	attempt(`-"hi"`, func() any { return constant.UnaryOp(token.SUB, hi, 0) })
	attempt(`^1.5`, func() any { return constant.UnaryOp(token.XOR, lit(token.FLOAT, "1.5"), 0) })
	attempt(`Shift(5, +, 0)`, func() any { return constant.Shift(five, token.ADD, 0) })
	attempt(`Shift(5, +, 1)`, func() any { return constant.Shift(five, token.ADD, 1) })
	attempt(`Shift(unknown, +, 1)`, func() any { return constant.Shift(unknown, token.ADD, 1) })
	attempt(`Shift(1.5, <<, 0)`, func() any { return constant.Shift(lit(token.FLOAT, "1.5"), token.SHL, 0) })
}

func main() {
	literals()
	arithmetic()
	unaryAndShifts()
	comparisons()
	conversions()
	longStrings()
	misuse()
}
