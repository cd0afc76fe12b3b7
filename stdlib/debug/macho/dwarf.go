// This file gathers the DWARF sections of a file for package debug/dwarf.
// Mach-O names them "__debug_info" and so on, in the __DWARF segment;
// an older toolchain compressed them into "__zdebug_*" sections.

package macho

import (
	"debug/dwarf"
	"debug/internal/dwarfload"
)

// DWARF returns the DWARF data of the Mach-O file.
func (f *File) DWARF() (*dwarf.Data, error) {
	var sections []dwarfload.Section
	for i, s := range f.Sections {
		if name := dwarfload.Suffix(s.Name, "__"); name != "" {
			sections = append(sections, dwarfload.Section{Name: name, Index: i, Data: s.dwarfData})
		}
	}
	return dwarfload.Load(sections)
}

// dwarfData returns the contents of s, uncompressed.
func (s *Section) dwarfData() ([]byte, error) {
	b, err := s.Data()
	if err != nil && uint64(len(b)) < s.Size {
		return nil, err
	}
	return dwarfload.Uncompress(b)
}
