// This file implements memory mappings: Mmap, Munmap and Mprotect, with
// the mapping's bytes seen as a []byte outside the collected heap.

package syscall

import (
	"sync"
	"unsafe"
)

// Memory protections and mapping flags (asm-generic/mman-common.h, asm/mman.h).
const (
	PROT_NONE      = 0x0
	PROT_READ      = 0x1
	PROT_WRITE     = 0x2
	PROT_EXEC      = 0x4
	PROT_GROWSDOWN = 0x1000000
	PROT_GROWSUP   = 0x2000000

	MAP_FILE       = 0x0
	MAP_SHARED     = 0x1
	MAP_PRIVATE    = 0x2
	MAP_TYPE       = 0xf
	MAP_FIXED      = 0x10
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
)

// mappings are the regions Mmap returned and Munmap has not yet
// removed, by the address of their last byte: Munmap accepts any
// reslicing of a mapping that keeps its end (cap), as Go's does.
var (
	mappingsMu sync.Mutex
	mappings   = map[*byte][]byte{}
)

// Mmap maps length bytes of file fd from offset (or anonymous memory)
// with protection prot and the MAP_* flags.
func Mmap(fd int, offset int64, length int, prot int, flags int) (data []byte, err error) {
	if length <= 0 {
		return nil, EINVAL
	}
	addr, _, e := Syscall6(SYS_MMAP, 0, uintptr(length), uintptr(prot), uintptr(flags), uintptr(fd), uintptr(offset))
	if e != 0 {
		return nil, errnoErr(e)
	}
	b := unsafe.Slice((*byte)(unsafe.Pointer(addr)), length)
	mappingsMu.Lock()
	mappings[&b[cap(b)-1]] = b
	mappingsMu.Unlock()
	return b, nil
}

// Munmap removes a mapping Mmap made.
func Munmap(b []byte) error {
	if len(b) == 0 || len(b) != cap(b) {
		return EINVAL
	}
	mappingsMu.Lock()
	defer mappingsMu.Unlock()
	m, ok := mappings[&b[cap(b)-1]]
	if !ok || &m[0] != &b[0] {
		return EINVAL
	}
	if _, _, e := Syscall(SYS_MUNMAP, uintptr(unsafe.Pointer(&b[0])), uintptr(len(b)), 0); e != 0 {
		return errnoErr(e)
	}
	delete(mappings, &b[cap(b)-1])
	return nil
}

// Mprotect sets the protection of the pages of b.
func Mprotect(b []byte, prot int) error {
	_, _, e := Syscall(SYS_MPROTECT, ptr(b), uintptr(len(b)), uintptr(prot))
	return errnoErr(e)
}
