// Tests interfaces, embedding, method values, closures, maps, slices, strings, switch, labels, type switches, defer.
package main

import "fmt"

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ w, h int }
type Sq struct{ Rect }

func (r Rect) Area() int     { return r.w * r.h }
func (r Rect) Name() string  { return "rect" }
func (s *Sq) Grow()          { s.w++; s.h++ }

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	var s Shape = Rect{3, 4}
	fmt.Println(s.Area(), s.Name())
	sq := &Sq{Rect{2, 2}}
	sq.Grow()
	s = sq
	fmt.Println(s.Area(), sq.w)
	c := Counter{}
	c.Inc()
	inc := c.Inc
	fmt.Println(inc(), c.n)
	q, r := divmod(17, 5)
	fmt.Println(q, r, -17/5, -17%5)
	fmt.Println(sum(), sum(1, 2, 3), sum([]int{4, 5}...))
	k := 10
	add := func(x int) int { k++; return x + k }
	fmt.Println(apply(add, 1), k)
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	v, ok := m["b"]
	_, ok2 := m["z"]
	fmt.Println(v, ok, ok2, len(m))
	delete(m, "a")
	fmt.Println(len(m), m["a"])
	xs := []int{1, 2, 3}
	xs = append(xs, 4, 5)
	ys := xs[1:3]
	ys[0] = 99
	fmt.Println(len(xs), cap(ys), xs[1], ys[1])
	arr := [3]int{1, 2, 3}
	brr := arr
	brr[0] = 100
	fmt.Println(arr[0], brr[0], arr == [3]int{1, 2, 3})
	str := "héllo, 世界"
	n := 0
	for i, ch := range str {
		if ch > 127 {
			n += i
		}
	}
	fmt.Println(len(str), n, str[1:3] == "é", string([]rune(str)[7]))
	switch x := 5; {
	case x > 3:
		fmt.Println("big")
		fallthrough
	case x > 10:
		fmt.Println("fall")
	default:
		fmt.Println("no")
	}
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	fmt.Println(int(i8), int(u8), 1<<3>>1, uint32(1)<<31)
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	var e interface{} = 42
	switch t := e.(type) {
	case string:
		fmt.Println("string", t)
	case int:
		fmt.Println("int", t+1)
	}
	if n, ok := e.(int); ok {
		fmt.Println("ok", n)
	}
	defer fmt.Println("deferred 1")
	defer func() { fmt.Println("deferred 2") }()
	fmt.Println("end")
}
