// debug/macho and debug/pe: a tiny 64-bit Mach-O (a segment with two
// sections, one with relocations, a symbol table, the dynamic symbol
// table, a dylib and an rpath) and a tiny PE32+ image (MS-DOS stub,
// optional header with data directories, a section with a name from
// the string table, symbols with an auxiliary record) built in memory
// with encoding/binary, then parsed back; and the constants' String
// and GoString.
package main

import (
	"bytes"
	"debug/macho"
	"debug/pe"
	"encoding/binary"
	"fmt"
)

var le = binary.LittleEndian

// name16 pads a Mach-O segment or section name to its 16 bytes.
func name16(s string) (b [16]byte) {
	copy(b[:], s)
	return b
}

// machoFile lays out: header, load commands, then __text's bytes, its
// relocations, the symbols, the indirect symbols and the strings.
func machoFile() []byte {
	const (
		textOff  = 0x200
		relOff   = 0x210
		symOff   = 0x220
		indOff   = 0x240
		strOff   = 0x248
		dylibLen = 24 + 24
		rpathLen = 12 + 12
	)
	strtab := []byte("\x00_main\x00_printf\x00")
	var cmds bytes.Buffer
	seg := macho.Segment64{Cmd: macho.LoadCmdSegment64, Len: 72 + 2*80, Name: name16("__TEXT"),
		Addr: 0x1000, Memsz: 0x1000, Offset: textOff, Filesz: 0x10, Maxprot: 7, Prot: 5, Nsect: 2}
	binary.Write(&cmds, le, seg)
	binary.Write(&cmds, le, macho.Section64{Name: name16("__text"), Seg: name16("__TEXT"),
		Addr: 0x1000, Size: 8, Offset: textOff, Align: 4, Reloff: relOff, Nreloc: 2, Flags: 0x80000400})
	binary.Write(&cmds, le, macho.Section64{Name: name16("__cstring"), Seg: name16("__TEXT"),
		Addr: 0x1008, Size: 8, Offset: textOff + 8, Flags: 2})
	binary.Write(&cmds, le, macho.SymtabCmd{Cmd: macho.LoadCmdSymtab, Len: 24,
		Symoff: symOff, Nsyms: 2, Stroff: strOff, Strsize: uint32(len(strtab))})
	binary.Write(&cmds, le, macho.DysymtabCmd{Cmd: macho.LoadCmdDysymtab, Len: 80,
		Iextdefsym: 0, Nextdefsym: 1, Iundefsym: 1, Nundefsym: 1, Indirectsymoff: indOff, Nindirectsyms: 1})
	binary.Write(&cmds, le, macho.DylibCmd{Cmd: macho.LoadCmdDylib, Len: dylibLen, Name: 24,
		Time: 2, CurrentVersion: 0x10000, CompatVersion: 0x10000})
	cmds.WriteString("/usr/lib/libSystem.B\x00\x00\x00\x00")
	binary.Write(&cmds, le, macho.RpathCmd{Cmd: macho.LoadCmdRpath, Len: rpathLen, Path: 12})
	cmds.WriteString("@loader/lib\x00")

	out := make([]byte, 0x260)
	var hdr bytes.Buffer
	binary.Write(&hdr, le, macho.FileHeader{Magic: macho.Magic64, Cpu: macho.CpuAmd64, SubCpu: 3,
		Type: macho.TypeExec, Ncmd: 5, Cmdsz: uint32(cmds.Len()), Flags: macho.FlagNoUndefs | macho.FlagPIE})
	copy(out, hdr.Bytes())
	copy(out[32:], cmds.Bytes())
	copy(out[textOff:], "\xe8\x00\x00\x00\x00\xc3\x90\x90hi\x00")
	// A call to symbol 1 (extern, pc-relative, 4 bytes, BRANCH) and a
	// scattered relocation.
	le.PutUint32(out[relOff:], 1)
	le.PutUint32(out[relOff+4:], 1|1<<24|2<<25|1<<27|2<<28)
	le.PutUint32(out[relOff+8:], 1<<31|0x5|1<<28|3<<24)
	le.PutUint32(out[relOff+12:], 0x1008)
	binary.Write(bytes.NewBuffer(out[symOff:symOff]), le, macho.Nlist64{Name: 1, Type: 0xf, Sect: 1, Value: 0x1000})
	binary.Write(bytes.NewBuffer(out[symOff+16:symOff+16]), le, macho.Nlist64{Name: 7, Type: 0x1})
	le.PutUint32(out[indOff:], 1)
	copy(out[strOff:], strtab)
	return out
}

