// Tests embedded pointers and promoted methods through interfaces, method values and expressions, init order.
package main

type Logger interface{ Log(s string) string }
type Namer interface{ Name() string }
type LN interface {
	Logger
	Namer
}

type Base struct{ prefix string }

func (b *Base) Log(s string) string { return b.prefix + s }
func (b Base) Name() string         { return "base:" + b.prefix }

type Service struct {
	*Base
	id int
}

type Wrapper struct {
	Service
}

type Inner struct{ v int }

func (i Inner) Name() string { return "inner" }

type Outer struct {
	Inner
	Namer2 Namer
}

var initOrder []string

func init() { initOrder = append(initOrder, "init1") }
func init() { initOrder = append(initOrder, "init2") }

var a = b + 1
var b = compute()

func compute() int { initOrder = append(initOrder, "compute"); return 10 }

func main() {
	s := Service{&Base{"[svc] "}, 1}
	var l Logger = s
	println(l.Log("hello"))
	var ln LN = s
	println(ln.Name(), ln.Log("x"))
	w := Wrapper{s}
	var n Namer = w
	println(n.Name())
	var n2 Namer = &w
	println(n2.Name())
	o := Outer{Inner{1}, Inner{2}}
	var n3 Namer = o
	println(n3.Name(), o.Namer2.Name())
	var e interface{} = &w
	if x, ok := e.(Logger); ok {
		println("logger", x.Log("y"))
	}
	if _, ok := e.(interface{ Missing() }); !ok {
		println("no Missing")
	}
	f := ln.Log
	println(f("z"))
	g := (*Base).Log
	println(g(s.Base, "w"))
	h := Base.Name
	println(h(*s.Base))
	println(a, b, len(initOrder), initOrder[0], initOrder[1], initOrder[2])
}
