package image

import (
	"image/color"
	"math/bits"
)

// Config holds an image's color model and dimensions.
type Config struct {
	ColorModel    color.Model
	Width, Height int
}

// Image is a finite rectangular grid of color.Color values taken from a color
// model.
type Image interface {
	// ColorModel returns the Image's color model.
	ColorModel() color.Model
	// Bounds returns the domain for which At can return non-zero color.
	// The bounds do not necessarily contain the point (0, 0).
	Bounds() Rectangle
	// At returns the color of the pixel at (x, y).
	// At(Bounds().Min.X, Bounds().Min.Y) returns the upper-left pixel of the grid.
	// At(Bounds().Max.X-1, Bounds().Max.Y-1) returns the lower-right one.
	At(x, y int) color.Color
}

// RGBA64Image is an Image whose pixels can be converted directly to a
// color.RGBA64.
type RGBA64Image interface {
	// RGBA64At returns the RGBA64 color of the pixel at (x, y). It is
	// equivalent to calling At(x, y).RGBA() and converting the resulting
	// 32-bit return values to a color.RGBA64, but it can avoid
	// allocations from converting concrete color types to the color.Color
	// interface type.
	RGBA64At(x, y int) color.RGBA64
	Image
}

// PalettedImage is an image whose colors may come from a limited palette.
// If m is a PalettedImage and m.ColorModel() returns a color.Palette p,
// then m.At(x, y) should be equivalent to p[m.ColorIndexAt(x, y)]. If m's
// color model is not a color.Palette, then ColorIndexAt's behavior is
// undefined.
type PalettedImage interface {
	// ColorIndexAt returns the palette index of the pixel at (x, y).
	ColorIndexAt(x, y int) uint8
	Image
}

// The images below keep their pixels in one byte slice, Pix, row after
// row: the pixel at (x, y) starts at Pix[(y-Rect.Min.Y)*Stride +
// (x-Rect.Min.X)*bpp], bpp the bytes a pixel takes, 16-bit channels big
// endian. A sub-image shares its parent's Pix, starting further in. The
// helpers below are that layout, shared by all of them.

// pixOffset returns the index in Pix of the first byte of the pixel at (x, y).
func pixOffset(r Rectangle, stride, bpp, x, y int) int {
	return (y-r.Min.Y)*stride + (x-r.Min.X)*bpp
}

// newPix allocates the pixels of an image of rectangle r.
func newPix(r Rectangle, bpp int, imageTypeName string) []uint8 {
	return make([]uint8, pixelBufferLength(bpp, r, imageTypeName))
}

// pixelBufferLength returns the length of the Pix of an image of
// rectangle r, and panics for a rectangle with a negative side or too
// many pixels to count.
func pixelBufferLength(bpp int, r Rectangle, imageTypeName string) int {
	n := mul3NonNeg(bpp, r.Dx(), r.Dy())
	if n < 0 {
		panic("image: New" + imageTypeName + " Rectangle has huge or negative dimensions")
	}
	return n
}

// mul3NonNeg returns x*y*z, or -1 if any is negative or the product
// overflows an int.
func mul3NonNeg(x, y, z int) int {
	if x < 0 || y < 0 || z < 0 {
		return -1
	}
	hi, lo := bits.Mul64(uint64(x), uint64(y))
	if hi != 0 {
		return -1
	}
	hi, lo = bits.Mul64(lo, uint64(z))
	if hi != 0 || lo > 1<<63-1 {
		return -1
	}
	return int(lo)
}

// add2NonNeg returns x+y, or -1 if either is negative or the sum overflows.
func add2NonNeg(x, y int) int {
	if x < 0 || y < 0 || x+y < 0 {
		return -1
	}
	return x + y
}

// subPix returns the pixels and rectangle of the sub-image r of an image
// with pixels pix and rectangle whole: none, and a zero stride, when they
// do not meet.
func subPix(pix []uint8, stride, bpp int, whole, r Rectangle) ([]uint8, int, Rectangle) {
	r = r.Intersect(whole)
	if r.Empty() {
		// Pix[pixOffset] could be out of range: an empty image has no pixels.
		return nil, 0, Rectangle{}
	}
	return pix[pixOffset(whole, stride, bpp, r.Min.X, r.Min.Y):], stride, r
}

// opaque reports whether every pixel of an image has its alpha bytes
// (width bytes at offset off of each bpp-byte pixel) all 0xff.
func opaque(pix []uint8, stride int, r Rectangle, bpp, off, width int) bool {
	for y := 0; y < r.Dy(); y++ {
		row := pix[y*stride:]
		for x := 0; x < r.Dx(); x++ {
			for _, a := range row[x*bpp+off : x*bpp+off+width] {
				if a != 0xff {
					return false
				}
			}
		}
	}
	return true
}

// get16 and put16 read and write a big-endian 16-bit channel.
func get16(s []uint8) uint16 {
	return uint16(s[0])<<8 | uint16(s[1])
}

func put16(s []uint8, v uint16) {
	s[0], s[1] = uint8(v>>8), uint8(v)
}

// rgba64 returns c as an RGBA64.
func rgba64(c color.Color) color.RGBA64 {
	r, g, b, a := c.RGBA()
	return color.RGBA64{uint16(r), uint16(g), uint16(b), uint16(a)}
}
