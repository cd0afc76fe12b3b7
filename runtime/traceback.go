// This file implements goroutine tracebacks: the list of calls printed
// after a fatal panic.
//
// Every function keeps a frame pointer (the compiler asks LLVM for it), so
// the frames form a chain: at fp is the caller's fp, at fp+8 the return
// address. The linker fills functab with every function's entry address and
// name (gominic/link/functab.py); the function holding a return address is
// the one with the greatest entry not above it.

package runtime

type funcinfo struct {
	entry uintptr
	name  string
}

// functab is filled in by the linker.
var functab []funcinfo

func findfunc(pc uintptr) *funcinfo {
	var best *funcinfo
	for i := range functab {
		f := &functab[i]
		if f.entry <= pc && (best == nil || f.entry > best.entry) {
			best = f
		}
	}
	return best
}

func hasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

// tracebackMaxFrames is how many calls a traceback shows, as in Go.
const tracebackMaxFrames = 100

// traceback prints the calls on the stack from frame fp outwards, as Go
// does, hiding the runtime's own frames and the compiler's wrappers; past tracebackMaxFrames, Go's
// "...additional frames elided..." line ends it. Without line tables the
// position is shown as "?".
func traceback(fp uintptr) {
	for printed := 0; fp != 0; {
		var pc uintptr
		pc, fp = framepc(fp)
		f := findfunc(pc - 1)
		if f == nil {
			return
		}
		if hasPrefix(f.name, "runtime.") || isWrapper(f.name) {
			continue
		}
		if printed == tracebackMaxFrames {
			printstring("...additional frames elided...\n")
			return
		}
		printed++
		printstring(f.name)
		printstring("(...)\n\t?:0 +")
		printhex(uint64(pc - f.entry))
		printstring("\n")
		if f.name == "main.main" {
			return
		}
	}
}

// printcreatedby prints the last lines of a goroutine's traceback: the
// function whose go statement started gp (none for the main goroutine).
func printcreatedby(gp *g) {
	f := findfunc(gp.gopc - 1)
	if gp == &maing || f == nil {
		return
	}
	printstring("created by ")
	printstring(f.name)
	printstring("\n\t?:0 +")
	printhex(uint64(gp.gopc - f.entry))
	printstring("\n")
}

// A Func describes a function of the program, as found in functab.
type Func struct {
	name  string
	entry uintptr
}

// FuncForPC returns the function holding program counter pc, or nil.
func FuncForPC(pc uintptr) *Func {
	f := findfunc(pc)
	if f == nil {
		return nil
	}
	return &Func{f.name, f.entry}
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

// FileLine would give the source position of pc; without line tables it
// reports an unknown file, as Go does for code it has no tables for.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	return "?", 0
}

// returnPCs fills pc with the return addresses found walking the frame
// pointers up from frame fp, skipping the first skip of them; the first
// is where fp's function will return to.
func returnPCs(fp uintptr, skip int, pc []uintptr) int {
	n := 0
	for i := 0; fp != 0 && n < len(pc); i++ {
		var ret uintptr
		ret, fp = framepc(fp)
		if i >= skip && ret != 0 {
			pc[n] = ret
			n++
		}
	}
	return n
}

// Callers fills pc with the return program counters of the calling
// frames: skip 1 starts with the caller of Callers (0 would be Callers
// itself, which has no return address of its own here: it counts as 1).
func Callers(skip int, pc []uintptr) int {
	if skip > 0 {
		skip--
	}
	return returnPCs(getfp(), skip, pc)
}

// Caller reports the program counter of a call skip frames up (0: the
// call of Caller itself). File and line are unknown without line tables.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	var pcs [1]uintptr
	if returnPCs(getfp(), skip, pcs[:]) == 0 {
		return 0, "", 0, false
	}
	return pcs[0] - 1, "?", 0, true
}
