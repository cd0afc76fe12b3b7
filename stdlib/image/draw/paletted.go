package draw

import (
	"image"
	"image/color"
)

// clamp clamps i to the interval [0, 0xffff].
func clamp(i int32) int32 {
	if i < 0 {
		return 0
	}
	if i > 0xffff {
		return 0xffff
	}
	return i
}

// sqDiff returns the squared difference of x and y, shifted right by 2 so
// that four of them add up without overflowing a uint32. x and y are in
// [0, 0xffff]; the unsigned arithmetic wraps as the language spec says,
// which gives the right square for negative differences too.
func sqDiff(x, y int32) uint32 {
	d := uint32(x - y)
	return (d * d) >> 2
}

// rgba is a color's four channels, signed so that errors can be negative.
type rgba [4]int32

func toRGBA(c color.Color) rgba {
	r, g, b, a := c.RGBA()
	return rgba{int32(r), int32(g), int32(b), int32(a)}
}

// nearest returns the index of the palette color closest to c in
// Euclidean R, G, B, A space (the first one of a tie).
func nearest(palette []rgba, c rgba) int {
	best, bestSum := 0, uint32(1<<32-1)
	for i, p := range palette {
		sum := sqDiff(c[0], p[0]) + sqDiff(c[1], p[1]) + sqDiff(c[2], p[2]) + sqDiff(c[3], p[3])
		if sum < bestSum {
			best, bestSum = i, sum
			if sum == 0 {
				break
			}
		}
	}
	return best
}

// drawPaletted draws src onto the rectangle r of dst with the Src
// operator, optionally with Floyd-Steinberg error diffusion: each pixel's
// quantization error is spread over the pixels not yet drawn, 7/16 to
// the right, 3/16, 5/16 and 1/16 to the three below. An *image.Paletted
// dst gets its indexes directly; another dst is drawn with Set and read
// back to learn the error.
func drawPaletted(dst Image, r image.Rectangle, src image.Image, sp image.Point, floydSteinberg bool) {
	var palette []rgba
	p, isPaletted := dst.(*image.Paletted)
	if isPaletted {
		for _, c := range p.Palette {
			palette = append(palette, toRGBA(c))
		}
	}
	// errCurr and errNext hold the error (times 16) sent to the pixels of
	// this row and of the next one; index x+1 is column x, so that the
	// edges need no test.
	errCurr := make([]rgba, r.Dx()+2)
	errNext := make([]rgba, r.Dx()+2)
	for y := 0; y != r.Dy(); y++ {
		for x := 0; x != r.Dx(); x++ {
			c := toRGBA(src.At(sp.X+x, sp.Y+y))
			if floydSteinberg {
				for k := range c {
					c[k] = clamp(c[k] + errCurr[x+1][k]/16)
				}
			}
			var drawn rgba
			if isPaletted {
				i := nearest(palette, c)
				p.Pix[p.PixOffset(r.Min.X+x, r.Min.Y+y)] = uint8(i)
				drawn = palette[i]
			} else {
				dst.Set(r.Min.X+x, r.Min.Y+y, color.RGBA64{uint16(c[0]), uint16(c[1]), uint16(c[2]), uint16(c[3])})
				drawn = toRGBA(dst.At(r.Min.X+x, r.Min.Y+y))
			}
			if !floydSteinberg {
				continue
			}
			for k := range c {
				e := c[k] - drawn[k]
				errNext[x][k] += 3 * e
				errNext[x+1][k] += 5 * e
				errNext[x+2][k] += e
				errCurr[x+2][k] += 7 * e
			}
		}
		errCurr, errNext = errNext, errCurr
		for i := range errNext {
			errNext[i] = rgba{}
		}
	}
}
