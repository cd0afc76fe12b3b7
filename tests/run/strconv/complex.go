// Tests strconv.FormatComplex and ParseComplex: the (re+imi) forms with and
// without parentheses, pure imaginary numbers, NaN and infinite parts,
// complex64 precision, and syntax and range errors.
package main

import (
	"os"
	"strconv"
)

func errString(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func main() {
	var out []byte
	add := func(s string) { out = append(out, s+"\n"...) }
	add(strconv.FormatComplex(complex(1.5, -2), 'g', -1, 128) + " " + strconv.FormatComplex(complex(0.1, 0.2), 'e', 3, 64) +
		" " + strconv.FormatComplex(complex(1, 0), 'f', 1, 128))
	for _, s := range []string{"1+2i", "(3.5-1e3i)", "2i", "-i", "i", "1e400+1i", "NaN+NaNi", "1++2i", "1+2", "inf-infi",
		"(1)", "", "1e-400i", "0x1p3+0x1p-1i", "3.4e39+1i", "(1+2i", "1+2ii", "+3-4.5i"} {
		for _, bits := range []int{128, 64} {
			c, err := strconv.ParseComplex(s, bits)
			add(strconv.Quote(s) + " " + strconv.Itoa(bits) + " -> " + strconv.FormatComplex(c, 'g', -1, 128) + " " + errString(err))
		}
	}
	os.Stdout.Write(out)
}
