// Tests the fast float paths of strconv at their edges: Ryū's shortest
// digits at every power of two (where the float below is nearer than the
// one above) and across the subnormals, for float64 and float32; Ryū's
// fixed precision from 1 to 18 digits where rounding carries (99…9) or
// ties; and Eisel-Lemire's parsing of halfway cases, of mantissas beyond
// 19 digits and of results it leaves to the exact path (subnormals,
// overflow), each printed with its bits.
package main

import (
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

func hex(b uint64) string {
	return "0x" + strconv.FormatUint(b, 16)
}

// shortest prints f and its neighbours at bitSize 64 and, if exact, 32.
func shortest(f float64) {
	below := math.Nextafter(f, 0)
	above := math.Nextafter(f, math.Inf(1))
	line(strconv.FormatFloat(below, 'g', -1, 64), strconv.FormatFloat(f, 'e', -1, 64),
		strconv.FormatFloat(above, 'g', -1, 64))
}

func shortest32(f float32) {
	below := math.Nextafter32(f, 0)
	above := math.Nextafter32(f, float32(math.Inf(1)))
	line(strconv.FormatFloat(float64(below), 'g', -1, 32), strconv.FormatFloat(float64(f), 'e', -1, 32),
		strconv.FormatFloat(float64(above), 'g', -1, 32))
}

func fixed(f float64, bitSize int) {
	var parts []string
	for prec := 0; prec <= 17; prec++ {
		parts = append(parts, strconv.FormatFloat(f, 'e', prec, bitSize))
	}
	line(parts...)
	parts = parts[:0]
	for prec := 1; prec <= 18; prec += 3 {
		parts = append(parts, strconv.FormatFloat(f, 'g', prec, bitSize))
	}
	line(parts...)
}

func parse(s string) {
	f64, err64 := strconv.ParseFloat(s, 64)
	f32, err32 := strconv.ParseFloat(s, 32)
	e64, e32 := "<nil>", "<nil>"
	if err64 != nil {
		e64 = err64.Error()
	}
	if err32 != nil {
		e32 = err32.Error()
	}
	line(s, "->", hex(math.Float64bits(f64)), e64, hex(uint64(math.Float32bits(float32(f32)))), e32)
}

func main() {
	// Every power of two of float64, and of float32, with neighbours.
	for e := -1074; e <= 1023; e += 7 {
		shortest(math.Ldexp(1, e))
	}
	for e := -149; e <= 127; e += 2 {
		shortest32(float32(math.Ldexp(1, e)))
	}
	// Subnormals: small mantissas, and the largest one.
	for _, m := range []uint64{1, 2, 3, 5, 7, 10, 99, 1000, 12345, 1<<52 - 1} {
		shortest(math.Float64frombits(m))
		shortest32(math.Float32frombits(uint32(m & (1<<23 - 1))))
	}
	// Exact integers near 2^53 and 2^24, and in the float32 range.
	for _, f := range []float64{1 << 53, 1<<53 + 2, 1<<53 - 1, 1 << 54, 999999999999999, 1e15 + 1, 123456789012345678} {
		shortest(f)
	}
	for _, f := range []float32{1 << 24, 1<<24 + 2, 1<<24 - 1, 16777215, 1e7, 3e10} {
		shortest32(f)
	}

	// Fixed precision: carries (9.9999…), ties (0.5 ulp), extremes.
	for _, f := range []float64{9.5, 0.95, 9.999999999999999, 99999999999999990, 1.25, 2.5e-8, 5e-324,
		math.MaxFloat64, math.SmallestNonzeroFloat64 * 7, 2.2250738585072014e-308, 1e23, 8.5, 1.0 / 3,
		0.30000000000000004, 123456789.5, 1e-300} {
		fixed(f, 64)
	}
	for _, f := range []float32{9.5, 0.95, 1.25, 16777215, 3.4028235e38, 1.4e-45, 1.17549435e-38, 0.1, 1.0 / 3} {
		fixed(float64(f), 32)
	}

	// Parsing: ties to even, digits past 19, subnormals, overflow.
	for _, s := range []string{
		"9007199254740993", "9007199254740995", "9007199254740993.0000000000001",
		"1.00000000000000011102230246251565404236316680908203125",
		"1.000000000000000111022302462515654042363166809082031250000000000000000001",
		"1.00000000000000011102230246251565404236316680908203124999999999999999999",
		"16777217", "16777219", "16777217.000000001", "1.00000005960464477539062500000001",
		"12345678901234567890", "1234567890123456789012345678901234567890e-20",
		"0.1000000000000000055511151231257827021181583404541015625",
		"2.4703282292062327e-324", "2.4703282292062328e-324", "4.9406564584124654e-324",
		"2.2250738585072011e-308", "2.2250738585072012e-308", "1.7976931348623157e308",
		"1.7976931348623158e308", "1.7976931348623159e308", "1e309", "1e-400",
		"7.006492321624085354618647916449580656401309709382578858785341419448955413429303e-46",
		"7.006492321624086e-46", "3.4028235677973366e38", "3.4028235677973367e38", "1.1754942e-38",
		"1e22", "1e23", "8.98846567431158e307", "4.4501477170144023e-308", "0.000000000000000000000000000000000000000000001",
		"179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791",
		"-0", "-1e-400", "-9007199254740993",
	} {
		parse(s)
	}
	os.Stdout.Write(out)
}
