// This file implements reading .gopclntab, the table the linker writes to
// turn a program counter into a function, a file and a line
// (gominic/link/pclntab.py describes the layout; Go's runtime/symtab.go
// reads its own the same way).
//
// findfunc binary-searches the function table for the function holding a
// pc; pcvalue runs one of its pc-value tables (a run-length code of the
// function's bytes) up to the pc. A pc inside code LLVM inlined belongs to
// several functions at once: pcinline names the innermost inlined call,
// and its parents in the inline tree lead back out to the function
// itself, each one a frame of its own in tracebacks and runtime.Caller.

package runtime

import "unsafe"

// pclnDeflated covers .gopclntab as the linker wrote it: the table's
// size and its size packed (pclnpack.go), four bytes each, then the
// packed table deflated. pclntab is the table, once inflated (inflate.go)
// and unpacked: at the first lookup, so that a program that never needs
// a line never pays for it.
var (
	pclnDeflated []byte
	pclntab      []byte
	pclnTried    bool
)

// inflatePclntab inflates and unpacks the table into memory of its own,
// once (a lookup during the inflation, say from a fault in it, finds no
// table).
func inflatePclntab() {
	if pclnTried || len(pclnDeflated) < 8 {
		return
	}
	pclnTried = true
	n, m := uintptr(le32(pclnDeflated, 0)), uintptr(le32(pclnDeflated, 4))
	p := mmap(n + m)
	if p == nil {
		return
	}
	mem := unsafe.Slice((*byte)(p), n+m)
	if inflate(mem[n:], pclnDeflated[8:]) && unpackPclntab(mem[:n:n], mem[n:]) {
		pclntab = mem[:n:n]
	}
	// The packed table is needed no more: its whole pages go back.
	packed := (uintptr(p) + n + 4095) &^ 4095
	syscall6(sysMunmap, packed, uintptr(p)+n+m-packed, 0, 0, 0, 0)
}

// Offsets in the table's header.
const (
	pcHeaderNfunc     = 8
	pcHeaderTextStart = 16
	pcHeaderNametab   = 24
	pcHeaderCutab     = 32
	pcHeaderFiletab   = 40
	pcHeaderPctab     = 48
	pcHeaderSize      = 56
)

// A funcInfo is a function found in the table: its entry address and its
// _func, decoded.
type funcInfo struct {
	entry     uintptr
	nameoff   uint32
	args      uint32 // how many parameters, the receiver counted
	startline uint32
	cuoff     uint32
	pcfile    uint32 // offsets in pctab; 0: none (pcfile: all in file 0)
	pcline    uint32
	pcinline  uint32
	stackmap  uint32 // the collector's maps of the frame at each call (mgcstack.go); 0: none
	ninline   uint32
	inlineoff int // where its inline tree starts in pclntab
	index     int // its number in the function table
	ok        bool
}

func (f funcInfo) valid() bool {
	return f.ok
}

//go:noinline
func pcread32(off int) uint32 {
	return le32(pclntab, off)
}

// le32 is the little-endian uint32 at b[off:].
func le32(b []byte, off int) uint32 {
	b = b[off : off+4]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func pcread64(off int) uint64 {
	return uint64(pcread32(off)) | uint64(pcread32(off+4))<<32
}

// decodeFunc reads the _func at p (its fields are varints).
func decodeFunc(entry uintptr, p int) funcInfo {
	f := funcInfo{entry: entry, ok: true}
	f.nameoff, p = readvarint(p)
	f.args, p = readvarint(p)
	f.startline, p = readvarint(p)
	f.cuoff, p = readvarint(p)
	f.pcfile, p = readvarint(p)
	f.pcline, p = readvarint(p)
	f.pcinline, p = readvarint(p)
	f.stackmap, p = readvarint(p)
	f.ninline, p = readvarint(p)
	f.inlineoff = p
	return f
}

// findfunc returns the function holding pc (invalid if none does).
func findfunc(pc uintptr) funcInfo {
	if len(pclntab) == 0 {
		inflatePclntab()
		if len(pclntab) == 0 {
			return funcInfo{}
		}
	}
	n := int(pcread64(pcHeaderNfunc))
	text := uintptr(pcread64(pcHeaderTextStart))
	if pc < text {
		return funcInfo{}
	}
	off := uint32(pc - text)
	if uint64(pc-text) >= 1<<32 || off >= pcread32(pcHeaderSize+8*n) {
		return funcInfo{}
	}
	// The last function whose entry is at or before pc.
	lo, hi := 0, n
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if pcread32(pcHeaderSize+8*mid) <= off {
			lo = mid
		} else {
			hi = mid
		}
	}
	if pcread32(pcHeaderSize+8*lo) > off {
		return funcInfo{}
	}
	f := decodeFunc(text+uintptr(pcread32(pcHeaderSize+8*lo)), int(pcread32(pcHeaderSize+8*lo+4)))
	f.index = lo
	return f
}

// funcEntryByName returns the entry of the function named name, or 0: a
// walk of the whole table, for the rare questions by name.
func funcEntryByName(name string) uintptr {
	for i := 0; i < int(pcread64(pcHeaderNfunc)); i++ {
		nameoff, _ := readvarint(int(pcread32(pcHeaderSize + 8*i + 4)))
		if funcnameAt(nameoff) == name {
			return uintptr(pcread64(pcHeaderTextStart)) + uintptr(pcread32(pcHeaderSize+8*i))
		}
	}
	return 0
}

