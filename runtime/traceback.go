// This file implements goroutine tracebacks and the stack-walking part of
// package runtime's API: Caller, Callers, CallersFrames, FuncForPC, Stack.
//
// Every function keeps a frame pointer (the compiler asks LLVM for it), so
// the frames form a chain: at fp is the caller's fp, at fp+8 the return
// address. Each return address is looked up in .gopclntab (symtab.go) at
// pc-1, inside the call instruction, so that the line is the call's: the
// return address itself may already be on the next line. (A frame that
// faulted seems to have called sigpanic from one byte into the faulting
// instruction: signal_linux.go.)
//
// A physical frame gives one logical frame per inlined call it is in,
// innermost first, as Go's traceback shows them. Frames of the runtime's
// own unexported functions are hidden, as Go hides them, and so are the
// compiler's wrappers and the runtime functions that run deferred calls
// (elided).

package runtime

// A Frame is a logical frame: a function call, perhaps inlined.
type Frame struct {
	PC       uintptr // the call's pc (return address - 1), the faulting pc, or in a caller of inlined code a pc of its own (inlinePC)
	Func     *Func   // nil for an inlined call, as in Go
	Function string  // package path-qualified name, e.g. main.(*T).M
	File     string
	Line     int
	Entry    uintptr // entry of the physical function

	retpc   uintptr // the return address (the fault pc for a fault), for +0x offsets
	inlined bool
}

// maxTraceFrames is how many physical frames a traceback walks, as Go's
// _TracebackMaxFrames.
const maxTraceFrames = 100

// A stackWalker walks physical frames up the frame-pointer chain.
type stackWalker struct {
	fp uintptr
}

// next returns the next physical frame's return address and function.
func (w *stackWalker) next() (retpc uintptr, lookup uintptr, f funcInfo, ok bool) {
	if w.fp == 0 {
		return 0, 0, funcInfo{}, false
	}
	retpc, w.fp = framepc(w.fp) // through morestack's frames (stack.go)
	lookup = retpc - 1
	f = findfunc(lookup)
	if !f.valid() {
		return 0, 0, f, false
	}
	return retpc, lookup, f, true
}

// expand fills out with the logical frames of one physical frame,
// innermost first, and returns how many it wrote.
func expand(retpc, lookup uintptr, f funcInfo, out []Frame) int {
	file, line := funcline(f, lookup)
	n := 0
	for inl := inlineAt(f, lookup); inl >= 0 && n < len(out)-1; {
		call := inlineEntry(f, inl)
		out[n] = Frame{PC: lookup, Function: funcnameAt(call.nameoff), File: file, Line: int(line),
			Entry: f.entry, retpc: retpc, inlined: true}
		n++
		file, line = funcfile(f, call.file), call.line
		inl = call.parent
		lookup = inlinePC(f, inl)
	}
	out[n] = Frame{PC: lookup, Function: funcname(f), File: file, Line: int(line), Entry: f.entry, retpc: retpc}
	return n + 1
}

// elided reports whether a function's frames are left out of every
// walk: compiler-made wrappers (isWrapper, panic.go); runDefers and
// deferreturn, which call deferred functions where Go's compiled code and
// gopanic call them directly; and goentry, which calls a goroutine's
// function where Go's returns into runtime.goexit.
func elided(name string) bool {
	return isWrapper(name) || name == "runtime.runDefers" || name == "runtime.deferreturn" ||
		name == "runtime.goentry"
}

// shown reports whether a traceback prints a frame of function name:
// Go's rule (showfuncinfo) hides the runtime's unexported functions and
// names without a package.
func shown(name string) bool {
	if !contains(name, ".") {
		return false // assembly entry points such as _rt0_amd64_linux
	}
	if !hasPrefix(name, "runtime.") {
		return true
	}
	c := name[len("runtime.")]
	return c >= 'A' && c <= 'Z'
}

// A frameWalker walks a stack's logical frames, innermost first, leaving
// out the first skip and, unless it walks all, the elided ones: a
// wrapper's own frame, not the calls inlined into it.
type frameWalker struct {
	w        stackWalker
	skip     int
	all      bool
	buf      [8]Frame
	i, k     int
	physical int // physical frames walked, not counting left-out functions'
}

// next moves to the next logical frame, fw.buf[fw.i-1], or returns
// false at the stack's end.
func (fw *frameWalker) next() bool {
	for {
		for fw.i < fw.k {
			fw.i++
			if !fw.all && elided(fw.buf[fw.i-1].Function) {
				continue
			}
			if fw.skip == 0 {
				return true
			}
			fw.skip--
		}
		retpc, lookup, f, ok := fw.w.next()
		if !ok {
			return false
		}
		fw.i, fw.k = 0, expand(retpc, lookup, f, fw.buf[:])
		if fw.all || !elided(fw.buf[fw.k-1].Function) {
			fw.physical++
		}
	}
}

