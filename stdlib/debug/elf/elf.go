// Package elf reads ELF object files: executables, shared libraries,
// relocatable objects and core dumps.
//
// An ELF file (System V ABI, "gABI" chapter 4) starts with a header that
// locates two tables: the section headers, which the linker and the
// debuggers read (.text, .data, .symtab, .debug_info...), and the program
// headers, which the kernel reads to map the file into memory. The 32-bit
// and 64-bit forms differ only in the width and order of their fields; this
// file declares both as they sit in the file, and the *_consts.go and
// reloc_*.go files list the values their fields take.
//
// # Security
//
// This package is not designed to be hardened against adversarial inputs,
// and is outside the scope of https://go.dev/security/policy. In
// particular, only basic validation is done when parsing object files. As
// such, care should be taken when parsing untrusted inputs, as parsing
// malformed files may consume significant resources, or cause panics.
package elf

import "strconv"

// Indexes of the fields of Header.Ident, the identification bytes that
// follow the magic number and tell how to read the rest of the file.
const (
	EI_CLASS      = 4
	EI_DATA       = 5
	EI_VERSION    = 6
	EI_OSABI      = 7
	EI_ABIVERSION = 8
	EI_PAD        = 9
	EI_NIDENT     = 16
)

// ELFMAG is the magic number that opens every ELF file.
const ELFMAG = "\177ELF"

// ARM_MAGIC_TRAMP_NUMBER is the instruction word that marks an ARM
// trampoline, chosen to be encodable as an immediate.
const ARM_MAGIC_TRAMP_NUMBER = 0x5c000003

// Header32 is the file header of a 32-bit ELF file.
type Header32 struct {
	Ident     [EI_NIDENT]byte // Identification bytes, ELFMAG first.
	Type      uint16          // File type.
	Machine   uint16          // Machine architecture.
	Version   uint32          // ELF format version.
	Entry     uint32          // Entry point.
	Phoff     uint32          // File offset of the program header table.
	Shoff     uint32          // File offset of the section header table.
	Flags     uint32          // Architecture-specific flags.
	Ehsize    uint16          // Size of this header in bytes.
	Phentsize uint16          // Size of a program header entry.
	Phnum     uint16          // Number of program header entries.
	Shentsize uint16          // Size of a section header entry.
	Shnum     uint16          // Number of section header entries.
	Shstrndx  uint16          // Index of the section holding the section names.
}

// Section32 is a section header of a 32-bit ELF file.
type Section32 struct {
	Name      uint32 // Offset of the name in the section name table.
	Type      uint32 // Section type.
	Flags     uint32 // Section flags.
	Addr      uint32 // Address in memory.
	Off       uint32 // Offset in the file.
	Size      uint32 // Size in bytes.
	Link      uint32 // Index of a related section.
	Info      uint32 // Type-dependent extra information.
	Addralign uint32 // Alignment in bytes.
	Entsize   uint32 // Size of an entry, for sections holding a table.
}

// Prog32 is a program header of a 32-bit ELF file.
type Prog32 struct {
	Type   uint32 // Entry type.
	Off    uint32 // File offset of the contents.
	Vaddr  uint32 // Virtual address in memory.
	Paddr  uint32 // Physical address (unused).
	Filesz uint32 // Size of the contents in the file.
	Memsz  uint32 // Size of the contents in memory.
	Flags  uint32 // Access permission flags.
	Align  uint32 // Alignment in memory and file.
}

// Dyn32 is an entry of the .dynamic section of a 32-bit ELF file.
type Dyn32 struct {
	Tag int32  // Entry type.
	Val uint32 // Integer or address value.
}

// Chdr32 is the header that starts a compressed section of a 32-bit file.
type Chdr32 struct {
	Type      uint32
	Size      uint32
	Addralign uint32
}

// Rel32 is a 32-bit relocation without an addend.
type Rel32 struct {
	Off  uint32 // Location to be relocated.
	Info uint32 // Symbol index and relocation type.
}

// Rela32 is a 32-bit relocation with an addend.
type Rela32 struct {
	Off    uint32 // Location to be relocated.
	Info   uint32 // Symbol index and relocation type.
	Addend int32  // Added to the symbol's value.
}

// R_SYM32 returns the symbol index of a 32-bit relocation's Info.
func R_SYM32(info uint32) uint32 { return info >> 8 }

// R_TYPE32 returns the relocation type of a 32-bit relocation's Info.
func R_TYPE32(info uint32) uint32 { return info & 0xff }

// R_INFO32 packs a symbol index and a relocation type into a 32-bit Info.
func R_INFO32(sym, typ uint32) uint32 { return sym<<8 | typ }

// Sym32 is an entry of the symbol table of a 32-bit ELF file.
type Sym32 struct {
	Name  uint32
	Value uint32
	Size  uint32
	Info  uint8
	Other uint8
	Shndx uint16
}

// Sym32Size is the size of a Sym32 in the file.
const Sym32Size = 16

// ST_BIND returns the binding kept in the high nibble of a symbol's Info.
func ST_BIND(info uint8) SymBind { return SymBind(info >> 4) }

// ST_TYPE returns the type kept in the low nibble of a symbol's Info.
func ST_TYPE(info uint8) SymType { return SymType(info & 0xF) }

