// This file implements the COFF symbol table: an array of 18-byte
// records. A symbol's record may be followed by auxiliary records
// (NumberOfAuxSymbols of them) that say more about it in a layout of
// their own; COFFSymbols keeps every record, Symbols only the symbols.

package pe

import (
	"bytes"
	"debug/internal/cstring"
	"encoding/binary"
	"fmt"
	"io"
)

// COFFSymbolSize is the size of a record of the symbol table.
const COFFSymbolSize = 18

// COFFSymbol is one record of the COFF symbol table, as it is on disk.
type COFFSymbol struct {
	Name               [8]uint8
	Value              uint32
	SectionNumber      int16
	Type               uint16
	StorageClass       uint8
	NumberOfAuxSymbols uint8
}

// readCOFFSymbols reads every record of the symbol table. An auxiliary
// record is kept as the 18 bytes it is, decoded as if it were a symbol;
// COFFSymbolReadSectionDefAux decodes it as what it is.
func readCOFFSymbols(fh *FileHeader, r io.ReadSeeker) ([]COFFSymbol, error) {
	if fh.PointerToSymbolTable == 0 || fh.NumberOfSymbols == 0 {
		return nil, nil
	}
	if _, err := r.Seek(int64(fh.PointerToSymbolTable), io.SeekStart); err != nil {
		return nil, fmt.Errorf("fail to seek to symbol table: %v", err)
	}
	syms := make([]COFFSymbol, fh.NumberOfSymbols)
	if err := binary.Read(r, binary.LittleEndian, syms); err != nil {
		return nil, fmt.Errorf("fail to read symbol table: %v", err)
	}
	// The auxiliary records of the last symbols must be in the table.
	for k := 0; k < len(syms); k += 1 + int(syms[k].NumberOfAuxSymbols) {
		if missing := k + int(syms[k].NumberOfAuxSymbols) - (len(syms) - 1); missing > 0 {
			return nil, fmt.Errorf("fail to read symbol table: %d aux symbols unread", missing)
		}
	}
	return syms, nil
}

// FullName returns the name of sym: its Name field, or, for a name
// longer than its eight bytes, the string st holds for it.
func (sym *COFFSymbol) FullName(st StringTable) (string, error) {
	// A long name's record holds four zero bytes, then its offset in
	// the string table.
	name := sym.Name
	if name[0] == 0 && name[1] == 0 && name[2] == 0 && name[3] == 0 {
		return st.String(binary.LittleEndian.Uint32(name[4:]))
	}
	return cstring.Field(name[:]), nil
}

// removeAuxSymbols returns the symbols of allsyms, skipping their
// auxiliary records.
func removeAuxSymbols(allsyms []COFFSymbol, st StringTable) ([]*Symbol, error) {
	if len(allsyms) == 0 {
		return nil, nil
	}
	syms := make([]*Symbol, 0)
	for k := 0; k < len(allsyms); k += 1 + int(allsyms[k].NumberOfAuxSymbols) {
		sym := &allsyms[k]
		name, err := sym.FullName(st)
		if err != nil {
			return nil, err
		}
		syms = append(syms, &Symbol{
			Name:          name,
			Value:         sym.Value,
			SectionNumber: sym.SectionNumber,
			Type:          sym.Type,
			StorageClass:  sym.StorageClass,
		})
	}
	return syms, nil
}

// Symbol is a COFFSymbol with its full name as a Go string, and without
// the count of its auxiliary records.
type Symbol struct {
	Name          string
	Value         uint32
	SectionNumber int16
	Type          uint16
	StorageClass  uint8
}

// COFFSymbolAuxFormat5 is the auxiliary record that follows the symbol
// naming a section (of storage class static): the section's size, its
// counts of relocations and line numbers, and, for a COMDAT section, its
// checksum, associated section and selection rule. The PE/COFF
// specification numbers the layouts of auxiliary records; this is
// "Auxiliary Format 5: Section Definitions".
type COFFSymbolAuxFormat5 struct {
	Size           uint32
	NumRelocs      uint16
	NumLineNumbers uint16
	Checksum       uint32
	SecNum         uint16
	Selection      uint8
	_              [3]uint8 // fills the record out to 18 bytes
}

// The values of COFFSymbolAuxFormat5.Selection: how the linker chooses
// among COMDAT sections of the same name.
const (
	IMAGE_COMDAT_SELECT_NODUPLICATES = 1
	IMAGE_COMDAT_SELECT_ANY          = 2
	IMAGE_COMDAT_SELECT_SAME_SIZE    = 3
	IMAGE_COMDAT_SELECT_EXACT_MATCH  = 4
	IMAGE_COMDAT_SELECT_ASSOCIATIVE  = 5
	IMAGE_COMDAT_SELECT_LARGEST      = 6
)

// The storage class of the symbol that names a section.
const imageSymClassStatic = 3

// COFFSymbolReadSectionDefAux returns the auxiliary record, COMDAT
// information included, of the section symbol f.COFFSymbols[idx].
func (f *File) COFFSymbolReadSectionDefAux(idx int) (*COFFSymbolAuxFormat5, error) {
	if idx < 0 || idx >= len(f.COFFSymbols) {
		return nil, fmt.Errorf("invalid symbol index")
	}
	sym := &f.COFFSymbols[idx]
	if sym.StorageClass != imageSymClassStatic {
		return nil, fmt.Errorf("incorrect symbol storage class")
	}
	if sym.NumberOfAuxSymbols == 0 || idx+1 >= len(f.COFFSymbols) {
		return nil, fmt.Errorf("aux symbol unavailable")
	}
	// Turn the record back into its bytes and decode them as the
	// auxiliary record they are.
	var raw bytes.Buffer
	if err := binary.Write(&raw, binary.LittleEndian, &f.COFFSymbols[idx+1]); err != nil {
		return nil, err
	}
	aux := new(COFFSymbolAuxFormat5)
	if err := binary.Read(&raw, binary.LittleEndian, aux); err != nil {
		return nil, err
	}
	return aux, nil
}
