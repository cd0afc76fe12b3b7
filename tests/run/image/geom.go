// Package image's geometry: Point and Rectangle arithmetic, canonical
// rectangles, insets, intersections and unions, and their printing.
package main

import (
	"fmt"
	"image"
)

func main() {
	p := image.Pt(3, 4)
	rc := image.Rect(10, 20, 0, 5)
	fmt.Println(p, rc, rc.Dx(), rc.Dy(), rc.Size(), p.Add(image.Pt(1, 1)), p.Mul(3), p.Div(2))
	fmt.Println(p.In(rc), image.Pt(-7, 4).Mod(rc), rc.Inset(3), rc.Inset(100), rc.Intersect(image.Rect(5, 5, 30, 30)))
	fmt.Println(rc.Intersect(image.Rect(50, 50, 60, 60)), rc.Union(image.Rect(-1, -1, 1, 1)), rc.Overlaps(image.Rect(9, 19, 11, 21)))
	fmt.Println(image.Rect(1, 1, 2, 2).In(rc), image.Rect(3, 3, 3, 9).Eq(image.ZR), image.ZP.Eq(image.Point{}), rc.Add(p).Sub(p) == rc)
	fmt.Printf("%v %+v\n", rc.Bounds(), p)
}
