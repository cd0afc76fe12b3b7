// Tests strconv's integer and bool conversions: Itoa, FormatInt and
// FormatUint in every base 2..36 with the extreme values, AppendInt and
// AppendUint; Atoi, ParseInt and ParseUint with signs, base prefixes
// (0b 0o 0x 0), underscores (base 0 only), every bit size, and their
// errors (syntax, range with the clamped value, invalid base and bit size);
// ParseBool, FormatBool, AppendBool.
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

func errString(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func main() {
	line(strconv.Itoa(0), strconv.Itoa(-4096), strconv.Itoa(math.MaxInt), strconv.Itoa(math.MinInt), strconv.FormatBool(strconv.IntSize == 64))
	for base := 2; base <= 36; base++ {
		line(strconv.Itoa(base), strconv.FormatInt(math.MinInt64, base), strconv.FormatInt(math.MaxInt64, base),
			strconv.FormatInt(-255, base), strconv.FormatUint(math.MaxUint64, base))
	}
	line(string(strconv.AppendInt([]byte("n="), -12, 10)), string(strconv.AppendUint(nil, 255, 16)))

	for _, s := range []string{"42", "-17", "+8", "3.5", "", "-", "+", "99999999999999999999", "-99999999999999999999",
		" 1", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "0x10", "1_000"} {
		n, err := strconv.Atoi(s)
		line("Atoi", strconv.Quote(s), strconv.Itoa(n), errString(err))
	}
	for _, s := range []string{"0x1F", "0X1f", "0b101", "0B101", "0o17", "0O17", "017", "08", "0", "1_000", "_1",
		"1__0", "1_", "0x_1f", "0_7", "0x", "0b", "-0x80", "-0x81", "0x7f", "0x80", "+0b1111111", "z"} {
		for _, bits := range []int{8, 16, 0} {
			n, err := strconv.ParseInt(s, 0, bits)
			u, uerr := strconv.ParseUint(s, 0, bits)
			line("base0", strconv.Itoa(bits), strconv.Quote(s), strconv.FormatInt(n, 10), errString(err),
				strconv.FormatUint(u, 10), errString(uerr))
		}
	}
	for _, c := range []struct {
		s    string
		base int
	}{{"ff", 16}, {"-ff", 16}, {"FF", 16}, {"zz", 36}, {"ZZ", 36}, {"1011", 2}, {"2", 2}, {"777", 8}, {"1_0", 10},
		{"1", 1}, {"1", 37}, {"1", -1}} {
		n, err := strconv.ParseInt(c.s, c.base, 64)
		line("base", strconv.Itoa(c.base), c.s, strconv.FormatInt(n, 10), errString(err))
	}
	for _, bits := range []int{-1, 65, 1, 7, 32, 33, 64} {
		n, err := strconv.ParseInt("-1000000000000", 10, bits)
		u, uerr := strconv.ParseUint("1000000000000", 10, bits)
		line("bits", strconv.Itoa(bits), strconv.FormatInt(n, 10), errString(err), strconv.FormatUint(u, 10), errString(uerr))
	}
	for _, s := range []string{"1", "t", "T", "true", "TRUE", "True", "0", "f", "F", "false", "FALSE", "False", "yes", "tRuE", ""} {
		b, err := strconv.ParseBool(s)
		line("bool", strconv.Quote(s), strconv.FormatBool(b), errString(err))
	}
	line(string(strconv.AppendBool([]byte("b:"), true)))
	os.Stdout.Write(out)
}
