// This file implements goroutine tracebacks: the list of calls printed
// after a fatal panic.
//
// Every function keeps a frame pointer (the compiler asks LLVM for it), so
// the frames form a chain: at fp is the caller's fp, at fp+8 the return
// address. The linker fills functab with every function's entry address and
// name (gominic/link/functab.py); the function holding a return address is
// the one with the greatest entry not above it.

package runtime

import "unsafe"

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

// traceback prints the calls on the stack from frame fp outwards, as Go
// does, hiding the runtime's own frames. Without line tables the position
// is shown as "?".
func traceback(fp uintptr) {
	for depth := 0; fp != 0 && depth < 100; depth++ {
		pc := *(*uintptr)(unsafe.Pointer(fp + 8))
		fp = *(*uintptr)(unsafe.Pointer(fp))
		f := findfunc(pc - 1)
		if f == nil {
			return
		}
		if hasPrefix(f.name, "runtime.") {
			continue
		}
		printstring(f.name)
		printstring("(...)\n\t?:0 +")
		printhex(uint64(pc - f.entry))
		printstring("\n")
		if f.name == "main.main" {
			return
		}
	}
}
