// A pointer passed only as uintptr(unsafe.Pointer(p)) among a call's
// arguments stays alive until the call returns (unsafe.Pointer's rule 4,
// //go:uintptrescapes), even though the callee sees just an integer.
package main

import (
	"fmt"
	"runtime"
	"unsafe"
)

var finalized = make(chan bool, 1)

func setup() unsafe.Pointer {
	p := new([64]byte)
	runtime.SetFinalizer(p, func(*[64]byte) { finalized <- true })
	return unsafe.Pointer(p)
}

//go:noinline
//go:uintptrescapes
func during(p uintptr) bool {
	for i := 0; i < 3; i++ {
		runtime.GC()
	}
	select {
	case <-finalized:
		return true
	default:
		return false
	}
}

func main() {
	fmt.Println("finalized during the call:", during(uintptr(setup())))
}
