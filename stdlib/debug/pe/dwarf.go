// This file gathers the DWARF sections of a file for package debug/dwarf.
// PE names them ".debug_info" and so on (a name too long for the
// section table is in the string table); an older toolchain compressed
// them into ".zdebug_*" sections.

package pe

import (
	"bytes"
	"compress/zlib"
	"debug/dwarf"
	"encoding/binary"
	"fmt"
	"io"
	"strings"
)

// The DWARF sections dwarf.New takes; the others are added after with
// Data.AddSection and Data.AddTypes.
var firstDWARFSections = []string{"abbrev", "info", "str", "line", "ranges"}

// DWARF returns the DWARF debug information for the PE file.
func (f *File) DWARF() (*dwarf.Data, error) {
	first := map[string][]byte{}
	for _, name := range firstDWARFSections {
		first[name] = nil
	}
	for _, s := range f.Sections {
		suffix := dwarfSuffix(s)
		if _, ok := first[suffix]; !ok {
			continue
		}
		b, err := dwarfSectionData(s)
		if err != nil {
			return nil, err
		}
		first[suffix] = b
	}
	d, err := dwarf.New(first["abbrev"], nil, nil, first["info"], first["line"], nil, first["ranges"], first["str"])
	if err != nil {
		return nil, err
	}
	for i, s := range f.Sections {
		suffix := dwarfSuffix(s)
		if _, done := first[suffix]; suffix == "" || done {
			continue
		}
		b, err := dwarfSectionData(s)
		if err != nil {
			return nil, err
		}
		if suffix == "types" {
			// Each type unit section is added under a name of its own.
			err = d.AddTypes(fmt.Sprintf("types-%d", i), b)
		} else {
			err = d.AddSection(".debug_"+suffix, b)
		}
		if err != nil {
			return nil, err
		}
	}
	return d, nil
}

// dwarfSuffix returns what follows ".debug_" or ".zdebug_" in the name
// of a DWARF section, and "" for the other sections.
func dwarfSuffix(s *Section) string {
	for _, prefix := range []string{".debug_", ".zdebug_"} {
		if strings.HasPrefix(s.Name, prefix) {
			return s.Name[len(prefix):]
		}
	}
	return ""
}

// dwarfSectionData returns the contents of s, uncompressed. The file
// pads a section to its file alignment: VirtualSize, when smaller, is
// its true size. A compressed section starts "ZLIB", then the
// uncompressed size as a big-endian 64-bit number, then the zlib stream.
func dwarfSectionData(s *Section) ([]byte, error) {
	b, err := s.Data()
	if err != nil && uint32(len(b)) < s.Size {
		return nil, err
	}
	if 0 < s.VirtualSize && s.VirtualSize < s.Size {
		b = b[:s.VirtualSize]
	}
	if len(b) < 12 || string(b[:4]) != "ZLIB" {
		return b, nil
	}
	out := make([]byte, binary.BigEndian.Uint64(b[4:12]))
	zr, err := zlib.NewReader(bytes.NewReader(b[12:]))
	if err != nil {
		return nil, err
	}
	if _, err := io.ReadFull(zr, out); err != nil {
		return nil, err
	}
	if err := zr.Close(); err != nil {
		return nil, err
	}
	return out, nil
}
