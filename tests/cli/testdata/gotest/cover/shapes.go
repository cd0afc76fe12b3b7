// Package shapes is covered by gominic test -cover (tests/cli/test_gotest.py):
// its statements are of every kind cmd/cover splits blocks at.
package shapes

import (
	"errors"
	"fmt"
	"strings"
)

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (c Circle) Area() float64 { return 3 * c.R * c.R }

var ErrNeg = errors.New("negative")

var describe = func(s Shape) string {
	switch v := s.(type) {
	case Rect:
		return fmt.Sprintf("rect %gx%g", v.W, v.H)
	case Circle:
		return "circle"
	default:
		return "?"
	}
}

func Classify(n int) (string, error) {
	if n < 0 {
		return "", ErrNeg
	} else if n == 0 {
		return "zero", nil
	} else if n > 1000 {
		panic("too big")
	} else {
		n++
	}
	var parts []string
	for i := 0; i < n; i++ {
		if i%2 == 0 {
			continue
		}
		parts = append(parts, fmt.Sprint(i))
	}
	switch {
	case len(parts) > 3:
		return strings.Join(parts[:3], ","), nil
	case len(parts) == 0:
	}
	return strings.Join(parts, ","), nil
}

func Loop(ch chan int, done chan bool) (sum int) {
	defer func() {
		if r := recover(); r != nil {
			sum = -1
		}
	}()
outer:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break outer
			}
			sum += v
		case <-done:
			return
		}
	}
	i := 0
again:
	i++
	if i < 3 {
		goto again
	}
	return sum + i
}

func Describe(s Shape) string { return describe(s) }

func Unused(x int) int {
	y := x * 2
	{
		y++
	}
	for _, r := range "ab" {
		y += int(r)
	}
	return y
}
