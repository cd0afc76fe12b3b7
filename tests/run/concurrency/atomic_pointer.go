// Tests sync/atomic on pointers: the generic Pointer[T] and the
// unsafe.Pointer functions Load/Store/Swap/CompareAndSwapPointer.
package main

import (
	"fmt"
	"sync/atomic"
	"unsafe"
)

type conf struct{ name string }

func main() {
	var p atomic.Pointer[conf]
	fmt.Println(p.Load() == nil)
	a, b := &conf{"a"}, &conf{"b"}
	p.Store(a)
	fmt.Println(p.Load().name, p.CompareAndSwap(b, a), p.CompareAndSwap(a, b), p.Load().name, p.Swap(a).name)
	var up unsafe.Pointer
	atomic.StorePointer(&up, unsafe.Pointer(a))
	fmt.Println((*conf)(atomic.LoadPointer(&up)).name, atomic.CompareAndSwapPointer(&up, unsafe.Pointer(a), unsafe.Pointer(b)), (*conf)(atomic.SwapPointer(&up, nil)).name, up == nil)
}
