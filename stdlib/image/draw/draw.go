// Package draw provides image composition functions.
//
// See "The Go image/draw package" for an introduction to this package:
// https://golang.org/doc/articles/image_draw.html
package draw

import (
	"image"
	"image/color"
)

// m is the maximum color value returned by image.Color.RGBA.
const m = 1<<16 - 1

// Image is an image.Image with a Set method to change a single pixel.
type Image interface {
	image.Image
	Set(x, y int, c color.Color)
}

// RGBA64Image extends both the Image and image.RGBA64Image interfaces with a
// SetRGBA64 method to change a single pixel. SetRGBA64 is equivalent to
// calling Set, but it can avoid allocations from converting concrete color
// types to the color.Color interface type.
type RGBA64Image interface {
	image.RGBA64Image
	Set(x, y int, c color.Color)
	SetRGBA64(x, y int, c color.RGBA64)
}

// Quantizer produces a palette for an image.
type Quantizer interface {
	// Quantize appends up to cap(p) - len(p) colors to p and returns the
	// updated palette suitable for converting m to a paletted image.
	Quantize(p color.Palette, m image.Image) color.Palette
}

// Op is a Porter-Duff compositing operator.
type Op int

const (
	// Over specifies ``(src in mask) over dst''.
	Over Op = iota
	// Src specifies ``src in mask''.
	Src
)

// Draw implements the Drawer interface by calling the Draw function with this
// Op.
func (op Op) Draw(dst Image, r image.Rectangle, src image.Image, sp image.Point) {
	DrawMask(dst, r, src, sp, nil, image.Point{}, op)
}

// Drawer contains the Draw method.
type Drawer interface {
	// Draw aligns r.Min in dst with sp in src and then replaces the
	// rectangle r in dst with the result of drawing src on dst.
	Draw(dst Image, r image.Rectangle, src image.Image, sp image.Point)
}

// FloydSteinberg is a Drawer that is the Src Op with Floyd-Steinberg error
// diffusion.
var FloydSteinberg Drawer = floydSteinberg{}

type floydSteinberg struct{}

func (floydSteinberg) Draw(dst Image, r image.Rectangle, src image.Image, sp image.Point) {
	clip(dst, &r, src, &sp, nil, nil)
	if r.Empty() {
		return
	}
	drawPaletted(dst, r, src, sp, true)
}

// clip clips r against each image's bounds (after translating into the
// destination image's coordinate space) and shifts the points sp and mp by
// the same amount as the change in r.Min.
func clip(dst Image, r *image.Rectangle, src image.Image, sp *image.Point, mask image.Image, mp *image.Point) {
	orig := r.Min
	*r = r.Intersect(dst.Bounds())
	*r = r.Intersect(src.Bounds().Add(orig.Sub(*sp)))
	if mask != nil {
		*r = r.Intersect(mask.Bounds().Add(orig.Sub(*mp)))
	}
	delta := r.Min.Sub(orig)
	*sp = sp.Add(delta)
	if mp != nil {
		*mp = mp.Add(delta)
	}
}

// processBackward reports whether src may be dst itself and its rectangle
// starts before the destination one and overlaps it: drawing must then
// go bottom-up, right to left, to read each pixel before it is
// overwritten. Two *image.RGBA may be sub-images of one image, sharing
// its coordinates, so they count as one.
func processBackward(dst image.Image, r image.Rectangle, src image.Image, sp image.Point) bool {
	_, dstRGBA := dst.(*image.RGBA)
	_, srcRGBA := src.(*image.RGBA)
	return (dst == src || dstRGBA && srcRGBA) &&
		r.Overlaps(r.Add(sp.Sub(r.Min))) &&
		(sp.Y < r.Min.Y || (sp.Y == r.Min.Y && sp.X < r.Min.X))
}

// Draw calls DrawMask with a nil mask.
func Draw(dst Image, r image.Rectangle, src image.Image, sp image.Point, op Op) {
	DrawMask(dst, r, src, sp, nil, image.Point{}, op)
}

// DrawMask aligns r.Min in dst with sp in src and mp in mask and then replaces the rectangle r
// in dst with the result of a Porter-Duff composition. A nil mask is treated as opaque.
func DrawMask(dst Image, r image.Rectangle, src image.Image, sp image.Point, mask image.Image, mp image.Point, op Op) {
	clip(dst, &r, src, &sp, mask, &mp)
	if r.Empty() {
		return
	}
	if op == Src && mask == nil && drawSrcFast(dst, r, src, sp) {
		return
	}
	drawGeneric(dst, r, src, sp, mask, mp, op)
}

// drawSrcFast copies src into dst directly where the images allow it, and
// reports whether it did. Copying the bytes of a non-premultiplied image
// into one of its kind also keeps the colors of transparent pixels, which
// going through color.RGBA64 would lose.
func drawSrcFast(dst Image, r image.Rectangle, src image.Image, sp image.Point) bool {
	switch dst0 := dst.(type) {
	case *image.RGBA:
		if src0, ok := src.(*image.RGBA); ok {
			copyRows(dst0.Pix[dst0.PixOffset(r.Min.X, r.Min.Y):], dst0.Stride,
				src0.Pix[src0.PixOffset(sp.X, sp.Y):], src0.Stride, r, sp, 4)
			return true
		}
	case *image.NRGBA:
		if src0, ok := src.(*image.NRGBA); ok {
			copyRows(dst0.Pix[dst0.PixOffset(r.Min.X, r.Min.Y):], dst0.Stride,
				src0.Pix[src0.PixOffset(sp.X, sp.Y):], src0.Stride, r, sp, 4)
			return true
		}
	case *image.NRGBA64:
		if src0, ok := src.(*image.NRGBA64); ok {
			copyRows(dst0.Pix[dst0.PixOffset(r.Min.X, r.Min.Y):], dst0.Stride,
				src0.Pix[src0.PixOffset(sp.X, sp.Y):], src0.Stride, r, sp, 8)
			return true
		}
	case *image.Paletted:
		if src0, ok := src.(*image.Uniform); ok {
			fillIndex(dst0, r, uint8(dst0.Palette.Index(src0.C)))
			return true
		}
		if !processBackward(dst, r, src, sp) {
			drawPaletted(dst0, r, src, sp, false)
			return true
		}
	}
	return false
}

