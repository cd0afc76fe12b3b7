// Faults in memory mapped by syscall.Mmap: after debug.SetPanicOnFault(true)
// a fault at any address panics with a runtime.Error telling the address.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"syscall"
	"unsafe"
)

func read(b []byte, i int) (v byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(runtime.Error)
		}
	}()
	return b[i], nil
}

func main() {
	page := syscall.Getpagesize()
	b, err := syscall.Mmap(-1, 0, 2*page, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	fmt.Println(len(b), err)
	b[page] = 42
	fmt.Println(syscall.Mprotect(b[page:], syscall.PROT_NONE))
	debug.SetPanicOnFault(true)
	v, err := read(b, page-1)
	fmt.Println(v, err)
	v, err = read(b, page)
	addr := err.(interface{ Addr() uintptr }).Addr()
	fmt.Println(v, err, addr == uintptr(unsafe.Pointer(&b[0]))+uintptr(page))
	fmt.Println(syscall.Mprotect(b[page:], syscall.PROT_READ), b[page])
	fmt.Println(syscall.Munmap(b), syscall.Munmap(nil))
}
