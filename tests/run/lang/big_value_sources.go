// Big values (over 4 KB) read from where the program cannot name them: a
// channel (sent, received, in a select, comma-ok), a map (indexed,
// comma-ok, missing), an interface (asserted, comma-ok, a type switch),
// appended to a slice. Each is copied memory to memory: loaded whole as
// one LLVM value, such a program took 94 s to compile.
package main

import "fmt"

type big struct {
	a [5000]byte
	n int
}

func mk(n int) big {
	var b big
	b.n = n
	b.a[n] = byte(n)
	return b
}

func (b big) sum() int {
	s := b.n
	for _, c := range b.a {
		s += int(c)
	}
	return s
}

func describe(i interface{}) string {
	switch v := i.(type) {
	case big:
		return fmt.Sprint("big ", v.n, " ", v.sum())
	case int:
		return fmt.Sprint("int ", v)
	}
	return "other"
}

func main() {
	ch := make(chan big, 2)
	ch <- mk(1)
	x := <-ch
	ch <- x
	close(ch)
	y, ok := <-ch
	z, ok2 := <-ch
	fmt.Println(x.n, x.sum(), y.n, ok, z.n, ok2, z.sum())

	m := map[int]big{}
	m[1] = x
	m[2] = mk(2)
	a := m[2]
	b, ok3 := m[1]
	c, ok4 := m[9]
	m[2] = m[1]
	fmt.Println(a.n, b.n, ok3, c.n, ok4, m[2].n, m[9].n, (m[1]).sum())

	var i interface{} = mk(3)
	d := i.(big)
	e, ok5 := i.(big)
	var j interface{} = 4
	f, ok6 := j.(big)
	fmt.Println(d.n, e.sum(), ok5, f.n, ok6, describe(i), describe(j), describe("s"))

	sel := make(chan big, 1)
	select {
	case sel <- mk(4):
	}
	var g big
	select {
	case g = <-sel:
	}
	fmt.Println(g.n, g.sum())

	s := append([]big{}, x, mk(5), d)
	s = append(s, s...)
	fmt.Println(len(s), s[1].n, s[5].n, cap(s))

	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	var k interface{} = "not big"
	_ = k.(big)
}
