// Tests operators on type parameters whose constraint gets its type set
// from an embedded interface, alone or beside methods, including a generic
// constraint that mentions the parameter itself.
package main

import "fmt"

type Numeric interface {
	~int | ~float64
}

type numericAbs[T any] interface {
	Numeric
	Abs() T
}

type withString interface {
	Numeric
	String() string
}

type myInt int

func (m myInt) Abs() myInt {
	if m < 0 {
		return -m
	}
	return m
}

func (m myInt) String() string { return fmt.Sprintf("myInt(%d)", int(m)) }

func absDifference[T numericAbs[T]](a, b T) T {
	d := a - b
	return d.Abs()
}

func sum[T withString](xs ...T) string {
	var total T
	for _, x := range xs {
		total += x
	}
	return total.String()
}

func main() {
	fmt.Println(absDifference(myInt(3), myInt(10)))
	fmt.Println(sum(myInt(1), myInt(2), myInt(3)))
}