// callers fills pcs for runtime.Callers: each logical frame after the
// first skip as its pc + 1, like the return address of a call, which
// CallersFrames reads back.
func callers(fp uintptr, skip int, pcs []uintptr) int {
	fw := frameWalker{w: stackWalker{fp: fp}, skip: skip}
	n := 0
	for n < len(pcs) && fw.next() {
		pcs[n] = fw.buf[fw.i-1].PC + 1
		n++
	}
	return n
}

// traceback prints the calls on the stack from frame fp outwards, as Go
// does: the function, then a tab, file:line and the pc's offset in it;
// with GOTRACEBACK=system, every frame, the runtime's too, and each
// physical one's fp, sp and pc.
// Like Go's, it walks at most maxTraceFrames physical frames, hidden ones
// too, and says it left some out only if it printed that many: a deep
// recursion that panics in the runtime shows two frames fewer, as Go's.
func traceback(fp uintptr) {
	system := tracebackNow().level >= 2
	fw := frameWalker{w: stackWalker{fp: fp}, all: system}
	sp := fp + 16 // the stack pointer of the frame walked next: its callee's top
	printed := 0
	for fw.next() && fw.physical <= maxTraceFrames {
		fr := &fw.buf[fw.i-1]
		// gopanic is shown, as "panic", between the frames of a deferred
		// call and those of the function that panicked (Go issue 5832).
		if system || shown(fr.Function) || fr.Function == "runtime.gopanic" && printed > 0 {
			regs := ""
			if system && !fr.inlined { // its top (Go's fp) is just above its frame pointer; 0 past the last
				top := uintptr(0)
				if fw.w.fp != 0 {
					top = fw.w.fp + 16
				}
				regs = " fp=0x" + hexstring(uint64(top)) + " sp=0x" + hexstring(uint64(sp)) + " pc=0x" + hexstring(uint64(fr.retpc))
				sp = top
			}
			printframe(fr, regs)
			printed++
		}
	}
	if printed == maxTraceFrames {
		tbwrite("...additional frames elided...\n")
	}
}

// printframe prints one frame as Go does: name() for a function without
// parameters; the values of parameters are not known, so a call with
// some shows "(...)", as Go shows an inlined call. regs ends the line.
func printframe(fr *Frame, regs string) {
	name := fr.Function
	if name == "runtime.gopanic" {
		name = "panic"
	}
	args := "(...)"
	if !fr.inlined && findfunc(fr.Entry).args == 0 {
		args = "()"
	}
	printpos(name+args, fr.File, fr.Line, fr.retpc-fr.Entry, !fr.inlined, regs)
}

// printpos prints a traceback entry: the call, then a tab and its
// position, with the pc's offset in the function unless it was inlined,
// then regs.
func printpos(call, file string, line int, off uintptr, showOff bool, regs string) {
	s := call + "\n\t" + file + ":" + itoa(int64(line))
	if showOff {
		s += " +0x" + hexstring(uint64(off))
	}
	tbwrite(s + regs + "\n")
}

// printcreatedby prints where goroutine gp was started (its go statement).
func printcreatedby(gp *g) {
	f := findfunc(gp.gopc - 1)
	if !f.valid() {
		return
	}
	var frames [8]Frame
	expand(gp.gopc, gp.gopc-1, f, frames[:])
	printpos("created by "+frames[0].Function, frames[0].File, frames[0].Line, gp.gopc-f.entry, true, "")
}

func hexstring(v uint64) string {
	const digits = "0123456789abcdef"
	var buf [16]byte
	i := len(buf)
	for {
		i--
		buf[i] = digits[v%16]
		v /= 16
		if v == 0 {
			break
		}
	}
	return string(buf[i:])
}

func hasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

// stackbuf, when not nil, receives the traceback instead of standard
// error (runtime.Stack).
var stackbuf *[]byte

//go:noinline
func tbwrite(s string) {
	if stackbuf == nil {
		printstring(s)
		return
	}
	*stackbuf = append(*stackbuf, s...)
}

// Stack formats a traceback of the calling goroutine into buf, and of
// every other goroutine after it if all is set, and returns the number of
// bytes written (at most len(buf)).
func Stack(buf []byte, all bool) int {
	out := make([]byte, 0, 1024)
	stackbuf = &out
	tbwrite("goroutine " + itoa(int64(curg.goid)) + " [running]:\n")
	traceback(getfp())
	if curg != &maing {
		printcreatedby(curg)
	}
	if all {
		for gp := allgs; gp != nil; gp = gp.alllink {
			if gp != curg && gp.status != _Gdead {
				tbwrite("\ngoroutine " + itoa(int64(gp.goid)) + " [" + gstatusString(gp) + "]:\n")
				traceback(gp.sched.bp)
				printcreatedby(gp)
			}
		}
	}
	stackbuf = nil
	return copy(buf, out)
}

