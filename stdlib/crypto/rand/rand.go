// Package rand implements a cryptographically secure random number
// generator, as Go 1.19's crypto/rand does on Linux: Reader reads the
// kernel's generator through the getrandom(2) system call.
package rand

import (
	"errors"
	"io"
	"strconv"
	"unsafe"
)

// Reader is a global, shared instance of a cryptographically
// secure random number generator. On Linux it uses getrandom(2).
var Reader io.Reader = &reader{}

// reader reads from getrandom(2).
type reader struct{}

//go:linkname getrandom runtime.crypto_getrandom
func getrandom(p unsafe.Pointer, n int) int

// maxGetRandomRead is the most getrandom returns from its urandom source
// in one call.
const maxGetRandomRead = 1<<25 - 1

const eintr = 4

func (r *reader) Read(b []byte) (n int, err error) {
	for n < len(b) {
		chunk := len(b) - n
		if chunk > maxGetRandomRead {
			chunk = maxGetRandomRead
		}
		k := getrandom(unsafe.Pointer(&b[n]), chunk)
		switch {
		case k == -eintr:
			continue
		case k < 0:
			return n, errors.New("getrandom: errno " + strconv.Itoa(-k))
		}
		n += k
	}
	return n, nil
}

// Read is a helper function that calls Reader.Read using io.ReadFull.
// On return, n == len(b) if and only if err == nil.
func Read(b []byte) (n int, err error) {
	return io.ReadFull(Reader, b)
}
