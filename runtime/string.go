// This file implements strings: concatenation, comparison, conversions and
// UTF-8 decoding for range loops.

package runtime

import "unsafe"

type stringHeader struct {
	data unsafe.Pointer
	len  int
}

type sliceHeader struct {
	data unsafe.Pointer
	len  int
	cap  int
}

func stringptr(s string) unsafe.Pointer {
	return (*stringHeader)(unsafe.Pointer(&s)).data
}

// unsafestring makes a string header for n bytes at p without copying.
func unsafestring(p unsafe.Pointer, n int) string {
	var s string
	h := (*stringHeader)(unsafe.Pointer(&s))
	h.data = p
	h.len = n
	return s
}

func bytesAt(p unsafe.Pointer, i int) byte {
	return *(*byte)(unsafe.Add(p, i))
}

func concatstring2(a, b string) string {
	if len(a) == 0 {
		return b
	}
	if len(b) == 0 {
		return a
	}
	n := len(a) + len(b)
	p := mallocnoscan(uintptr(n))
	memmove(p, stringptr(a), uintptr(len(a)))
	memmove(unsafe.Add(p, len(a)), stringptr(b), uintptr(len(b)))
	return unsafestring(p, n)
}

func cmpstring(a, b string) int {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	if c := memcmp(stringptr(a), stringptr(b), uintptr(n)); c != 0 {
		if c < 0 {
			return -1
		}
		return 1
	}
	if len(a) < len(b) {
		return -1
	}
	if len(a) > len(b) {
		return 1
	}
	return 0
}

func eqstring(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	if stringptr(a) == stringptr(b) {
		return true
	}
	return memcmp(stringptr(a), stringptr(b), uintptr(len(a))) == 0
}

func slicebytetostring(p unsafe.Pointer, n int) string {
	if n == 0 {
		return ""
	}
	q := mallocnoscan(uintptr(n))
	memmove(q, p, uintptr(n))
	return unsafestring(q, n)
}

// tmpBufSize is the size of the buffer in the caller's frame for a
// conversion to []byte or []rune whose result escape analysis keeps in the
// frame (Go's tmpstringbufsize).
const tmpBufSize = 32

// stringtoslicebyte is []byte(s) for a string s not constant: in buf, the
// caller's frame, when there is one and s fits (the capacity is then
// buf's, as Go's), else in new memory whose size class the capacity fills.
func stringtoslicebyte(buf *[tmpBufSize]byte, s string) []byte {
	var b []byte
	if buf != nil && len(s) <= tmpBufSize {
		b = buf[:len(s)]
	} else {
		size := roundupsize(uintptr(len(s)))
		b = unsafe.Slice((*byte)(mallocnoscan(size)), size)[:len(s)]
	}
	copy(b, s)
	return b
}

// stringtoslicerune is []rune(s) for a string s not constant, placed as
// stringtoslicebyte places its bytes.
func stringtoslicerune(buf *[tmpBufSize]rune, s string) []rune {
	n := 0
	for range s {
		n++
	}
	var r []rune
	if buf != nil && n <= tmpBufSize {
		r = buf[:n]
	} else {
		size := roundupsize(uintptr(n) * 4)
		r = unsafe.Slice((*rune)(mallocnoscan(size)), size/4)[:n]
	}
	i := 0
	for _, c := range s {
		r[i] = c
		i++
	}
	return r
}

func slicerunetostring(p unsafe.Pointer, n int) string {
	size := 0
	for i := 0; i < n; i++ {
		size += runeLen(*(*rune)(unsafe.Add(p, i*4)))
	}
	q := mallocnoscan(uintptr(size))
	off := 0
	for i := 0; i < n; i++ {
		off += encoderune(unsafe.Add(q, off), *(*rune)(unsafe.Add(p, i*4)))
	}
	return unsafestring(q, size)
}

func intstring(buf *[4]byte, v int64) string {
	r := rune(v)
	if v < 0 || v > 0x10FFFF || int64(r) != v {
		r = 0xFFFD
	}
	// buf is the caller's frame when the compiler found the string dead
	// after the expression that makes it (escape.py).
	q := unsafe.Pointer(buf)
	if buf == nil {
		q = mallocnoscan(4)
	}
	n := encoderune(q, r)
	return unsafestring(q, n)
}

const runeError = 0xFFFD

func runeLen(r rune) int {
	switch {
	case r < 0:
		return 3
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case r >= 0xD800 && r <= 0xDFFF:
		return 3
	case r < 0x10000:
		return 3
	case r <= 0x10FFFF:
		return 4
	}
	return 3
}

// encoderune writes r's UTF-8 encoding at p and returns its length;
// invalid runes encode as U+FFFD.
func encoderune(p unsafe.Pointer, r rune) int {
	if r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF) {
		r = runeError
	}
	b := (*[4]byte)(p)
	switch {
	case r < 0x80:
		b[0] = byte(r)
		return 1
	case r < 0x800:
		b[0] = byte(0xC0 | r>>6)
		b[1] = byte(0x80 | r&0x3F)
		return 2
	case r < 0x10000:
		b[0] = byte(0xE0 | r>>12)
		b[1] = byte(0x80 | (r>>6)&0x3F)
		b[2] = byte(0x80 | r&0x3F)
		return 3
	}
	b[0] = byte(0xF0 | r>>18)
	b[1] = byte(0x80 | (r>>12)&0x3F)
	b[2] = byte(0x80 | (r>>6)&0x3F)
	b[3] = byte(0x80 | r&0x3F)
	return 4
}

// decoderune decodes the UTF-8 sequence at s[k:]: the rune and the index
// after it. An invalid or short sequence yields U+FFFD and advances one byte.
func decoderune(s string, k int) (rune, int) {
	n := len(s) - k
	c0 := s[k]
	if c0 < 0x80 {
		return rune(c0), k + 1
	}
	if c0 >= 0xC2 && c0 <= 0xDF && n >= 2 {
		c1 := s[k+1]
		if c1&0xC0 == 0x80 {
			return rune(c0&0x1F)<<6 | rune(c1&0x3F), k + 2
		}
	}
	if c0 >= 0xE0 && c0 <= 0xEF && n >= 3 {
		c1, c2 := s[k+1], s[k+2]
		lo, hi := byte(0x80), byte(0xBF)
		if c0 == 0xE0 {
			lo = 0xA0
		} else if c0 == 0xED {
			hi = 0x9F
		}
		if c1 >= lo && c1 <= hi && c2&0xC0 == 0x80 {
			return rune(c0&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F), k + 3
		}
	}
	if c0 >= 0xF0 && c0 <= 0xF4 && n >= 4 {
		c1, c2, c3 := s[k+1], s[k+2], s[k+3]
		lo, hi := byte(0x80), byte(0xBF)
		if c0 == 0xF0 {
			lo = 0x90
		} else if c0 == 0xF4 {
			hi = 0x8F
		}
		if c1 >= lo && c1 <= hi && c2&0xC0 == 0x80 && c3&0xC0 == 0x80 {
			return rune(c0&0x07)<<18 | rune(c1&0x3F)<<12 | rune(c2&0x3F)<<6 | rune(c3&0x3F), k + 4
		}
	}
	return runeError, k + 1
}

//go:linkname memmove memmove
func memmove(dst, src unsafe.Pointer, n uintptr)

//go:linkname memcmp memcmp
func memcmp(a, b unsafe.Pointer, n uintptr) int32

//go:linkname memclr memset
func memclr(p unsafe.Pointer, c int32, n uintptr) unsafe.Pointer
