// This file implements Buffers, bytes gathered from several slices.

package net

import "io"

// Buffers contains zero or more runs of bytes to write.
//
// Go writes them to a connection with one writev(2); gominic writes the
// slices one after the other.
type Buffers [][]byte

// WriteTo writes contents of the buffers to w.
//
// WriteTo implements io.WriterTo for Buffers.
//
// WriteTo modifies the slice v as well as v[i] for 0 <= i < len(v),
// but does not modify v[i][j] for any i, j.
func (v *Buffers) WriteTo(w io.Writer) (n int64, err error) {
	for len(*v) > 0 {
		b := (*v)[0]
		m, err := w.Write(b)
		n += int64(m)
		v.consume(int64(m))
		if err == nil && m < len(b) {
			err = io.ErrShortWrite
		}
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// Read from the buffers.
//
// Read implements io.Reader for Buffers.
//
// Read modifies the slice v as well as v[i] for 0 <= i < len(v),
// but does not modify v[i][j] for any i, j.
func (v *Buffers) Read(p []byte) (n int, err error) {
	for len(p) > 0 && len(*v) > 0 {
		m := copy(p, (*v)[0])
		v.consume(int64(m))
		p = p[m:]
		n += m
	}
	if len(*v) == 0 {
		err = io.EOF
	}
	return n, err
}

// consume drops the first n bytes of v, and the slices they empty.
func (v *Buffers) consume(n int64) {
	for len(*v) > 0 {
		first := int64(len((*v)[0]))
		if first > n {
			(*v)[0] = (*v)[0][n:]
			return
		}
		n -= first
		(*v)[0] = nil
		*v = (*v)[1:]
	}
}
