// Package dwarf reads the DWARF debugging information held in executable
// files. The format is defined by the DWARF standard (version 2.0 is at
// http://dwarfstd.org/doc/dwarf-2.0.0.pdf; later versions are read too).
//
// DWARF describes a program as a tree of entries (Entry): a compile unit
// holds functions, types and variables, a function its parameters and
// local variables, and each entry has attributes (Field) such as a name,
// a type or an address range. The entries of a unit are encoded in
// .debug_info with the help of a table of abbreviations (.debug_abbrev)
// that lists, once, the tag and attribute forms of each kind of entry.
// Apart from the tree, .debug_line maps machine addresses to source lines
// (see LineReader), and the type entries can be read as Type values.
// This package reads DWARF 2 to 5.
//
// # Security
//
// This package is not designed to be hardened against adversarial inputs,
// and is outside the scope of https://go.dev/security/policy. In
// particular, only basic validation is done when parsing object files. As
// such, care should be taken when parsing untrusted inputs, as parsing
// malformed files may consume significant resources, or cause panics.
package dwarf

import (
	"encoding/binary"
	"errors"
)

// Data holds the DWARF sections of one file and what has been decoded
// from them.
type Data struct {
	// The sections that New takes.
	abbrev   []byte
	aranges  []byte
	frame    []byte
	info     []byte
	line     []byte
	pubnames []byte
	ranges   []byte
	str      []byte

	// The DWARF 5 sections AddSection adds.
	addr       []byte
	lineStr    []byte
	strOffsets []byte
	rngLists   []byte

	abbrevCache map[uint64]abbrevTable // by offset in .debug_abbrev
	bigEndian   bool
	order       binary.ByteOrder
	typeCache   map[Offset]Type
	typeSigs    map[uint64]*typeUnit // the type units of .debug_types, by signature
	unit        []unit
}

var errSegmentSelector = errors.New("non-zero segment_selector size not supported")

// New returns the DWARF data of the given sections' contents, as an
// object file reader finds them (nil for the absent ones); package
// debug/elf calls it from File.DWARF.
func New(abbrev, aranges, frame, info, line, pubnames, ranges, str []byte) (*Data, error) {
	d := &Data{
		abbrev:      abbrev,
		aranges:     aranges,
		frame:       frame,
		info:        info,
		line:        line,
		pubnames:    pubnames,
		ranges:      ranges,
		str:         str,
		abbrevCache: make(map[uint64]abbrevTable),
		typeCache:   make(map[Offset]Type),
		typeSigs:    make(map[uint64]*typeUnit),
	}
	if err := d.guessByteOrder(); err != nil {
		return nil, err
	}
	u, err := d.parseUnits()
	if err != nil {
		return nil, err
	}
	d.unit = u
	return d, nil
}

// guessByteOrder finds the byte order of the data, which the sections do
// not state, from the version number of the first unit: a small number
// in 2 bytes, so that one of them is 0 and its place tells the order.
func (d *Data) guessByteOrder() error {
	if len(d.info) < 6 {
		return DecodeError{"info", Offset(len(d.info)), "too short"}
	}
	at := 4
	if string(d.info[:4]) == "\xff\xff\xff\xff" {
		// 64-bit DWARF: the real length follows, in 8 bytes.
		if len(d.info) < 14 {
			return DecodeError{"info", Offset(len(d.info)), "too short"}
		}
		at = 12
	}
	x, y := d.info[at], d.info[at+1]
	switch {
	case x == 0 && y == 0:
		return DecodeError{"info", 4, "unsupported version 0"}
	case x == 0:
		d.bigEndian = true
		d.order = binary.BigEndian
	case y == 0:
		d.order = binary.LittleEndian
	default:
		return DecodeError{"info", 4, "cannot determine byte order"}
	}
	return nil
}

// AddTypes adds the contents of a .debug_types section (DWARF 4), which
// holds type units. An object file may have several such sections; name
// tells them apart in errors.
func (d *Data) AddTypes(name string, types []byte) error {
	return d.parseTypes(name, types)
}

// AddSection adds a DWARF section that New does not take, by its ELF name
// (".debug_addr", ".debug_line_str", ".debug_str_offsets" or
// ".debug_rnglists"). Other sections are ignored.
func (d *Data) AddSection(name string, contents []byte) error {
	switch name {
	case ".debug_addr":
		d.addr = contents
	case ".debug_line_str":
		d.lineStr = contents
	case ".debug_str_offsets":
		d.strOffsets = contents
	case ".debug_rnglists":
		d.rngLists = contents
	}
	return nil
}
