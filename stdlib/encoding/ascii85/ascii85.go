// Package ascii85 encodes and decodes ascii85, the base-85 text form of
// binary data that the btoa tool and Adobe's PostScript and PDF use.
//
// Ascii85 reads its input four bytes at a time as a big-endian 32-bit
// number and writes that number as five base-85 digits, digit d being the
// character '!'+d. An all-zero group is written as the single letter 'z'.
// A final group of n < 4 bytes is padded with zero bytes, encoded, and
// only its first n+1 digits are kept: enough to recover the n bytes.
package ascii85

import (
	"io"
	"strconv"
)

// MaxEncodedLen returns the longest that n bytes can become once encoded.
func MaxEncodedLen(n int) int { return (n + 3) / 4 * 5 }

// Encode writes the encoding of src to dst, which needs room for
// MaxEncodedLen(len(src)) bytes, and returns how many bytes it used.
//
// The last group of src, if shorter than four bytes, is encoded
// specially, so Encode does not suit the blocks of a longer stream: use
// NewEncoder for those. Encode does not add the <~ and ~> delimiters
// that often wrap ascii85 data.
func Encode(dst, src []byte) int {
	n := 0
	for len(src) > 0 {
		group := src
		if len(group) > 4 {
			group = group[:4]
		}
		src = src[len(group):]
		n += encodeGroup(dst[n:], group)
	}
	return n
}

// encodeGroup writes the digits of one group of one to four bytes into
// dst and returns how many it wrote: 'z' alone for four zero bytes,
// otherwise one digit more than there are bytes.
func encodeGroup(dst, group []byte) int {
	var v uint32
	for i := 0; i < 4; i++ {
		v <<= 8
		if i < len(group) {
			v |= uint32(group[i])
		}
	}
	if v == 0 && len(group) == 4 {
		dst[0] = 'z'
		return 1
	}
	var digits [5]byte
	for i := 4; i >= 0; i-- {
		digits[i] = '!' + byte(v%85)
		v /= 85
	}
	return copy(dst, digits[:len(group)+1])
}

// NewEncoder returns a writer that encodes what it is given to w. The
// bytes of an unfinished 32-bit group wait for the next write, so the
// writer must be closed at the end to write out the last group.
func NewEncoder(w io.Writer) io.WriteCloser { return &encoder{w: w} }

// An encoder holds back the bytes of an unfinished group until the next
// Write completes it or Close ends the stream.
type encoder struct {
	w    io.Writer
	err  error      // the first error of w, returned from then on
	buf  [4]byte    // the unfinished group
	nbuf int        // its length
	out  [1024]byte // encoded output, 204 groups at most
}

func (e *encoder) Write(p []byte) (n int, err error) {
	if e.err != nil {
		return 0, e.err
	}
	// Complete the group held back by the last Write.
	if e.nbuf > 0 {
		k := copy(e.buf[e.nbuf:], p)
		e.nbuf += k
		n += k
		p = p[k:]
		if e.nbuf < 4 {
			return n, nil
		}
		if e.err = e.flush(e.buf[:]); e.err != nil {
			return n, e.err
		}
		e.nbuf = 0
	}
	// Encode whole groups, as many as fill the output buffer at a time.
	for len(p) >= 4 {
		k := len(p) - len(p)%4
		if max := len(e.out) / 5 * 4; k > max {
			k = max
		}
		if e.err = e.flush(p[:k]); e.err != nil {
			return n, e.err
		}
		n += k
		p = p[k:]
	}
	// Hold back what is left of the last group.
	e.nbuf = copy(e.buf[:], p)
	return n + e.nbuf, nil
}

// flush encodes src and writes it to the underlying writer.
func (e *encoder) flush(src []byte) error {
	_, err := e.w.Write(e.out[:Encode(e.out[:], src)])
	return err
}

// Close encodes and writes the group held back, if any. The encoder must
// not be written to after Close.
func (e *encoder) Close() error {
	if e.err == nil && e.nbuf > 0 {
		e.err = e.flush(e.buf[:e.nbuf])
		e.nbuf = 0
	}
	return e.err
}

