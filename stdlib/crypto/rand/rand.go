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
	if err := fillRandom(b); err != nil {
		return 0, err
	}
	return len(b), nil
}

// fillRandom fills its argument from getrandom(2), in the pieces it takes.
var fillRandom = batched(getRandom, maxGetRandomRead)

// batched returns a function that calls f on successive pieces of its
// argument, each of at most readMax bytes (none for an empty argument),
// and stops at f's first error.
func batched(f func([]byte) error, readMax int) func([]byte) error {
	return func(p []byte) error {
		for len(p) > 0 {
			n := len(p)
			if n > readMax {
				n = readMax
			}
			if err := f(p[:n]); err != nil {
				return err
			}
			p = p[n:]
		}
		return nil
	}
}

// getRandom fills p by getrandom(2), which may return fewer bytes than
// asked, or be interrupted.
func getRandom(p []byte) error {
	for len(p) > 0 {
		k := getrandom(unsafe.Pointer(&p[0]), len(p))
		switch {
		case k == -eintr:
			continue
		case k < 0:
			return errors.New("getrandom: errno " + strconv.Itoa(-k))
		}
		p = p[k:]
	}
	return nil
}

// Read is a helper function that calls Reader.Read using io.ReadFull.
// On return, n == len(b) if and only if err == nil.
func Read(b []byte) (n int, err error) {
	return io.ReadFull(Reader, b)
}
