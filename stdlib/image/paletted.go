package image

import "image/color"

// Paletted is an in-memory image of uint8 indices into a given palette.
type Paletted struct {
	// Pix holds the pixels (an index into Palette, a byte), laid out as
	// image.go describes.
	Pix []uint8
	// Stride is the Pix stride (in bytes) between vertically adjacent pixels.
	Stride int
	// Rect is the image's bounds.
	Rect Rectangle
	// Palette is the image's palette.
	Palette color.Palette
}

// NewPaletted returns a new Paletted image with the given width, height and
// palette.
func NewPaletted(r Rectangle, p color.Palette) *Paletted {
	return &Paletted{Pix: newPix(r, 1, "Paletted"), Stride: r.Dx(), Rect: r, Palette: p}
}

func (p *Paletted) ColorModel() color.Model { return p.Palette }

func (p *Paletted) Bounds() Rectangle { return p.Rect }

// At returns the palette's color of the pixel; outside the bounds, the
// palette's first color (index 0, what a new image holds).
func (p *Paletted) At(x, y int) color.Color {
	if len(p.Palette) == 0 {
		return nil
	}
	return p.Palette[p.ColorIndexAt(x, y)]
}

func (p *Paletted) RGBA64At(x, y int) color.RGBA64 {
	if len(p.Palette) == 0 {
		return color.RGBA64{}
	}
	return rgba64(p.At(x, y))
}

// PixOffset returns the index of the first element of Pix that corresponds to
// the pixel at (x, y).
func (p *Paletted) PixOffset(x, y int) int { return pixOffset(p.Rect, p.Stride, 1, x, y) }

// Set stores the index of the palette color closest to c.
func (p *Paletted) Set(x, y int, c color.Color) {
	p.SetColorIndex(x, y, uint8(p.Palette.Index(c)))
}

func (p *Paletted) SetRGBA64(x, y int, c color.RGBA64) { p.Set(x, y, c) }

func (p *Paletted) ColorIndexAt(x, y int) uint8 {
	if !(Point{x, y}.In(p.Rect)) {
		return 0
	}
	return p.Pix[p.PixOffset(x, y)]
}

func (p *Paletted) SetColorIndex(x, y int, index uint8) {
	if !(Point{x, y}.In(p.Rect)) {
		return
	}
	p.Pix[p.PixOffset(x, y)] = index
}

// SubImage returns an image representing the portion of the image p visible
// through r. The returned value shares pixels with the original image.
func (p *Paletted) SubImage(r Rectangle) Image {
	pix, stride, r := subPix(p.Pix, p.Stride, 1, p.Rect, r)
	return &Paletted{Pix: pix, Stride: stride, Rect: r, Palette: p.Palette}
}

// Opaque scans the entire image and reports whether it is fully opaque:
// whether each palette color some pixel uses is.
func (p *Paletted) Opaque() bool {
	var used [256]bool
	for y := 0; y < p.Rect.Dy(); y++ {
		for _, index := range p.Pix[y*p.Stride : y*p.Stride+p.Rect.Dx()] {
			used[index] = true
		}
	}
	for i, c := range p.Palette {
		if !used[i] {
			continue
		}
		if _, _, _, a := c.RGBA(); a != 0xffff {
			return false
		}
	}
	return true
}
