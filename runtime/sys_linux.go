// This file implements the runtime's system interface: Linux system calls
// through the syscall6 compiler intrinsic.

package runtime

import "unsafe"

const (
	sysRead          = 0
	sysWrite         = 1
	sysMmap          = 9
	sysMunmap        = 11
	sysRtSigaction   = 13
	sysRtSigprocmask = 14
	sysSigaltstack   = 131
	sysGetpid        = 39
	sysKill          = 62
	sysExitGroup     = 231
	sysOpenat        = 257
	sysClose         = 3
	sysNanosleep     = 35
	sysClockGettime  = 228
)

// syscall6 is lowered by the compiler to the syscall instruction.
//
//go:intrinsic
func syscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) uintptr

// getfp returns the caller's frame pointer.
//
//go:intrinsic
func getfp() uintptr

func write(fd uintptr, p unsafe.Pointer, n int) int {
	return int(syscall6(sysWrite, fd, uintptr(p), uintptr(n), 0, 0, 0))
}

// writeString writes all of s: the preemption timer's signal can cut a
// write to a full pipe short. It is never inlined: the runtime's messages
// are cold code, and one copy of the loop serves them all (inlined, it
// was 2 KB of hello).
//
//go:noinline
func writeString(fd uintptr, s string) {
	for len(s) > 0 {
		n := write(fd, stringptr(s), len(s))
		if n < 0 {
			return
		}
		s = s[n:]
	}
}

func exit(code int) {
	syscall6(sysExitGroup, uintptr(code), 0, 0, 0, 0, 0)
}

// protRW is PROT_READ|PROT_WRITE, for the mmaps of the heap and the stacks.
const protRW = 3

func mmap(n uintptr) unsafe.Pointer {
	const mapPrivateAnon = 0x22
	p := syscall6(sysMmap, 0, n, protRW, mapPrivateAnon, ^uintptr(0), 0)
	if p > ^uintptr(4095) {
		return nil
	}
	return unsafe.Pointer(p)
}
