// A variable declared in a loop body is a new variable at each iteration:
// its address kept past the iteration (in a variable, slice or closure
// declared outside the loop) must not see the next iteration's value.
package main

import "fmt"

// The address stored in a variable declared before the loop.
func keptInOuterVar() {
	var p *int
	for i := 0; i < 2; i++ {
		x := i
		if i == 0 {
			p = &x
		}
	}
	fmt.Println(*p)
}

// Through a pointer declared inside the loop, then copied out.
func keptThroughInnerPointer() {
	var p *int
	for i := 0; i < 3; i++ {
		x := i * 10
		q := &x
		if i == 1 {
			p = q
		}
	}
	fmt.Println(*p)
}

// One &x per iteration, collected in a slice.
func collectedInSlice() {
	var ps []*int
	for i := 0; i < 3; i++ {
		x := i
		ps = append(ps, &x)
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}

// Closures capturing x, one x per iteration, by value and by reference.
func capturedByClosures() {
	var get []func() int
	var bump []func() int
	for i := 0; i < 3; i++ {
		x := i
		get = append(get, func() int { return x })
		y := i * 100
		bump = append(bump, func() int { y++; return y })
	}
	for k := range get {
		fmt.Print(get[k](), " ", bump[k](), " ", bump[k](), " ")
	}
	fmt.Println()
}

// Range loops: Go 1.19 has one v for the whole loop, but w := v is new
// at each iteration.
func rangeLoops() {
	var pv, pw *string
	for i, v := range []string{"a", "b", "c"} {
		w := v
		if i == 0 {
			pv, pw = &v, &w
		}
	}
	fmt.Println(*pv, *pw)
	var arr [3]int
	var pa *[3]int
	for i := range []int{1, 2} {
		a := arr
		a[0] = i + 7
		if i == 0 {
			pa = &a
		}
	}
	fmt.Println(*pa)
}

// Nested loops: the address is stored in the middle loop's variable, so
// the innermost x must outlive the inner iteration but not the middle one.
func nestedLoops() {
	var out []int
	for i := 0; i < 2; i++ {
		var p *int
		for j := 0; j < 3; j++ {
			x := i*10 + j
			if j == 0 {
				p = &x
			}
		}
		out = append(out, *p)
	}
	fmt.Println(out)
}

// A loop made with goto: x is declared again each time round.
func gotoLoop() {
	var p *int
	i := 0
again:
	x := i
	if i == 0 {
		p = &x
	}
	i++
	if i < 3 {
		goto again
	}
	fmt.Println(*p)
}

// A struct field and an array of pointers declared outside the loop.
func keptInFieldAndArray() {
	type holder struct{ p *int }
	var h holder
	var arr [2]*int
	for i := 0; i < 2; i++ {
		x, y := i, i+5
		if i == 0 {
			h.p = &x
			arr[0] = &y
		}
	}
	fmt.Println(*h.p, *arr[0])
}

// A type switch's variable is new in each clause, so in each iteration.
func keptFromTypeSwitch() {
	var p *int
	for _, v := range []any{1, 2} {
		switch x := v.(type) {
		case int:
			if p == nil {
				p = &x
			}
		}
	}
	fmt.Println(*p)
}

func main() {
	keptInOuterVar()
	keptThroughInnerPointer()
	collectedInSlice()
	capturedByClosures()
	rangeLoops()
	nestedLoops()
	gotoLoop()
	keptInFieldAndArray()
	keptFromTypeSwitch()
}
