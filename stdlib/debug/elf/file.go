// This file reads an ELF file's header, its program headers and its
// section headers (gABI chapter 4), and gives access to each section's
// and segment's contents.

package elf

import (
	"debug/internal/cstring"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
)

// A FileHeader holds the file header's fields in the same form for 32-bit
// and 64-bit files.
type FileHeader struct {
	Class      Class
	Data       Data
	Version    Version
	OSABI      OSABI
	ABIVersion uint8
	ByteOrder  binary.ByteOrder
	Type       Type
	Machine    Machine
	Entry      uint64
}

// A File is an ELF file opened for reading.
type File struct {
	FileHeader
	Sections []*Section
	Progs    []*Prog
	closer   io.Closer

	// The GNU symbol versioning tables, loaded on first use by
	// DynamicSymbols and ImportedSymbols (see symbols.go).
	versions *versionTables
}

// A SectionHeader is a section header in the same form for 32-bit and
// 64-bit files.
type SectionHeader struct {
	Name      string
	Type      SectionType
	Flags     SectionFlag
	Addr      uint64
	Offset    uint64
	Size      uint64
	Link      uint32
	Info      uint32
	Addralign uint64
	Entsize   uint64

	// FileSize is the number of bytes the section takes in the file.
	// For a compressed section it is the compressed size, and Size the
	// size once uncompressed.
	FileSize uint64
}

// A Section is one entry of the section header table, with a way to
// read its contents.
type Section struct {
	SectionHeader

	// ReaderAt reads the section's bytes as they are in the file. It is
	// the embedded field, rather than an io.SectionReader, so that a
	// Section has no Read or Seek whose offset its users would share:
	// Open gives each of them their own. It is nil for a compressed
	// section, whose bytes make sense only through Open.
	io.ReaderAt
	sr *io.SectionReader

	compressionType   CompressionType
	compressionOffset int64 // where the compressed stream starts in sr
}

// Data returns the section's contents, uncompressed if the section is
// stored compressed.
func (s *Section) Data() ([]byte, error) {
	b := make([]byte, s.Size)
	n, err := io.ReadFull(s.Open(), b)
	return b[:n], err
}

// Open returns a new ReadSeeker over the section's contents, uncompressed
// if the section is stored compressed.
func (s *Section) Open() io.ReadSeeker {
	if s.Type == SHT_NOBITS {
		// A .bss-like section has a size but no bytes in the file.
		return io.NewSectionReader(zeroReader{}, 0, int64(s.Size))
	}
	if s.Flags&SHF_COMPRESSED == 0 {
		return io.NewSectionReader(s.sr, 0, 1<<63-1)
	}
	if s.compressionType != COMPRESS_ZLIB {
		return errorReader{&FormatError{int64(s.Offset), "unknown compression type", s.compressionType}}
	}
	return &readSeekerFromReader{reset: s.openZlib, size: int64(s.Size)}
}

// A ProgHeader is a program header in the same form for 32-bit and 64-bit
// files.
type ProgHeader struct {
	Type   ProgType
	Flags  ProgFlag
	Off    uint64
	Vaddr  uint64
	Paddr  uint64
	Filesz uint64
	Memsz  uint64
	Align  uint64
}

// A Prog is a segment of an ELF file, as a program header describes it.
type Prog struct {
	ProgHeader

	// ReaderAt reads the segment's bytes in the file; as for Section, Open
	// gives a reader with its own offset.
	io.ReaderAt
	sr *io.SectionReader
}

// Open returns a new ReadSeeker over the segment's bytes in the file.
func (p *Prog) Open() io.ReadSeeker { return io.NewSectionReader(p.sr, 0, 1<<63-1) }

// A FormatError reports a malformed ELF file: what is wrong, the value
// found if any, and the file offset of the record holding it.
type FormatError struct {
	off int64
	msg string
	val any
}

func (e *FormatError) Error() string {
	msg := e.msg
	if e.val != nil {
		msg += fmt.Sprintf(" '%v' ", e.val)
	}
	return msg + fmt.Sprintf("in record at byte %#x", e.off)
}

// Open reads the headers of the ELF file called name; Close releases
// the file.
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

// Close closes the file if it was opened by Open; for a File made by
// NewFile it does nothing.
func (f *File) Close() error {
	if f.closer == nil {
		return nil
	}
	err := f.closer.Close()
	f.closer = nil
	return err
}

// Section returns the first section called name, or nil.
func (f *File) Section(name string) *Section {
	for _, s := range f.Sections {
		if s.Name == name {
			return s
		}
	}
	return nil
}

