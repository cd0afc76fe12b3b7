// Tests deep value semantics: big struct returns, closures sharing variables, defer changing results, array comparison, string ordering, map deletion while ranging, overlapping copy, append aliasing, integer wrap-around.
package main

type Big struct {
	a [8]int
	s string
	m map[string]int
}

func makeBig(n int) Big {
	b := Big{s: "big", m: map[string]int{"n": n}}
	for i := range b.a {
		b.a[i] = i * n
	}
	return b
}

func adder(base int) (func(int) int, func() int) {
	total := base
	return func(x int) int { total += x; return total }, func() int { return total }
}

func tricky() (r int) {
	for i := 0; i < 3; i++ {
		defer func(v int) { r += v }(i)
	}
	return 100
}

type Pt struct {
	X, Y int
	Tag  string
	Arr  [2]string
}

func main() {
	b := makeBig(3)
	println(b.a[7], b.s, b.m["n"])
	add, get := adder(10)
	add(5)
	add(7)
	println(get())
	println(tricky())
	p1 := Pt{1, 2, "t", [2]string{"a", "b"}}
	p2 := p1
	println(p1 == p2)
	p2.Arr[1] = "c"
	println(p1 == p2)
	ifs := [2]interface{}{1, "x"}
	ifs2 := [2]interface{}{1, "x"}
	println(ifs == ifs2)
	switch s := "beta"; s {
	case "alpha":
		println("a")
	case "beta", "gamma":
		println("b or g")
	}
	cnt := 0
	for i := range "héllo" {
		cnt += i
	}
	println(cnt, "abc" < "abd", "ab" < "abc", "b" > "abc")
	m := map[int]bool{}
	for i := 0; i < 100; i++ {
		m[i] = true
	}
	seen := 0
	for k := range m {
		delete(m, k)
		delete(m, k+1)
		seen++
	}
	println(len(m), seen <= 100, seen >= 50)
	s := []int{1, 2, 3, 4, 5}
	copy(s[1:], s)
	println(s[0], s[1], s[2], s[4])
	a := make([]int, 3, 10)
	b1 := append(a, 1)
	b2 := append(a, 2)
	println(b1[3], b2[3])
	var x uint8 = 200
	var y uint8 = 100
	println(x+y, x-y-y-y, x*2, x/3, x%7, ^x, x>>1, x<<1)
	var i64 int64 = -1
	println(uint64(i64)>>60, i64>>70, uint32(i64))
	z := 0
	func() {
		defer func() { recover() }()
		z = 10 / z
	}()
	println("z", z)
}
