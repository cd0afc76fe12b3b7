// This file decodes the load commands NewFile knows: segments and their
// sections, the symbol tables, dynamic libraries and run paths.

package macho

import (
	"bytes"
	"debug/internal/cstring"
	"encoding/binary"
	"fmt"
	"io"
	"strings"
)

// readLoad decodes one load command, cmd its bytes; offset is where
// errors in it are reported.
func (f *File) readLoad(r io.ReaderAt, cmd []byte, offset int64) (Load, error) {
	switch LoadCmd(f.ByteOrder.Uint32(cmd)) {
	case LoadCmdRpath:
		return f.readRpath(cmd, offset)
	case LoadCmdDylib:
		return f.readDylib(cmd, offset)
	case LoadCmdSymtab:
		return f.readSymtab(r, cmd, offset)
	case LoadCmdDysymtab:
		return f.readDysymtab(r, cmd, offset)
	case LoadCmdSegment, LoadCmdSegment64:
		return f.readSegment(r, cmd)
	}
	return LoadBytes(cmd), nil
}

// readRpath decodes an rpath command: a directory the dynamic linker
// searches, given as an offset of a string within the command.
func (f *File) readRpath(cmd []byte, offset int64) (Load, error) {
	var hdr RpathCmd
	if err := binary.Read(bytes.NewReader(cmd), f.ByteOrder, &hdr); err != nil {
		return nil, err
	}
	if hdr.Path >= uint32(len(cmd)) {
		return nil, &FormatError{offset, "invalid path in rpath command", hdr.Path}
	}
	return &Rpath{LoadBytes: cmd, Path: cstring.Field(cmd[hdr.Path:])}, nil
}

// readDylib decodes a command to load a dynamic library, its name too
// an offset of a string within the command.
func (f *File) readDylib(cmd []byte, offset int64) (Load, error) {
	var hdr DylibCmd
	if err := binary.Read(bytes.NewReader(cmd), f.ByteOrder, &hdr); err != nil {
		return nil, err
	}
	if hdr.Name >= uint32(len(cmd)) {
		return nil, &FormatError{offset, "invalid name in dynamic library command", hdr.Name}
	}
	return &Dylib{
		LoadBytes:      cmd,
		Name:           cstring.Field(cmd[hdr.Name:]),
		Time:           hdr.Time,
		CurrentVersion: hdr.CurrentVersion,
		CompatVersion:  hdr.CompatVersion,
	}, nil
}

// readSymtab decodes the symbol table command and the table it points
// at: nlist records whose names are offsets into a string table.
func (f *File) readSymtab(r io.ReaderAt, cmd []byte, offset int64) (Load, error) {
	var hdr SymtabCmd
	if err := binary.Read(bytes.NewReader(cmd), f.ByteOrder, &hdr); err != nil {
		return nil, err
	}
	strtab := make([]byte, hdr.Strsize)
	if _, err := r.ReadAt(strtab, int64(hdr.Stroff)); err != nil {
		return nil, err
	}
	nlistSize := 12
	if f.Magic == Magic64 {
		nlistSize = 16
	}
	symdat := make([]byte, int(hdr.Nsyms)*nlistSize)
	if _, err := r.ReadAt(symdat, int64(hdr.Symoff)); err != nil {
		return nil, err
	}
	syms := make([]Symbol, hdr.Nsyms)
	b := bytes.NewReader(symdat)
	for i := range syms {
		n, err := f.readNlist(b)
		if err != nil {
			return nil, err
		}
		if n.Name >= uint32(len(strtab)) {
			return nil, &FormatError{offset, "invalid name in symbol table", n.Name}
		}
		syms[i] = Symbol{Name: symbolName(cstring.Field(strtab[n.Name:])), Type: n.Type, Sect: n.Sect, Desc: n.Desc, Value: n.Value}
	}
	f.Symtab = &Symtab{LoadBytes: cmd, SymtabCmd: hdr, Syms: syms}
	return f.Symtab, nil
}

// readNlist reads one symbol record, widened to 64 bits.
func (f *File) readNlist(b io.Reader) (Nlist64, error) {
	var n Nlist64
	if f.Magic == Magic64 {
		err := binary.Read(b, f.ByteOrder, &n)
		return n, err
	}
	var n32 Nlist32
	err := binary.Read(b, f.ByteOrder, &n32)
	return Nlist64{Name: n32.Name, Type: n32.Type, Sect: n32.Sect, Desc: n32.Desc, Value: uint64(n32.Value)}, err
}

// symbolName drops the underscore C compilers put before every name,
// but, as Go's toolchain expects, only from qualified names like
// "_main.main"; "_main" stays as it is.
func symbolName(name string) string {
	if strings.Contains(name, ".") && name[0] == '_' {
		return name[1:]
	}
	return name
}

