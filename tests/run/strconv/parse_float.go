// Tests strconv.ParseFloat: decimal and hexadecimal syntax, underscores,
// infinities and NaN in any case, syntax and range errors (*NumError with
// Func, Num, Err), correct rounding at halfway points and subnormals, for
// bitSize 64 and 32; then round trips of pseudo-random decimal strings.
package main

import (
	"errors"
	"math"
	"os"
	"strconv"
)

var out []byte

func line(parts ...string) {
	for i, p := range parts {
		if i > 0 {
			out = append(out, ' ')
		}
		out = append(out, p...)
	}
	out = append(out, '\n')
}

func describe(err error) string {
	if err == nil {
		return "<nil>"
	}
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		return ne.Func + "|" + ne.Num + "|" + ne.Err.Error() + "|" + err.Error()
	}
	return err.Error()
}

var state uint64 = 88172645463325252

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

func main() {
	inputs := []string{
		"3.25", "1e3", "-0.5", "+.5", ".5", "5.", "0", "-0", "00012", "1_000.5", "1__0", "_1", "1_",
		"inf", "+Inf", "-Infinity", "INFINITY", "infin", "nan", "NaN", "+nan", "-nan", "abc", "", "-",
		"1e", "1e+", "1.e5", ".e5", "e5", "1e400", "-1e400", "1e-400", "1e-320",
		"4.9e-324", "2.4e-324", "2.5e-324", "2.4703282292062328e-324", "2.4703282292062327e-324",
		"1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
		"0.1", "123456789012345678901234567890", "9007199254740993", "9007199254740995",
		"2.2250738585072011e-308", "2.2250738585072012e-308", "3.4028235e38", "3.4028236e38",
		"3.4028235677973366e38", "1.4e-45", "7e-46", "0x1p-2", "0x1.8p1", "0x1.8", "0x.8p1",
		"0X1P+2", "0x1p1024", "0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x_1p0",
		"0x1.fffffffffffff8p1023", "1e1000000", "1e-1000000", "0.000000000000000000000000000001e30",
		"100000000000000016777215", "100000000000000016777216", " 1", "1 ", "1x", "0x", "0x1p",
	}
	for _, s := range inputs {
		f, err := strconv.ParseFloat(s, 64)
		f32, err32 := strconv.ParseFloat(s, 32)
		line(strconv.Quote(s), strconv.FormatFloat(f, 'g', -1, 64),
			strconv.FormatUint(math.Float64bits(f), 16), describe(err))
		line("   32:", strconv.FormatFloat(f32, 'g', -1, 32), describe(err32))
	}
	line(describe(errors.Unwrap(&strconv.NumError{Func: "F", Num: "n", Err: strconv.ErrRange})))

	// A long input: more than 800 significant digits.
	long := "0."
	for i := 0; i < 900; i++ {
		long += "9"
	}
	f, err := strconv.ParseFloat(long, 64)
	line(strconv.FormatFloat(f, 'g', -1, 64), describe(err))

	// Random decimal strings.
	for i := 0; i < 2000; i++ {
		s := strconv.FormatUint(next()%100000000000000000, 10) + "e" + strconv.Itoa(int(next()%700)-350)
		g, _ := strconv.ParseFloat(s, 64)
		g32, _ := strconv.ParseFloat(s, 32)
		line(s, strconv.FormatUint(math.Float64bits(g), 16), strconv.FormatUint(math.Float64bits(g32), 16))
	}
	os.Stdout.Write(out)
}
