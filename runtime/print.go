// This file implements the print and println built-ins: unbuffered writes
// to standard error in the formats Go's runtime uses.

package runtime

import "unsafe"

func printlock()   {}
func printunlock() {}

func printstring(s string) {
	writeString(2, s)
}

func printsp() {
	printstring(" ")
}

func printnl() {
	printstring("\n")
}

func printbool(b bool) {
	if b {
		printstring("true")
	} else {
		printstring("false")
	}
}

func printuint(v uint64) {
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	write(2, unsafe.Pointer(&buf[i]), len(buf)-i)
}

func printint(v int64) {
	if v < 0 {
		printstring("-")
		printuint(uint64(-v))
		return
	}
	printuint(uint64(v))
}

func printhex(v uint64) {
	const digits = "0123456789abcdef"
	var buf [18]byte
	i := len(buf)
	for {
		i--
		buf[i] = digits[v%16]
		v /= 16
		if v == 0 {
			break
		}
	}
	i--
	buf[i] = 'x'
	i--
	buf[i] = '0'
	write(2, unsafe.Pointer(&buf[i]), len(buf)-i)
}

func printpointer(p unsafe.Pointer) {
	printhex(uint64(uintptr(p)))
}

func printslice(s []byte) {
	h := (*sliceHeader)(unsafe.Pointer(&s))
	printstring("[")
	printint(int64(h.len))
	printstring("/")
	printint(int64(h.cap))
	printstring("]")
	printpointer(h.data)
}

func printeface(e eface) {
	printstring("(")
	printpointer(unsafe.Pointer(e.typ))
	printstring(",")
	printpointer(e.data)
	printstring(")")
}

// printfloat prints v as Go's runtime does: +d.dddddde±ddd.
func printfloat(v float64) {
	switch {
	case v != v:
		printstring("NaN")
		return
	case v+v == v && v > 0:
		printstring("+Inf")
		return
	case v+v == v && v < 0:
		printstring("-Inf")
		return
	}
	const n = 7
	var buf [n + 7]byte
	buf[0] = '+'
	e := 0
	if v == 0 {
		if 1/v < 0 {
			buf[0] = '-'
		}
	} else {
		if v < 0 {
			v = -v
			buf[0] = '-'
		}
		for v >= 10 {
			e++
			v /= 10
		}
		for v < 1 {
			e--
			v *= 10
		}
		h := 5.0
		for i := 0; i < n; i++ {
			h /= 10
		}
		v += h
		if v >= 10 {
			e++
			v /= 10
		}
	}
	for i := 0; i < n; i++ {
		s := int(v)
		buf[i+2] = byte(s + '0')
		v -= float64(s)
		v *= 10
	}
	buf[1] = buf[2]
	buf[2] = '.'
	buf[n+2] = 'e'
	buf[n+3] = '+'
	if e < 0 {
		e = -e
		buf[n+3] = '-'
	}
	buf[n+4] = byte(e/100 + '0')
	buf[n+5] = byte(e/10%10 + '0')
	buf[n+6] = byte(e%10 + '0')
	write(2, unsafe.Pointer(&buf[0]), len(buf))
}

func printcomplex(re, im float64) {
	printstring("(")
	printfloat(re)
	printfloat(im)
	printstring("i)")
}
