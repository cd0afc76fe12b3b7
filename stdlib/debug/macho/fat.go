// This file implements "fat" (universal) files: a big-endian header
// listing, for each architecture, where in the file its own complete
// Mach-O image lies.

package macho

import (
	"encoding/binary"
	"fmt"
	"io"
	"os"
)

// A FatFile is a universal file: one Mach-O image or more, each for
// another architecture.
type FatFile struct {
	Magic  uint32
	Arches []FatArch
	closer io.Closer
}

// A FatArchHeader says where the image of one architecture lies.
type FatArchHeader struct {
	Cpu    Cpu
	SubCpu uint32
	Offset uint32
	Size   uint32
	Align  uint32
}

const fatArchHeaderSize = 5 * 4

// A FatArch is the image of one architecture in a FatFile.
type FatArch struct {
	FatArchHeader
	*File
}

// ErrNotFat is the error of NewFatFile and OpenFat for a file whose
// magic number is that of a single image rather than a fat file.
var ErrNotFat = &FormatError{0, "not a fat Mach-O file", nil}

// NewFatFile reads a universal file that starts at offset 0 of r, and
// each of its images.
func NewFatFile(r io.ReaderAt) (*FatFile, error) {
	var ff FatFile
	sr := io.NewSectionReader(r, 0, 1<<63-1)
	if err := binary.Read(sr, binary.BigEndian, &ff.Magic); err != nil {
		return nil, &FormatError{0, "error reading magic number", nil}
	}
	if ff.Magic != MagicFat {
		return nil, notFatError(ff.Magic)
	}
	offset := int64(4)
	var narch uint32
	if err := binary.Read(sr, binary.BigEndian, &narch); err != nil {
		return nil, &FormatError{offset, "invalid fat_header", nil}
	}
	offset += 4
	if narch < 1 {
		return nil, &FormatError{offset, "file contains no images", nil}
	}
	seen := map[[2]uint32]bool{}
	ff.Arches = make([]FatArch, narch)
	for i := range ff.Arches {
		fa := &ff.Arches[i]
		if err := binary.Read(sr, binary.BigEndian, &fa.FatArchHeader); err != nil {
			return nil, &FormatError{offset, "invalid fat_arch header", nil}
		}
		offset += fatArchHeaderSize
		var err error
		fa.File, err = NewFile(io.NewSectionReader(r, int64(fa.Offset), int64(fa.Size)))
		if err != nil {
			return nil, err
		}
		arch := [2]uint32{uint32(fa.Cpu), fa.SubCpu}
		if seen[arch] {
			return nil, &FormatError{offset, fmt.Sprintf("duplicate architecture cpu=%v, subcpu=%#x", fa.Cpu, fa.SubCpu), nil}
		}
		seen[arch] = true
		// Every image of a fat file is the same kind of file.
		if fa.Type != ff.Arches[0].Type {
			return nil, &FormatError{offset, fmt.Sprintf("Mach-O type for architecture #%d (type=%#x) does not match first (type=%#x)", i, fa.Type, ff.Arches[0].Type), nil}
		}
	}
	return &ff, nil
}

// notFatError is the error for a file that does not open with MagicFat:
// ErrNotFat if it opens with the magic number of a single image.
func notFatError(magic uint32) error {
	var buf [4]byte
	binary.BigEndian.PutUint32(buf[:], magic)
	switch binary.LittleEndian.Uint32(buf[:]) {
	case Magic32, Magic64:
		return ErrNotFat
	}
	return &FormatError{0, "invalid magic number", nil}
}

// OpenFat opens the named file and reads it as a universal file.
func OpenFat(name string) (*FatFile, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	ff, err := NewFatFile(f)
	if err != nil {
		f.Close()
		return nil, err
	}
	ff.closer = f
	return ff, nil
}

// Close closes the file OpenFat opened; for a FatFile from NewFatFile
// it does nothing.
func (ff *FatFile) Close() error {
	var err error
	if ff.closer != nil {
		err = ff.closer.Close()
		ff.closer = nil
	}
	return err
}
