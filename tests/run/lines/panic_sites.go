// Every run-time error of one function keeps its own line: the calls that
// raise them look alike, and a compiler that merged them would report one
// line for all.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type T struct {
	a, b int
	s    string
}

func (t *T) B() int { return t.b }

var (
	p    *T
	q    *int
	m    map[string]int
	xs   = []int{1, 2, 3}
	zero = 0
)

func fail(i int) (r int) {
	switch i {
	case 0:
		r = p.b
	case 1:
		p.s = "x"
	case 2:
		r = p.B()
	case 3:
		r = *q
	case 4:
		r = xs[i+10]
	case 5:
		r = xs[i:][i]
	case 6:
		r = len(xs[i:])
	case 7:
		r = 10 / zero
	case 8:
		m["k"] = 1
	case 9:
		panic("plain")
	case 10:
		panic("plain")
	case 11:
		r = 10 % zero
	case 12:
		r = xs[i-20]
	}
	return r
}

// where is the first frame of package main below the panic.
func where() string {
	pcs := make([]uintptr, 20)
	n := runtime.Callers(3, pcs) // past Callers, where and the deferred call
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		if strings.HasPrefix(f.Function, "main.") {
			return fmt.Sprintf("%s:%d", f.Function, f.Line)
		}
		if !more {
			return "?"
		}
	}
}

func try(i int) {
	defer func() {
		r := recover()
		fmt.Println(i, where(), r)
	}()
	fail(i)
}

func main() {
	for i := 0; i <= 12; i++ {
		try(i)
	}
	var t *T
	fmt.Println(t.a + t.b)
}
