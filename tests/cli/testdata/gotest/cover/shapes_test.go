package shapes

import "testing"

func TestClassify(t *testing.T) {
	for _, n := range []int{-1, 0, 2, 9} {
		Classify(n)
	}
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	if Loop(ch, nil) != 6 {
		t.Fatal("loop")
	}
	if Describe(Rect{2, 3}) != "rect 2x3" || Describe(Circle{1}) != "circle" {
		t.Fatal("describe")
	}
}
