// This file implements signal handling: a nil dereference faults in
// hardware, and the SIGSEGV handler turns the fault into Go's panic (any
// fault, after debug.SetPanicOnFault(true)); runtime.Breakpoint's SIGTRAP
// ends the program with Go's report.
//
// The handler runs on an alternate signal stack (sigaltstack), entered
// through sigtramp (asm_amd64.s), which turns the stack checks off while it
// runs. For a fault near address zero it
// rewrites the interrupted context so that, when the handler returns, the
// goroutine seems to have called sigpanic from the faulting instruction:
// the ordinary panic machinery (defers, recover) takes over from there, as
// in Go's runtime (sigctxt.preparePanic).

package runtime

import "unsafe"

const (
	_SIGTRAP = 5
	_SIGABRT = 6
	_SIGBUS  = 7
	_SIGFPE  = 8
	_SIGSEGV = 11
	_SIGPIPE = 13

	_SA_SIGINFO  = 0x4
	_SA_ONSTACK  = 0x08000000
	_SA_RESTART  = 0x10000000 // restart an interrupted read, write, wait4, ...
	_SA_RESTORER = 0x04000000

	sigStackSize = 64 << 10
)

type sigactiont struct {
	handler  uintptr
	flags    uint64
	restorer uintptr
	mask     uint64
}

type stackt struct {
	sp    uintptr
	flags int32
	_     int32
	size  uintptr
}

// siginfo and ucontext: only the words the handler reads (Linux x86-64 layout).
type siginfo struct {
	signo int32
	errno int32
	code  int32
	_     int32
	addr  uintptr
}

const (
	ucontextRSP = 40 + 15*8 // uc_mcontext.gregs[REG_RSP]
	ucontextRIP = 40 + 16*8 // uc_mcontext.gregs[REG_RIP]
)

// What the last fatal signal was, for the "[signal ...]" line of a panic;
// sigcall is set while the handler's simulated call of sigpanic is on its
// way.
var (
	signum  int32
	sigcode int32
	sigaddr uintptr
	sigpc   uintptr
	sigcall bool
)

// sigreturn is the assembly restorer that ends a signal handler.
func sigreturn()

// sigtramp is the assembly entry of sighandler (asm_amd64.s).
func sigtramp()

// funcPC is the entry address of the function f names (Go's
// abi.FuncPCABI0): the compiler lowers it to the symbol's address, as the
// kernel and the scheduler need the code itself, not a func value.
//
//go:intrinsic
func funcPC(f any) uintptr

// initsig installs the fault handlers on an alternate stack.
func initsig() {
	st := stackt{sp: uintptr(mmap(sigStackSize)), size: sigStackSize}
	syscall6(sysSigaltstack, uintptr(unsafe.Pointer(&st)), 0, 0, 0, 0, 0)
	sa := sigactiont{
		handler:  funcPC(sigtramp),
		flags:    _SA_SIGINFO | _SA_ONSTACK | _SA_RESTORER,
		restorer: funcPC(sigreturn),
	}
	for _, sig := range [...]uintptr{_SIGSEGV, _SIGBUS, _SIGFPE, _SIGTRAP} {
		syscall6(sysRtSigaction, sig, uintptr(unsafe.Pointer(&sa)), 0, 8, 0, 0)
	}
	// The preemption timer's signal (preempt.go) must not make the
	// system calls it interrupts fail.
	sa.flags |= _SA_RESTART
	syscall6(sysRtSigaction, _SIGALRM, uintptr(unsafe.Pointer(&sa)), 0, 8, 0, 0)
	// A write to a broken pipe fails with EPIPE instead of killing the
	// program, as in Go (package os raises SIGPIPE again for standard
	// output and error: os_sigpipe). A handler, not SIG_IGN, so that a
	// program this one execs gets the default disposition back.
	syscall6(sysRtSigaction, _SIGPIPE, uintptr(unsafe.Pointer(&sa)), 0, 8, 0, 0)
}

// os_sigpipe ends the program by SIGPIPE, its default action: what a
// write to a broken standard output or error does in Go (os.epipecheck).
// A program that took SIGPIPE with os/signal (Notify or Ignore) goes on,
// as in Go's runtime.sigpipe: the signal reached its handler at the write.
func os_sigpipe() {
	var cur sigactiont
	syscall6(sysRtSigaction, _SIGPIPE, 0, uintptr(unsafe.Pointer(&cur)), 8, 0, 0)
	if cur.handler != funcPC(sigtramp) {
		return
	}
	sa := sigactiont{} // SIG_DFL
	syscall6(sysRtSigaction, _SIGPIPE, uintptr(unsafe.Pointer(&sa)), 0, 8, 0, 0)
	syscall6(sysKill, syscall6(sysGetpid, 0, 0, 0, 0, 0, 0), _SIGPIPE, 0, 0, 0, 0)
	exit(2)
}

