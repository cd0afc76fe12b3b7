// This file implements TestReader: a check that a Reader returns exactly
// its content, read in small and large pieces, and that its ReaderAt and
// Seeker methods, if it has them, agree.

package iotest

import (
	"bytes"
	"fmt"
	"io"
)

// TestReader tests that reading from r returns the expected file
// content. It does reads of different sizes, until EOF. If r implements
// io.ReaderAt or io.Seeker, TestReader also checks that those operations
// behave as they should.
func TestReader(r io.Reader, content []byte) error {
	if len(content) > 0 {
		n, err := r.Read(nil)
		if n != 0 || err != nil {
			return fmt.Errorf("Read(0) = %d, %v, want 0, nil", n, err)
		}
	}
	data, err := io.ReadAll(&smallByteReader{r: r})
	if err != nil {
		return err
	}
	if !bytes.Equal(data, content) {
		return fmt.Errorf("ReadAll(small amounts) = %q\n\twant %q", data, content)
	}
	n, err := r.Read(make([]byte, 10))
	if n != 0 || err != io.EOF {
		return fmt.Errorf("Read(10) at EOF = %v, %v, want 0, EOF", n, err)
	}
	if r, ok := r.(io.ReadSeeker); ok {
		if err := checkSeeker(r, content); err != nil {
			return err
		}
	}
	if r, ok := r.(io.ReaderAt); ok {
		return checkReaderAt(r, content)
	}
	return nil
}

// checkSeeker seeks back and reads the content again, whole and in part.
func checkSeeker(r io.ReadSeeker, content []byte) error {
	if off, err := r.Seek(0, io.SeekStart); off != 0 || err != nil {
		return fmt.Errorf("Seek(0, 0) from EOF = %d, %v, want 0, nil", off, err)
	}
	data, err := io.ReadAll(r)
	if err != nil || !bytes.Equal(data, content) {
		return fmt.Errorf("ReadAll after Seek(0, 0) = %q, %v, want %q, nil", data, err, content)
	}
	middle := len(content) - len(content)/3
	if off, err := r.Seek(int64(middle), io.SeekStart); off != int64(middle) || err != nil {
		return fmt.Errorf("Seek(%d, 0) = %d, %v, want %d, nil", middle, off, err, middle)
	}
	data, err = io.ReadAll(r)
	if err != nil || !bytes.Equal(data, content[middle:]) {
		return fmt.Errorf("ReadAll from offset %d = %q, %v, want %q, nil", middle, data, err, content[middle:])
	}
	if off, err := r.Seek(-1, io.SeekStart); off != 0 && err == nil {
		return fmt.Errorf("Seek(-1, 0) = %d, %v, want error", off, err)
	}
	if off, err := r.Seek(0, io.SeekEnd); off != int64(len(content)) || err != nil {
		return fmt.Errorf("Seek(0, 2) = %d, %v, want %d, nil", off, err, len(content))
	}
	if _, err := r.Seek(0, io.SeekStart); err != nil {
		return err
	}
	return nil
}

// checkReaderAt reads every suffix of the content with ReadAt.
func checkReaderAt(r io.ReaderAt, content []byte) error {
	data := make([]byte, len(content), len(content)+1)
	for i := len(content) - 1; i >= 0; i-- {
		n, err := r.ReadAt(data[i:], int64(i))
		if n != len(content)-i || (err != nil && err != io.EOF) {
			return fmt.Errorf("ReadAt(%d, %d) = %d, %v, want %d, nil or EOF", len(data[i:]), i, n, err, len(content)-i)
		}
		if !bytes.Equal(data[i:], content[i:]) {
			return fmt.Errorf("ReadAt(%d, %d) = %q, want %q", len(data[i:]), i, data[i:], content[i:])
		}
	}
	n, err := r.ReadAt(data[:1], int64(len(content)))
	if n != 0 || err != io.EOF {
		return fmt.Errorf("ReadAt(1, %d) = %d, %v, want 0, EOF", len(content), n, err)
	}
	return nil
}

// smallByteReader reads one byte, then two, ... up to seventeen, and
// starts again: reads of every small size.
type smallByteReader struct {
	r   io.Reader
	off int
	n   int
}

func (r *smallByteReader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	r.n = r.n%17 + 1
	n := r.n
	if n > len(p) {
		n = len(p)
	}
	n, err := r.r.Read(p[0:n])
	if err != nil && err != io.EOF {
		err = fmt.Errorf("Read(%d bytes at offset %d): %v", n, r.off, err)
	}
	r.off += n
	return n, err
}
