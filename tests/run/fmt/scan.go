// Tests fmt's scanning: Sscan (newlines are spaces), Sscanln (a newline
// ends the input), Sscanf (format text, widths, verbs %d %x %o %b %c %s
// %q %v %t %f %e %g, %%), integer prefixes for %v, named types through
// reflection, a custom Scanner, errors and counts, Fscan from a
// RuneScanner and from a plain reader, and Scan/Scanln from stdin.
package main

import (
	"fmt"
	"io"
)

type Level int

type Word string

// upper is a Scanner that reads a token and keeps it upper-cased.
type upper struct{ s string }

func (u *upper) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, nil)
	if err != nil {
		return err
	}
	for _, c := range tok {
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		u.s += string(rune(c))
	}
	return nil
}

// runeReader is an io.RuneScanner over a string, like strings.Reader.
type runeReader struct {
	s    []rune
	i    int
	last int
}

func (r *runeReader) Read(p []byte) (int, error) { panic("Read called") }

func (r *runeReader) ReadRune() (rune, int, error) {
	if r.i >= len(r.s) {
		r.last = -1
		return 0, 0, io.EOF
	}
	c := r.s[r.i]
	r.last = r.i
	r.i++
	return c, len(string(c)), nil
}

func (r *runeReader) UnreadRune() error {
	if r.last < 0 {
		return fmt.Errorf("bad UnreadRune")
	}
	r.i = r.last
	r.last = -1
	return nil
}

// slowReader returns one byte per Read: not a RuneScanner.
type slowReader struct{ s string }

func (r *slowReader) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	p[0] = r.s[0]
	r.s = r.s[1:]
	return 1, nil
}

func main() {
	var a, b int
	var s string
	var f float64
	var ok bool
	n, err := fmt.Sscan("12 -7\n  word 2.5e3 true", &a, &b, &s, &f, &ok)
	fmt.Println(n, err, a, b, s, f, ok)

	n, err = fmt.Sscan("0x1F 0b101 0o17 017 1_000", &a, &b, new(int), new(int), new(int))
	fmt.Println(n, err, a, b)

	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("5\n6", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanln("7 8 9", &a, &b)
	fmt.Println(n, err)

	var name string
	var age int
	n, err = fmt.Sscanf("name=bob age=42", "name=%s age=%d", &name, &age)
	fmt.Println(n, err, name, age)
	var x, o, bin int
	var c rune
	n, err = fmt.Sscanf("ff 17 101 Z", "%x %o %b %c", &x, &o, &bin, &c)
	fmt.Println(n, err, x, o, bin, string(c))
	var q string
	var pct int
	n, err = fmt.Sscanf(`"quoted \"str\"" 50%`, "%q %d%%", &q, &pct)
	fmt.Println(n, err, q, pct)
	var d1, d2 int
	n, err = fmt.Sscanf("12345", "%2d%3d", &d1, &d2)
	fmt.Println(n, err, d1, d2)
	var hs string
	n, err = fmt.Sscanf("68656c6c6f", "%x", &hs)
	fmt.Println(n, err, hs)
	var g1, g2 float32
	n, err = fmt.Sscanf("1.5 -2e-3", "%g %e", &g1, &g2)
	fmt.Println(n, err, g1, g2)
	var cx complex128
	n, err = fmt.Sscan("(1.5+2i)", &cx)
	fmt.Println(n, err, cx)

	var lv Level
	var w Word
	var bs []byte
	var u upper
	n, err = fmt.Sscan("3 hello bytes mixed", &lv, &w, &bs, &u)
	fmt.Println(n, err, lv, w, string(bs), u.s)

	n, err = fmt.Sscan("abc", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("300", new(int8))
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1 2", "%d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1", "%d %d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("x=1", "y=%d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("true", "%d", &ok)
	fmt.Println(n, err)
	n, err = fmt.Sscan("5", a)
	fmt.Println(n, err)

	r := &runeReader{s: []rune("10 20\n30"), last: -1}
	var t1, t2, t3 int
	n, err = fmt.Fscan(r, &t1, &t2)
	fmt.Println(n, err, t1, t2)
	n, err = fmt.Fscan(r, &t3)
	fmt.Println(n, err, t3)
	sr := &slowReader{"héllo wörld 99"}
	var w1, w2 string
	var w3 int
	n, err = fmt.Fscan(sr, &w1, &w2, &w3)
	fmt.Println(n, err, w1, w2, w3)

	var in1, in2 int
	var in3 string
	n, err = fmt.Scan(&in1, &in2)
	fmt.Println(n, err, in1+in2)
	n, err = fmt.Scanln(&in3)
	fmt.Println(n, err, in3)
	n, err = fmt.Scanf("%d-%d\n", &in1, &in2)
	fmt.Println(n, err, in1, in2)
	n, err = fmt.Scan(&in3)
	fmt.Println(n, err)
}
