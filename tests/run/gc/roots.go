// Objects reachable only through one kind of root or container survive:
// a blocked goroutine's stack, a global, a channel buffer, a closure, an
// interior pointer, an interface, a map, a slice of a sub-array, a
// deferred call and a sleeping goroutine.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type big struct {
	vals [64]int
	name string
}

func mk(n int) *big {
	b := &big{name: fmt.Sprint("obj", n)}
	for i := range b.vals {
		b.vals[i] = n*1000 + i
	}
	return b
}

func ok(b *big, n int) bool {
	for i := range b.vals {
		if b.vals[i] != n*1000+i {
			return false
		}
	}
	return b.name == fmt.Sprint("obj", n)
}

func churn() {
	for i := 0; i < 200; i++ {
		_ = make([]byte, 64<<10)
		_ = mk(-1)
	}
	runtime.GC()
}

var global *big

func main() {
	// A goroutine blocked on a channel holds b only in its stack.
	ready, resume, result := make(chan bool), make(chan bool), make(chan bool)
	go func() {
		b := mk(1)
		ready <- true
		<-resume
		result <- ok(b, 1)
	}()
	<-ready

	global = mk(2)

	ch := make(chan *big, 3)
	ch <- mk(3)

	get := func() func() *big {
		b := mk(4)
		return func() *big { return b }
	}()

	inner := &mk(5).vals[40]

	var iface interface{} = *mk(6)

	m := map[int]*big{7: mk(7)}

	arr := new([100]*big)
	arr[50] = mk(8)
	sub := arr[40:60]
	arr = nil

	sleeper := make(chan bool)
	go func() {
		b := mk(9)
		time.Sleep(20 * time.Millisecond)
		sleeper <- ok(b, 9)
	}()

	for i := 0; i < 5; i++ {
		churn()
	}

	resume <- true
	fmt.Println("goroutine stack:", <-result)
	fmt.Println("global:", ok(global, 2))
	fmt.Println("channel buffer:", ok(<-ch, 3))
	fmt.Println("closure:", ok(get(), 4))
	fmt.Println("interior pointer:", *inner == 5040)
	v := iface.(big)
	fmt.Println("interface:", ok(&v, 6))
	fmt.Println("map:", ok(m[7], 7))
	fmt.Println("sub-slice:", ok(sub[10], 8))
	fmt.Println("sleeping goroutine:", <-sleeper)
	func() {
		b := mk(10)
		defer func() { fmt.Println("deferred call:", ok(b, 10)) }()
		churn()
	}()
}