// ST_INFO packs a binding and a type into a symbol's Info.
func ST_INFO(bind SymBind, typ SymType) uint8 {
	return uint8(bind)<<4 | uint8(typ)&0xf
}

// ST_VISIBILITY returns the visibility kept in a symbol's Other.
func ST_VISIBILITY(other uint8) SymVis { return SymVis(other & 3) }

// Header64 is the file header of a 64-bit ELF file.
type Header64 struct {
	Ident     [EI_NIDENT]byte // Identification bytes, ELFMAG first.
	Type      uint16          // File type.
	Machine   uint16          // Machine architecture.
	Version   uint32          // ELF format version.
	Entry     uint64          // Entry point.
	Phoff     uint64          // File offset of the program header table.
	Shoff     uint64          // File offset of the section header table.
	Flags     uint32          // Architecture-specific flags.
	Ehsize    uint16          // Size of this header in bytes.
	Phentsize uint16          // Size of a program header entry.
	Phnum     uint16          // Number of program header entries.
	Shentsize uint16          // Size of a section header entry.
	Shnum     uint16          // Number of section header entries.
	Shstrndx  uint16          // Index of the section holding the section names.
}

// Section64 is a section header of a 64-bit ELF file.
type Section64 struct {
	Name      uint32 // Offset of the name in the section name table.
	Type      uint32 // Section type.
	Flags     uint64 // Section flags.
	Addr      uint64 // Address in memory.
	Off       uint64 // Offset in the file.
	Size      uint64 // Size in bytes.
	Link      uint32 // Index of a related section.
	Info      uint32 // Type-dependent extra information.
	Addralign uint64 // Alignment in bytes.
	Entsize   uint64 // Size of an entry, for sections holding a table.
}

// Prog64 is a program header of a 64-bit ELF file; Flags moved up next
// to Type so that the 64-bit fields stay aligned.
type Prog64 struct {
	Type   uint32 // Entry type.
	Flags  uint32 // Access permission flags.
	Off    uint64 // File offset of the contents.
	Vaddr  uint64 // Virtual address in memory.
	Paddr  uint64 // Physical address (unused).
	Filesz uint64 // Size of the contents in the file.
	Memsz  uint64 // Size of the contents in memory.
	Align  uint64 // Alignment in memory and file.
}

// Dyn64 is an entry of the .dynamic section of a 64-bit ELF file.
type Dyn64 struct {
	Tag int64  // Entry type.
	Val uint64 // Integer or address value.
}

// Chdr64 is the header that starts a compressed section of a 64-bit file.
type Chdr64 struct {
	Type      uint32
	_         uint32 // Padding, to align Size.
	Size      uint64
	Addralign uint64
}

// Rel64 is a 64-bit relocation without an addend.
type Rel64 struct {
	Off  uint64 // Location to be relocated.
	Info uint64 // Symbol index and relocation type.
}

// Rela64 is a 64-bit relocation with an addend.
type Rela64 struct {
	Off    uint64 // Location to be relocated.
	Info   uint64 // Symbol index and relocation type.
	Addend int64  // Added to the symbol's value.
}

// R_SYM64 returns the symbol index of a 64-bit relocation's Info.
func R_SYM64(info uint64) uint32 { return uint32(info >> 32) }

// R_TYPE64 returns the relocation type of a 64-bit relocation's Info.
func R_TYPE64(info uint64) uint32 { return uint32(info) }

// R_INFO packs a symbol index and a relocation type into a 64-bit Info.
func R_INFO(sym, typ uint32) uint64 { return uint64(sym)<<32 | uint64(typ) }

// Sym64 is an entry of the symbol table of a 64-bit ELF file.
type Sym64 struct {
	Name  uint32 // Offset of the name in the string table.
	Info  uint8  // Binding and type.
	Other uint8  // Visibility.
	Shndx uint16 // Section the symbol is defined in.
	Value uint64 // Value, usually an address.
	Size  uint64 // Size of the object named.
}

// Sym64Size is the size of a Sym64 in the file.
const Sym64Size = 24

// A nameTable maps the values of one constant type to the names String
// prints, in increasing order of value. Where several constants share a
// value, only the one to print is listed.
type nameTable []struct {
	value uint32
	name  string
}

// name returns the name of v, prefix first. A value not listed is named
// after the largest listed value below it, so that one inside a reserved
// range prints as, say, "ET_LOOS+5"; a value below them all prints as a
// decimal number.
func (t nameTable) name(v uint32, prefix string) string {
	for _, n := range t {
		if n.value == v {
			return prefix + n.name
		}
	}
	for j := len(t) - 1; j >= 0; j-- {
		if t[j].value < v {
			return prefix + t[j].name + "+" + strconv.FormatUint(uint64(v-t[j].value), 10)
		}
	}
	return strconv.FormatUint(uint64(v), 10)
}

// flags returns the names of the bits set in v joined by "+", the bits
// that have no name last, in hexadecimal: PF_W+PF_R+0x50.
func (t nameTable) flags(v uint32, prefix string) string {
	s := ""
	for _, n := range t {
		if v&n.value != n.value {
			continue
		}
		if s != "" {
			s += "+"
		}
		s += prefix + n.name
		v -= n.value
	}
	rest := "0x" + strconv.FormatUint(uint64(v), 16)
	switch {
	case s == "":
		return rest
	case v != 0:
		return s + "+" + rest
	}
	return s
}
