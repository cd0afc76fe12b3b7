// Package randutil holds what the crypto packages share about reading
// randomness.
package randutil

import "io"

// closed is ready for both cases of a select, so the runtime picks one of
// them at random.
var closed = make(chan struct{})

func init() { close(closed) }

// MaybeReadByte reads one byte from r half of the time. Key generation calls
// it first so that callers cannot rely on its output being a fixed function
// of the random stream: that stream is the caller's to give, not a seed.
func MaybeReadByte(r io.Reader) {
	select {
	case <-closed:
		return
	case <-closed:
		var b [1]byte
		r.Read(b[:])
	}
}
