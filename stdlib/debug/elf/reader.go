// This file holds the readers behind Section.Open: zeros for a section
// with no bytes in the file, a zlib stream for a compressed one, and a
// reader that fails for one that cannot be read.

package elf

import (
	"compress/zlib"
	"io"
	"os"
)

// zeroReader reads as an endless run of zero bytes.
type zeroReader struct{}

func (zeroReader) ReadAt(p []byte, off int64) (int, error) {
	for i := range p {
		p[i] = 0
	}
	return len(p), nil
}

// errorReader fails every call with its error.
type errorReader struct {
	error
}

func (r errorReader) Read(p []byte) (int, error)                   { return 0, r.error }
func (r errorReader) ReadAt(p []byte, off int64) (int, error)      { return 0, r.error }
func (r errorReader) Seek(offset int64, whence int) (int64, error) { return 0, r.error }
func (r errorReader) Close() error                                 { return r.error }

// openZlib starts reading the zlib stream of a compressed section, which
// follows its compression header.
func (s *Section) openZlib() (io.Reader, error) {
	stream := io.NewSectionReader(s.sr, s.compressionOffset, int64(s.FileSize)-s.compressionOffset)
	return zlib.NewReader(stream)
}

// readSeekerFromReader makes a ReadSeeker of a stream that can only be
// read forwards, such as a decompressor, given a way to restart it from
// the beginning and the size of what it yields. Seeking forwards reads
// and drops bytes, seeking backwards restarts the stream; seeking to the
// start or the end, as one does to learn the size, costs nothing.
type readSeekerFromReader struct {
	reset  func() (io.Reader, error)
	r      io.Reader // nil until the first Read
	size   int64
	offset int64
}

// start restarts the stream; a failure to restart becomes the error of
// the next Read.
func (r *readSeekerFromReader) start() {
	x, err := r.reset()
	if err != nil {
		x = errorReader{err}
	}
	r.r = x
	r.offset = 0
}

func (r *readSeekerFromReader) Read(p []byte) (int, error) {
	if r.r == nil {
		r.start()
	}
	n, err := r.r.Read(p)
	r.offset += int64(n)
	return n, err
}

func (r *readSeekerFromReader) Seek(offset int64, whence int) (int64, error) {
	target := offset
	switch whence {
	case io.SeekStart:
	case io.SeekCurrent:
		target += r.offset
	case io.SeekEnd:
		target += r.size
	default:
		return 0, os.ErrInvalid
	}
	switch {
	case target == r.offset:
		return target, nil
	case target < 0 || target > r.size:
		return 0, os.ErrInvalid
	case target == 0:
		r.r = nil
	case target == r.size:
		r.r = errorReader{io.EOF}
	default:
		if err := r.skipTo(target); err != nil {
			return 0, err
		}
	}
	r.offset = target
	return target, nil
}

// skipTo reads and drops bytes up to target, restarting first if target
// is behind.
func (r *readSeekerFromReader) skipTo(target int64) error {
	if target < r.offset {
		r.start()
	}
	var buf [512]byte
	for r.offset < target {
		n := int64(len(buf))
		if target-r.offset < n {
			n = target - r.offset
		}
		if _, err := r.Read(buf[:n]); err != nil {
			return err
		}
	}
	return nil
}
