// This file lists what an image imports. The import directory (found
// through the optional header's data directory) is an array of 20-byte
// entries, one per DLL, ending with a zero entry. Each names its DLL and
// points at a zero-ended array of thunks: a thunk with its top bit set
// imports by ordinal, any other is the address of a hint (2 bytes) and
// the function's name. Addresses are relative to the image's base.

package pe

import (
	"debug/internal/cstring"
	"encoding/binary"
)

// ImportDirectory is one entry of the import directory: a DLL.
type ImportDirectory struct {
	OriginalFirstThunk uint32
	TimeDateStamp      uint32
	ForwarderChain     uint32
	Name               uint32
	FirstThunk         uint32

	dll string
}

// ImportedSymbols returns the functions f imports from DLLs, each as
// "function:dll". Functions imported by
// ordinal only are left out.
func (f *File) ImportedSymbols() ([]string, error) {
	dir, pe64, ok := f.importDirectory()
	if !ok {
		return nil, nil
	}
	ds := f.sectionAt(dir.VirtualAddress)
	if ds == nil {
		return nil, nil
	}
	data, err := ds.Data()
	if err != nil {
		return nil, err
	}
	var all []string
	for _, dt := range readImportDirectory(data[dir.VirtualAddress-ds.VirtualAddress:]) {
		dt.dll, _ = cstring.At(data, int(dt.Name-ds.VirtualAddress))
		for _, va := range readThunks(data[dt.OriginalFirstThunk-ds.VirtualAddress:], pe64) {
			fn, _ := cstring.At(data, int(uint32(va)-ds.VirtualAddress+2))
			all = append(all, fn+":"+dt.dll)
		}
	}
	return all, nil
}

// importDirectory returns the data directory of the imports, whether
// the image is a 64-bit one, and whether it has imports at all.
func (f *File) importDirectory() (dir DataDirectory, pe64 bool, ok bool) {
	if f.OptionalHeader == nil {
		return DataDirectory{}, false, false
	}
	// As Go, the machine rather than the optional header's kind says
	// how wide the thunks are.
	pe64 = f.Machine == IMAGE_FILE_MACHINE_AMD64 || f.Machine == IMAGE_FILE_MACHINE_ARM64
	count, dirs := dataDirectories(f.OptionalHeader)
	if count < IMAGE_DIRECTORY_ENTRY_IMPORT+1 {
		return DataDirectory{}, pe64, false
	}
	return dirs[IMAGE_DIRECTORY_ENTRY_IMPORT], pe64, true
}

// sectionAt returns the section whose memory image holds the relative
// address va, or nil.
func (f *File) sectionAt(va uint32) *Section {
	for _, s := range f.Sections {
		if s.VirtualAddress <= va && va < s.VirtualAddress+s.VirtualSize {
			return s
		}
	}
	return nil
}

// readImportDirectory decodes the entries of the import directory at
// the start of d, up to the one that ends it.
func readImportDirectory(d []byte) []ImportDirectory {
	var ida []ImportDirectory
	for ; len(d) >= 20; d = d[20:] {
		dt := ImportDirectory{
			OriginalFirstThunk: binary.LittleEndian.Uint32(d[0:4]),
			TimeDateStamp:      binary.LittleEndian.Uint32(d[4:8]),
			ForwarderChain:     binary.LittleEndian.Uint32(d[8:12]),
			Name:               binary.LittleEndian.Uint32(d[12:16]),
			FirstThunk:         binary.LittleEndian.Uint32(d[16:20]),
		}
		if dt.OriginalFirstThunk == 0 {
			break
		}
		ida = append(ida, dt)
	}
	return ida
}

// readThunks returns the name addresses among the thunks at the start
// of d, 8 bytes each in a 64-bit image and 4 in a 32-bit one, skipping
// imports by ordinal.
func readThunks(d []byte, pe64 bool) []uint64 {
	size, ordinal := 4, uint64(1)<<31
	if pe64 {
		size, ordinal = 8, uint64(1)<<63
	}
	var vas []uint64
	for ; len(d) >= size; d = d[size:] {
		va := uint64(binary.LittleEndian.Uint32(d))
		if pe64 {
			va = binary.LittleEndian.Uint64(d)
		}
		if va == 0 {
			break
		}
		if va&ordinal == 0 {
			vas = append(vas, va)
		}
	}
	return vas
}

// ImportedLibraries returns nil: a PE image names its DLLs only beside
// the functions it imports from them, as ImportedSymbols lists them.
func (f *File) ImportedLibraries() ([]string, error) {
	return nil, nil
}
