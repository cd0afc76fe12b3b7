// This file implements the memory-mapping calls: mmap(2), mprotect(2),
// munmap(2), madvise(2), mlock(2). A mapping is handed out as a byte
// slice over memory outside the Go heap (the collector ignores pointers
// into it); Munmap takes the same slice back.

package syscall

import "unsafe"

// Protections, flags and advice of mmap(2), mprotect(2), madvise(2) and
// mlockall(2) (asm-generic/mman-common.h, asm/mman.h).
const (
	PROT_NONE      = 0x0
	PROT_READ      = 0x1
	PROT_WRITE     = 0x2
	PROT_EXEC      = 0x4
	PROT_GROWSDOWN = 0x1000000
	PROT_GROWSUP   = 0x2000000

	MAP_SHARED     = 0x1
	MAP_PRIVATE    = 0x2
	MAP_TYPE       = 0xf
	MAP_FIXED      = 0x10
	MAP_FILE       = 0x0
	MAP_ANON       = 0x20
	MAP_ANONYMOUS  = 0x20
	MAP_32BIT      = 0x40
	MAP_GROWSDOWN  = 0x100
	MAP_DENYWRITE  = 0x800
	MAP_EXECUTABLE = 0x1000
	MAP_LOCKED     = 0x2000
	MAP_NORESERVE  = 0x4000
	MAP_POPULATE   = 0x8000
	MAP_NONBLOCK   = 0x10000
	MAP_STACK      = 0x20000
	MAP_HUGETLB    = 0x40000

	MADV_NORMAL      = 0x0
	MADV_RANDOM      = 0x1
	MADV_SEQUENTIAL  = 0x2
	MADV_WILLNEED    = 0x3
	MADV_DONTNEED    = 0x4
	MADV_REMOVE      = 0x9
	MADV_DONTFORK    = 0xa
	MADV_DOFORK      = 0xb
	MADV_MERGEABLE   = 0xc
	MADV_UNMERGEABLE = 0xd
	MADV_HUGEPAGE    = 0xe
	MADV_NOHUGEPAGE  = 0xf
	MADV_HWPOISON    = 0x64

	MCL_CURRENT = 0x1
	MCL_FUTURE  = 0x2
)

// Mmap maps length bytes of the file fd from offset (fd -1 with MAP_ANON:
// fresh zeroed memory) and returns them as a slice.
func Mmap(fd int, offset int64, length int, prot int, flags int) (data []byte, err error) {
	if length <= 0 {
		return nil, EINVAL
	}
	r, _, e := Syscall6(SYS_MMAP, 0, uintptr(length), uintptr(prot), uintptr(flags), uintptr(fd), uintptr(offset))
	if e != 0 {
		return nil, e
	}
	return unsafe.Slice((*byte)(unsafe.Pointer(r)), length), nil
}

// Munmap unmaps the memory of a slice Mmap returned.
func Munmap(b []byte) (err error) {
	if len(b) == 0 || cap(b) != len(b) {
		return EINVAL
	}
	return memCall(SYS_MUNMAP, b, 0)
}

// Mprotect sets the protection of the pages holding b.
func Mprotect(b []byte, prot int) (err error) {
	return memCall(SYS_MPROTECT, b, uintptr(prot))
}

// Madvise gives the kernel advice about the pages holding b.
func Madvise(b []byte, advice int) (err error) {
	return memCall(SYS_MADVISE, b, uintptr(advice))
}

// Mlock locks the pages holding b in memory.
func Mlock(b []byte) (err error) {
	return memCall(SYS_MLOCK, b, 0)
}

// Munlock unlocks the pages holding b.
func Munlock(b []byte) (err error) {
	return memCall(SYS_MUNLOCK, b, 0)
}

// Mlockall locks all of the process's pages (flags: MCL_CURRENT, MCL_FUTURE).
func Mlockall(flags int) (err error) {
	_, _, e := Syscall(SYS_MLOCKALL, uintptr(flags), 0, 0)
	return errnoErr(e)
}

// Munlockall unlocks all of the process's pages.
func Munlockall() (err error) {
	_, _, e := Syscall(SYS_MUNLOCKALL, 0, 0, 0)
	return errnoErr(e)
}

// memCall makes a system call on the address range of b and one more argument.
func memCall(trap uintptr, b []byte, arg uintptr) error {
	_, _, e := Syscall(trap, ptr(b), uintptr(len(b)), arg)
	return errnoErr(e)
}