// A CorruptInputError is the offset in the input of a byte that is not
// valid ascii85 data.
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal ascii85 data at input byte " + strconv.FormatInt(int64(e), 10)
}

// Decode writes the bytes encoded in src to dst and returns how many it
// wrote and how many bytes of src it used, or a CorruptInputError for a
// byte that is not ascii85. Blanks and control characters are skipped;
// <~ and ~>, which often wrap ascii85, are not, and must be taken off
// first.
//
// If flush is true, src is the end of the stream and Decode decodes it
// all, the last partial group included; otherwise it stops after the
// last complete group and waits for more input.
//
// NewDecoder offers Decode as an io.Reader.
func Decode(dst, src []byte, flush bool) (ndst, nsrc int, err error) {
	var v uint32 // the digits of the current group
	var nb int   // how many digits it has
	for i, b := range src {
		if len(dst)-ndst < 4 {
			return ndst, nsrc, nil
		}
		switch {
		case b <= ' ':
			continue
		case b == 'z' && nb == 0:
			nb, v = 5, 0
		case '!' <= b && b <= 'u':
			v = v*85 + uint32(b-'!')
			nb++
		default:
			return 0, 0, CorruptInputError(i)
		}
		if nb == 5 {
			dst[ndst] = byte(v >> 24)
			dst[ndst+1] = byte(v >> 16)
			dst[ndst+2] = byte(v >> 8)
			dst[ndst+3] = byte(v)
			ndst += 4
			nsrc = i + 1
			nb, v = 0, 0
		}
	}
	if !flush {
		return ndst, nsrc, nil
	}
	if nb == 1 {
		// One digit cannot hold a whole byte.
		return 0, 0, CorruptInputError(len(src))
	}
	if nb > 0 {
		// The encoder dropped the low digits of the padded group; taking
		// them as the largest digit, 84, rounds the value up so that its
		// leading nb-1 bytes come out right.
		for i := nb; i < 5; i++ {
			v = v*85 + 84
		}
		for i := 0; i < nb-1; i++ {
			dst[ndst] = byte(v >> 24)
			v <<= 8
			ndst++
		}
	}
	return ndst, len(src), nil
}

// NewDecoder returns a reader that decodes the ascii85 data read from r.
func NewDecoder(r io.Reader) io.Reader { return &decoder{r: r} }

// A decoder reads its input a buffer at a time and decodes what it holds
// of whole groups, keeping the rest of a group for the next read.
type decoder struct {
	r       io.Reader
	err     error      // the decoder's error, returned from then on
	readErr error      // the error of r (io.EOF at the end): flush then
	in      [1024]byte // input not yet decoded
	nin     int        // its length
	out     []byte     // decoded output not yet returned
	outbuf  [1024]byte // where out points
}

func (d *decoder) Read(p []byte) (n int, err error) {
	if len(p) == 0 {
		return 0, nil
	}
	if d.err != nil {
		return 0, d.err
	}
	for len(d.out) == 0 {
		if d.nin > 0 {
			ndst, nsrc, err := Decode(d.outbuf[:], d.in[:d.nin], d.readErr != nil)
			d.err = err
			if ndst > 0 {
				d.out = d.outbuf[:ndst]
				d.nin = copy(d.in[:], d.in[nsrc:d.nin])
				break
			}
			if err == nil {
				d.dropSpace()
			}
		}
		if d.err != nil {
			return 0, d.err
		}
		if d.readErr != nil {
			d.err = d.readErr
			return 0, d.err
		}
		var k int
		k, d.readErr = d.r.Read(d.in[d.nin:])
		d.nin += k
	}
	n = copy(p, d.out)
	d.out = d.out[n:]
	return n, nil
}

// dropSpace removes the white space and control characters from the
// undecoded input, which may otherwise fill the buffer without making a
// group.
func (d *decoder) dropSpace() {
	k := 0
	for _, b := range d.in[:d.nin] {
		if b > ' ' {
			d.in[k] = b
			k++
		}
	}
	d.nin = k
}
