package image

import "image/color"

// Alpha is an in-memory image whose At method returns color.Alpha values.
type Alpha struct {
	// Pix holds the pixels (A, a byte), laid out
	// as image.go describes.
	Pix []uint8
	// Stride is the Pix stride (in bytes) between vertically adjacent pixels.
	Stride int
	// Rect is the image's bounds.
	Rect Rectangle
}

// NewAlpha returns a new Alpha image with the given bounds.
func NewAlpha(r Rectangle) *Alpha {
	return &Alpha{Pix: newPix(r, 1, "Alpha"), Stride: r.Dx(), Rect: r}
}

func (p *Alpha) ColorModel() color.Model { return color.AlphaModel }

func (p *Alpha) Bounds() Rectangle { return p.Rect }

func (p *Alpha) At(x, y int) color.Color { return p.AlphaAt(x, y) }

func (p *Alpha) RGBA64At(x, y int) color.RGBA64 { return rgba64(p.AlphaAt(x, y)) }

func (p *Alpha) AlphaAt(x, y int) color.Alpha {
	if !(Point{x, y}.In(p.Rect)) {
		return color.Alpha{}
	}
	s := p.Pix[p.PixOffset(x, y):]
	return color.Alpha{s[0]}
}

// PixOffset returns the index of the first element of Pix that corresponds to
// the pixel at (x, y).
func (p *Alpha) PixOffset(x, y int) int { return pixOffset(p.Rect, p.Stride, 1, x, y) }

func (p *Alpha) Set(x, y int, c color.Color) {
	p.SetAlpha(x, y, color.AlphaModel.Convert(c).(color.Alpha))
}

func (p *Alpha) SetRGBA64(x, y int, c color.RGBA64) { p.Set(x, y, c) }

func (p *Alpha) SetAlpha(x, y int, c color.Alpha) {
	if !(Point{x, y}.In(p.Rect)) {
		return
	}
	s := p.Pix[p.PixOffset(x, y):]
	s[0] = c.A
}

// SubImage returns an image representing the portion of the image p visible
// through r. The returned value shares pixels with the original image.
func (p *Alpha) SubImage(r Rectangle) Image {
	pix, stride, r := subPix(p.Pix, p.Stride, 1, p.Rect, r)
	return &Alpha{Pix: pix, Stride: stride, Rect: r}
}

// Opaque scans the entire image and reports whether it is fully opaque.
func (p *Alpha) Opaque() bool { return opaque(p.Pix, p.Stride, p.Rect, 1, 0, 1) }

// Alpha16 is an in-memory image whose At method returns color.Alpha16 values.
type Alpha16 struct {
	// Pix holds the pixels (A, two bytes), laid out
	// as image.go describes.
	Pix []uint8
	// Stride is the Pix stride (in bytes) between vertically adjacent pixels.
	Stride int
	// Rect is the image's bounds.
	Rect Rectangle
}

// NewAlpha16 returns a new Alpha16 image with the given bounds.
func NewAlpha16(r Rectangle) *Alpha16 {
	return &Alpha16{Pix: newPix(r, 2, "Alpha16"), Stride: 2 * r.Dx(), Rect: r}
}

func (p *Alpha16) ColorModel() color.Model { return color.Alpha16Model }

func (p *Alpha16) Bounds() Rectangle { return p.Rect }

func (p *Alpha16) At(x, y int) color.Color { return p.Alpha16At(x, y) }

func (p *Alpha16) RGBA64At(x, y int) color.RGBA64 { return rgba64(p.Alpha16At(x, y)) }

func (p *Alpha16) Alpha16At(x, y int) color.Alpha16 {
	if !(Point{x, y}.In(p.Rect)) {
		return color.Alpha16{}
	}
	s := p.Pix[p.PixOffset(x, y):]
	return color.Alpha16{get16(s[0:])}
}

// PixOffset returns the index of the first element of Pix that corresponds to
// the pixel at (x, y).
func (p *Alpha16) PixOffset(x, y int) int { return pixOffset(p.Rect, p.Stride, 2, x, y) }

func (p *Alpha16) Set(x, y int, c color.Color) {
	p.SetAlpha16(x, y, color.Alpha16Model.Convert(c).(color.Alpha16))
}

func (p *Alpha16) SetRGBA64(x, y int, c color.RGBA64) { p.Set(x, y, c) }

func (p *Alpha16) SetAlpha16(x, y int, c color.Alpha16) {
	if !(Point{x, y}.In(p.Rect)) {
		return
	}
	s := p.Pix[p.PixOffset(x, y):]
	put16(s[0:], c.A)
}

// SubImage returns an image representing the portion of the image p visible
// through r. The returned value shares pixels with the original image.
func (p *Alpha16) SubImage(r Rectangle) Image {
	pix, stride, r := subPix(p.Pix, p.Stride, 2, p.Rect, r)
	return &Alpha16{Pix: pix, Stride: stride, Rect: r}
}

