// This file implements the system call entry of package syscall: the
// syscall6 intrinsic, callable from outside the runtime. The kernel's raw
// result comes back unchanged (-errno on failure); package syscall splits
// it into a value and an Errno.

package runtime

func syscall_rawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) uintptr {
	return syscall6(trap, a1, a2, a3, a4, a5, a6)
}
