// This file implements the COFF string table, which holds the names of
// symbols and sections too long for the eight bytes their records
// reserve. It follows the symbol table and opens with its own length,
// those four bytes included, so offsets into it count from its start.

package pe

import (
	"debug/internal/cstring"
	"encoding/binary"
	"fmt"
	"io"
)

// StringTable is the COFF string table, without its length word.
type StringTable []byte

// readStringTable reads the string table; a file without a symbol table
// has none.
func readStringTable(fh *FileHeader, r io.ReadSeeker) (StringTable, error) {
	if fh.PointerToSymbolTable == 0 {
		return nil, nil
	}
	offset := fh.PointerToSymbolTable + COFFSymbolSize*fh.NumberOfSymbols
	if _, err := r.Seek(int64(offset), io.SeekStart); err != nil {
		return nil, fmt.Errorf("fail to seek to string table: %v", err)
	}
	var length uint32
	if err := binary.Read(r, binary.LittleEndian, &length); err != nil {
		return nil, fmt.Errorf("fail to read string table length: %v", err)
	}
	if length <= 4 {
		return nil, nil
	}
	// The table keeps only the strings, without the length word.
	b, err := readFull(r, length-4)
	if err != nil {
		return nil, fmt.Errorf("fail to read string table: %v", err)
	}
	return StringTable(b), nil
}

// readFull reads n bytes from r. It grows its buffer as the bytes
// arrive, so that a length in a corrupt file cannot make it allocate
// more than the file holds.
func readFull(r io.Reader, n uint32) ([]byte, error) {
	const chunk = 10 << 20
	var b []byte
	for n > 0 {
		size := n
		if size > chunk {
			size = chunk
		}
		part := make([]byte, size)
		if _, err := io.ReadFull(r, part); err != nil {
			return nil, err
		}
		b = append(b, part...)
		n -= size
	}
	return b, nil
}

// String returns the string at offset start of the string table, an
// offset counted from the start of its length word.
func (st StringTable) String(start uint32) (string, error) {
	// Offsets count the length word the table no longer holds.
	if start < 4 {
		return "", fmt.Errorf("offset %d is before the start of string table", start)
	}
	start -= 4
	if int(start) > len(st) {
		return "", fmt.Errorf("offset %d is beyond the end of string table", start)
	}
	return cstring.Field(st[start:]), nil
}
