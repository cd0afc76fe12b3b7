// Tests how fmt honours an operand's methods: Stringer and error for
// %v %s %q %x %X (also inside containers and exported fields, but not
// unexported ones), GoStringer for %#v, Formatter for every verb and its
// State, pointer-receiver methods, and panics inside these methods.
package main

import (
	"errors"
	"fmt"
	"reflect"
)

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return "Color(" + fmt.Sprint(int(c)) + ")"
}

type PtrStringer struct{ N int }

func (p *PtrStringer) String() string { return fmt.Sprintf("PS<%d>", p.N) }

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("error code %d", e.Code) }

// Both: error wins over Stringer.
type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

type Go struct{ V int }

func (g Go) GoString() string { return fmt.Sprintf("Go(%d)", g.V) }
func (g Go) String() string   { return "go-string" }

type Custom struct{ tag string }

func (c Custom) Format(f fmt.State, verb rune) {
	fmt.Fprintf(f, "<%c %s", verb, c.tag)
	// (Width and Precision values are only meaningful when ok.)
	if w, ok := f.Width(); ok {
		fmt.Fprintf(f, " w=%d", w)
	}
	if p, ok := f.Precision(); ok {
		fmt.Fprintf(f, " p=%d", p)
	}
	for _, fl := range "+-# 0" {
		if f.Flag(int(fl)) {
			fmt.Fprintf(f, " flag%q", fl)
		}
	}
	f.Write([]byte(">"))
}

type Panicky struct{ msg string }

func (p Panicky) String() string { panic(p.msg) }

type NilPanicky struct{ s string }

func (p *NilPanicky) String() string { return p.s }

type Holder struct {
	Pub  Color
	priv Color
	E    error
	S    fmt.Stringer
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func main() {
	fmt.Println(Color(0), Color(1), Color(7))
	fmt.Printf("%v|%s|%q|%x|%X|%d|%5s|%-7v|%#v|%08v\n", Color(1), Color(1), Color(1), Color(1), Color(1), Color(1), Color(0), Color(0), Color(1), Color(0))
	fmt.Println([]Color{0, 1, 2}, map[Color]int{1: 10, 0: 5}, [1]Color{})
	fmt.Println(Holder{Pub: 1, priv: 1, E: MyErr{4}, S: Color(0)})
	fmt.Printf("%+v\n", Holder{})
	fmt.Printf("%+v\n", &Holder{Pub: 0, priv: 1})

	ps := PtrStringer{3}
	fmt.Println(ps, &ps, []*PtrStringer{&ps}, []PtrStringer{ps})
	var nilPS *PtrStringer
	fmt.Printf("%v|%s|%d\n", MyErr{1}, MyErr{2}, MyErr{3})
	fmt.Println(MyErr{5}, Both{}, errors.New("plain"), fmt.Errorf("wrapped: %w", MyErr{6}))
	fmt.Printf("%v|%#v|%s|%+v|%d\n", Go{1}, Go{2}, Go{3}, Go{4}, Go{5})
	fmt.Printf("%#v\n", []Go{{6}, {7}})

	c := Custom{"t"}
	fmt.Printf("%v|%d|%+v|%#v|%-8.3x|%08s|% q\n", c, c, c, c, c, c, c)
	fmt.Println(c, []Custom{{"in"}})
	fmt.Print(c, "\n")

	fmt.Printf("%v|%s|%d\n", Panicky{"boom"}, Panicky{"bang"}, Panicky{"skip"})
	fmt.Println([]Panicky{{"inside"}})
	fmt.Printf("%v|%s\n", nilPS, (*NilPanicky)(nil))
	fmt.Println(Temp(21.5), []Temp{1, 2})
	fmt.Printf("%v %.2f %s\n", Temp(3), Temp(3), Temp(3))

	fmt.Println(reflect.ValueOf(Color(1)), reflect.ValueOf(42), reflect.ValueOf([]int{1}))
	fmt.Printf("%v|%d|%s\n", reflect.ValueOf(Color(0)), reflect.ValueOf(Color(0)), reflect.ValueOf("str"))
	fmt.Printf("%v\n", reflect.Value{})
	var st fmt.Stringer = Color(1)
	fmt.Printf("%v %T\n", st, st)
	var e error = MyErr{9}
	fmt.Printf("%v %T %q\n", e, e, e)
}
