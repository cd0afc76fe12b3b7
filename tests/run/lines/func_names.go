// Function names as the runtime gives them: closures numbered per
// enclosing function (nested ones F.func1.2), those of package variables
// pkg.glob..funcN, and instantiations of generic functions F[...].
package main

import (
	"fmt"
	"runtime"
)

func name() string {
	pc, _, line, _ := runtime.Caller(1)
	return fmt.Sprint(runtime.FuncForPC(pc).Name(), ":", line)
}

var g = func() string { return name() }
var g2 = func() string { return func() string { return name() }() }

type T struct{}

func (T) M() string  { return func() string { return name() }() }
func (*T) P() string { return func() string { return func() string { return name() }() }() }

var initName string

func init() {
	initName = func() string { return name() }()
}

func init() {
	initName += " " + func() string { return name() }()
}

func show(s string) { fmt.Println(s) }

func gen[T any](x T) string { return func() string { return name() }() }

type List[T any] struct{ xs []T }

func (l *List[T]) Name() string { return name() }

func main() {
	fmt.Println(g(), g2())
	fmt.Println(T{}.M(), (&T{}).P(), initName)
	a := func() string {
		b := func() string { return name() }
		c := func() string {
			return func() string { return name() }()
		}
		return b() + " " + c() + " " + name()
	}
	fmt.Println(a())
	d := func() string { return name() }
	fmt.Println(d())
	defer show(func() string { return name() }())
	defer func() { fmt.Println(name()) }()
	fmt.Println(gen(1), gen("s"), (&List[int]{}).Name())
	done := make(chan bool)
	go func() { fmt.Println(name()); done <- true }()
	<-done
	for i := 0; i < 2; i++ {
		defer func() { fmt.Println(name()) }()
	}
}
