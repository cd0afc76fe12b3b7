// Methods and interfaces in Go 1.19's compiler words: a method declared
// twice (through an alias too) is "redeclared in this block", receivers of
// non-local types are refused, a missing method is "(missing M method)",
// an impossible type-switch case names the operand.
package main

type T struct{}
type A = T

func (T) m() {}
func (T) m() {} /* ERROR "T.m redeclared in this block" */
func (A) m() {} /* ERROR "T.m redeclared in this block" */

type I interface{ M() }

func (int /* ERROR "cannot define new methods on non-local type int" */) n() {}

func f(i I, e error) {
	_ = i.(T) /* ERROR "T does not implement I (missing M method)" */
	switch e.(type) {
	case int /* ERROR "e (variable of type error) cannot have dynamic type int (missing Error method)" */ :
	}
	var _ I = T{} /* ERROR "cannot use T{} (value of type T) as type I in variable declaration" */
}

func main() {}

func g(i I) {
	var p *T
	var _ T = i /* ERROR "cannot use i (variable of type I) as type T in variable declaration" */
	_ = p
}

type TM struct{}

func (TM) M() {}

func h(i I) {
	var _ TM = i /* ERROR "need type assertion" */
}

type J interface{ N() }
type LowN struct{}

func (LowN) n() {}

func k(i I) {
	var _ J = LowN{} /* ERROR "(missing N method)" */
	var _ *I = TM{} /* ERROR "(type *I is pointer to interface, not interface)" */
	_ = I(LowN{}) /* ERROR "cannot convert LowN{} (value of type LowN) to type I" */
	_ = TM(i) /* ERROR "need type assertion" */
}
