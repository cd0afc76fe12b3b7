// Map entries are scanned as precisely as the values they hold: a
// uintptr element or key that happens to hold an object's address keeps
// nothing alive (internal/intern keeps its Values so, to let them die), while
// pointer keys and elements, and pointers inside struct and interface
// ones, still do, through growth and after the map is copied.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"unsafe"
)

type obj struct {
	name string
	pad  [4]int
}

var (
	mu        sync.Mutex // finalizers run on a goroutine of their own
	finalized = map[string]bool{}
)

func track(name string) *obj {
	o := &obj{name: name}
	runtime.SetFinalizer(o, func(o *obj) {
		mu.Lock()
		finalized[o.name] = true
		mu.Unlock()
	})
	return o
}

type pair struct {
	n int
	p *obj
}

var (
	byAddr   = map[string]uintptr{}
	addrKeys = map[uintptr]int{}
	ptrs     = map[int]*obj{}
	pairs    = map[[2]int]pair{}
	ifaces   = map[any]any{}
)

//go:noinline
func fill(n int) {
	for i := 0; i < n; i++ {
		a := track(fmt.Sprint("addr", i))
		byAddr[fmt.Sprint(i)] = uintptr(unsafe.Pointer(a))
		addrKeys[uintptr(unsafe.Pointer(track(fmt.Sprint("key", i))))] = i
		ptrs[i] = track(fmt.Sprint("ptr", i))
		pairs[[2]int{i, i}] = pair{i, track(fmt.Sprint("pair", i))}
		ifaces[i] = track(fmt.Sprint("iface", i))
	}
}

// held counts the objects still reachable through the maps. It is a
// call of its own so that what it reads from them stays in its frame,
// which is gone when main collects again (gominic scans a live frame
// whole, a dead slot in it included).
//
//go:noinline
func held(n int) (alive int) {
	for i := 0; i < n; i++ {
		if ptrs[i].name == fmt.Sprint("ptr", i) && pairs[[2]int{i, i}].p.name == fmt.Sprint("pair", i) &&
			ifaces[i].(*obj).name == fmt.Sprint("iface", i) {
			alive++
		}
	}
	return alive
}

func count(prefix string) (n int) {
	mu.Lock()
	defer mu.Unlock()
	for name := range finalized {
		if len(name) > len(prefix) && name[:len(prefix)] == prefix && name[len(prefix)] >= '0' && name[len(prefix)] <= '9' {
			n++
		}
	}
	return n
}

func collect() {
	for i := 0; i < 20; i++ {
		runtime.GC()
	}
}

func main() {
	fill(100)
	collect()
	for _, prefix := range []string{"addr", "key", "ptr", "pair", "iface"} {
		fmt.Printf("%-5s finalized: %d of 100\n", prefix, count(prefix))
	}
	fmt.Println("held through pointers:", held(100))
	ptrs, pairs, ifaces = nil, nil, nil
	collect()
	for _, prefix := range []string{"ptr", "pair", "iface"} {
		fmt.Printf("%-5s finalized once dropped: %d of 100\n", prefix, count(prefix))
	}
}
