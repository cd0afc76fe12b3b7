// This file implements sections and their relocations.

package macho

import (
	"encoding/binary"
	"io"
)

// A SectionHeader is the header of a Mach-O section, the same in 32-bit
// and 64-bit files once its address and size are widened.
type SectionHeader struct {
	Name   string
	Seg    string
	Addr   uint64
	Size   uint64
	Offset uint32
	Align  uint32
	Reloff uint32
	Nreloc uint32
	Flags  uint32
}

// A Reloc is a relocation: a place in the section to patch when the
// address of what it refers to is known.
type Reloc struct {
	Addr uint32
	// Value is what the relocation refers to: an index into the symbol
	// table if Extern, a section number (from 1) if not, and the
	// target's address itself if Scattered.
	Value     uint32
	Type      uint8
	Len       uint8 // log2 of the size patched: 0 to 3 for 1 to 8 bytes
	Pcrel     bool
	Extern    bool // meaningless when Scattered
	Scattered bool
}

// A Section is a section of a segment, with its relocations.
type Section struct {
	SectionHeader
	Relocs []Reloc

	// As in Segment, ReadAt only: Open gives each reader its own offset.
	io.ReaderAt
	sr *io.SectionReader
}

// Data returns the bytes of the section in the file.
func (s *Section) Data() ([]byte, error) { return readAll(s.sr) }

// Open returns a ReadSeeker of its own over the section.
func (s *Section) Open() io.ReadSeeker { return io.NewSectionReader(s.sr, 0, 1<<63-1) }

// addSection appends the section of hdr to f.Sections, reading its
// relocations.
func (f *File) addSection(r io.ReaderAt, hdr SectionHeader) error {
	sr := io.NewSectionReader(r, int64(hdr.Offset), int64(hdr.Size))
	s := &Section{SectionHeader: hdr, ReaderAt: sr, sr: sr}
	f.Sections = append(f.Sections, s)
	if hdr.Nreloc == 0 {
		return nil
	}
	dat := make([]byte, int(hdr.Nreloc)*8)
	if _, err := r.ReadAt(dat, int64(hdr.Reloff)); err != nil {
		return err
	}
	s.Relocs = make([]Reloc, hdr.Nreloc)
	for i := range s.Relocs {
		addr := f.ByteOrder.Uint32(dat[8*i:])
		info := f.ByteOrder.Uint32(dat[8*i+4:])
		s.Relocs[i] = decodeReloc(addr, info, f.ByteOrder == binary.BigEndian)
	}
	return nil
}

// decodeReloc unpacks a relocation record, two words. Its top bit set
// makes it "scattered": the first word then packs the flags with a
// 24-bit address and the second is the target's address. Otherwise the
// first word is the address and the second packs a 24-bit symbol or
// section number with the flags, in an order that depends on the byte
// order (the C bit-fields are laid out from the low end on little-endian
// machines and from the high end on big-endian ones).
func decodeReloc(addr, info uint32, bigEndian bool) Reloc {
	if addr&(1<<31) != 0 {
		return Reloc{
			Addr:      addr & (1<<24 - 1),
			Type:      uint8(addr >> 24 & 0xf),
			Len:       uint8(addr >> 28 & 0x3),
			Pcrel:     addr&(1<<30) != 0,
			Value:     info,
			Scattered: true,
		}
	}
	if bigEndian {
		return Reloc{
			Addr:   addr,
			Value:  info >> 8,
			Pcrel:  info&(1<<7) != 0,
			Len:    uint8(info >> 5 & 0x3),
			Extern: info&(1<<4) != 0,
			Type:   uint8(info & 0xf),
		}
	}
	return Reloc{
		Addr:   addr,
		Value:  info & (1<<24 - 1),
		Pcrel:  info&(1<<24) != 0,
		Len:    uint8(info >> 25 & 0x3),
		Extern: info&(1<<27) != 0,
		Type:   uint8(info >> 28 & 0xf),
	}
}
