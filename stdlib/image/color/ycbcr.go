package color

// Y'CbCr and CMYK, with the integer arithmetic Go's image/color uses so
// that conversions give the very same bytes.
//
// Y'CbCr follows JFIF (https://www.w3.org/Graphics/JPEG/jfif3.pdf), all
// three components in [0, 255]:
//
//	Y' =  0.2990*R + 0.5870*G + 0.1140*B
//	Cb = -0.1687*R - 0.3313*G + 0.5000*B + 128
//	Cr =  0.5000*R - 0.4187*G - 0.0813*B + 128
//
//	R = Y' + 1.40200*(Cr-128)
//	G = Y' - 0.34414*(Cb-128) - 0.71414*(Cr-128)
//	B = Y' + 1.77200*(Cb-128)
//
// The coefficients are fixed-point with 16 fraction bits (0.2990 is
// 19595/65536). A result is computed with 24 bits of intensity, where
// 0xffffff is full (the 8-bit Y' times 0x10101), then clamped and cut
// to 8 or 16 bits.

// clamp24 clamps v, an intensity whose full scale is 0xffffff, to
// [0, 0xffffff].
func clamp24(v int32) uint32 {
	switch {
	case uint32(v)&0xff000000 == 0:
		return uint32(v)
	case v < 0:
		return 0
	}
	return 0xffffff
}

// RGBToYCbCr converts an RGB triple to a Y'CbCr triple.
func RGBToYCbCr(r, g, b uint8) (uint8, uint8, uint8) {
	r1, g1, b1 := int32(r), int32(g), int32(b)
	// The weights of Y' sum to 1<<16, so Y' needs no clamping. Cb and Cr
	// are offset by 128 (as 257<<15: 128.5 in 24-bit intensity, the
	// half for rounding) and clamped.
	yy := (19595*r1 + 38470*g1 + 7471*b1 + 1<<15) >> 16
	cb := clamp24(-11056*r1 - 21712*g1 + 32768*b1 + 257<<15)
	cr := clamp24(32768*r1 - 27440*g1 - 5328*b1 + 257<<15)
	return uint8(yy), uint8(cb >> 16), uint8(cr >> 16)
}

// ycbcrToRGB24 returns the red, green and blue of a Y'CbCr triple, with
// 24 bits of intensity each.
func ycbcrToRGB24(y, cb, cr uint8) (r, g, b uint32) {
	yy1 := int32(y) * 0x10101
	cb1 := int32(cb) - 128
	cr1 := int32(cr) - 128
	r = clamp24(yy1 + 91881*cr1)
	g = clamp24(yy1 - 22554*cb1 - 46802*cr1)
	b = clamp24(yy1 + 116130*cb1)
	return r, g, b
}

// YCbCrToRGB converts a Y'CbCr triple to an RGB triple.
func YCbCrToRGB(y, cb, cr uint8) (uint8, uint8, uint8) {
	r, g, b := ycbcrToRGB24(y, cb, cr)
	return uint8(r >> 16), uint8(g >> 16), uint8(b >> 16)
}

// YCbCr represents a fully opaque 24-bit Y'CbCr color, having 8 bits each for
// one luma and two chroma components.
//
// JPEG, VP8, the MPEG family and other codecs use this color model. Such
// codecs often use the terms YUV and Y'CbCr interchangeably, but strictly
// speaking, the term YUV applies only to analog video signals, and Y' (luma)
// is Y (luminance) after applying gamma correction.
//
// Conversion between RGB and Y'CbCr is lossy and there are multiple, slightly
// different formulae for converting between the two. This package follows
// the JFIF specification at https://www.w3.org/Graphics/JPEG/jfif3.pdf.
type YCbCr struct {
	Y, Cb, Cr uint8
}

// RGBA converts with 16 bits of result (not YCbCrToRGB's 8, widened), so
// that converting to RGBA64 loses as little as possible.
func (c YCbCr) RGBA() (uint32, uint32, uint32, uint32) {
	r, g, b := ycbcrToRGB24(c.Y, c.Cb, c.Cr)
	return r >> 8, g >> 8, b >> 8, 0xffff
}