// pcstring is the NUL-terminated string at off, without a copy.
func pcstring(off int) string {
	n := 0
	for pclntab[off+n] != 0 {
		n++
	}
	return unsafestring(unsafe.Pointer(&pclntab[off]), n)
}

func funcnameAt(nameoff uint32) string {
	return pcstring(int(pcread64(pcHeaderNametab)) + int(nameoff))
}

func funcname(f funcInfo) string {
	if !f.valid() {
		return ""
	}
	return funcnameAt(f.nameoff)
}

// funcfile is the name of the function's file number n.
func funcfile(f funcInfo, n int32) string {
	if n < 0 || f.pcline == 0 { // no positions (assembly)
		return "?"
	}
	cu := int(pcread64(pcHeaderCutab)) + 4*(int(f.cuoff)+int(n))
	return pcstring(int(pcread64(pcHeaderFiletab)) + int(pcread32(cu)))
}

// readvarint reads the unsigned varint at p in pclntab; it returns the
// value and the position after it. (Not inlined: its callers read many
// in a row.)
//
//go:noinline
func readvarint(p int) (uint32, int) {
	return uvarint(pclntab, p)
}

// uvarint reads the unsigned varint at b[p:].
func uvarint(b []byte, p int) (uint32, int) {
	var v, shift uint32
	for {
		c := b[p]
		p++
		v |= uint32(c&0x7F) << shift
		if c&0x80 == 0 {
			return v, p
		}
		shift += 7
	}
}

// A pcvalueRun steps through a pcvalue table (the format is in
// gominic/obj/pcln.py): after next, val holds from start up to end.
type pcvalueRun struct {
	p          int
	first      bool
	val        int32
	start, end uintptr
}

// pcvalueRuns starts reading f's table at offset table in pctab.
func pcvalueRuns(f funcInfo, table uint32) pcvalueRun {
	return pcvalueRun{p: int(pcread64(pcHeaderPctab)) + int(table), first: true, val: -1, end: f.entry}
}

// next decodes the next run; false at the table's end.
func (r *pcvalueRun) next() bool {
	uvdelta, p := readvarint(r.p)
	if uvdelta == 0 && !r.first {
		return false
	}
	r.first = false
	if uvdelta&1 != 0 {
		r.val += int32(^(uvdelta >> 1))
	} else {
		r.val += int32(uvdelta >> 1)
	}
	pcdelta, p := readvarint(p)
	r.p = p
	r.start, r.end = r.end, r.end+uintptr(pcdelta)
	return true
}

// pcvalue is the value table (at offset table in pctab) gives targetpc in
// function f, or -1.
func pcvalue(f funcInfo, table uint32, targetpc uintptr) int32 {
	if table == 0 {
		return -1
	}
	r := pcvalueRuns(f, table)
	for r.next() {
		if targetpc < r.end {
			return r.val
		}
	}
	return -1
}

// funcline is the file and line of the code at targetpc in f, innermost
// inlined function's position if the code was inlined.
func funcline(f funcInfo, targetpc uintptr) (file string, line int32) {
	if !f.valid() {
		return "?", 0
	}
	file = funcfile(f, fileAt(f, targetpc))
	line = pcvalue(f, f.pcline, targetpc)
	if line < 0 {
		line = 0
	}
	return file, line
}

// fileAt is f's file number of the code at targetpc. A function whose
// code is all in one file (most are) has no pcfile table: file 0.
func fileAt(f funcInfo, targetpc uintptr) int32 {
	if f.pcfile == 0 {
		return 0
	}
	return pcvalue(f, f.pcfile, targetpc)
}

// An inlinedCall is an entry of a function's inline tree.
type inlinedCall struct {
	nameoff uint32
	parent  int32
	file    int32 // the call site: a file number of the function
	line    int32
}

// inlineAt is the innermost inlined call targetpc belongs to, or -1.
func inlineAt(f funcInfo, targetpc uintptr) int32 {
	if f.ninline == 0 {
		return -1
	}
	return pcvalue(f, f.pcinline, targetpc)
}

// inlinePC is the first pc of f whose innermost inlined call is ix (-1:
// f's own code), Go's parentPc: the pc of the logical frame of a function
// that inlined a call, so that FuncForPC of it names that function. The
// compiler sees that there is one (compile/pcln.py mark_parents); if not,
// f's entry.
func inlinePC(f funcInfo, ix int32) uintptr {
	if f.ninline == 0 {
		return f.entry
	}
	r := pcvalueRuns(f, f.pcinline)
	for r.next() {
		if r.val == ix {
			return r.start
		}
	}
	return f.entry
}

// inlineEntry decodes entry i of f's inline tree (four varints each).
func inlineEntry(f funcInfo, i int32) inlinedCall {
	p := f.inlineoff
	var call inlinedCall
	for k := int32(0); k <= i; k++ {
		var parent, file, line uint32
		call.nameoff, p = readvarint(p)
		parent, p = readvarint(p)
		file, p = readvarint(p)
		line, p = readvarint(p)
		call.parent, call.file, call.line = int32(parent)-1, int32(file), int32(line)
	}
	return call
}
