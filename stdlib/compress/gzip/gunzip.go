// Package gzip implements reading and writing of gzip format compressed files,
// as specified in RFC 1952.
//
// A gzip file is one or more members, each a header (magic number,
// method, flags, modification time, operating system, then optional
// extra data, file name, comment and header checksum), DEFLATE data
// (package compress/flate), and a trailer: the CRC-32 and the length,
// modulo 2³², of the uncompressed data, little-endian.
package gzip

import (
	"bufio"
	"compress/flate"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"
	"time"
)

const (
	gzipID1     = 0x1f
	gzipID2     = 0x8b
	gzipDeflate = 8
	flagText    = 1 << 0
	flagHdrCrc  = 1 << 1
	flagExtra   = 1 << 2
	flagName    = 1 << 3
	flagComment = 1 << 4
)

var (
	// ErrChecksum is returned when reading GZIP data that has an invalid checksum.
	ErrChecksum = errors.New("gzip: invalid checksum")
	// ErrHeader is returned when reading GZIP data that has an invalid header.
	ErrHeader = errors.New("gzip: invalid header")
)

// maxHeaderString bounds a header's file name and comment.
const maxHeaderString = 512

var le = binary.LittleEndian

// noEOF returns err, unless err == io.EOF, in which case it returns
// io.ErrUnexpectedEOF: the stream may not end there.
func noEOF(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// The gzip file stores a header giving metadata about the compressed file.
// That header is exposed as the fields of the Writer and Reader structs.
//
// Strings must be UTF-8 encoded and may only contain Unicode code points
// U+0001 through U+00FF, due to limitations of the GZIP file format.
type Header struct {
	Comment string    // comment
	Extra   []byte    // "extra data"
	ModTime time.Time // modification time
	Name    string    // file name
	OS      byte      // operating system type
}

// A Reader is an io.Reader that can be read to retrieve
// uncompressed data from a gzip-format compressed file.
//
// In general, a gzip file can be a concatenation of gzip files,
// each with its own header. Reads from the Reader
// return the concatenation of the uncompressed data of each.
// Only the first header is recorded in the Reader fields.
//
// Gzip files store a length and checksum of the uncompressed data.
// The Reader will return an ErrChecksum when Read
// reaches the end of the uncompressed data if it does not
// have the expected length or checksum. Clients should treat data
// returned by Read as tentative until they receive the io.EOF
// marking the end of the data.
type Reader struct {
	Header       // valid after NewReader or Reader.Reset
	r            flate.Reader
	decompressor io.ReadCloser
	digest       uint32 // CRC-32 (IEEE) of the member read so far: header, then data
	size         uint32 // uncompressed bytes of the member, modulo 2³²
	err          error
	multistream  bool
}

// NewReader creates a new Reader reading the given reader.
// If r does not also implement io.ByteReader,
// the decompressor may read more data than necessary from r.
//
// It is the caller's responsibility to call Close on the Reader when done.
//
// The Reader.Header fields will be valid in the Reader returned.
func NewReader(r io.Reader) (*Reader, error) {
	z := new(Reader)
	if err := z.Reset(r); err != nil {
		return nil, err
	}
	return z, nil
}

// Reset discards the Reader z's state and makes it equivalent to the
// result of its original state from NewReader, but reading from r instead.
// This permits reusing a Reader rather than allocating a new one.
func (z *Reader) Reset(r io.Reader) error {
	*z = Reader{decompressor: z.decompressor, multistream: true}
	if rr, ok := r.(flate.Reader); ok {
		z.r = rr
	} else {
		z.r = bufio.NewReader(r)
	}
	z.Header, z.err = z.readHeader()
	return z.err
}

// Multistream controls whether the reader supports multistream files.
//
// If enabled (the default), the Reader expects the input to be a sequence
// of individually gzipped data streams, each with its own header and
// trailer, ending at EOF. The effect is that the concatenation of a sequence
// of gzipped files is treated as equivalent to the gzip of the concatenation
// of the sequence. This is standard behavior for gzip readers.
//
// Calling Multistream(false) disables this behavior; disabling the behavior
// can be useful when reading file formats that distinguish individual gzip
// data streams or mix gzip data streams with other data streams.
// In this mode, when the Reader reaches the end of the data stream,
// Read returns io.EOF. The underlying reader must implement io.ByteReader
// in order to be left positioned just after the gzip stream.
// To start the next stream, call z.Reset(r) followed by z.Multistream(false).
// If there is no next stream, z.Reset(r) will return io.EOF.
func (z *Reader) Multistream(ok bool) {
	z.multistream = ok
}

// readFull reads len(b) bytes of the header into b and adds them to the
// header's checksum.
func (z *Reader) readFull(b []byte) error {
	if _, err := io.ReadFull(z.r, b); err != nil {
		return err
	}
	z.digest = crc32.Update(z.digest, crc32.IEEETable, b)
	return nil
}

// readString reads a zero-terminated header string, in ISO 8859-1
// (Latin-1), and returns it in UTF-8.
func (z *Reader) readString() (string, error) {
	var latin1 []byte
	for {
		c, err := z.r.ReadByte()
		if err != nil {
			return "", err
		}
		if c == 0 {
			z.digest = crc32.Update(z.digest, crc32.IEEETable, append(latin1, 0))
			break
		}
		if len(latin1) == maxHeaderString-1 {
			return "", ErrHeader
		}
		latin1 = append(latin1, c)
	}
	runes := make([]rune, len(latin1))
	for i, c := range latin1 {
		runes[i] = rune(c) // Latin-1 is the first 256 code points
	}
	return string(runes), nil
}

// readHeader reads a member's header (RFC 1952 section 2.3) and readies
// the decompressor for its data. At the end of the input it returns
// io.EOF.
func (z *Reader) readHeader() (hdr Header, err error) {
	var fixed [10]byte
	z.digest = 0
	if err = z.readFull(fixed[:]); err != nil {
		return hdr, err
	}
	if fixed[0] != gzipID1 || fixed[1] != gzipID2 || fixed[2] != gzipDeflate {
		return hdr, ErrHeader
	}
	flags := fixed[3]
	if t := int64(le.Uint32(fixed[4:8])); t > 0 {
		hdr.ModTime = time.Unix(t, 0)
	}
	hdr.OS = fixed[9]
	if flags&flagExtra != 0 {
		var n [2]byte
		if err = z.readFull(n[:]); err != nil {
			return hdr, noEOF(err)
		}
		hdr.Extra = make([]byte, le.Uint16(n[:]))
		if err = z.readFull(hdr.Extra); err != nil {
			return hdr, noEOF(err)
		}
	}
	if flags&flagName != 0 {
		if hdr.Name, err = z.readString(); err != nil {
			return hdr, noEOF(err)
		}
	}
	if flags&flagComment != 0 {
		if hdr.Comment, err = z.readString(); err != nil {
			return hdr, noEOF(err)
		}
	}
	if flags&flagHdrCrc != 0 {
		// The low 16 bits of the CRC-32 of the header before it.
		want := uint16(z.digest)
		var crc [2]byte
		if _, err = io.ReadFull(z.r, crc[:]); err != nil {
			return hdr, noEOF(err)
		}
		if le.Uint16(crc[:]) != want {
			return hdr, ErrHeader
		}
	}
	z.digest = 0
	if z.decompressor == nil {
		z.decompressor = flate.NewReader(z.r)
	} else {
		z.decompressor.(flate.Resetter).Reset(z.r, nil)
	}
	return hdr, nil
}

// Read implements io.Reader, reading uncompressed bytes from its underlying Reader.
func (z *Reader) Read(p []byte) (n int, err error) {
	if z.err != nil {
		return 0, z.err
	}
	for n == 0 {
		n, z.err = z.decompressor.Read(p)
		z.digest = crc32.Update(z.digest, crc32.IEEETable, p[:n])
		z.size += uint32(n)
		if z.err != io.EOF {
			return n, z.err
		}
		// The member's data ended: check its trailer.
		if z.err = z.readTrailer(); z.err != nil {
			return n, z.err
		}
		if !z.multistream {
			return n, io.EOF
		}
		// Another member may follow (io.EOF if none does); only the
		// first member's header is kept.
		if _, z.err = z.readHeader(); z.err != nil {
			return n, z.err
		}
	}
	return n, nil
}

// readTrailer checks a member's CRC-32 and size.
func (z *Reader) readTrailer() error {
	var trailer [8]byte
	if _, err := io.ReadFull(z.r, trailer[:]); err != nil {
		return noEOF(err)
	}
	if le.Uint32(trailer[:4]) != z.digest || le.Uint32(trailer[4:]) != z.size {
		return ErrChecksum
	}
	z.digest, z.size = 0, 0
	return nil
}

// Close closes the Reader. It does not close the underlying io.Reader.
// In order for the GZIP checksum to be verified, the reader must be
// fully consumed until the io.EOF.
func (z *Reader) Close() error { return z.decompressor.Close() }
