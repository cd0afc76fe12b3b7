// This file gathers the DWARF sections of a file for package debug/dwarf.
// PE names them ".debug_info" and so on (a name too long for the
// section table is in the string table); an older toolchain compressed
// them into ".zdebug_*" sections.

package pe

import (
	"debug/dwarf"
	"debug/internal/dwarfload"
)

// DWARF returns the DWARF data of the PE file.
func (f *File) DWARF() (*dwarf.Data, error) {
	var sections []dwarfload.Section
	for i, s := range f.Sections {
		if name := dwarfload.Suffix(s.Name, "."); name != "" {
			sections = append(sections, dwarfload.Section{Name: name, Index: i, Data: s.dwarfData})
		}
	}
	return dwarfload.Load(sections)
}

// dwarfData returns the contents of s, uncompressed. The file pads a
// section to its file alignment: VirtualSize, when smaller, is its true
// size.
func (s *Section) dwarfData() ([]byte, error) {
	b, err := s.Data()
	if err != nil && uint32(len(b)) < s.Size {
		return nil, err
	}
	if 0 < s.VirtualSize && s.VirtualSize < s.Size {
		b = b[:s.VirtualSize]
	}
	return dwarfload.Uncompress(b)
}