func sighandler(sig int32, info *siginfo, ctx unsafe.Pointer) {
	if sig == _SIGALRM {
		preemptRequested = 1
		return
	}
	if sig == _SIGPIPE {
		return
	}
	sp := *(*uintptr)(unsafe.Add(ctx, ucontextRSP))
	pc := *(*uintptr)(unsafe.Add(ctx, ucontextRIP))
	if dying {
		exit(2)
	}
	signum, sigcode, sigaddr, sigpc = sig, info.code, info.addr, pc
	fault := sig == _SIGSEGV || sig == _SIGBUS
	if !fault && sig != _SIGTRAP || fault && info.addr >= 0x1000 && !curg.paniconfault {
		throwing = throwRuntime
		printstring("unexpected fault address ")
		printhex(uint64(info.addr))
		printstring("\nfatal error: fault\n")
		printsignal()
		fataltraceback(getfp())
		fatalexit()
	}
	// Simulate a call to sigpanic (sigtrap) from the faulting instruction:
	// its return address is one byte into that instruction, so that a
	// walk reads it, as every return address, one byte back, in the
	// instruction that "called"; being no call's, it has no stack map
	// (mgcstack.go). After a trap, pc is already past the int3.
	sp -= 8
	*(*uintptr)(unsafe.Add(ctx, ucontextRSP)) = sp
	if sig == _SIGTRAP {
		*(*uintptr)(unsafe.Pointer(sp)) = pc
		*(*uintptr)(unsafe.Add(ctx, ucontextRIP)) = funcPC(sigtrap)
	} else {
		sigcall = true
		*(*uintptr)(unsafe.Pointer(sp)) = pc + 1
		*(*uintptr)(unsafe.Add(ctx, ucontextRIP)) = funcPC(sigpanic)
	}
}

// sigtrap ends the program after runtime.Breakpoint's trap with no
// debugger attached, with Go's report of a signal it does not turn into a
// panic; running on the goroutine's stack, its traceback starts there.
func sigtrap() {
	printstring("SIGTRAP: trace trap\nPC=")
	printhex(uint64(sigpc))
	printstring(" m=0 sigcode=")
	printint(int64(sigcode))
	printstring("\n")
	fataltraceback(getfp())
	fatalexit()
}

// sigpanic panics for a fault: a nil dereference, or, in a goroutine that
// asked for it (debug.SetPanicOnFault), a fault at any address. The
// compiler's explicit nil checks call it too: the same panic, with the
// same "[signal SIGSEGV ...]" line, as a fault at address 0.
func sigpanic() {
	if !sigcall {
		signum, sigcode, sigaddr = _SIGSEGV, 1, 0
		sigpc = *(*uintptr)(unsafe.Pointer(getfp() + 8))
	}
	sigcall = false
	if sigaddr >= 0x1000 {
		panicmemAddr(sigaddr)
	}
	panicmem()
}

// panicmem and panicmemAddr are frames of their own, as Go's (and so
// sigpanic, keeping nothing across its calls, saves no register of the
// frame that faulted, where the collector would take it for live).
//
//go:noinline
func panicmem() {
	gopanic(errorString("invalid memory address or nil pointer dereference"))
}

// panicmemAddr panics for a fault at addr, which a goroutine turned into
// a panic with debug.SetPanicOnFault: the error tells the address.
//
//go:noinline
func panicmemAddr(addr uintptr) {
	gopanic(errorAddressString{"invalid memory address or nil pointer dereference", addr})
}

// setPanicOnFault serves debug.SetPanicOnFault for the running goroutine.
func setPanicOnFault(enabled bool) bool {
	old := curg.paniconfault
	curg.paniconfault = enabled
	return old
}

// printsignal prints Go's line about the signal behind a fatal panic.
func printsignal() {
	if signum == 0 {
		return
	}
	if signum == _SIGSEGV {
		printstring("[signal SIGSEGV: segmentation violation code=")
	} else {
		printstring("[signal SIGBUS: bus error code=")
	}
	printhex(uint64(sigcode))
	printstring(" addr=")
	printhex(uint64(sigaddr))
	printstring(" pc=")
	printhex(uint64(sigpc))
	printstring("]\n")
}
