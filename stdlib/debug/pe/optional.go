// This file reads the optional header of an image: a fixed part, PE32
// or PE32+ as its magic number says, then as many data directories as
// the fixed part counts.

package pe

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
)

// The magic numbers of the two kinds of optional header.
const (
	magicPE32     = 0x10b
	magicPE32Plus = 0x20b
)

// readOptionalHeader reads the optional header, size bytes long, and
// returns it as an *OptionalHeader32 or *OptionalHeader64, or nil when
// there is none (in an object file).
func readOptionalHeader(r io.Reader, size uint16) (any, error) {
	if size == 0 {
		return nil, nil
	}
	if size < 2 {
		return nil, fmt.Errorf("optional header size is less than optional header magic size")
	}
	b := make([]byte, size)
	if _, err := io.ReadFull(r, b); err != nil {
		return nil, fmt.Errorf("failure to read optional header: %v", err)
	}
	var oh any
	switch magic := binary.LittleEndian.Uint16(b); magic {
	case magicPE32:
		oh = new(OptionalHeader32)
	case magicPE32Plus:
		oh = new(OptionalHeader64)
	default:
		return nil, fmt.Errorf("optional header has unexpected Magic of 0x%x", magic)
	}
	// The fixed part is the header less its 16 directories, which binary
	// reads as zeros here and readDataDirectories fills in.
	fixed := binary.Size(oh) - binary.Size([16]DataDirectory{})
	if len(b) < fixed {
		return nil, fmt.Errorf("optional header size(%d) is less than the minimum size (%d) of its kind", size, fixed)
	}
	whole := make([]byte, binary.Size(oh))
	copy(whole, b[:fixed])
	if err := binary.Read(bytes.NewReader(whole), binary.LittleEndian, oh); err != nil {
		return nil, err
	}
	count, dirs := dataDirectories(oh)
	if err := readDataDirectories(b[fixed:], count, dirs); err != nil {
		return nil, err
	}
	return oh, nil
}

// dataDirectories returns the number of directories the optional header
// oh declares and the array that holds them.
func dataDirectories(oh any) (uint32, []DataDirectory) {
	switch oh := oh.(type) {
	case *OptionalHeader32:
		return oh.NumberOfRvaAndSizes, oh.DataDirectory[:]
	case *OptionalHeader64:
		return oh.NumberOfRvaAndSizes, oh.DataDirectory[:]
	}
	panic("pe: not an optional header")
}

// readDataDirectories decodes the n directories of b, which must hold
// exactly n, into dirs; only the first 16 have a place there.
func readDataDirectories(b []byte, n uint32, dirs []DataDirectory) error {
	const dirSize = 8
	if uint32(len(b)) != n*dirSize {
		return fmt.Errorf("size of data directories(%d) is inconsistent with number of data directories(%d)", len(b), n)
	}
	for i := range dirs {
		if i == int(n) {
			break
		}
		dirs[i].VirtualAddress = binary.LittleEndian.Uint32(b[dirSize*i:])
		dirs[i].Size = binary.LittleEndian.Uint32(b[dirSize*i+4:])
	}
	return nil
}
