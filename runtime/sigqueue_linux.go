// This file implements the signals a program asks for with os/signal: the
// handler, sigrecord, only sets the signal's bit in sigpending; os/signal's
// goroutine collects the bits with signal_take and delivers them to the
// program's channels.
//
// All goroutines run on one thread, which the handler interrupts, so
// signal_take blocks the signals while it reads and clears the bits: no
// arrival can fall between the two.

package runtime

import "unsafe"

const (
	_SIG_DFL = 0
	_SIG_IGN = 1

	_SIG_SETMASK = 2
)

// sigpending holds the signals that arrived and were not yet taken:
// bit n-1 for signal n.
var sigpending uint64

func sigrecord(sig int32, info *siginfo, ctx unsafe.Pointer) {
	sigpending |= 1 << uint(sig-1)
}

// setsig sets the disposition of sig: a handler's code address, or
// _SIG_DFL or _SIG_IGN.
func setsig(sig uint32, handler uintptr) {
	sa := sigactiont{handler: handler}
	if handler != _SIG_DFL && handler != _SIG_IGN {
		sa.flags = _SA_SIGINFO | _SA_ONSTACK | _SA_RESTORER | _SA_RESTART
		sa.restorer = funcPC(sigreturn)
	}
	syscall6(sysRtSigaction, uintptr(sig), uintptr(unsafe.Pointer(&sa)), 0, 8, 0, 0)
}

// signal_enable serves os/signal.Notify: sig is recorded, not acted upon.
func signal_enable(sig uint32) {
	setsig(sig, funcPC(sigrecord))
}

// signal_disable serves os/signal.Reset and Stop: sig's default action
// comes back.
func signal_disable(sig uint32) {
	setsig(sig, _SIG_DFL)
}

// signal_ignore serves os/signal.Ignore.
func signal_ignore(sig uint32) {
	setsig(sig, _SIG_IGN)
}

// signal_ignored reports whether sig is ignored (os/signal.Ignored).
func signal_ignored(sig uint32) bool {
	var old sigactiont
	syscall6(sysRtSigaction, uintptr(sig), 0, uintptr(unsafe.Pointer(&old)), 8, 0, 0)
	return old.handler == _SIG_IGN
}

// signal_take returns the signals that arrived since the last call.
func signal_take() uint64 {
	all, old := ^uint64(0), uint64(0)
	syscall6(sysRtSigprocmask, _SIG_SETMASK, uintptr(unsafe.Pointer(&all)), uintptr(unsafe.Pointer(&old)), 8, 0, 0)
	taken := sigpending
	sigpending = 0
	syscall6(sysRtSigprocmask, _SIG_SETMASK, uintptr(unsafe.Pointer(&old)), 0, 8, 0, 0)
	return taken
}