// Opaque scans the entire image and reports whether it is fully opaque.
func (p *Alpha16) Opaque() bool { return opaque(p.Pix, p.Stride, p.Rect, 2, 0, 2) }

// Gray is an in-memory image whose At method returns color.Gray values.
type Gray struct {
	// Pix holds the pixels (Y, a byte), laid out
	// as image.go describes.
	Pix []uint8
	// Stride is the Pix stride (in bytes) between vertically adjacent pixels.
	Stride int
	// Rect is the image's bounds.
	Rect Rectangle
}

// NewGray returns a new Gray image with the given bounds.
func NewGray(r Rectangle) *Gray {
	return &Gray{Pix: newPix(r, 1, "Gray"), Stride: r.Dx(), Rect: r}
}

func (p *Gray) ColorModel() color.Model { return color.GrayModel }

func (p *Gray) Bounds() Rectangle { return p.Rect }

func (p *Gray) At(x, y int) color.Color { return p.GrayAt(x, y) }

func (p *Gray) RGBA64At(x, y int) color.RGBA64 { return rgba64(p.GrayAt(x, y)) }

func (p *Gray) GrayAt(x, y int) color.Gray {
	if !(Point{x, y}.In(p.Rect)) {
		return color.Gray{}
	}
	s := p.Pix[p.PixOffset(x, y):]
	return color.Gray{s[0]}
}

// PixOffset returns the index of the first element of Pix that corresponds to
// the pixel at (x, y).
func (p *Gray) PixOffset(x, y int) int { return pixOffset(p.Rect, p.Stride, 1, x, y) }

func (p *Gray) Set(x, y int, c color.Color) {
	p.SetGray(x, y, color.GrayModel.Convert(c).(color.Gray))
}

func (p *Gray) SetRGBA64(x, y int, c color.RGBA64) { p.Set(x, y, c) }

func (p *Gray) SetGray(x, y int, c color.Gray) {
	if !(Point{x, y}.In(p.Rect)) {
		return
	}
	s := p.Pix[p.PixOffset(x, y):]
	s[0] = c.Y
}

// SubImage returns an image representing the portion of the image p visible
// through r. The returned value shares pixels with the original image.
func (p *Gray) SubImage(r Rectangle) Image {
	pix, stride, r := subPix(p.Pix, p.Stride, 1, p.Rect, r)
	return &Gray{Pix: pix, Stride: stride, Rect: r}
}

// Opaque scans the entire image and reports whether it is fully opaque.
func (p *Gray) Opaque() bool { return true }

// Gray16 is an in-memory image whose At method returns color.Gray16 values.
type Gray16 struct {
	// Pix holds the pixels (Y, two bytes), laid out
	// as image.go describes.
	Pix []uint8
	// Stride is the Pix stride (in bytes) between vertically adjacent pixels.
	Stride int
	// Rect is the image's bounds.
	Rect Rectangle
}

// NewGray16 returns a new Gray16 image with the given bounds.
func NewGray16(r Rectangle) *Gray16 {
	return &Gray16{Pix: newPix(r, 2, "Gray16"), Stride: 2 * r.Dx(), Rect: r}
}

func (p *Gray16) ColorModel() color.Model { return color.Gray16Model }

func (p *Gray16) Bounds() Rectangle { return p.Rect }

func (p *Gray16) At(x, y int) color.Color { return p.Gray16At(x, y) }

func (p *Gray16) RGBA64At(x, y int) color.RGBA64 { return rgba64(p.Gray16At(x, y)) }

func (p *Gray16) Gray16At(x, y int) color.Gray16 {
	if !(Point{x, y}.In(p.Rect)) {
		return color.Gray16{}
	}
	s := p.Pix[p.PixOffset(x, y):]
	return color.Gray16{get16(s[0:])}
}

// PixOffset returns the index of the first element of Pix that corresponds to
// the pixel at (x, y).
func (p *Gray16) PixOffset(x, y int) int { return pixOffset(p.Rect, p.Stride, 2, x, y) }

func (p *Gray16) Set(x, y int, c color.Color) {
	p.SetGray16(x, y, color.Gray16Model.Convert(c).(color.Gray16))
}

func (p *Gray16) SetRGBA64(x, y int, c color.RGBA64) { p.Set(x, y, c) }

func (p *Gray16) SetGray16(x, y int, c color.Gray16) {
	if !(Point{x, y}.In(p.Rect)) {
		return
	}
	s := p.Pix[p.PixOffset(x, y):]
	put16(s[0:], c.Y)
}

// SubImage returns an image representing the portion of the image p visible
// through r. The returned value shares pixels with the original image.
func (p *Gray16) SubImage(r Rectangle) Image {
	pix, stride, r := subPix(p.Pix, p.Stride, 2, p.Rect, r)
	return &Gray16{Pix: pix, Stride: stride, Rect: r}
}

// Opaque scans the entire image and reports whether it is fully opaque.
func (p *Gray16) Opaque() bool { return true }
