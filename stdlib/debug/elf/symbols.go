// This file reads the symbol tables (.symtab and .dynsym), the GNU symbol
// versions of dynamic symbols, and the strings of the .dynamic section.

package elf

import (
	"debug/internal/cstring"
	"errors"
	"fmt"
)

// A Symbol is an entry of a symbol table.
type Symbol struct {
	Name        string
	Info, Other byte
	Section     SectionIndex
	Value, Size uint64

	// Version and Library are set only for dynamic symbols, from the
	// GNU symbol versioning tables.
	Version string
	Library string
}

// An ImportedSymbol is a symbol that a shared library is to provide when
// the program is loaded.
type ImportedSymbol struct {
	Name    string
	Version string
	Library string
}

// ErrNoSymbols is the error of Symbols and DynamicSymbols for a file
// without the symbol table asked for.
var ErrNoSymbols = errors.New("no symbol section")

// Symbols returns the entries of the symbol table (.symtab) in the order
// of the file. Like Go 1.0, it leaves out the null symbol that opens the
// table, so the symbol an index x designates is Symbols()[x-1].
func (f *File) Symbols() ([]Symbol, error) {
	syms, _, err := f.getSymbols(SHT_SYMTAB)
	return syms, err
}

// DynamicSymbols returns the entries of the dynamic symbol table
// (.dynsym), with their Version and Library if the file has symbol
// versions. Like Symbols, it leaves out the null symbol.
func (f *File) DynamicSymbols() ([]Symbol, error) {
	syms, strtab, err := f.getSymbols(SHT_DYNSYM)
	if err != nil {
		return nil, err
	}
	if v := f.symbolVersions(strtab); v != nil {
		for i := range syms {
			syms[i].Library, syms[i].Version = v.lookup(i, f)
		}
	}
	return syms, nil
}

// ImportedSymbols returns the global symbols that the file uses but does
// not define: those the dynamic loader must find in shared libraries.
// Weak symbols are left out.
func (f *File) ImportedSymbols() ([]ImportedSymbol, error) {
	syms, strtab, err := f.getSymbols(SHT_DYNSYM)
	if err != nil {
		return nil, err
	}
	v := f.symbolVersions(strtab)
	var all []ImportedSymbol
	for i, s := range syms {
		if ST_BIND(s.Info) != STB_GLOBAL || s.Section != SHN_UNDEF {
			continue
		}
		imp := ImportedSymbol{Name: s.Name}
		if v != nil {
			imp.Library, imp.Version = v.lookup(i, f)
		}
		all = append(all, imp)
	}
	return all, nil
}

// getSymbols decodes the first symbol table of type typ and returns its
// symbols with the string table their names are in.
func (f *File) getSymbols(typ SectionType) ([]Symbol, []byte, error) {
	symtab := f.SectionByType(typ)
	if symtab == nil {
		return nil, nil, ErrNoSymbols
	}
	data, err := symtab.Data()
	if err != nil {
		return nil, nil, fmt.Errorf("cannot load symbol section: %w", err)
	}
	size, sizeName := Sym32Size, "SymSize"
	if f.Class == ELFCLASS64 {
		size, sizeName = Sym64Size, "Sym64Size"
	}
	if len(data)%size != 0 {
		return nil, nil, errors.New("length of symbol section is not a multiple of " + sizeName)
	}
	strtab, err := f.stringTable(symtab.Link)
	if err != nil {
		return nil, nil, fmt.Errorf("cannot load string table section: %w", err)
	}
	if len(data) == 0 {
		return []Symbol{}, strtab, nil
	}
	syms := make([]Symbol, len(data)/size-1)
	d := &decoder{b: data[size:], order: f.ByteOrder, wide: f.Class == ELFCLASS64}
	for i := range syms {
		syms[i] = f.decodeSymbol(d, strtab)
	}
	return syms, strtab, nil
}

// decodeSymbol reads one symbol; 64-bit files put Value and Size last,
// to keep them aligned.
func (f *File) decodeSymbol(d *decoder, strtab []byte) Symbol {
	var s Symbol
	name := d.u32()
	s.Name, _ = cstring.At(strtab, int(name))
	if f.Class == ELFCLASS32 {
		s.Value, s.Size = d.word(), d.word()
	}
	s.Info, s.Other = d.u8(), d.u8()
	s.Section = SectionIndex(d.u16())
	if f.Class == ELFCLASS64 {
		s.Value, s.Size = d.word(), d.word()
	}
	return s
}

