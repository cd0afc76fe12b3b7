package zip

import (
	"compress/flate"
	"errors"
	"io"
	"sync"
)

// A Compressor makes a writer that compresses into w; closing that
// writer flushes its last bytes to w. Goroutines may call one Compressor
// concurrently, but each writer it returns is used by one goroutine.
type Compressor func(w io.Writer) (io.WriteCloser, error)

// A Decompressor makes a reader that decompresses what it reads from r;
// closing that reader frees what it holds. Goroutines may call one
// Decompressor concurrently, but each reader it returns is used by one
// goroutine.
type Decompressor func(r io.Reader) io.ReadCloser

// The package-wide tables of methods, which Reader and Writer consult
// when they have no method of their own for an ID.
var (
	methodsMu     sync.RWMutex
	compressors   = map[uint16]Compressor{Store: newStoreWriter, Deflate: newFlateWriter}
	decompressors = map[uint16]Decompressor{Store: io.NopCloser, Deflate: newFlateReader}
)

// RegisterDecompressor adds a decompressor for method to the
// package-wide table; it panics if the method already has one. Store and
// Deflate are there from the start.
func RegisterDecompressor(method uint16, dcomp Decompressor) {
	methodsMu.Lock()
	defer methodsMu.Unlock()
	if _, dup := decompressors[method]; dup {
		panic("decompressor already registered")
	}
	decompressors[method] = dcomp
}

// RegisterCompressor adds a compressor for method to the package-wide
// table; it panics if the method already has one. Store and Deflate are
// there from the start.
func RegisterCompressor(method uint16, comp Compressor) {
	methodsMu.Lock()
	defer methodsMu.Unlock()
	if _, dup := compressors[method]; dup {
		panic("compressor already registered")
	}
	compressors[method] = comp
}

// compressor returns the package's compressor for method, or nil.
func compressor(method uint16) Compressor {
	methodsMu.RLock()
	defer methodsMu.RUnlock()
	return compressors[method]
}

// decompressor returns the package's decompressor for method, or nil.
func decompressor(method uint16) Decompressor {
	methodsMu.RLock()
	defer methodsMu.RUnlock()
	return decompressors[method]
}

// storeWriter is the Store method: the data is written as it is.
type storeWriter struct {
	io.Writer
}

func (storeWriter) Close() error { return nil }

func newStoreWriter(w io.Writer) (io.WriteCloser, error) {
	return storeWriter{w}, nil
}

// A flate compressor owns about a megabyte of tables and windows, and
// an archive usually holds many files, so finished ones are kept in a
// pool for the next file instead of being left to the collector.
var (
	flateWriterPool sync.Pool // of *flate.Writer
	flateReaderPool sync.Pool // of io.ReadCloser that are flate.Resetter
)

// flateWriter is a pooled flate.Writer that goes back to the pool when
// closed, after which it refuses writes.
type flateWriter struct {
	fw *flate.Writer
}

// newFlateWriter is the Deflate method. Level 5 is the speed/size
// trade-off Go has always written zips with, so archives match Go's
// byte for byte.
func newFlateWriter(w io.Writer) (io.WriteCloser, error) {
	fw, ok := flateWriterPool.Get().(*flate.Writer)
	if ok {
		fw.Reset(w)
	} else {
		fw, _ = flate.NewWriter(w, 5)
	}
	return &flateWriter{fw: fw}, nil
}

func (w *flateWriter) Write(p []byte) (int, error) {
	if w.fw == nil {
		return 0, errors.New("Write after Close")
	}
	return w.fw.Write(p)
}

func (w *flateWriter) Close() error {
	if w.fw == nil {
		return nil
	}
	err := w.fw.Close()
	flateWriterPool.Put(w.fw)
	w.fw = nil
	return err
}

// flateReader is a pooled flate reader, returned to the pool on Close.
type flateReader struct {
	fr io.ReadCloser
}

// newFlateReader is the Deflate decompressor.
func newFlateReader(r io.Reader) io.ReadCloser {
	fr, ok := flateReaderPool.Get().(io.ReadCloser)
	if ok {
		fr.(flate.Resetter).Reset(r, nil)
	} else {
		fr = flate.NewReader(r)
	}
	return &flateReader{fr: fr}
}

func (r *flateReader) Read(p []byte) (int, error) {
	if r.fr == nil {
		return 0, errors.New("Read after Close")
	}
	return r.fr.Read(p)
}

func (r *flateReader) Close() error {
	if r.fr == nil {
		return nil
	}
	err := r.fr.Close()
	flateReaderPool.Put(r.fr)
	r.fr = nil
	return err
}
