// Tests panic and recover, runtime errors recovered as error values, comparisons, method expressions, closures, goto, nil dereference.
package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return "myerr: " + e.msg }

func mayFail(n int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &MyErr{"recovered"}
			res = -1
		}
	}()
	arr := []int{1, 2, 3}
	return arr[n], nil
}

func div(a, b int) int { return a / b }

type P struct{ X, Y int }

func (p P) String() string { return "P" }

func counter() func() int {
	c := 0
	return func() int { c++; return c }
}

func main() {
	r, err := mayFail(1)
	fmt.Println(r, err == nil)
	r, err = mayFail(5)
	fmt.Println(r, err.Error())
	func() {
		defer func() {
			e := recover()
			if re, ok := e.(error); ok {
				fmt.Println("caught:", re.Error())
			}
		}()
		fmt.Println(div(1, 0))
	}()
	p1, p2 := P{1, 2}, P{1, 2}
	fmt.Println(p1 == p2, p1 != P{2, 1})
	var i1, i2 interface{} = p1, p2
	fmt.Println(i1 == i2)
	f := P.String
	fmt.Println(f(p1))
	next := counter()
	next()
	next()
	fmt.Println(next())
	fns := []func() int{}
	for i := 0; i < 3; i++ {
		j := i
		fns = append(fns, func() int { return j * 10 })
	}
	for _, g := range fns {
		fmt.Println(g())
	}
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
	fmt.Println("i", i)
	var np *P
	defer fmt.Println("deferred runs before crash")
	fmt.Println(np.X)
}
