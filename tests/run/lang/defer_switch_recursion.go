// Tests named results changed by defer, defer order, closures over loop variables, type switches with several types, mutual recursion, integer conversions.
package main

type T struct {
	arr [3]int
	name string
}

func (t T) Get() int { return t.arr[0] }

func named() (x int, s string) {
	defer func() { x *= 2; s += "!" }()
	x, s = 5, "hi"
	return x + 1, s
}

func order() {
	for i := 0; i < 3; i++ {
		defer println("defer", i)
	}
}

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }
type Ci struct{ r float64 }

func (q Sq) Area() float64 { return q.s * q.s }
func (c *Ci) Area() float64 { return 3 * c.r * c.r }

func classify(v interface{}) string {
	switch x := v.(type) {
	case int, int64:
		_ = x
		return "integer"
	case string:
		return "string:" + x
	case nil:
		return "nil"
	case Shape:
		return "shape"
	default:
		return "other"
	}
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func main() {
	t := T{[3]int{1, 2, 3}, "t"}
	g := t.Get
	t.arr[0] = 100
	println(g(), t.Get())
	u := t
	u.arr[1] = 50
	println(t.arr[1], u.arr[1])
	x, s := named()
	println(x, s)
	order()
	var funcs []func()
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() { println("closure", i) })
	}
	for _, f := range funcs {
		f()
	}
	shapes := []Shape{Sq{2}, &Ci{1}}
	total := 0.0
	for _, sh := range shapes {
		total += sh.Area()
	}
	println(total == 7)
	println(classify(1), classify(int64(2)), classify("a"), classify(nil), classify(Sq{}), classify(1.5))
	println(fib(20), isEven(10), isOdd(7))
	var i32 int32 = 1 << 30
	i32 *= 4
	var u16 uint16 = 65535
	u16 += 2
	println(i32, u16, -7/2, -7%2, 7/-2, 7%-2)
	f := 2.75
	println(int(f), int(-f), float64(7)/2, uint8(300&0xff))
	str := ""
	for i := 0; i < 5; i++ {
		str += string(rune('a' + i))
	}
	println(str, len(str))
	m := map[string][]string{}
	m["a"] = append(m["a"], "x")
	m["a"] = append(m["a"], "y")
	println(len(m["a"]), m["a"][1])
	var iface1, iface2 interface{} = T{name: "a"}, T{name: "a"}
	println(iface1 == iface2)
	a := 1
	{
		a := 2
		a++
		_ = a
	}
	println(a)
	bs := []byte{'g', 'o'}
	s2 := string(bs)
	bs[0] = 'G'
	println(s2, string(bs))
	var arr [5]int
	sl := arr[1:3]
	sl = append(sl, 9)
	println(arr[3], len(sl), cap(sl))
	mm := map[int]int{}
	for i := 0; i < 1000; i++ {
		mm[i] = i * i
	}
	sum := 0
	for k, v := range mm {
		if k%100 == 0 {
			sum += v
		}
	}
	delete(mm, 5)
	println(len(mm), sum)
}
