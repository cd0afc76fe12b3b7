// Tests debug/elf and debug/dwarf. The first part builds a small x86-64
// relocatable object byte by byte (file header, one program header, a
// code and a data section, a zlib-compressed section, a symbol table and
// the string tables) and reads it back with elf.NewFile: headers,
// sections, segments, symbols, the compressed section through Data and
// Open, and the errors of what the object lacks. The second prints the
// names of constants with String and GoString, those that fall between
// names included. The third opens the program's own executable and
// prints what any Go toolchain's output has: its class, machine and type,
// a .text section, and in its DWARF the compile unit of package main and
// the source line of main.main's first instruction.
package main

import (
	"bytes"
	"compress/zlib"
	"debug/dwarf"
	"debug/elf"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

var le = binary.LittleEndian

// A section to be written: its header fields and its contents.
type section struct {
	name             string
	typ              elf.SectionType
	flags            elf.SectionFlag
	addr             uint64
	link, info       uint32
	align, entsize   uint64
	data             []byte
	off, nameOff, sz uint64
}

// strtab builds a string table and returns the offset of each string.
func strtab(names ...string) ([]byte, []uint32) {
	b := []byte{0}
	var offs []uint32
	for _, n := range names {
		offs = append(offs, uint32(len(b)))
		b = append(append(b, n...), 0)
	}
	return b, offs
}

// symbol encodes an Elf64_Sym.
func symbol(name uint32, bind elf.SymBind, typ elf.SymType, shndx uint16, value, size uint64) []byte {
	b := make([]byte, elf.Sym64Size)
	le.PutUint32(b[0:], name)
	b[4] = elf.ST_INFO(bind, typ)
	b[5] = byte(elf.STV_DEFAULT)
	le.PutUint16(b[6:], shndx)
	le.PutUint64(b[8:], value)
	le.PutUint64(b[16:], size)
	return b
}

// compressed returns text as the contents of an SHF_COMPRESSED section:
// an Elf64_Chdr, then the zlib stream.
func compressed(text string) []byte {
	var b bytes.Buffer
	hdr := make([]byte, 24)
	le.PutUint32(hdr[0:], uint32(elf.COMPRESS_ZLIB))
	le.PutUint64(hdr[8:], uint64(len(text)))
	le.PutUint64(hdr[16:], 1)
	b.Write(hdr)
	w := zlib.NewWriter(&b)
	io.WriteString(w, text)
	w.Close()
	return b.Bytes()
}

// buildObject lays out an ELF64 object: header, program header, section
// contents, section headers.
func buildObject() []byte {
	code := []byte{0x55, 0x48, 0x89, 0xe5, 0xb8, 0x2a, 0, 0, 0, 0x5d, 0xc3}
	names, nameOffs := strtab("start", "counter", "puts")
	var syms []byte
	syms = append(syms, make([]byte, elf.Sym64Size)...)
	syms = append(syms, symbol(0, elf.STB_LOCAL, elf.STT_SECTION, 1, 0, 0)...)
	syms = append(syms, symbol(nameOffs[0], elf.STB_LOCAL, elf.STT_FUNC, 1, 0x401000, uint64(len(code)))...)
	syms = append(syms, symbol(nameOffs[1], elf.STB_GLOBAL, elf.STT_OBJECT, 2, 0x402000, 8)...)
	syms = append(syms, symbol(nameOffs[2], elf.STB_GLOBAL, elf.STT_FUNC, 0, 0, 0)...)
	secs := []*section{
		{},
		{name: ".text", typ: elf.SHT_PROGBITS, flags: elf.SHF_ALLOC | elf.SHF_EXECINSTR, addr: 0x401000, align: 16, data: code},
		{name: ".data", typ: elf.SHT_PROGBITS, flags: elf.SHF_ALLOC | elf.SHF_WRITE, addr: 0x402000, align: 8, data: []byte("gominic!")},
		{name: ".bss", typ: elf.SHT_NOBITS, flags: elf.SHF_ALLOC | elf.SHF_WRITE, addr: 0x402008, align: 8, sz: 32},
		{name: ".symtab", typ: elf.SHT_SYMTAB, link: 5, info: 3, align: 8, entsize: elf.Sym64Size, data: syms},
		{name: ".strtab", typ: elf.SHT_STRTAB, align: 1, data: names},
		{name: ".note.story", typ: elf.SHT_PROGBITS, flags: elf.SHF_COMPRESSED, align: 8,
			data: compressed("once upon a time, a linker wrote a section; once upon a time, a reader read it\n")},
		{name: ".shstrtab", typ: elf.SHT_STRTAB, align: 1},
	}
	var list []string
	for _, s := range secs[1:] {
		list = append(list, s.name)
	}
	shstr, shOffs := strtab(list...)
	secs[len(secs)-1].data = shstr

	const ehsize, phsize, shsize = 64, 56, 64
	off := uint64(ehsize + phsize)
	for i, s := range secs[1:] {
		s.nameOff = uint64(shOffs[i])
		s.off = off
		if s.typ != elf.SHT_NOBITS {
			s.sz = uint64(len(s.data))
			off += s.sz
		}
	}
	shoff := (off + 7) &^ 7

	out := make([]byte, shoff+uint64(len(secs))*shsize)
	copy(out, elf.ELFMAG)
	out[elf.EI_CLASS] = byte(elf.ELFCLASS64)
	out[elf.EI_DATA] = byte(elf.ELFDATA2LSB)
	out[elf.EI_VERSION] = byte(elf.EV_CURRENT)
	out[elf.EI_OSABI] = byte(elf.ELFOSABI_LINUX)
	le.PutUint16(out[16:], uint16(elf.ET_REL))
	le.PutUint16(out[18:], uint16(elf.EM_X86_64))
	le.PutUint32(out[20:], uint32(elf.EV_CURRENT))
	le.PutUint64(out[24:], 0x401000) // entry
	le.PutUint64(out[32:], ehsize)   // phoff
	le.PutUint64(out[40:], shoff)
	le.PutUint16(out[52:], ehsize)
	le.PutUint16(out[54:], phsize)
	le.PutUint16(out[56:], 1)
	le.PutUint16(out[58:], shsize)
	le.PutUint16(out[60:], uint16(len(secs)))
	le.PutUint16(out[62:], uint16(len(secs)-1))

	// One PT_LOAD segment over .text.
	ph := out[ehsize:]
	le.PutUint32(ph[0:], uint32(elf.PT_LOAD))
	le.PutUint32(ph[4:], uint32(elf.PF_R|elf.PF_X))
	le.PutUint64(ph[8:], secs[1].off)
	le.PutUint64(ph[16:], 0x401000)
	le.PutUint64(ph[24:], 0x401000)
	le.PutUint64(ph[32:], uint64(len(code)))
	le.PutUint64(ph[40:], uint64(len(code)))
	le.PutUint64(ph[48:], 0x1000)

	for i, s := range secs {
		copy(out[s.off:], s.data)
		h := out[shoff+uint64(i)*shsize:]
		le.PutUint32(h[0:], uint32(s.nameOff))
		le.PutUint32(h[4:], uint32(s.typ))
		le.PutUint64(h[8:], uint64(s.flags))
		le.PutUint64(h[16:], s.addr)
		le.PutUint64(h[24:], s.off)
		le.PutUint64(h[32:], s.sz)
		le.PutUint32(h[40:], s.link)
		le.PutUint32(h[44:], s.info)
		le.PutUint64(h[48:], s.align)
		le.PutUint64(h[56:], s.entsize)
	}
	return out
}

func readObject() {
	f, err := elf.NewFile(bytes.NewReader(buildObject()))
	if err != nil {
		fmt.Println("NewFile:", err)
		return
	}
	fmt.Println(f.Class, f.Data, f.Version, f.OSABI, f.Type, f.Machine, f.ByteOrder, fmt.Sprintf("%#x", f.Entry))
	for _, p := range f.Progs {
		fmt.Printf("prog %v %v off=%d vaddr=%#x filesz=%d align=%#x\n", p.Type, p.Flags, p.Off, p.Vaddr, p.Filesz, p.Align)
		code := make([]byte, 4)
		p.ReadAt(code, 0)
		fmt.Printf("  first bytes % x\n", code)
	}
	for i, s := range f.Sections {
		// The compressed section's size in the file depends on the zlib
		// writer, so only the uncompressed Size is printed.
		fmt.Printf("section %d %-12q %-14v %-28v addr=%#x size=%d link=%d info=%d align=%d entsize=%d\n",
			i, s.Name, s.Type, s.Flags, s.Addr, s.Size, s.Link, s.Info, s.Addralign, s.Entsize)
	}
	data, err := f.Section(".data").Data()
	fmt.Printf(".data: %q %v\n", data, err)
	bss, _ := f.Section(".bss").Data()
	fmt.Println(".bss:", len(bss), "bytes, all zero:", bytes.Count(bss, []byte{0}) == len(bss))

	story := f.Section(".note.story")
	text, err := story.Data()
	fmt.Printf("compressed: %q %v\n", text, err)
	fmt.Println("  ReaderAt is nil:", story.ReaderAt == nil)
	r := story.Open()
	end, _ := r.Seek(0, io.SeekEnd)
	r.Seek(18, io.SeekStart)
	word := make([]byte, 8)
	io.ReadFull(r, word)
	fmt.Printf("  size by seeking to the end %d, bytes 18..26 %q\n", end, word)

	syms, err := f.Symbols()
	fmt.Println(len(syms), "symbols", err)
	for _, s := range syms {
		fmt.Printf("  %-8q %-12v %-11v %-11v section=%v value=%#x size=%d\n", s.Name,
			elf.ST_TYPE(s.Info), elf.ST_BIND(s.Info), elf.ST_VISIBILITY(s.Other), s.Section, s.Value, s.Size)
	}
	fmt.Println("symtab by type:", f.SectionByType(elf.SHT_SYMTAB).Name, f.SectionByType(elf.SHT_DYNAMIC) == nil)
	_, err = f.DynamicSymbols()
	fmt.Println("dynamic symbols:", err, err == elf.ErrNoSymbols)
	libs, err := f.ImportedLibraries()
	fmt.Println("libraries:", libs, err)
	_, err = f.DynString(elf.DT_FLAGS)
	fmt.Println("DynString:", err)
	_, err = f.DWARF()
	fmt.Println("DWARF:", err)

	_, err = elf.NewFile(bytes.NewReader([]byte("not an ELF file at all")))
	fmt.Println("bad file:", err)
}

func printNames() {
	for _, v := range []any{
		elf.SHT_PROGBITS, elf.SHT_NOBITS, elf.SHT_GNU_VERSYM, elf.SHT_LOOS + 2, elf.SectionType(20),
		elf.SHF_ALLOC | elf.SHF_EXECINSTR, elf.SHF_WRITE | 0x1000, elf.SectionFlag(0),
		elf.PF_R | elf.PF_X, elf.ProgFlag(0x50), elf.PT_GNU_STACK, elf.PT_LOAD,
		elf.ET_EXEC, elf.ET_DYN, elf.ET_LOOS + 5, elf.EM_X86_64, elf.EM_AARCH64, elf.EM_RISCV,
		elf.ELFOSABI_LINUX, elf.ELFCLASS32, elf.ELFDATA2MSB, elf.EV_CURRENT,
		elf.SHN_UNDEF, elf.SHN_ABS, elf.SHN_COMMON, elf.SectionIndex(7),
		elf.DT_NEEDED, elf.DT_GNU_HASH, elf.DF_BIND_NOW | elf.DF_STATIC_TLS, elf.NT_PRSTATUS,
		elf.STB_GLOBAL, elf.STT_TLS, elf.STV_HIDDEN, elf.COMPRESS_ZLIB,
		elf.R_X86_64_PC32, elf.R_X86_64_PLT32, elf.R_X86_64_GOTPCRELX, elf.R_386_GOT32,
		elf.R_AARCH64_CALL26, elf.R_ARM_THM_ABS5, elf.R_RISCV_CALL, elf.R_PPC64_REL24, elf.R_MIPS_26,
		dwarf.TagCompileUnit, dwarf.TagSubprogram, dwarf.TagSkeletonUnit, dwarf.Tag(0x4000),
		dwarf.AttrName, dwarf.AttrHighpc, dwarf.Attr(0x2007), dwarf.ClassAddress, dwarf.ClassString, dwarf.Class(42),
	} {
		fmt.Printf("%v\t%#v\n", v, v)
	}
}

// readSelf reads the program's own DWARF.
func readSelf() {
	f, err := elf.Open(os.Args[0])
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	fmt.Println("self:", f.Class, f.Machine, f.Type, f.Section(".text") != nil)
	d, err := f.DWARF()
	if err != nil {
		fmt.Println("DWARF:", err)
		return
	}
	r := d.Reader()
	var cu *dwarf.Entry
	for {
		e, err := r.Next()
		if err != nil || e == nil {
			fmt.Println("main.main not found", err)
			return
		}
		switch {
		case e.Tag == dwarf.TagCompileUnit:
			cu = e
			if e.Val(dwarf.AttrName) != "main" {
				r.SkipChildren()
			}
		case e.Tag == dwarf.TagSubprogram && e.Val(dwarf.AttrName) == "main.main":
			printMainLine(d, cu, e)
			return
		}
	}
}

// printMainLine prints the source position of main.main's entry.
func printMainLine(d *dwarf.Data, cu, fn *dwarf.Entry) {
	fmt.Println("unit:", cu.Val(dwarf.AttrName), cu.Tag, cu.Children)
	lr, err := d.LineReader(cu)
	if err != nil || lr == nil {
		fmt.Println("no line table", err)
		return
	}
	pc, _ := fn.Val(dwarf.AttrLowpc).(uint64)
	var row dwarf.LineEntry
	if err := lr.SeekPC(pc, &row); err != nil {
		fmt.Println("SeekPC:", err)
		return
	}
	fmt.Println("main.main starts at", filepath.Base(row.File.Name), "line", row.Line, row.Address == pc)
	ranges, err := d.Ranges(fn)
	fmt.Println("one range starting at its pc:", len(ranges) == 1 && ranges[0][0] == pc, err)
}

func main() {
	readObject()
	printNames()
	readSelf()
}