func gstatusString(gp *g) string {
	if gp.status == _Grunnable {
		return "runnable"
	}
	if gp.status == _Gwaiting {
		return gp.waitreason.String()
	}
	return "running"
}

// A Func describes a function of the program, as found in .gopclntab.
type Func struct {
	name  string
	entry uintptr
	f     funcInfo
}

// FuncForPC returns the function holding program counter pc, or nil. If
// pc is in inlined code, it names the innermost inlined function, with
// the entry of the function it was inlined into, as Go does.
func FuncForPC(pc uintptr) *Func {
	f := findfunc(pc)
	if !f.valid() {
		return nil
	}
	if inl := inlineAt(f, pc); inl >= 0 {
		return &Func{funcnameAt(inlineEntry(f, inl).nameoff), f.entry, f}
	}
	return physicalFunc(f)
}

// funcs holds the Func of each function FuncForPC or Frames has given,
// by its index in the function table: Go's *Func of a function is its
// entry in Go's tables, so two calls give one pointer and == compares
// functions.
var funcs []*Func

// physicalFunc is the one Func of function f.
func physicalFunc(f funcInfo) *Func {
	if funcs == nil {
		funcs = make([]*Func, pcread64(pcHeaderNfunc))
	}
	if funcs[f.index] == nil {
		funcs[f.index] = &Func{funcValueName(funcname(f)), f.entry, f}
	}
	return funcs[f.index]
}

// funcValueName is Go's name for the code of a func value: main.(*T).M
// for a method expression's wrapper main.(*T).M·expr, as Go names its own
// wrapper, and F for a top-level function's adapter F·fv (see
// reflect_funcCode).
func funcValueName(name string) string {
	return trimSuffix(trimSuffix(name, "·fv"), "·expr")
}

// reflect_funcCode serves reflect's Value.Pointer for a func value whose
// code is at pc. Go's func value of a top-level function F points at F
// itself; ours at an adapter, F·fv (gominic/compile/package.py), so the
// pointer is F's entry, which FuncForPC and its FileLine then describe.
func reflect_funcCode(pc uintptr) uintptr {
	name := funcname(findfunc(pc))
	if f := trimSuffix(name, "·fv"); f != name {
		if entry := funcEntryByName(f); entry != 0 {
			return entry
		}
	}
	return pc
}

// Name is the function's symbol name, e.g. "main.main" or "main.(*T).M".
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry is the address of the function's first instruction.
func (f *Func) Entry() uintptr {
	return f.entry
}

// FileLine returns the file name and line of the source code at pc.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	file, l := funcline(f.f, pc)
	return file, int(l)
}

// Callers fills pc with the program counters of the calling frames, one
// per logical frame as in Go (a call inlined into its caller is a frame of
// its own): skip 0 is Callers itself, 1 its caller. Each is a frame's pc
// + 1, like a return address (CallersFrames turns them into frames).
func Callers(skip int, pc []uintptr) int {
	if len(pc) == 0 {
		return 0
	}
	if skip == 0 {
		pc[0] = funcPC(Callers) + 1
		return 1 + callers(getfp(), 0, pc[1:])
	}
	return callers(getfp(), skip-1, pc)
}

// Caller reports the call skip frames up (0: the call of Caller itself):
// its pc, file and line.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	fw := frameWalker{w: stackWalker{fp: getfp()}, skip: skip}
	if !fw.next() {
		return 0, "", 0, false
	}
	fr := fw.buf[fw.i-1]
	return fr.PC, fr.File, fr.Line, true
}

// Frames turns the pcs Callers returns into frames, one for each.
type Frames struct {
	callers []uintptr
	// The call site of the inlined call of the frame just returned: the
	// position of the next frame if it is the caller's (parentPC).
	parentPC uintptr
	callFile string
	callLine int
}

// CallersFrames returns the frames of the pcs callers.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns the next frame and whether there are more after it.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.callers) > 0 {
		pc := ci.callers[0] - 1
		ci.callers = ci.callers[1:]
		f := findfunc(pc)
		if !f.valid() {
			continue
		}
		frame = Frame{PC: pc, Function: funcname(f), Entry: f.entry}
		// A caller of inlined code is at its call site, not at the line
		// of the pc that names it (inlinePC).
		if pc == ci.parentPC {
			frame.File, frame.Line = ci.callFile, ci.callLine
		} else {
			file, line := funcline(f, pc)
			frame.File, frame.Line = file, int(line)
		}
		ci.parentPC = 0
		if inl := inlineAt(f, pc); inl >= 0 {
			call := inlineEntry(f, inl)
			frame.Function = funcnameAt(call.nameoff)
			ci.parentPC, ci.callFile, ci.callLine = inlinePC(f, call.parent), funcfile(f, call.file), int(call.line)
		} else {
			frame.Func = physicalFunc(f)
		}
		return frame, len(ci.callers) > 0
	}
	return Frame{}, false
}
