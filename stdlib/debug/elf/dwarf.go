// This file gathers the DWARF sections of a file for package debug/dwarf.
// In a relocatable object (.o) the references between DWARF sections are
// still relocations to be applied, so File.DWARF applies the few kinds a
// debugger needs: absolute addresses of 4 and 8 bytes.

package elf

import (
	"debug/dwarf"
	"debug/internal/dwarfload"
	"encoding/binary"
	"errors"
	"fmt"
)

// DWARF returns the DWARF debugging information of the file.
func (f *File) DWARF() (*dwarf.Data, error) {
	var sections []dwarfload.Section
	for i, s := range f.Sections {
		if name := dwarfload.Suffix(s.Name, "."); name != "" {
			i, s := i, s
			read := func() ([]byte, error) { return f.dwarfSectionData(i, s) }
			sections = append(sections, dwarfload.Section{Name: name, Index: i, Data: read})
		}
	}
	return dwarfload.Load(sections)
}

// dwarfSectionData returns the contents of section i, s, uncompressed and
// relocated.
func (f *File) dwarfSectionData(i int, s *Section) ([]byte, error) {
	b, err := s.Data()
	if err != nil && uint64(len(b)) < s.Size {
		return nil, err
	}
	if b, err = f.uncompressDWARF(s, b); err != nil {
		return nil, err
	}
	// An executable's DWARF is already relocated; its .rela sections, if
	// kept, may not describe the DWARF as it is.
	if f.Type == ET_EXEC {
		return b, nil
	}
	for _, r := range f.Sections {
		if (r.Type != SHT_RELA && r.Type != SHT_REL) || int(r.Info) != i {
			continue
		}
		rels, err := r.Data()
		if err != nil {
			return nil, err
		}
		if err := f.applyRelocations(b, rels); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// uncompressDWARF uncompresses the contents b of a section still
// compressed: those of a .zdebug section, which open with the GNU "ZLIB"
// header, and those of a compressed section that Section.Data could not
// uncompress.
func (f *File) uncompressDWARF(s *Section, b []byte) ([]byte, error) {
	size, gnu := dwarfload.ZLIBSize(b)
	if gnu {
		s.compressionOffset = dwarfload.ZLIBHeaderSize
	}
	if size == 0 && len(b) >= 12 && s.Flags&SHF_COMPRESSED != 0 && s.Flags&SHF_ALLOC == 0 &&
		f.ByteOrder.Uint32(b) == uint32(COMPRESS_ZLIB) {
		s.compressionType = COMPRESS_ZLIB
		switch f.Class {
		case ELFCLASS32:
			size = uint64(f.ByteOrder.Uint32(b[4:]))
			s.compressionOffset = 12
		case ELFCLASS64:
			if len(b) < 24 {
				return nil, errors.New("invalid compress header 64")
			}
			size = f.ByteOrder.Uint64(b[8:])
			s.compressionOffset = 24
		}
	}
	if size == 0 {
		return b, nil
	}
	return dwarfload.Inflate(b[s.compressionOffset:], size)
}

// A relocFormat says how the DWARF relocations of one (class, machine)
// are written and which of them to apply.
type relocFormat struct {
	rela bool // Rela entries, with an addend; else Rel, the addend in place
	// split takes an entry's Info apart into a symbol index and a type.
	split func(info uint64, order binary.ByteOrder) (sym uint64, typ uint32)
	// width gives the number of bytes relocation type typ writes, 4 or 8,
	// or 0 for the types a debugger need not apply.
	width func(typ uint32) int
}

func split32(info uint64, _ binary.ByteOrder) (uint64, uint32) { return info >> 8, uint32(info & 0xff) }
func split64(info uint64, _ binary.ByteOrder) (uint64, uint32) {
	return info >> 32, uint32(info & 0xffff)
}

// splitSPARC64 keeps the low byte of the type only: SPARC puts an
// addend in the bits above.
func splitSPARC64(info uint64, _ binary.ByteOrder) (uint64, uint32) {
	return info >> 32, uint32(info & 0xff)
}

// splitMIPS64 reads the Info of 64-bit MIPS, which a little-endian file
// stores as a 32-bit symbol index followed by four one-byte types, so
// that read as a little-endian number the first type is the top byte.
func splitMIPS64(info uint64, order binary.ByteOrder) (uint64, uint32) {
	if order == binary.BigEndian {
		return info >> 32, uint32(info & 0xff)
	}
	return info & 0xffffffff, uint32(info >> 56)
}

// widths returns a width function for the types abs64 and abs32, the
// absolute relocations of 8 and 4 bytes of an architecture.
func widths(abs64, abs32 []uint32) func(uint32) int {
	return func(typ uint32) int {
		for _, t := range abs64 {
			if t == typ {
				return 8
			}
		}
		for _, t := range abs32 {
			if t == typ {
				return 4
			}
		}
		return 0
	}
}

// relocFormatOf returns the relocation format of the file's class and
// machine, or nil if the DWARF relocations of that machine are not known.
func (f *File) relocFormatOf() *relocFormat {
	u := func(ts ...uint32) []uint32 { return ts }
	wide := f.Class == ELFCLASS64
	switch {
	case wide && f.Machine == EM_X86_64:
		return &relocFormat{true, split64, widths(u(uint32(R_X86_64_64)), u(uint32(R_X86_64_32)))}
	case !wide && f.Machine == EM_386:
		return &relocFormat{false, split32, widths(nil, u(uint32(R_386_32)))}
	case !wide && f.Machine == EM_ARM:
		return &relocFormat{false, split32, widths(nil, u(uint32(R_ARM_ABS32)))}
	case wide && f.Machine == EM_AARCH64:
		return &relocFormat{true, split64, widths(u(uint32(R_AARCH64_ABS64)), u(uint32(R_AARCH64_ABS32)))}
	case !wide && f.Machine == EM_PPC:
		return &relocFormat{true, split32, widths(nil, u(uint32(R_PPC_ADDR32)))}
	case wide && f.Machine == EM_PPC64:
		return &relocFormat{true, split64, widths(u(uint32(R_PPC64_ADDR64)), u(uint32(R_PPC64_ADDR32)))}
	case !wide && f.Machine == EM_MIPS:
		return &relocFormat{false, split32, widths(nil, u(uint32(R_MIPS_32)))}
	case wide && f.Machine == EM_MIPS:
		return &relocFormat{true, splitMIPS64, widths(u(uint32(R_MIPS_64)), u(uint32(R_MIPS_32)))}
	case wide && f.Machine == EM_LOONGARCH:
		return &relocFormat{true, split64, widths(u(uint32(R_LARCH_64)), u(uint32(R_LARCH_32)))}
	case wide && f.Machine == EM_RISCV:
		return &relocFormat{true, split64, widths(u(uint32(R_RISCV_64)), u(uint32(R_RISCV_32)))}
	case wide && f.Machine == EM_S390:
		return &relocFormat{true, split64, widths(u(uint32(R_390_64)), u(uint32(R_390_32)))}
	case wide && f.Machine == EM_SPARCV9:
		return &relocFormat{true, splitSPARC64,
			widths(u(uint32(R_SPARC_64), uint32(R_SPARC_UA64)), u(uint32(R_SPARC_32), uint32(R_SPARC_UA32)))}
	}
	return nil
}

// applyRelocations applies to dst, the contents of a DWARF section, the
// relocations rels of its REL or RELA section.
func (f *File) applyRelocations(dst []byte, rels []byte) error {
	format := f.relocFormatOf()
	if format == nil {
		return errors.New("applyRelocations: not implemented")
	}
	word := 4
	if f.Class == ELFCLASS64 {
		word = 8
	}
	entry := 2 * word
	if format.rela {
		entry += word
	}
	if len(rels)%entry != 0 {
		return fmt.Errorf("length of relocation section is not a multiple of %d", entry)
	}
	symbols, _, err := f.getSymbols(SHT_SYMTAB)
	if err != nil {
		return err
	}
	d := &decoder{b: rels, order: f.ByteOrder, wide: f.Class == ELFCLASS64}
	for len(d.b) > 0 {
		off, info := d.word(), d.word()
		var addend int64
		if format.rela {
			addend = signed(d.word(), word)
		}
		symNo, typ := format.split(info, f.ByteOrder)
		if symNo == 0 || symNo > uint64(len(symbols)) {
			continue
		}
		sym := &symbols[symNo-1]
		if format.rela {
			f.relocateRela(dst, off, sym, addend, format.width(typ))
		} else if format.width(typ) == 4 {
			f.relocateRel(dst, off, sym)
		}
	}
	return nil
}

// signed sign-extends v, a field of word bytes.
func signed(v uint64, word int) int64 {
	if word == 4 {
		return int64(int32(v))
	}
	return int64(v)
}

// relocateRela writes the symbol's value plus the addend into the width
// bytes at off. Like Go, it leaves alone symbols that are undefined or
// not in a section, negative addends, and a relocation that would write
// the section's last byte.
func (f *File) relocateRela(dst []byte, off uint64, sym *Symbol, addend int64, width int) {
	if width == 0 || sym.Section == SHN_UNDEF || sym.Section >= SHN_LORESERVE {
		return
	}
	if off+uint64(width) >= uint64(len(dst)) || addend < 0 {
		return
	}
	switch width {
	case 8:
		f.ByteOrder.PutUint64(dst[off:], sym.Value+uint64(addend))
	case 4:
		f.ByteOrder.PutUint32(dst[off:], uint32(sym.Value)+uint32(addend))
	}
}

// relocateRel adds the symbol's value to the 4 bytes at off, which hold
// the addend.
func (f *File) relocateRel(dst []byte, off uint64, sym *Symbol) {
	if off+4 >= uint64(len(dst)) {
		return
	}
	v := f.ByteOrder.Uint32(dst[off:])
	f.ByteOrder.PutUint32(dst[off:], v+uint32(sym.Value))
}