// readDysymtab decodes the dynamic symbol table command, which groups
// the symbol table into local, defined and undefined runs and lists the
// indirect symbols (those stubs and pointers refer to).
func (f *File) readDysymtab(r io.ReaderAt, cmd []byte, offset int64) (Load, error) {
	var hdr DysymtabCmd
	if err := binary.Read(bytes.NewReader(cmd), f.ByteOrder, &hdr); err != nil {
		return nil, err
	}
	nsyms := 0
	if f.Symtab != nil {
		nsyms = len(f.Symtab.Syms)
	}
	if hdr.Iundefsym > uint32(nsyms) {
		return nil, &FormatError{offset, fmt.Sprintf(
			"undefined symbols index in dynamic symbol table command is greater than symbol table length (%d > %d)",
			hdr.Iundefsym, nsyms), nil}
	}
	if hdr.Iundefsym+hdr.Nundefsym > uint32(nsyms) {
		return nil, &FormatError{offset, fmt.Sprintf(
			"number of undefined symbols after index in dynamic symbol table command is greater than symbol table length (%d > %d)",
			hdr.Iundefsym+hdr.Nundefsym, nsyms), nil}
	}
	dat := make([]byte, hdr.Nindirectsyms*4)
	if _, err := r.ReadAt(dat, int64(hdr.Indirectsymoff)); err != nil {
		return nil, err
	}
	indirect := make([]uint32, hdr.Nindirectsyms)
	for i := range indirect {
		indirect[i] = f.ByteOrder.Uint32(dat[4*i:])
	}
	f.Dysymtab = &Dysymtab{LoadBytes: cmd, DysymtabCmd: hdr, IndirectSyms: indirect}
	return f.Dysymtab, nil
}

// readSegment decodes a segment command, 32-bit or 64-bit as its kind
// says, and the section headers that follow it in the command.
func (f *File) readSegment(r io.ReaderAt, cmd []byte) (Load, error) {
	wide := LoadCmd(f.ByteOrder.Uint32(cmd)) == LoadCmdSegment64
	b := bytes.NewReader(cmd)
	hdr, err := f.readSegmentHeader(b, wide)
	if err != nil {
		return nil, err
	}
	sr := io.NewSectionReader(r, int64(hdr.Offset), int64(hdr.Filesz))
	s := &Segment{LoadBytes: cmd, SegmentHeader: hdr, ReaderAt: sr, sr: sr}
	for i := 0; i < int(hdr.Nsect); i++ {
		sh, err := f.readSectionHeader(b, wide)
		if err != nil {
			return nil, err
		}
		if err := f.addSection(r, sh); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// readSegmentHeader reads a Segment32 or a Segment64 and widens it to a
// SegmentHeader.
func (f *File) readSegmentHeader(b io.Reader, wide bool) (SegmentHeader, error) {
	var seg Segment64
	if wide {
		if err := binary.Read(b, f.ByteOrder, &seg); err != nil {
			return SegmentHeader{}, err
		}
	} else {
		var seg32 Segment32
		if err := binary.Read(b, f.ByteOrder, &seg32); err != nil {
			return SegmentHeader{}, err
		}
		seg = Segment64{
			Cmd: seg32.Cmd, Len: seg32.Len, Name: seg32.Name,
			Addr: uint64(seg32.Addr), Memsz: uint64(seg32.Memsz),
			Offset: uint64(seg32.Offset), Filesz: uint64(seg32.Filesz),
			Maxprot: seg32.Maxprot, Prot: seg32.Prot, Nsect: seg32.Nsect, Flag: seg32.Flag,
		}
	}
	return SegmentHeader{
		Cmd: seg.Cmd, Len: seg.Len, Name: cstring.Field(seg.Name[:]),
		Addr: seg.Addr, Memsz: seg.Memsz, Offset: seg.Offset, Filesz: seg.Filesz,
		Maxprot: seg.Maxprot, Prot: seg.Prot, Nsect: seg.Nsect, Flag: seg.Flag,
	}, nil
}

// readSectionHeader reads a Section32 or a Section64 and widens it to a
// SectionHeader.
func (f *File) readSectionHeader(b io.Reader, wide bool) (SectionHeader, error) {
	var sh Section64
	if wide {
		if err := binary.Read(b, f.ByteOrder, &sh); err != nil {
			return SectionHeader{}, err
		}
	} else {
		var sh32 Section32
		if err := binary.Read(b, f.ByteOrder, &sh32); err != nil {
			return SectionHeader{}, err
		}
		sh = Section64{
			Name: sh32.Name, Seg: sh32.Seg, Addr: uint64(sh32.Addr), Size: uint64(sh32.Size),
			Offset: sh32.Offset, Align: sh32.Align, Reloff: sh32.Reloff, Nreloc: sh32.Nreloc,
			Flags: sh32.Flags,
		}
	}
	return SectionHeader{
		Name: cstring.Field(sh.Name[:]), Seg: cstring.Field(sh.Seg[:]), Addr: sh.Addr, Size: sh.Size,
		Offset: sh.Offset, Align: sh.Align, Reloff: sh.Reloff, Nreloc: sh.Nreloc, Flags: sh.Flags,
	}, nil
}
