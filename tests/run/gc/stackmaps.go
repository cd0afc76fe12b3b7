// Frames are scanned by their stack maps when the collector runs from
// runtime.GC: an object whose last use is behind is freed though its
// frame is still running (as in Go), and every value still live across a
// collection survives intact, whether held in a local, a string, a slice,
// an interface, a stack object whose address a callee holds, a frame that
// defers or deep in a recursion.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type obj struct {
	vals [16]int
	name string
}

var freed = map[string]bool{}

func newObj(name string) *obj {
	o := &obj{name: name}
	for i := range o.vals {
		o.vals[i] = len(name)*100 + i
	}
	runtime.SetFinalizer(o, func(o *obj) { freed[o.name] = true })
	return o
}

func gc() {
	runtime.GC()
	runtime.GC()
	runtime.GC()
}

//go:noinline
func check(o *obj) bool {
	for i := range o.vals {
		if o.vals[i] != len(o.name)*100+i {
			return false
		}
	}
	return true
}

func lastUse() {
	o := newObj("last-use")
	fmt.Println("intact:", check(o))
	gc()
	fmt.Println("freed after its last use, its frame running:", freed["last-use"])
}

func held() {
	o := newObj("held")
	s := strings.Repeat("x", 100)
	sl := make([]*obj, 3)
	sl[1] = newObj("in-slice")
	var i interface{} = newObj("in-iface")
	gc()
	fmt.Println("held across:", check(o), len(s), s[99:], check(sl[1]), check(i.(*obj)))
	fmt.Println("freed:", freed["held"], freed["in-slice"], freed["in-iface"])
}

type holder struct{ p *obj }

//go:noinline
func useHolder(h *holder) bool {
	gc()
	return check(h.p)
}

func stackObject() {
	var h holder
	h.p = newObj("stack-object")
	fmt.Println("the callee sees it:", useHolder(&h), freed["stack-object"])
	gc()
	fmt.Println("freed after the stack object's last use:", freed["stack-object"])
}

//go:noinline
func churn(n int) bool {
	keep := make([]*obj, n)
	for i := range keep {
		keep[i] = newObj(strings.Repeat("c", i+1))
		gc()
	}
	for _, o := range keep {
		if !check(o) {
			return false
		}
	}
	return true
}

func withDefer() bool {
	defer func() {}()
	o := newObj("deferring")
	p := newObj("deferring-2")
	r := churn(3)
	return check(o) && check(p) && r && !freed["deferring"] && !freed["deferring-2"]
}

type node struct {
	l, r *node
	v    int
}

func build(d int) *node {
	if d == 0 {
		return &node{v: 1}
	}
	l := build(d - 1)
	if d == 3 {
		runtime.GC()
	}
	r := build(d - 1)
	return &node{l: l, r: r, v: l.v + r.v}
}

func (n *node) sum() int {
	if n.l == nil {
		return n.v
	}
	if n.v != n.l.v+n.r.v {
		return -1
	}
	return n.l.sum() + n.r.sum()
}

func main() {
	lastUse()
	held()
	stackObject()
	fmt.Println("a deferring frame keeps its values:", withDefer())
	t := build(10)
	gc()
	fmt.Println("tree built across collections:", t.sum(), t.v)
}