func showMacho() {
	f, err := macho.NewFile(bytes.NewReader(machoFile()))
	if err != nil {
		fmt.Println("macho:", err)
		return
	}
	fmt.Printf("header %#v\n", f.FileHeader)
	fmt.Println("cpu", f.Cpu, "type", f.Type, "order", f.ByteOrder)
	for i, l := range f.Loads {
		switch l := l.(type) {
		case *macho.Segment:
			fmt.Printf("load %d: segment %s addr %#x memsz %#x nsect %d\n", i, l.Name, l.Addr, l.Memsz, l.Nsect)
		case *macho.Symtab:
			fmt.Printf("load %d: symtab %d symbols\n", i, len(l.Syms))
		case *macho.Dysymtab:
			fmt.Printf("load %d: dysymtab undef %d+%d indirect %v\n", i, l.Iundefsym, l.Nundefsym, l.IndirectSyms)
		case *macho.Dylib:
			fmt.Printf("load %d: dylib %s version %#x\n", i, l.Name, l.CurrentVersion)
		case *macho.Rpath:
			fmt.Printf("load %d: rpath %s\n", i, l.Path)
		default:
			fmt.Printf("load %d: %d raw bytes\n", i, len(l.Raw()))
		}
	}
	for _, s := range f.Sections {
		data, _ := s.Data()
		fmt.Printf("section %s,%s addr %#x size %d data % x\n", s.Seg, s.Name, s.Addr, s.Size, data)
		for _, r := range s.Relocs {
			fmt.Printf("  reloc %+v %v\n", r, macho.RelocTypeX86_64(r.Type))
		}
	}
	for _, s := range f.Symtab.Syms {
		fmt.Printf("symbol %+v\n", s)
	}
	syms, err := f.ImportedSymbols()
	fmt.Println("imported symbols", syms, err)
	libs, err := f.ImportedLibraries()
	fmt.Println("imported libraries", libs, err)
	fmt.Println("segment __TEXT found:", f.Segment("__TEXT") != nil, "section __data found:", f.Section("__data") != nil)
	_, err = f.DWARF()
	fmt.Println("DWARF:", err)
	_, err = macho.NewFatFile(bytes.NewReader(machoFile()))
	fmt.Println("fat:", err, err == macho.ErrNotFat)
	_, err = macho.NewFile(bytes.NewReader([]byte("not a Mach-O file")))
	fmt.Println("bad:", err)
}

// peFile lays out: MS-DOS stub, "PE\0\0", file header, optional header,
// section table, .text's bytes, its relocation, symbols, strings.
func peFile() []byte {
	const (
		peOff   = 0x40
		textOff = 0x200
		relOff  = 0x210
		symOff  = 0x220
	)
	var b bytes.Buffer
	b.WriteString("MZ")
	b.Write(make([]byte, 0x3a))
	binary.Write(&b, le, uint32(peOff))
	b.WriteString("PE\x00\x00")
	binary.Write(&b, le, pe.FileHeader{Machine: pe.IMAGE_FILE_MACHINE_AMD64, NumberOfSections: 1,
		TimeDateStamp: 0x5f000000, PointerToSymbolTable: symOff, NumberOfSymbols: 3,
		SizeOfOptionalHeader: 240, Characteristics: pe.IMAGE_FILE_EXECUTABLE_IMAGE | pe.IMAGE_FILE_LARGE_ADDRESS_AWARE})
	oh := pe.OptionalHeader64{Magic: 0x20b, MajorLinkerVersion: 14, SizeOfCode: 0x200,
		AddressOfEntryPoint: 0x1000, BaseOfCode: 0x1000, ImageBase: 0x140000000,
		SectionAlignment: 0x1000, FileAlignment: 0x200, MajorOperatingSystemVersion: 6,
		MajorSubsystemVersion: 6, SizeOfImage: 0x2000, SizeOfHeaders: 0x200,
		Subsystem: pe.IMAGE_SUBSYSTEM_WINDOWS_CUI,
		DllCharacteristics: pe.IMAGE_DLLCHARACTERISTICS_NX_COMPAT | pe.IMAGE_DLLCHARACTERISTICS_DYNAMIC_BASE,
		SizeOfStackReserve: 0x100000, NumberOfRvaAndSizes: 16}
	oh.DataDirectory[pe.IMAGE_DIRECTORY_ENTRY_DEBUG] = pe.DataDirectory{VirtualAddress: 0x1100, Size: 0x1c}
	binary.Write(&b, le, oh)
	sh := pe.SectionHeader32{VirtualSize: 6, VirtualAddress: 0x1000, SizeOfRawData: 16,
		PointerToRawData: textOff, PointerToRelocations: relOff, NumberOfRelocations: 1,
		Characteristics: pe.IMAGE_SCN_CNT_CODE | pe.IMAGE_SCN_MEM_EXECUTE | pe.IMAGE_SCN_MEM_READ}
	copy(sh.Name[:], "/4") // the name is at offset 4 of the string table
	binary.Write(&b, le, sh)
	out := make([]byte, 0x300)
	copy(out, b.Bytes())
	copy(out[textOff:], "\xe8\x00\x00\x00\x00\xc3")
	binary.Write(bytes.NewBuffer(out[relOff:relOff]), le, pe.Reloc{VirtualAddress: 1, SymbolTableIndex: 2, Type: 4})
	syms := []pe.COFFSymbol{
		{Value: 0, SectionNumber: 1, StorageClass: 3, NumberOfAuxSymbols: 1},
		{}, // the auxiliary record, written below
		{Value: 0, SectionNumber: 1, Type: 0x20, StorageClass: 2},
	}
	copy(syms[0].Name[:], ".text")
	le.PutUint32(syms[2].Name[4:], uint32(4+len(".text.startup\x00"))) // a long name
	var symbuf bytes.Buffer
	binary.Write(&symbuf, le, syms)
	aux := symbuf.Bytes()[pe.COFFSymbolSize:]
	binary.Write(bytes.NewBuffer(aux[:0]), le, pe.COFFSymbolAuxFormat5{Size: 6, NumRelocs: 1,
		Checksum: 0xdeadbeef, SecNum: 1, Selection: pe.IMAGE_COMDAT_SELECT_ANY})
	copy(out[symOff:], symbuf.Bytes())
	strs := ".text.startup\x00mainCRTStartup\x00"
	strOff := symOff + 3*pe.COFFSymbolSize
	le.PutUint32(out[strOff:], uint32(4+len(strs)))
	copy(out[strOff+4:], strs)
	return out
}