// SectionByType finds the first section whose Type is typ; nil if none.
func (f *File) SectionByType(typ SectionType) *Section {
	for _, s := range f.Sections {
		if s.Type == typ {
			return s
		}
	}
	return nil
}

// tableLayout is where the file header says a table of headers is.
type tableLayout struct {
	off     int64 // file offset of the first entry
	entsize int   // size of an entry
	num     int   // number of entries
}

// NewFile reads an ELF file that starts at offset 0 of r.
func NewFile(r io.ReaderAt) (*File, error) {
	f := new(File)
	progs, sections, shstrndx, err := f.readFileHeader(r)
	if err != nil {
		return nil, err
	}
	if err := f.readProgs(r, progs); err != nil {
		return nil, err
	}
	names, err := f.readSections(r, sections)
	if err != nil {
		return nil, err
	}
	if len(f.Sections) == 0 {
		return f, nil
	}
	// Section names are offsets into the section that shstrndx designates.
	shstrtab, err := f.Sections[shstrndx].Data()
	if err != nil {
		return nil, err
	}
	for i, s := range f.Sections {
		var ok bool
		if s.Name, ok = cstring.At(shstrtab, int(names[i])); !ok {
			off := sections.off + int64(i*sections.entsize)
			return nil, &FormatError{off, "bad section name index", names[i]}
		}
	}
	return f, nil
}

// readFileHeader reads the identification bytes and the file header into
// f.FileHeader and returns where the program and section header tables
// are, and the index of the section holding the section names.
func (f *File) readFileHeader(r io.ReaderAt) (progs, sections tableLayout, shstrndx int, err error) {
	var ident [EI_NIDENT]byte
	if _, err = r.ReadAt(ident[:], 0); err != nil {
		return
	}
	if string(ident[:4]) != ELFMAG {
		err = &FormatError{0, "bad magic number", ident[:4]}
		return
	}
	if err = f.readIdent(ident); err != nil {
		return
	}
	size := 52
	if f.Class == ELFCLASS64 {
		size = 64
	}
	d, err := f.readAt(r, 0, size)
	if err != nil {
		return
	}
	d.skip(EI_NIDENT)
	f.Type = Type(d.u16())
	f.Machine = Machine(d.u16())
	if v := Version(d.u32()); v != f.Version {
		err = &FormatError{0, "mismatched ELF version", v}
		return
	}
	f.Entry = d.word()
	phoff, shoff := int64(d.word()), int64(d.word())
	d.u32() // processor-specific flags
	d.u16() // size of this header
	progs = tableLayout{off: phoff, entsize: int(d.u16()), num: int(d.u16())}
	sections = tableLayout{off: shoff, entsize: int(d.u16()), num: int(d.u16())}
	shstrndx = int(d.u16())
	switch {
	case shoff < 0:
		err = &FormatError{0, "invalid shoff", shoff}
	case phoff < 0:
		err = &FormatError{0, "invalid phoff", phoff}
	case shoff == 0 && sections.num != 0:
		err = &FormatError{0, "invalid ELF shnum for shoff=0", sections.num}
	case sections.num > 0 && shstrndx >= sections.num:
		err = &FormatError{0, "invalid ELF shstrndx", shstrndx}
	}
	return
}

// readIdent decodes the identification bytes that say how to read the
// rest of the file: its class, byte order and version.
func (f *File) readIdent(ident [EI_NIDENT]byte) error {
	f.Class = Class(ident[EI_CLASS])
	if f.Class != ELFCLASS32 && f.Class != ELFCLASS64 {
		return &FormatError{0, "unknown ELF class", f.Class}
	}
	f.Data = Data(ident[EI_DATA])
	switch f.Data {
	case ELFDATA2LSB:
		f.ByteOrder = binary.LittleEndian
	case ELFDATA2MSB:
		f.ByteOrder = binary.BigEndian
	default:
		return &FormatError{0, "unknown ELF data encoding", f.Data}
	}
	f.Version = Version(ident[EI_VERSION])
	if f.Version != EV_CURRENT {
		return &FormatError{0, "unknown ELF version", f.Version}
	}
	f.OSABI = OSABI(ident[EI_OSABI])
	f.ABIVersion = ident[EI_ABIVERSION]
	return nil
}

