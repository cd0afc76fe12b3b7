package color

// Model can convert any Color to one from its own color model. The conversion
// may be lossy.
type Model interface {
	Convert(c Color) Color
}

// ModelFunc returns a Model that invokes f to implement the conversion.
func ModelFunc(f func(Color) Color) Model {
	return &modelFunc{f}
}

type modelFunc struct {
	f func(Color) Color
}

func (m *modelFunc) Convert(c Color) Color {
	return m.f(c)
}

// Models for the standard color types.
var (
	RGBAModel    Model = ModelFunc(rgbaModel)
	RGBA64Model  Model = ModelFunc(rgba64Model)
	NRGBAModel   Model = ModelFunc(nrgbaModel)
	NRGBA64Model Model = ModelFunc(nrgba64Model)
	AlphaModel   Model = ModelFunc(alphaModel)
	Alpha16Model Model = ModelFunc(alpha16Model)
	GrayModel    Model = ModelFunc(grayModel)
	Gray16Model  Model = ModelFunc(gray16Model)
)

// Each model returns a color of its own type unchanged; any other it
// converts through the color's 16-bit premultiplied RGBA.

func rgbaModel(c Color) Color {
	if _, ok := c.(RGBA); ok {
		return c
	}
	r, g, b, a := c.RGBA()
	return RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), uint8(a >> 8)}
}

func rgba64Model(c Color) Color {
	if _, ok := c.(RGBA64); ok {
		return c
	}
	r, g, b, a := c.RGBA()
	return RGBA64{uint16(r), uint16(g), uint16(b), uint16(a)}
}

func nrgbaModel(c Color) Color {
	if _, ok := c.(NRGBA); ok {
		return c
	}
	r, g, b, a := unpremultiply(c)
	return NRGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), uint8(a >> 8)}
}

func nrgba64Model(c Color) Color {
	if _, ok := c.(NRGBA64); ok {
		return c
	}
	r, g, b, a := unpremultiply(c)
	return NRGBA64{uint16(r), uint16(g), uint16(b), uint16(a)}
}

// unpremultiply returns c's channels divided by its alpha, 16 bits each:
// all zero for a transparent color.
func unpremultiply(c Color) (r, g, b, a uint32) {
	r, g, b, a = c.RGBA()
	switch a {
	case 0xffff:
		return r, g, b, a
	case 0:
		return 0, 0, 0, 0
	}
	return r * 0xffff / a, g * 0xffff / a, b * 0xffff / a, a
}

func alphaModel(c Color) Color {
	if _, ok := c.(Alpha); ok {
		return c
	}
	_, _, _, a := c.RGBA()
	return Alpha{uint8(a >> 8)}
}

func alpha16Model(c Color) Color {
	if _, ok := c.(Alpha16); ok {
		return c
	}
	_, _, _, a := c.RGBA()
	return Alpha16{uint16(a)}
}

func grayModel(c Color) Color {
	if _, ok := c.(Gray); ok {
		return c
	}
	return Gray{uint8(luma(c) >> 8)}
}

func gray16Model(c Color) Color {
	if _, ok := c.(Gray16); ok {
		return c
	}
	return Gray16{uint16(luma(c))}
}

// luma returns c's luminance, 16 bits, with JFIF's weights 0.299, 0.587
// and 0.114 for red, green and blue, as fractions of 1<<16 (which the
// three sum to), rounded. Alpha is ignored: a premultiplied color's luma
// is premultiplied too.
func luma(c Color) uint32 {
	r, g, b, _ := c.RGBA()
	return (19595*r + 38470*g + 7471*b + 1<<15) >> 16
}

// Palette is a palette of colors.
type Palette []Color

// Convert returns the palette color closest to c in Euclidean R,G,B space.
func (p Palette) Convert(c Color) Color {
	if len(p) == 0 {
		return nil
	}
	return p[p.Index(c)]
}

// Index returns the index of the palette color closest to c in Euclidean
// R,G,B,A space.
func (p Palette) Index(c Color) int {
	cr, cg, cb, ca := c.RGBA()
	best, bestSum := 0, uint32(1<<32-1)
	for i, v := range p {
		vr, vg, vb, va := v.RGBA()
		sum := sqDiff(cr, vr) + sqDiff(cg, vg) + sqDiff(cb, vb) + sqDiff(ca, va)
		if sum == 0 {
			return i
		}
		if sum < bestSum {
			best, bestSum = i, sum
		}
	}
	return best
}

// sqDiff returns the squared difference of x and y, shifted right by 2
// so that four of them (one per channel, each at most 0xffff²) add up
// without overflowing a uint32. x-y may wrap around, but its square is
// the same as |x-y|'s modulo 2³², since (-d)² = d².
func sqDiff(x, y uint32) uint32 {
	d := x - y
	return (d * d) >> 2
}