// YCbCrModel is the Model for Y'CbCr colors.
var YCbCrModel Model = ModelFunc(yCbCrModel)

func yCbCrModel(c Color) Color {
	if _, ok := c.(YCbCr); ok {
		return c
	}
	r, g, b, _ := c.RGBA()
	y, u, v := RGBToYCbCr(uint8(r>>8), uint8(g>>8), uint8(b>>8))
	return YCbCr{y, u, v}
}

// NYCbCrA represents a non-alpha-premultiplied Y'CbCr-with-alpha color, having
// 8 bits each for one luma, two chroma and one alpha component.
type NYCbCrA struct {
	YCbCr
	A uint8
}

func (c NYCbCrA) RGBA() (uint32, uint32, uint32, uint32) {
	r, g, b, _ := c.YCbCr.RGBA()
	a := widen(c.A)
	return r * a / 0xffff, g * a / 0xffff, b * a / 0xffff, a
}

// NYCbCrAModel is the Model for non-alpha-premultiplied Y'CbCr-with-alpha
// colors.
var NYCbCrAModel Model = ModelFunc(nYCbCrAModel)

func nYCbCrAModel(c Color) Color {
	switch c := c.(type) {
	case NYCbCrA:
		return c
	case YCbCr:
		return NYCbCrA{c, 0xff}
	}
	r, g, b, a := c.RGBA()
	// Unlike unpremultiply, an opaque color is divided too (by 0xffff:
	// unchanged), and a transparent one keeps its channels.
	if a != 0 {
		r = r * 0xffff / a
		g = g * 0xffff / a
		b = b * 0xffff / a
	}
	y, u, v := RGBToYCbCr(uint8(r>>8), uint8(g>>8), uint8(b>>8))
	return NYCbCrA{YCbCr{Y: y, Cb: u, Cr: v}, uint8(a >> 8)}
}

// RGBToCMYK converts an RGB triple to a CMYK quadruple.
func RGBToCMYK(r, g, b uint8) (uint8, uint8, uint8, uint8) {
	rr, gg, bb := uint32(r), uint32(g), uint32(b)
	// w, the brightest channel, is white minus black (K); each ink is
	// what its channel lacks of w, scaled to w.
	w := rr
	if w < gg {
		w = gg
	}
	if w < bb {
		w = bb
	}
	if w == 0 {
		return 0, 0, 0, 0xff
	}
	c := (w - rr) * 0xff / w
	m := (w - gg) * 0xff / w
	y := (w - bb) * 0xff / w
	return uint8(c), uint8(m), uint8(y), uint8(0xff - w)
}

// CMYKToRGB converts a CMYK quadruple to an RGB triple.
func CMYKToRGB(c, m, y, k uint8) (uint8, uint8, uint8) {
	r, g, b, _ := CMYK{c, m, y, k}.RGBA()
	return uint8(r >> 8), uint8(g >> 8), uint8(b >> 8)
}

// CMYK represents a fully opaque CMYK color, having 8 bits for each of cyan,
// magenta, yellow and black.
//
// It is not associated with any particular color profile.
type CMYK struct {
	C, M, Y, K uint8
}

func (c CMYK) RGBA() (uint32, uint32, uint32, uint32) {
	w := 0xffff - widen(c.K)
	r := (0xffff - widen(c.C)) * w / 0xffff
	g := (0xffff - widen(c.M)) * w / 0xffff
	b := (0xffff - widen(c.Y)) * w / 0xffff
	return r, g, b, 0xffff
}

// CMYKModel is the Model for CMYK colors.
var CMYKModel Model = ModelFunc(cmykModel)

func cmykModel(c Color) Color {
	if _, ok := c.(CMYK); ok {
		return c
	}
	r, g, b, _ := c.RGBA()
	cc, mm, yy, kk := RGBToCMYK(uint8(r>>8), uint8(g>>8), uint8(b>>8))
	return CMYK{cc, mm, yy, kk}
}
