// Package dwarfload builds the debug/dwarf data of an object file from its
// DWARF sections. It is what debug/elf, debug/macho and debug/pe share in
// their DWARF methods: each names its sections its own way and reads them
// its own way (ELF applies relocations, PE trims padding), then hands them
// here as a list of named readers.
package dwarfload

import (
	"bytes"
	"compress/zlib"
	"debug/dwarf"
	"encoding/binary"
	"fmt"
	"io"
	"strings"
)

// A Section is one DWARF section of an object file.
type Section struct {
	Name  string                 // what follows "debug_" in its name: "info", "abbrev", ...
	Index int                    // its position in the file's section table
	Data  func() ([]byte, error) // reads its contents, uncompressed
}

// The sections dwarf.New takes; the others are added after it with
// Data.AddSection and Data.AddTypes.
var newSections = []string{"abbrev", "info", "str", "line", "ranges"}

// Suffix returns what follows "debug_" in a DWARF section's name, or
// "zdebug_" in that of one compressed the old GNU way, both after the
// format's lead ("." for ELF and PE, "__" for Mach-O); it returns "" for
// the other sections. Suffix(".zdebug_info", ".") is "info".
func Suffix(name, lead string) string {
	for _, prefix := range []string{lead + "debug_", lead + "zdebug_"} {
		if strings.HasPrefix(name, prefix) {
			return name[len(prefix):]
		}
	}
	return ""
}

// Load reads the sections and returns their DWARF data. Only the sections
// dwarf.New takes are read before it; the others, after.
func Load(sections []Section) (*dwarf.Data, error) {
	first := map[string][]byte{}
	for _, name := range newSections {
		first[name] = nil
	}
	for _, s := range sections {
		if _, ok := first[s.Name]; !ok {
			continue
		}
		b, err := s.Data()
		if err != nil {
			return nil, err
		}
		first[s.Name] = b
	}
	d, err := dwarf.New(first["abbrev"], nil, nil, first["info"], first["line"], nil, first["ranges"], first["str"])
	if err != nil {
		return nil, err
	}
	for _, s := range sections {
		if _, done := first[s.Name]; done {
			continue
		}
		if err := add(d, s); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// add reads s and adds it to d. Each .debug_types section (an ELF object
// has one per COMDAT group) is added under a name of its own.
func add(d *dwarf.Data, s Section) error {
	b, err := s.Data()
	if err != nil {
		return err
	}
	if s.Name == "types" {
		return d.AddTypes(fmt.Sprintf("types-%d", s.Index), b)
	}
	return d.AddSection(".debug_"+s.Name, b)
}

// ZLIBHeaderSize is the size of the header the old GNU compression puts
// before the zlib stream: "ZLIB", then the uncompressed size as a
// big-endian 8-byte number.
const ZLIBHeaderSize = 12

// ZLIBSize returns the uncompressed size that the header opening b gives,
// and false if b does not open with that header.
func ZLIBSize(b []byte) (uint64, bool) {
	if len(b) < ZLIBHeaderSize || string(b[:4]) != "ZLIB" {
		return 0, false
	}
	return binary.BigEndian.Uint64(b[4:ZLIBHeaderSize]), true
}

// Uncompress returns b uncompressed if it opens with the GNU header, and
// b itself if not.
func Uncompress(b []byte) ([]byte, error) {
	size, ok := ZLIBSize(b)
	if !ok {
		return b, nil
	}
	return Inflate(b[ZLIBHeaderSize:], size)
}

// Inflate returns the first size bytes that the zlib stream z holds.
func Inflate(z []byte, size uint64) ([]byte, error) {
	out := make([]byte, size)
	r, err := zlib.NewReader(bytes.NewReader(z))
	if err != nil {
		return nil, err
	}
	if _, err := io.ReadFull(r, out); err != nil {
		return nil, err
	}
	if err := r.Close(); err != nil {
		return nil, err
	}
	return out, nil
}
