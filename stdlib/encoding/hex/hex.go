// Package hex implements hexadecimal encoding and decoding, and the
// hexdump -C style Dump, as Go 1.19's encoding/hex does.
package hex

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

const hextable = "0123456789abcdef"

// ErrLength reports an attempt to decode an odd-length input
// using Decode or DecodeString.
// The stream-based Decoder returns io.ErrUnexpectedEOF instead of ErrLength.
var ErrLength = errors.New("encoding/hex: odd length hex string")

// InvalidByteError values describe errors resulting from an invalid byte in a hex string.
type InvalidByteError byte

func (e InvalidByteError) Error() string {
	return fmt.Sprintf("encoding/hex: invalid byte: %#U", rune(e))
}

// EncodedLen returns the length of an encoding of n source bytes.
// Specifically, it returns n * 2.
func EncodedLen(n int) int { return n * 2 }

// Encode encodes src into EncodedLen(len(src)) bytes of dst and returns
// the number of bytes written to dst.
func Encode(dst, src []byte) int {
	j := 0
	for _, v := range src {
		dst[j] = hextable[v>>4]
		dst[j+1] = hextable[v&0x0f]
		j += 2
	}
	return len(src) * 2
}

// DecodedLen returns the length of a decoding of x source bytes.
// Specifically, it returns x / 2.
func DecodedLen(x int) int { return x / 2 }

// fromHexChar returns the value of a hex digit, and false if c is not one.
func fromHexChar(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// Decode decodes src into DecodedLen(len(src)) bytes, returning the actual
// number of bytes written to dst. An invalid byte is reported before an
// odd length.
func Decode(dst, src []byte) (int, error) {
	i := 0
	for ; 2*i+1 < len(src); i++ {
		a, ok := fromHexChar(src[2*i])
		if !ok {
			return i, InvalidByteError(src[2*i])
		}
		b, ok := fromHexChar(src[2*i+1])
		if !ok {
			return i, InvalidByteError(src[2*i+1])
		}
		dst[i] = a<<4 | b
	}
	if len(src)%2 == 1 {
		if _, ok := fromHexChar(src[len(src)-1]); !ok {
			return i, InvalidByteError(src[len(src)-1])
		}
		return i, ErrLength
	}
	return i, nil
}

// EncodeToString returns the hexadecimal encoding of src.
func EncodeToString(src []byte) string {
	dst := make([]byte, EncodedLen(len(src)))
	Encode(dst, src)
	return string(dst)
}

// DecodeString returns the bytes represented by the hexadecimal string s.
func DecodeString(s string) ([]byte, error) {
	src := []byte(s)
	n, err := Decode(src, src)
	return src[:n], err
}

// Dump returns a string that contains a hex dump of the given data. The format
// of the hex dump matches the output of `hexdump -C` on the command line.
func Dump(data []byte) string {
	if len(data) == 0 {
		return ""
	}
	var b strings.Builder
	b.Grow((1 + ((len(data) - 1) / 16)) * 79)
	d := Dumper(&b)
	d.Write(data)
	d.Close()
	return b.String()
}

const bufferSize = 1024

type encoder struct {
	w   io.Writer
	err error
	out [bufferSize]byte
}

// NewEncoder returns an io.Writer that writes lowercase hexadecimal characters to w.
func NewEncoder(w io.Writer) io.Writer {
	return &encoder{w: w}
}

func (e *encoder) Write(p []byte) (n int, err error) {
	for len(p) > 0 && e.err == nil {
		chunk := len(p)
		if chunk > bufferSize/2 {
			chunk = bufferSize / 2
		}
		encoded := Encode(e.out[:], p[:chunk])
		var written int
		written, e.err = e.w.Write(e.out[:encoded])
		n += written / 2
		p = p[chunk:]
	}
	return n, e.err
}

type decoder struct {
	r   io.Reader
	err error
	in  []byte // input not yet decoded, in arr
	arr [bufferSize]byte
}

// NewDecoder returns an io.Reader that decodes hexadecimal characters from r.
// NewDecoder expects that r contain only an even number of hexadecimal characters.
func NewDecoder(r io.Reader) io.Reader {
	return &decoder{r: r}
}

func (d *decoder) Read(p []byte) (n int, err error) {
	if len(d.in) < 2 && d.err == nil {
		// Keep a lone digit left from the last read in front of new input.
		kept := copy(d.arr[:], d.in)
		var read int
		read, d.err = d.r.Read(d.arr[kept:])
		d.in = d.arr[:kept+read]
		if d.err == io.EOF && len(d.in)%2 != 0 {
			if _, ok := fromHexChar(d.in[len(d.in)-1]); !ok {
				d.err = InvalidByteError(d.in[len(d.in)-1])
			} else {
				d.err = io.ErrUnexpectedEOF
			}
		}
	}
	if avail := len(d.in) / 2; len(p) > avail {
		p = p[:avail]
	}
	n, err = Decode(p, d.in[:len(p)*2])
	d.in = d.in[2*n:]
	if err != nil {
		d.in, d.err = nil, err
	}
	if len(d.in) < 2 {
		// Errors of the underlying reader show once the buffer is used up.
		return n, d.err
	}
	return n, err
}

// Dumper returns a WriteCloser that writes a hex dump of all written data to
// w. The format of the dump matches the output of `hexdump -C` on the command
// line.
func Dumper(w io.Writer) io.WriteCloser {
	return &dumper{w: w}
}

// dumper writes lines of 16 bytes: an offset, the bytes in hex in two
// groups of 8, then the bytes as characters between bars.
type dumper struct {
	w      io.Writer
	chars  [18]byte // the right column of the current line
	used   int      // bytes in the current line
	n      uint     // bytes written in all
	closed bool
}

func toChar(b byte) byte {
	if b < 32 || b > 126 {
		return '.'
	}
	return b
}

// separator returns what follows the hex of the byte at column i.
func separator(i int) string {
	switch i {
	case 7:
		return "  "
	case 15:
		return "  |"
	}
	return " "
}

func (h *dumper) Write(data []byte) (n int, err error) {
	if h.closed {
		return 0, errors.New("encoding/hex: dumper closed")
	}
	var buf [16]byte
	for _, c := range data {
		if h.used == 0 {
			offset := []byte{byte(h.n >> 24), byte(h.n >> 16), byte(h.n >> 8), byte(h.n)}
			Encode(buf[:], offset)
			buf[8], buf[9] = ' ', ' '
			if _, err = h.w.Write(buf[:10]); err != nil {
				return
			}
		}
		Encode(buf[:], []byte{c})
		l := 2 + copy(buf[2:], separator(h.used))
		if _, err = h.w.Write(buf[:l]); err != nil {
			return
		}
		n++
		h.chars[h.used] = toChar(c)
		h.used++
		h.n++
		if h.used == 16 {
			h.chars[16], h.chars[17] = '|', '\n'
			if _, err = h.w.Write(h.chars[:]); err != nil {
				return
			}
			h.used = 0
		}
	}
	return
}

// Close pads a partial last line and ends it.
func (h *dumper) Close() (err error) {
	if h.closed {
		return
	}
	h.closed = true
	if h.used == 0 {
		return
	}
	n := h.used
	for ; h.used < 16; h.used++ {
		if _, err = io.WriteString(h.w, "  "+separator(h.used)); err != nil {
			return
		}
	}
	h.chars[n], h.chars[n+1] = '|', '\n'
	_, err = h.w.Write(h.chars[:n+2])
	return
}
