// This file implements the section table and each section's
// relocations.

package pe

import (
	"debug/internal/cstring"
	"encoding/binary"
	"fmt"
	"io"
	"strconv"
)

// SectionHeader32 is a header of the section table, as it is on disk.
type SectionHeader32 struct {
	Name                 [8]uint8
	VirtualSize          uint32
	VirtualAddress       uint32
	SizeOfRawData        uint32
	PointerToRawData     uint32
	PointerToRelocations uint32
	PointerToLineNumbers uint32
	NumberOfRelocations  uint16
	NumberOfLineNumbers  uint16
	Characteristics      uint32
}

// fullName returns the name of the section. A name longer than the
// eight bytes of the header is in the string table, and the header
// holds "/" and its offset there in decimal, as in "/4".
func (sh *SectionHeader32) fullName(st StringTable) (string, error) {
	if sh.Name[0] != '/' {
		return cstring.Field(sh.Name[:]), nil
	}
	i, err := strconv.Atoi(cstring.Field(sh.Name[1:]))
	if err != nil {
		return "", err
	}
	return st.String(uint32(i))
}

// Reloc is a COFF relocation: where in its section, which symbol, and
// how (a machine-specific type).
type Reloc struct {
	VirtualAddress   uint32
	SymbolTableIndex uint32
	Type             uint16
}

// SectionHeader is a SectionHeader32 with its full name as a Go string.
type SectionHeader struct {
	Name                 string
	VirtualSize          uint32
	VirtualAddress       uint32
	Size                 uint32
	Offset               uint32
	PointerToRelocations uint32
	PointerToLineNumbers uint32
	NumberOfRelocations  uint16
	NumberOfLineNumbers  uint16
	Characteristics      uint32
}

// Section is a section of a PE or COFF file.
type Section struct {
	SectionHeader
	Relocs []Reloc

	// The section offers ReadAt only: a shared Read/Seek offset would
	// make its readers disturb one another, so Open gives each its own.
	io.ReaderAt
	sr *io.SectionReader
}

// Data returns the bytes of the section in the file.
func (s *Section) Data() ([]byte, error) {
	b := make([]byte, s.sr.Size())
	n, err := s.sr.ReadAt(b, 0)
	if n == len(b) {
		err = nil
	}
	return b[:n], err
}

// Open returns a ReadSeeker of its own over the section.
func (s *Section) Open() io.ReadSeeker {
	return io.NewSectionReader(s.sr, 0, 1<<63-1)
}

// Bits of SectionHeader.Characteristics: what a section holds and how
// it is mapped.
const (
	IMAGE_SCN_CNT_CODE               = 0x00000020
	IMAGE_SCN_CNT_INITIALIZED_DATA   = 0x00000040
	IMAGE_SCN_CNT_UNINITIALIZED_DATA = 0x00000080
	IMAGE_SCN_LNK_COMDAT             = 0x00001000
	IMAGE_SCN_MEM_DISCARDABLE        = 0x02000000
	IMAGE_SCN_MEM_EXECUTE            = 0x20000000
	IMAGE_SCN_MEM_READ               = 0x40000000
	IMAGE_SCN_MEM_WRITE              = 0x80000000
)

// readSections reads the n headers of the section table from hr, the
// sections' contents being read from r.
func readSections(r io.ReaderAt, hr io.Reader, n int, st StringTable) ([]*Section, error) {
	sections := make([]*Section, n)
	for i := range sections {
		var sh SectionHeader32
		if err := binary.Read(hr, binary.LittleEndian, &sh); err != nil {
			return nil, err
		}
		name, err := sh.fullName(st)
		if err != nil {
			return nil, err
		}
		s := &Section{SectionHeader: SectionHeader{
			Name:                 name,
			VirtualSize:          sh.VirtualSize,
			VirtualAddress:       sh.VirtualAddress,
			Size:                 sh.SizeOfRawData,
			Offset:               sh.PointerToRawData,
			PointerToRelocations: sh.PointerToRelocations,
			PointerToLineNumbers: sh.PointerToLineNumbers,
			NumberOfRelocations:  sh.NumberOfRelocations,
			NumberOfLineNumbers:  sh.NumberOfLineNumbers,
			Characteristics:      sh.Characteristics,
		}}
		// A section with no bytes in the file, such as .bss, reads as
		// zeros.
		data := r
		if sh.PointerToRawData == 0 {
			data = zeroReaderAt{}
		}
		s.sr = io.NewSectionReader(data, int64(s.Offset), int64(s.Size))
		s.ReaderAt = s.sr
		sections[i] = s
	}
	return sections, nil
}

// A zeroReaderAt reads zeros everywhere.
type zeroReaderAt struct{}

func (zeroReaderAt) ReadAt(p []byte, off int64) (int, error) {
	for i := range p {
		p[i] = 0
	}
	return len(p), nil
}

// readRelocs reads the relocations of the section of sh, an array of
// 10-byte records.
func readRelocs(sh *SectionHeader, r io.ReadSeeker) ([]Reloc, error) {
	if sh.NumberOfRelocations == 0 {
		return nil, nil
	}
	if _, err := r.Seek(int64(sh.PointerToRelocations), io.SeekStart); err != nil {
		return nil, fmt.Errorf("fail to seek to %q section relocations: %v", sh.Name, err)
	}
	relocs := make([]Reloc, sh.NumberOfRelocations)
	if err := binary.Read(r, binary.LittleEndian, relocs); err != nil {
		return nil, fmt.Errorf("fail to read section relocations: %v", err)
	}
	return relocs, nil
}