// readProgs reads the program header table into f.Progs.
func (f *File) readProgs(r io.ReaderAt, t tableLayout) error {
	size := 32
	if f.Class == ELFCLASS64 {
		size = 56
	}
	f.Progs = make([]*Prog, t.num)
	for i := range f.Progs {
		d, err := f.readAt(r, t.off+int64(i*t.entsize), size)
		if err != nil {
			return err
		}
		p := new(Prog)
		p.Type = ProgType(d.u32())
		// A 64-bit header moves the flags up, next to the type.
		if f.Class == ELFCLASS64 {
			p.Flags = ProgFlag(d.u32())
		}
		p.Off, p.Vaddr, p.Paddr = d.word(), d.word(), d.word()
		p.Filesz, p.Memsz = d.word(), d.word()
		if f.Class == ELFCLASS32 {
			p.Flags = ProgFlag(d.u32())
		}
		p.Align = d.word()
		p.sr = io.NewSectionReader(r, int64(p.Off), int64(p.Filesz))
		p.ReaderAt = p.sr
		f.Progs[i] = p
	}
	return nil
}

// readSections reads the section header table into f.Sections and
// returns the offsets of the sections' names, which can be looked up
// only once the name section itself is read.
func (f *File) readSections(r io.ReaderAt, t tableLayout) ([]uint32, error) {
	size := 40
	if f.Class == ELFCLASS64 {
		size = 64
	}
	f.Sections = make([]*Section, t.num)
	names := make([]uint32, t.num)
	for i := range f.Sections {
		off := t.off + int64(i*t.entsize)
		d, err := f.readAt(r, off, size)
		if err != nil {
			return nil, err
		}
		s := new(Section)
		names[i] = d.u32()
		s.Type = SectionType(d.u32())
		s.Flags = SectionFlag(d.word())
		s.Addr, s.Offset, s.FileSize = d.word(), d.word(), d.word()
		s.Link, s.Info = d.u32(), d.u32()
		s.Addralign, s.Entsize = d.word(), d.word()
		if int64(s.Offset) < 0 {
			return nil, &FormatError{off, "invalid section offset", int64(s.Offset)}
		}
		if int64(s.FileSize) < 0 {
			return nil, &FormatError{off, "invalid section size", int64(s.FileSize)}
		}
		s.sr = io.NewSectionReader(r, int64(s.Offset), int64(s.FileSize))
		if s.Flags&SHF_COMPRESSED == 0 {
			s.ReaderAt = s.sr
			s.Size = s.FileSize
		} else if err := f.readCompressionHeader(s); err != nil {
			return nil, err
		}
		f.Sections[i] = s
	}
	return names, nil
}

// readCompressionHeader reads the header that starts a compressed
// section, which gives its uncompressed size and alignment.
func (f *File) readCompressionHeader(s *Section) error {
	size := 12
	if f.Class == ELFCLASS64 {
		size = 24
	}
	d, err := f.readAt(s.sr, 0, size)
	if err != nil {
		return err
	}
	s.compressionType = CompressionType(d.u32())
	if f.Class == ELFCLASS64 {
		d.u32() // padding
	}
	s.Size, s.Addralign = d.word(), d.word()
	s.compressionOffset = int64(size)
	return nil
}

// readAt reads the size bytes of a header at off and returns a decoder
// over them. A header cut short by the end of the file is an error.
func (f *File) readAt(r io.ReaderAt, off int64, size int) (*decoder, error) {
	b := make([]byte, size)
	n, err := r.ReadAt(b, off)
	if n < size {
		if err == nil || (err == io.EOF && n > 0) {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	return &decoder{b: b, order: f.ByteOrder, wide: f.Class == ELFCLASS64}, nil
}

// A decoder reads the fields of a header one after the other.
type decoder struct {
	b     []byte
	order binary.ByteOrder
	wide  bool // a 64-bit file, whose addresses, offsets and sizes take 8 bytes
}

func (d *decoder) skip(n int) { d.b = d.b[n:] }

func (d *decoder) u8() uint8 {
	v := d.b[0]
	d.b = d.b[1:]
	return v
}

func (d *decoder) u16() uint16 {
	v := d.order.Uint16(d.b)
	d.b = d.b[2:]
	return v
}

func (d *decoder) u32() uint32 {
	v := d.order.Uint32(d.b)
	d.b = d.b[4:]
	return v
}

func (d *decoder) u64() uint64 {
	v := d.order.Uint64(d.b)
	d.b = d.b[8:]
	return v
}

// word reads an address, offset or size: 4 bytes in a 32-bit file, 8 in
// a 64-bit one.
func (d *decoder) word() uint64 {
	if d.wide {
		return d.u64()
	}
	return uint64(d.u32())
}

// stringTable returns the contents of the string table section link.
func (f *File) stringTable(link uint32) ([]byte, error) {
	if link <= 0 || link >= uint32(len(f.Sections)) {
		return nil, errors.New("section has invalid string table link")
	}
	return f.Sections[link].Data()
}
