// This file implements the File model: a Mach-O image is a header, then
// a list of load commands, each a record that starts with its kind and
// its length. Segments (with their sections), symbol tables and the
// libraries to load are all load commands; NewFile decodes the ones it
// knows (loads.go) and keeps the others as raw bytes.

package macho

import (
	"encoding/binary"
	"fmt"
	"io"
	"os"
)

// A File is an open Mach-O file: its header and load commands, with
// the sections of its segments and its symbol tables at hand.
type File struct {
	FileHeader
	ByteOrder binary.ByteOrder
	Loads     []Load
	Sections  []*Section

	Symtab   *Symtab
	Dysymtab *Dysymtab

	closer io.Closer
}

// A Load is a load command, decoded or not.
type Load interface {
	Raw() []byte
}

// LoadBytes is a load command kept as its bytes, undecoded.
type LoadBytes []byte

func (b LoadBytes) Raw() []byte { return b }

// A SegmentHeader is a segment command, 32-bit or 64-bit, widened.
type SegmentHeader struct {
	Cmd     LoadCmd
	Len     uint32
	Name    string
	Addr    uint64
	Memsz   uint64
	Offset  uint64
	Filesz  uint64
	Maxprot uint32
	Prot    uint32
	Nsect   uint32
	Flag    uint32
}

// A Segment is a segment command and the bytes it maps from the file.
type Segment struct {
	LoadBytes
	SegmentHeader

	// The segment offers ReadAt only: a shared Read/Seek offset would
	// make its readers disturb one another, so Open gives each its own.
	io.ReaderAt
	sr *io.SectionReader
}

// Data returns the bytes of the segment in the file.
func (s *Segment) Data() ([]byte, error) { return readAll(s.sr) }

// Open returns a ReadSeeker of its own over the segment.
func (s *Segment) Open() io.ReadSeeker { return io.NewSectionReader(s.sr, 0, 1<<63-1) }

// A Dylib is a command to load a dynamic library.
type Dylib struct {
	LoadBytes
	Name           string
	Time           uint32
	CurrentVersion uint32
	CompatVersion  uint32
}

// A Symtab is the symbol table command, with the symbols it locates.
type Symtab struct {
	LoadBytes
	SymtabCmd
	Syms []Symbol
}

// A Dysymtab is the dynamic symbol table command, with the indirect
// symbol table it locates.
type Dysymtab struct {
	LoadBytes
	DysymtabCmd
	IndirectSyms []uint32 // each an index of a symbol in Symtab.Syms
}

// A Rpath is a command naming a directory to search for libraries.
type Rpath struct {
	LoadBytes
	Path string
}

// A Symbol is an entry of the symbol table, with its name looked up.
type Symbol struct {
	Name  string
	Type  uint8
	Sect  uint8
	Desc  uint16
	Value uint64
}

// FormatError is the error for a file that is not well-formed Mach-O.
type FormatError struct {
	off int64
	msg string
	val any
}

func (e *FormatError) Error() string {
	msg := e.msg
	if e.val != nil {
		msg += fmt.Sprintf(" '%v'", e.val)
	}
	return msg + fmt.Sprintf(" in record at byte %#x", e.off)
}

// Open opens the named file and reads it as a Mach-O file.
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

// NewFile reads a Mach-O file that starts at offset 0 of r.
func NewFile(r io.ReaderAt) (*File, error) {
	f := new(File)
	if err := f.readHeader(r); err != nil {
		return nil, err
	}
	offset := int64(fileHeaderSize32)
	if f.Magic == Magic64 {
		offset = fileHeaderSize64
	}
	cmds := make([]byte, f.Cmdsz)
	if _, err := r.ReadAt(cmds, offset); err != nil {
		return nil, err
	}
	f.Loads = make([]Load, f.Ncmd)
	for i := range f.Loads {
		if len(cmds) < 8 {
			return nil, &FormatError{offset, "command block too small", nil}
		}
		size := f.ByteOrder.Uint32(cmds[4:8])
		if size < 8 || size > uint32(len(cmds)) {
			return nil, &FormatError{offset, "invalid command block size", nil}
		}
		// As Go, offset is that of the next command when an error in
		// this one is reported.
		offset += int64(size)
		load, err := f.readLoad(r, cmds[:size], offset)
		if err != nil {
			return nil, err
		}
		f.Loads[i] = load
		cmds = cmds[size:]
	}
	return f, nil
}

// readHeader reads the file header. The magic number, read both ways,
// tells the byte order: 0xfeedface or 0xfeedfacf, the two differing only
// in their low bit.
func (f *File) readHeader(r io.ReaderAt) error {
	var ident [4]byte
	if _, err := r.ReadAt(ident[:], 0); err != nil {
		return err
	}
	switch Magic32 &^ 1 {
	case binary.BigEndian.Uint32(ident[:]) &^ 1:
		f.ByteOrder = binary.BigEndian
	case binary.LittleEndian.Uint32(ident[:]) &^ 1:
		f.ByteOrder = binary.LittleEndian
	default:
		return &FormatError{0, "invalid magic number", nil}
	}
	return binary.Read(io.NewSectionReader(r, 0, fileHeaderSize32), f.ByteOrder, &f.FileHeader)
}

// Segment returns the first segment named name, or nil.
func (f *File) Segment(name string) *Segment {
	for _, l := range f.Loads {
		if s, ok := l.(*Segment); ok && s.Name == name {
			return s
		}
	}
	return nil
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

// ImportedSymbols returns the names of the symbols f leaves undefined
// for dynamic libraries to define when it is loaded.
func (f *File) ImportedSymbols() ([]string, error) {
	if f.Dysymtab == nil || f.Symtab == nil {
		return nil, &FormatError{0, "missing symbol table", nil}
	}
	// The dynamic symbol table says which run of the symbol table holds
	// the undefined symbols.
	dt := f.Dysymtab
	var all []string
	for _, s := range f.Symtab.Syms[dt.Iundefsym : dt.Iundefsym+dt.Nundefsym] {
		all = append(all, s.Name)
	}
	return all, nil
}

// ImportedLibraries returns the paths of the dynamic libraries f
// loads.
func (f *File) ImportedLibraries() ([]string, error) {
	var all []string
	for _, l := range f.Loads {
		if lib, ok := l.(*Dylib); ok {
			all = append(all, lib.Name)
		}
	}
	return all, nil
}

// readAll returns the bytes of sr; a short read is an error only when
// it stops before the end.
func readAll(sr *io.SectionReader) ([]byte, error) {
	b := make([]byte, sr.Size())
	n, err := sr.ReadAt(b, 0)
	if n == len(b) {
		err = nil
	}
	return b[:n], err
}
