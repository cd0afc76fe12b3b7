// The tiny allocator: pointer-free objects under 16 bytes are packed into
// 16-byte blocks, each at an address aligned for it; MemStats.Mallocs
// counts every tiny object, HeapObjects only the blocks (a tiny object
// is counted in Frees as soon as it shares a block); a finalizer can be
// set on an object in the middle of a block, and runs only once the
// whole block is unreachable. (The helpers are not inlined, so that no
// register of main's still holds their objects: the stack is scanned
// conservatively.)
package main

import (
	"fmt"
	"runtime"
	"time"
	"unsafe"
)

const N = 4000

var (
	ints  [N]*int32
	bytes [N]*[3]byte
	words [N]*int64
)

// counts allocates N int32s, kept in ints, between two ReadMemStats.
//
//go:noinline
func counts() {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := range ints {
		ints[i] = new(int32)
	}
	runtime.ReadMemStats(&after)
	mallocs := after.Mallocs - before.Mallocs
	blocks := after.HeapObjects - before.HeapObjects
	fmt.Println("Mallocs counts every int32:", mallocs == N)
	fmt.Println("four int32s a block:", blocks >= N/4 && blocks <= N/4+1)
	fmt.Println("Frees counts the packed ones:", after.Frees-before.Frees == mallocs-blocks)
	fmt.Println("TotalAlloc counts blocks:", after.TotalAlloc-before.TotalAlloc == 16*blocks)
}

// distinct checks that packed objects neither overlap nor lose their
// values across collections.
//
//go:noinline
func distinct() {
	for i := range ints {
		*ints[i] = int32(i)
		bytes[i] = new([3]byte)
		bytes[i][0], bytes[i][2] = byte(i), byte(i>>8)
		words[i] = new(int64)
		*words[i] = int64(i) << 40
	}
	runtime.GC()
	runtime.GC()
	ok, packed := true, 0
	for i := range ints {
		ok = ok && *ints[i] == int32(i) && bytes[i][0] == byte(i) && bytes[i][2] == byte(i>>8) && *words[i] == int64(i)<<40
		if i > 0 && uintptr(unsafe.Pointer(ints[i]))-uintptr(unsafe.Pointer(ints[i-1])) == 4 {
			packed++
		}
	}
	fmt.Println("values intact:", ok)
	fmt.Println("mostly packed:", packed >= N/2)
}

// aligned reports whether tiny objects of each size get an address
// aligned for their type.
//
//go:noinline
func aligned() {
	ok := true
	for i := 0; i < 100; i++ {
		b := new(byte)
		h := new(int16)
		s := new([3]int16)
		f := new(float32)
		t := new([3]int32)
		w := new(uint64)
		ok = ok && uintptr(unsafe.Pointer(h))%2 == 0 && uintptr(unsafe.Pointer(s))%2 == 0 &&
			uintptr(unsafe.Pointer(f))%4 == 0 && uintptr(unsafe.Pointer(t))%4 == 0 &&
			uintptr(unsafe.Pointer(w))%8 == 0
		*b, *h, s[2], *f, t[2], *w = 1, 2, 3, 4, 5, 6
		ok = ok && *b == 1 && *h == 2 && s[2] == 3 && *f == 4 && t[2] == 5 && *w == 6
	}
	fmt.Println("aligned:", ok)
}

var (
	mate      *int32 // shares a block with the finalized object
	finalized = make(chan int32, 1)
)

// blockMates sets a finalizer on an int32 and keeps only another int32
// of the same 16-byte block (blocks are 16-byte slots, so 16-aligned).
//
//go:noinline
func blockMates() bool {
	for i := 0; i < 100; i++ {
		x, y := new(int32), new(int32)
		if uintptr(unsafe.Pointer(x))/16 == uintptr(unsafe.Pointer(y))/16 {
			*y = 77
			runtime.SetFinalizer(y, func(p *int32) { finalized <- *p })
			mate = x
			return true
		}
	}
	return false
}

func collect() {
	for i := 0; i < 3; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
}

func ran() string {
	select {
	case v := <-finalized:
		return fmt.Sprint("ran with ", v)
	case <-time.After(100 * time.Millisecond):
		return "did not run"
	}
}

func main() {
	counts()
	distinct()
	aligned()

	fmt.Println("found two int32s in one block:", blockMates())
	collect()
	fmt.Println("block mate alive, finalizer", ran())
	mate = nil
	collect()
	fmt.Println("block dead, finalizer", ran())
}
