// This file implements the File model. A PE image opens with an MS-DOS
// stub whose word at 0x3c is the offset of the "PE\0\0" signature; the
// COFF file header follows it, then the optional header, then the
// section table. A COFF object file is the same without the stub and
// the optional header. The symbol table and its string table lie where
// the file header says (symbols.go, strings.go).

package pe

import (
	"encoding/binary"
	"fmt"
	"io"
	"os"
)

// A File is an open PE image or COFF object file.
type File struct {
	FileHeader
	OptionalHeader any // *OptionalHeader32, *OptionalHeader64, or nil in an object file
	Sections       []*Section
	Symbols        []*Symbol    // the symbols, without their auxiliary records
	COFFSymbols    []COFFSymbol // every record of the symbol table, auxiliary ones too
	StringTable    StringTable

	closer io.Closer
}

// Open opens the named file and reads it as a PE file.
func Open(name string) (*File, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	ff, err := NewFile(f)
	if err != nil {
		f.Close()
		return nil, err
	}
	ff.closer = f
	return ff, nil
}

// Close closes the file Open opened; for a File from NewFile it does
// nothing.
func (f *File) Close() error {
	var err error
	if f.closer != nil {
		err = f.closer.Close()
		f.closer = nil
	}
	return err
}

// NewFile reads a PE file that starts at offset 0 of r.
func NewFile(r io.ReaderAt) (*File, error) {
	base, err := fileHeaderOffset(r)
	if err != nil {
		return nil, err
	}
	f := new(File)
	sr := io.NewSectionReader(r, 0, 1<<63-1)
	sr.Seek(base, io.SeekStart)
	if err := binary.Read(sr, binary.LittleEndian, &f.FileHeader); err != nil {
		return nil, err
	}
	switch f.Machine {
	case IMAGE_FILE_MACHINE_AMD64, IMAGE_FILE_MACHINE_ARM64, IMAGE_FILE_MACHINE_ARMNT,
		IMAGE_FILE_MACHINE_I386, IMAGE_FILE_MACHINE_UNKNOWN:
	default:
		return nil, fmt.Errorf("unrecognized PE machine: %#x", f.Machine)
	}
	if f.StringTable, err = readStringTable(&f.FileHeader, sr); err != nil {
		return nil, err
	}
	if f.COFFSymbols, err = readCOFFSymbols(&f.FileHeader, sr); err != nil {
		return nil, err
	}
	if f.Symbols, err = removeAuxSymbols(f.COFFSymbols, f.StringTable); err != nil {
		return nil, err
	}
	// The optional header and the section table follow the file header.
	if _, err := sr.Seek(base+int64(binary.Size(f.FileHeader)), io.SeekStart); err != nil {
		return nil, err
	}
	if f.OptionalHeader, err = readOptionalHeader(sr, f.SizeOfOptionalHeader); err != nil {
		return nil, err
	}
	if f.Sections, err = readSections(r, sr, int(f.NumberOfSections), f.StringTable); err != nil {
		return nil, err
	}
	for _, s := range f.Sections {
		if s.Relocs, err = readRelocs(&s.SectionHeader, sr); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// fileHeaderOffset returns where the COFF file header starts: after the
// signature of an image, at 0 in an object file (one that does not open
// with the "MZ" of the MS-DOS stub).
func fileHeaderOffset(r io.ReaderAt) (int64, error) {
	var dos [96]byte
	if _, err := r.ReadAt(dos[:], 0); err != nil {
		return 0, err
	}
	if dos[0] != 'M' || dos[1] != 'Z' {
		return 0, nil
	}
	signoff := int64(binary.LittleEndian.Uint32(dos[0x3c:]))
	var sign [4]byte
	r.ReadAt(sign[:], signoff)
	if sign != [4]byte{'P', 'E', 0, 0} {
		return 0, fmt.Errorf("invalid PE file signature: % x", sign)
	}
	return signoff + 4, nil
}

// Section returns the first section named name, or nil.
func (f *File) Section(name string) *Section {
	for _, s := range f.Sections {
		if s.Name == name {
			return s
		}
	}
	return nil
}

// FormatError is never returned: Go 1 declared it, and it stays for
// programs that name it.
type FormatError struct {
}

func (e *FormatError) Error() string {
	return "unknown error"
}