// versionTables holds the GNU symbol versioning tables of a file with
// dynamic symbols: .gnu.version_r lists, per shared library, the versions
// the file needs, each under a small index; .gnu.version gives the index
// of each dynamic symbol.
type versionTables struct {
	needed []neededVersion // by version index
	versym []byte          // a 2-byte index per dynamic symbol, the null one included
}

// A neededVersion is a library and a version of it.
type neededVersion struct {
	library string
	version string
}

// symbolVersions loads the versioning tables once, the names in them being
// in strtab, the dynamic string table; it returns nil if the file has none.
func (f *File) symbolVersions(strtab []byte) *versionTables {
	if f.versions != nil {
		return f.versions
	}
	verneed := f.SectionByType(SHT_GNU_VERNEED)
	if verneed == nil {
		return nil
	}
	need, _ := verneed.Data()
	needed := f.readVerneed(need, strtab)
	versym := f.SectionByType(SHT_GNU_VERSYM)
	if versym == nil {
		return nil
	}
	d, _ := versym.Data()
	f.versions = &versionTables{needed: needed, versym: d}
	return f.versions
}

// readVerneed decodes .gnu.version_r: a chain of 16-byte Verneed records
// (version 1, count, library name, offset of the first Vernaux, offset of
// the next Verneed), each heading a chain of 16-byte Vernaux records
// (hash, flags, version index, version name, offset of the next).
func (f *File) readVerneed(d []byte, strtab []byte) []neededVersion {
	var needed []neededVersion
	for i := 0; i+16 <= len(d); {
		o := f.ByteOrder
		if o.Uint16(d[i:]) != 1 {
			break
		}
		count := int(o.Uint16(d[i+2:]))
		library, _ := cstring.At(strtab, int(o.Uint32(d[i+4:])))
		j := i + int(o.Uint32(d[i+8:]))
		for c := 0; c < count && j+16 <= len(d); c++ {
			index := int(o.Uint16(d[j+6:]))
			version, _ := cstring.At(strtab, int(o.Uint32(d[j+8:])))
			for index >= len(needed) {
				needed = append(needed, neededVersion{})
			}
			needed[index] = neededVersion{library, version}
			next := o.Uint32(d[j+12:])
			if next == 0 {
				break
			}
			j += int(next)
		}
		next := o.Uint32(d[i+12:])
		if next == 0 {
			break
		}
		i += int(next)
	}
	return needed
}

// lookup returns the library and version of dynamic symbol i (counted
// without the null symbol). Indexes 0 and 1 mean a local or a global
// symbol without a version.
func (v *versionTables) lookup(i int, f *File) (library, version string) {
	at := (i + 1) * 2
	if at >= len(v.versym) {
		return "", ""
	}
	j := int(f.ByteOrder.Uint16(v.versym[at:]))
	if j < 2 || j >= len(v.needed) {
		return "", ""
	}
	return v.needed[j].library, v.needed[j].version
}

// ImportedLibraries returns the names of the shared libraries the file
// needs (its DT_NEEDED entries).
func (f *File) ImportedLibraries() ([]string, error) {
	return f.DynString(DT_NEEDED)
}

// DynString returns the strings of the entries of the .dynamic section
// tagged tag, which must be a tag whose value is a string: DT_NEEDED,
// DT_SONAME, DT_RPATH or DT_RUNPATH.
func (f *File) DynString(tag DynTag) ([]string, error) {
	switch tag {
	case DT_NEEDED, DT_SONAME, DT_RPATH, DT_RUNPATH:
	default:
		return nil, fmt.Errorf("non-string-valued tag %v", tag)
	}
	dynamic := f.SectionByType(SHT_DYNAMIC)
	if dynamic == nil {
		return nil, nil // a static executable
	}
	data, err := dynamic.Data()
	if err != nil {
		return nil, err
	}
	strtab, err := f.stringTable(dynamic.Link)
	if err != nil {
		return nil, err
	}
	d := &decoder{b: data, order: f.ByteOrder, wide: f.Class == ELFCLASS64}
	entry := 8
	if d.wide {
		entry = 16
	}
	var all []string
	for len(d.b) >= entry {
		t, v := DynTag(d.word()), d.word()
		if t != tag {
			continue
		}
		if s, ok := cstring.At(strtab, int(v)); ok {
			all = append(all, s)
		}
	}
	return all, nil
}