// copyRows copies the r.Dy() rows of r.Dx() pixels of bpp bytes from src
// to dst, each slice starting at the first pixel; when they are parts of
// one image and the source starts above, the last row goes first.
func copyRows(dst []byte, dstStride int, src []byte, srcStride int, r image.Rectangle, sp image.Point, bpp int) {
	n, rows := bpp*r.Dx(), r.Dy()
	if sp.Y < r.Min.Y {
		for y := rows - 1; y >= 0; y-- {
			copy(dst[y*dstStride:y*dstStride+n], src[y*srcStride:y*srcStride+n])
		}
		return
	}
	for y := 0; y < rows; y++ {
		copy(dst[y*dstStride:y*dstStride+n], src[y*srcStride:y*srcStride+n])
	}
}

// fillIndex sets the rectangle r of dst to the palette index i.
func fillIndex(dst *image.Paletted, r image.Rectangle, i uint8) {
	for y := r.Min.Y; y < r.Max.Y; y++ {
		row := dst.Pix[dst.PixOffset(r.Min.X, y):dst.PixOffset(r.Max.X, y)]
		for x := range row {
			row[x] = i
		}
	}
}

// drawGeneric composes pixel by pixel through the color interfaces:
// result = src*ma + dst*(1 - src.alpha*ma) for Over, src*ma for Src,
// where ma is the mask's alpha.
func drawGeneric(dst Image, r image.Rectangle, src image.Image, sp image.Point, mask image.Image, mp image.Point, op Op) {
	x0, x1, dx := r.Min.X, r.Max.X, 1
	y0, y1, dy := r.Min.Y, r.Max.Y, 1
	if processBackward(dst, r, src, sp) {
		x0, x1, dx = x1-1, x0-1, -1
		y0, y1, dy = y1-1, y0-1, -1
	}
	for y := y0; y != y1; y += dy {
		sy, my := sp.Y+y-r.Min.Y, mp.Y+y-r.Min.Y
		for x := x0; x != x1; x += dx {
			sx, mx := sp.X+x-r.Min.X, mp.X+x-r.Min.X
			ma := uint32(m)
			if mask != nil {
				ma = uint32(rgba64At(mask, mx, my).A)
			}
			switch {
			case ma == 0 && op == Over:
				// Nothing shows through the mask.
			case ma == m && op == Src:
				copyPixel(dst, x, y, src, sx, sy)
			default:
				setRGBA64(dst, x, y, compose(dst, x, y, rgba64At(src, sx, sy), ma, op))
			}
		}
	}
}

// compose returns the color the pixel (x, y) of dst becomes when s, the
// source color, is drawn onto it through a mask of alpha ma.
func compose(dst Image, x, y int, s color.RGBA64, ma uint32, op Op) color.RGBA64 {
	var d color.RGBA64
	a := uint32(0) // how much of dst shows through
	if op == Over {
		d = rgba64At(dst, x, y)
		a = m - uint32(s.A)*ma/m
	}
	return color.RGBA64{
		blend(d.R, s.R, a, ma), blend(d.G, s.G, a, ma), blend(d.B, s.B, a, ma), blend(d.A, s.A, a, ma),
	}
}

// blend returns d weighted by a plus s weighted by ma (weights out of m).
func blend(d, s uint16, a, ma uint32) uint16 {
	return uint16((uint32(d)*a + uint32(s)*ma) / m)
}

// rgba64At returns the color at (x, y) without going through
// color.Color when the image can.
func rgba64At(img image.Image, x, y int) color.RGBA64 {
	if img, ok := img.(image.RGBA64Image); ok {
		return img.RGBA64At(x, y)
	}
	r, g, b, a := img.At(x, y).RGBA()
	return color.RGBA64{uint16(r), uint16(g), uint16(b), uint16(a)}
}

// setRGBA64 sets the pixel (x, y) of dst to c.
func setRGBA64(dst Image, x, y int, c color.RGBA64) {
	if dst, ok := dst.(RGBA64Image); ok {
		dst.SetRGBA64(x, y, c)
		return
	}
	dst.Set(x, y, c)
}

// copyPixel sets the pixel (x, y) of dst to the pixel (sx, sy) of src;
// through color.Color unless both images know color.RGBA64.
func copyPixel(dst Image, x, y int, src image.Image, sx, sy int) {
	dst0, ok0 := dst.(RGBA64Image)
	src0, ok1 := src.(image.RGBA64Image)
	if ok0 && ok1 {
		dst0.SetRGBA64(x, y, src0.RGBA64At(sx, sy))
		return
	}
	dst.Set(x, y, src.At(sx, sy))
}