func showPE() {
	f, err := pe.NewFile(bytes.NewReader(peFile()))
	if err != nil {
		fmt.Println("pe:", err)
		return
	}
	fmt.Printf("file header %+v\n", f.FileHeader)
	oh := f.OptionalHeader.(*pe.OptionalHeader64)
	fmt.Printf("optional: magic %#x entry %#x base %#x subsystem %d dirs %d debug %+v\n",
		oh.Magic, oh.AddressOfEntryPoint, oh.ImageBase, oh.Subsystem, oh.NumberOfRvaAndSizes,
		oh.DataDirectory[pe.IMAGE_DIRECTORY_ENTRY_DEBUG])
	for _, s := range f.Sections {
		data, _ := s.Data()
		fmt.Printf("section %+v\n  data % x relocs %+v\n", s.SectionHeader, data, s.Relocs)
	}
	for i, s := range f.COFFSymbols {
		name, _ := s.FullName(f.StringTable)
		fmt.Printf("coff %d: %q aux %d class %d\n", i, name, s.NumberOfAuxSymbols, s.StorageClass)
	}
	for _, s := range f.Symbols {
		fmt.Printf("symbol %+v\n", *s)
	}
	aux, err := f.COFFSymbolReadSectionDefAux(0)
	fmt.Printf("aux %+v %v\n", *aux, err)
	_, err = f.COFFSymbolReadSectionDefAux(2)
	fmt.Println("aux of symbol 2:", err)
	_, err = f.StringTable.String(2)
	fmt.Println("string at 2:", err)
	imps, err := f.ImportedSymbols()
	fmt.Println("imported symbols", imps, err)
	fmt.Println("section .text.startup found:", f.Section(".text.startup") != nil)
	_, err = pe.NewFile(bytes.NewReader(append([]byte("MZ"), make([]byte, 200)...)))
	fmt.Println("bad:", err)
}

func showConstants() {
	fmt.Println(macho.TypeObj, macho.TypeDylib, macho.Type(3), macho.TypeBundle.GoString())
	fmt.Println(macho.CpuArm64, macho.CpuPpc.GoString(), macho.Cpu(99))
	fmt.Println(macho.LoadCmdSegment, macho.LoadCmdSymtab, macho.LoadCmdRpath.GoString())
	fmt.Println(macho.GENERIC_RELOC_TLV, macho.ARM_THUMB_32BIT_BRANCH.GoString(),
		macho.ARM64_RELOC_ADDEND, macho.RelocTypeARM64(11), macho.X86_64_RELOC_SIGNED_4.GoString())
	fmt.Printf("%#x %#x %#x\n", macho.Magic32, macho.MagicFat, macho.FlagAppExtensionSafe)
	fmt.Printf("%#x %#x %#x %d\n", pe.IMAGE_FILE_MACHINE_ARM64, pe.IMAGE_FILE_DLL,
		pe.IMAGE_SCN_MEM_WRITE, pe.IMAGE_SUBSYSTEM_EFI_ROM)
}

func main() {
	showMacho()
	showPE()
	showConstants()
}
