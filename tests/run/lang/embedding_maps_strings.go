// Tests embedded interfaces, promoted methods, struct map keys, nested slices, copy, 3-index slices, UTF-8 ranging, iota, Stringer.
package main

import "fmt"

type Animal interface{ Sound() string }
type Named interface {
	Animal
	Name() string
}
type Dog struct{ name string }

func (d Dog) Sound() string { return "woof" }
func (d Dog) Name() string  { return d.name }

type Base struct{ ID int }

func (b *Base) SetID(i int) { b.ID = i }
func (b Base) Describe() string {
	return "base"
}

type Derived struct {
	Base
	Extra string
}

type Key struct {
	a int
	b string
}

const (
	A = iota * 10
	B
	C
	_
	E
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
)

func (d Weekday) String() string {
	if d == Sunday {
		return "Sun"
	}
	return "Mon"
}

func swap(a, b int) (int, int) { return b, a }

func main() {
	var n Named = Dog{"rex"}
	var a Animal = n
	fmt.Println(a.Sound(), n.Name())
	snd := a.Sound
	fmt.Println(snd())
	d := Derived{Base{1}, "x"}
	d.SetID(7)
	fmt.Println(d.ID, d.Describe(), d.Base.ID)
	m := map[Key]int{{1, "a"}: 10}
	m[Key{2, "b"}] = 20
	fmt.Println(m[Key{1, "a"}], m[Key{2, "b"}], m[Key{3, "c"}])
	mm := map[string][]int{}
	mm["x"] = append(mm["x"], 1, 2)
	fmt.Println(len(mm["x"]), mm["x"][1])
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, 3)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid[2][2], len(grid))
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	nc := copy(dst, src)
	fmt.Println(nc, dst[2])
	s3 := src[1:3:4]
	fmt.Println(len(s3), cap(s3))
	bs := []byte("hello")
	bs[0] = 'H'
	fmt.Println(string(bs), string(rune(65)), len("日本"))
	bad := "a\xffb"
	for i, r := range bad {
		fmt.Println(i, r)
	}
	fmt.Println(A, B, C, E)
	fmt.Println(Monday.String(), Sunday)
	x, y := 1, 2
	x, y = y, x
	fmt.Println(x, y)
	p, q := swap(3, 4)
	fmt.Println(p, q)
	var u uint = 3
	fmt.Println(1<<u, -8>>1, 0xFF&^0x0F, 7^2)
	f := 7.0 / 2
	fmt.Println(int(f), int64(-f), float64(3)/2 > 1)
	arr := [...]string{2: "c", 0: "a"}
	fmt.Println(len(arr), arr[2])
	pa := &arr
	fmt.Println(pa[0], len(pa))
	type local struct{ v int }
	ls := []local{{1}, {2}}
	ls[1].v = 5
	fmt.Println(ls[1].v)
	pl := &ls[0]
	pl.v = 9
	fmt.Println(ls[0].v)
	var iface interface{} = d
	if _, ok := iface.(Animal); !ok {
		fmt.Println("not animal")
	}
	switch {
	case x > 1:
		fmt.Println("x>1")
	}
	total := 0
	for i := range [5]int{} {
		total += i
	}
	fmt.Println(total)
	ptrs := []*Base{{1}, {2}}
	fmt.Println(ptrs[1].ID)
	var nilmap map[string]int
	fmt.Println(nilmap["q"], len(nilmap))
	str := "abc"
	for i := 0; i < len(str); i++ {
		fmt.Println(str[i])
	}
}
