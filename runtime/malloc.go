// This file implements memory allocation: one entry point, mallocgc, that a
// garbage collector can later take over. For now it bumps a pointer
// through arenas mapped from the kernel; memory is never freed.

package runtime

import "unsafe"

const arenaSize = 64 << 20

var (
	arenaNext uintptr
	arenaEnd  uintptr
)

// zerobase is the address of every zero-size allocation.
var zerobase uintptr

// memstats counts what mallocgc has done, for ReadMemStats.
var memstats struct {
	mallocs    uint64
	totalAlloc uint64
	sys        uint64
}

// mallocgc returns n bytes of zeroed memory aligned to 8 (16 for big
// objects); typ describes what is stored there (nil: no pointers).
func mallocgc(n uintptr, typ *_type) unsafe.Pointer {
	memstats.mallocs++
	memstats.totalAlloc += uint64(n)
	if n == 0 {
		return unsafe.Pointer(&zerobase)
	}
	align := uintptr(8)
	if n >= 16 {
		align = 16
	}
	p := (arenaNext + align - 1) &^ (align - 1)
	if p+n > arenaEnd || arenaNext == 0 {
		size := uintptr(arenaSize)
		if n > size/4 {
			size = (n + 4095) &^ 4095
		}
		mem := mmap(size)
		if mem == nil {
			// Printed piece by piece: allocating now could fail again.
			printstring("runtime: out of memory: cannot allocate ")
			printint(int64(size))
			printstring("-byte block (")
			printint(int64(memstats.sys))
			printstring(" in use)\n")
			throw("out of memory")
		}
		memstats.sys += uint64(size)
		p = uintptr(mem)
		if n <= arenaSize/4 {
			arenaNext = p + n
			arenaEnd = p + size
		}
		return mem
	}
	arenaNext = p + n
	// Fresh mmap'd memory is already zero.
	return unsafe.Pointer(p)
}
