// Tests interfaces that mention themselves or each other before they are
// declared (an embedded type still being declared is decided once known),
// identity of such interfaces, and unions whose terms are interfaces.
package p

type I1 interface {
	m() I2
}

type I2 interface {
	I1
}

var i2 I2
var i1 I1 = i2
var i2a I2 = i1

type J1 interface {
	F() interface{ J1 }
}

type J2 interface {
	F() interface{ J2 }
}

var j1 J1
var j2 J2
var same = j1 == j2

type T interface {
	M(interface {
		T
	})
}

type Any interface{ any | int } // every type: a plain interface

var a Any = 42

type Ints interface{ ~int | ~int8 }

type Num interface{ Ints | float64 } // Ints stands for its terms

func Sum[N Num](xs ...N) (s N) {
	for _, x := range xs {
		s += x
	}
	return s
}

var s, s8 = Sum(1, 2), Sum[int8](3)

var bad Num /* ERROR "cannot use type Num outside a type constraint: interface contains type constraints" */

// Whether a variable's type is a constraint is decided once every type is
// declared (types2's validVarType): here, while Rec is still being declared.
type Rec interface {
	~[]Rec /* ERROR "cannot use type Rec outside a type constraint: interface contains type constraints" */ | ~int
}

type Keyed interface {
	comparable
	Key() string
}

var k Keyed /* ERROR "cannot use type Keyed outside a type constraint: interface is (or embeds) comparable" */

func use(c comparable /* ERROR "cannot use type comparable outside a type constraint: interface is (or embeds) comparable" */) {}

// A union naming its own interface holds itself (types2's validType).
type Loop /* ERROR "invalid recursive type Loop" */ interface{ ~int | Loop }
