// Tests making and changing values through reflection: New, Zero,
// Indirect, MakeSlice, Append, AppendSlice, Copy, Slice3, SetLen, Swapper,
// MakeMap, SetMapIndex, MapKeys, MapRange, MakeChan with Send, Recv,
// TrySend, TryRecv, Close and Select, Addr and CanAddr/CanSet/CanInterface,
// Convert and CanConvert, IsZero and the Overflow checks.
package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Celsius float64

type Rec struct {
	Pub  int
	priv int
	Emb
}

type Emb struct{ E string }

func main() {
	intT := reflect.TypeOf(0)
	z := reflect.Zero(intT)
	fmt.Println(z.Int(), z.CanSet(), z.CanAddr(), z.IsZero())
	p := reflect.New(intT)
	p.Elem().SetInt(41)
	fmt.Println(*(p.Interface().(*int)), reflect.Indirect(p).Int(), reflect.Indirect(reflect.ValueOf(3)).Int())

	s := reflect.MakeSlice(reflect.TypeOf([]string{}), 1, 4)
	s.Index(0).SetString("a")
	s = reflect.Append(s, reflect.ValueOf("b"), reflect.ValueOf("c"))
	s = reflect.AppendSlice(s, reflect.ValueOf([]string{"d", "e", "f"}))
	fmt.Println(s.Len(), s.Interface())
	dst := reflect.MakeSlice(s.Type(), 2, 2)
	fmt.Println(reflect.Copy(dst, s), dst.Interface())
	arr := [5]int{1, 2, 3, 4, 5}
	av := reflect.ValueOf(&arr).Elem()
	sl := av.Slice3(1, 3, 4)
	fmt.Println(sl.Interface(), sl.Len(), sl.Cap(), av.Slice(2, 5).Interface())
	slp := reflect.New(sl.Type())
	slp.Elem().Set(sl)
	slp.Elem().SetLen(3)
	fmt.Println(slp.Elem().Interface())
	bs := make([]byte, 3)
	fmt.Println(reflect.Copy(reflect.ValueOf(bs), reflect.ValueOf("xyzw")), string(bs))
	fmt.Println(reflect.ValueOf("hello").Slice(1, 3))
	words := []string{"c", "a", "b"}
	swap := reflect.Swapper(words)
	swap(0, 2)
	fmt.Println(words)

	m := reflect.MakeMap(reflect.TypeOf(map[string]int{}))
	for i, k := range []string{"x", "y", "z"} {
		m.SetMapIndex(reflect.ValueOf(k), reflect.ValueOf(i))
	}
	m.SetMapIndex(reflect.ValueOf("y"), reflect.Value{})
	var keys []string
	for _, k := range m.MapKeys() {
		keys = append(keys, k.String())
	}
	sort.Strings(keys)
	fmt.Println(keys, m.Len(), m.MapIndex(reflect.ValueOf("z")), m.MapIndex(reflect.ValueOf("q")).IsValid())
	it := m.MapRange()
	sum := 0
	kv := reflect.New(reflect.TypeOf("")).Elem()
	for it.Next() {
		sum += int(it.Value().Int())
		kv.SetIterKey(it)
	}
	fmt.Println(sum, kv.Len())
	im := reflect.ValueOf(map[any]int{})
	im.SetMapIndex(reflect.ValueOf(1), reflect.ValueOf(2))
	fmt.Println(im.MapIndex(reflect.ValueOf(1)), im.Interface())

	c := reflect.MakeChan(reflect.TypeOf(make(chan int)), 2)
	c.Send(reflect.ValueOf(5))
	fmt.Println(c.TrySend(reflect.ValueOf(6)), c.TrySend(reflect.ValueOf(7)), c.Len(), c.Cap())
	x, ok := c.Recv()
	fmt.Println(x, ok)
	x, ok = c.TryRecv()
	fmt.Println(x, ok)
	x, ok = c.TryRecv()
	fmt.Println(x.IsValid(), ok)
	cases := []reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: c},
		{Dir: reflect.SelectDefault},
	}
	chosen, _, _ := reflect.Select(cases)
	fmt.Println("chosen", chosen)
	cases[1] = reflect.SelectCase{Dir: reflect.SelectSend, Chan: c, Send: reflect.ValueOf(8)}
	chosen, _, _ = reflect.Select(cases)
	fmt.Println("chosen", chosen)
	chosen, got, ok := reflect.Select(cases[:1])
	fmt.Println("chosen", chosen, got, ok)
	c.Close()
	chosen, got, ok = reflect.Select(cases[:1])
	fmt.Println("chosen", chosen, got, ok)

	r := Rec{Pub: 1, priv: 2, Emb: Emb{"e"}}
	rv := reflect.ValueOf(&r).Elem()
	for i := 0; i < rv.NumField(); i++ {
		f := rv.Field(i)
		fmt.Println(i, f.CanAddr(), f.CanSet(), f.CanInterface())
	}
	fmt.Println(rv.Field(2).Field(0).CanSet(), reflect.ValueOf(r).Field(0).CanAddr())
	addr := rv.Field(0).Addr()
	*(addr.Interface().(*int)) = 100
	fmt.Println(r.Pub, addr.Type())

	fmt.Println(reflect.ValueOf(65).Convert(reflect.TypeOf("")).Interface())
	fmt.Println(reflect.ValueOf(3.9).Convert(intT).Int())
	fmt.Println(reflect.ValueOf(-1).Convert(reflect.TypeOf(uint8(0))).Uint())
	fmt.Println(reflect.ValueOf(37.5).Convert(reflect.TypeOf(Celsius(0))).Interface())
	fmt.Println(reflect.ValueOf("héllo").Convert(reflect.TypeOf([]rune{})).Len())
	fmt.Println(reflect.ValueOf([]byte("hi")).Convert(reflect.TypeOf("")).Interface())
	fmt.Println(reflect.ValueOf(r).Convert(reflect.TypeOf((*any)(nil)).Elem()).Kind())
	fmt.Println(reflect.ValueOf([]int{1, 2, 3}).Convert(reflect.TypeOf((*[2]int)(nil))).Elem().Index(1))
	fmt.Println(reflect.ValueOf("s").CanConvert(intT), reflect.ValueOf(1).CanConvert(reflect.TypeOf(1.0)),
		reflect.ValueOf([]int{1}).CanConvert(reflect.TypeOf((*[2]int)(nil))))

	for _, v := range []any{0, 1, "", "a", 0.0, []int(nil), []int{}, [2]int{}, [2]int{0, 1}, Rec{}, r, (*int)(nil), map[int]int(nil)} {
		fmt.Print(reflect.ValueOf(v).IsZero(), " ")
	}
	fmt.Println()
	i8 := reflect.ValueOf(int8(0))
	u16 := reflect.ValueOf(uint16(0))
	f32 := reflect.ValueOf(float32(0))
	fmt.Println(i8.OverflowInt(127), i8.OverflowInt(128), i8.OverflowInt(-129), u16.OverflowUint(65536),
		f32.OverflowFloat(1e39), f32.OverflowFloat(1e38), i8.CanInt(), u16.CanUint(), f32.CanFloat(), i8.CanFloat())
}
