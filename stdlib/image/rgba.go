package image

import "image/color"

// RGBA is an in-memory image whose At method returns color.RGBA values.
type RGBA struct {
	// Pix holds the pixels (R, G, B, A, a byte each, alpha premultiplied), laid out
	// as image.go describes.
	Pix []uint8
	// Stride is the Pix stride (in bytes) between vertically adjacent pixels.
	Stride int
	// Rect is the image's bounds.
	Rect Rectangle
}

// NewRGBA returns a new RGBA image with the given bounds.
func NewRGBA(r Rectangle) *RGBA {
	return &RGBA{Pix: newPix(r, 4, "RGBA"), Stride: 4 * r.Dx(), Rect: r}
}

func (p *RGBA) ColorModel() color.Model { return color.RGBAModel }

func (p *RGBA) Bounds() Rectangle { return p.Rect }

func (p *RGBA) At(x, y int) color.Color { return p.RGBAAt(x, y) }

func (p *RGBA) RGBA64At(x, y int) color.RGBA64 { return rgba64(p.RGBAAt(x, y)) }

func (p *RGBA) RGBAAt(x, y int) color.RGBA {
	if !(Point{x, y}.In(p.Rect)) {
		return color.RGBA{}
	}
	s := p.Pix[p.PixOffset(x, y):]
	return color.RGBA{s[0], s[1], s[2], s[3]}
}

// PixOffset returns the index of the first element of Pix that corresponds to
// the pixel at (x, y).
func (p *RGBA) PixOffset(x, y int) int { return pixOffset(p.Rect, p.Stride, 4, x, y) }

func (p *RGBA) Set(x, y int, c color.Color) {
	p.SetRGBA(x, y, color.RGBAModel.Convert(c).(color.RGBA))
}

func (p *RGBA) SetRGBA64(x, y int, c color.RGBA64) { p.Set(x, y, c) }

func (p *RGBA) SetRGBA(x, y int, c color.RGBA) {
	if !(Point{x, y}.In(p.Rect)) {
		return
	}
	s := p.Pix[p.PixOffset(x, y):]
	s[0], s[1], s[2], s[3] = c.R, c.G, c.B, c.A
}

// SubImage returns an image representing the portion of the image p visible
// through r. The returned value shares pixels with the original image.
func (p *RGBA) SubImage(r Rectangle) Image {
	pix, stride, r := subPix(p.Pix, p.Stride, 4, p.Rect, r)
	return &RGBA{Pix: pix, Stride: stride, Rect: r}
}

// Opaque scans the entire image and reports whether it is fully opaque.
func (p *RGBA) Opaque() bool { return opaque(p.Pix, p.Stride, p.Rect, 4, 3, 1) }

// RGBA64 is an in-memory image whose At method returns color.RGBA64 values.
type RGBA64 struct {
	// Pix holds the pixels (R, G, B, A, two bytes each, alpha premultiplied), laid out
	// as image.go describes.
	Pix []uint8
	// Stride is the Pix stride (in bytes) between vertically adjacent pixels.
	Stride int
	// Rect is the image's bounds.
	Rect Rectangle
}

// NewRGBA64 returns a new RGBA64 image with the given bounds.
func NewRGBA64(r Rectangle) *RGBA64 {
	return &RGBA64{Pix: newPix(r, 8, "RGBA64"), Stride: 8 * r.Dx(), Rect: r}
}

func (p *RGBA64) ColorModel() color.Model { return color.RGBA64Model }

func (p *RGBA64) Bounds() Rectangle { return p.Rect }

func (p *RGBA64) At(x, y int) color.Color { return p.RGBA64At(x, y) }

func (p *RGBA64) RGBA64At(x, y int) color.RGBA64 {
	if !(Point{x, y}.In(p.Rect)) {
		return color.RGBA64{}
	}
	s := p.Pix[p.PixOffset(x, y):]
	return color.RGBA64{get16(s[0:]), get16(s[2:]), get16(s[4:]), get16(s[6:])}
}

// PixOffset returns the index of the first element of Pix that corresponds to
// the pixel at (x, y).
func (p *RGBA64) PixOffset(x, y int) int { return pixOffset(p.Rect, p.Stride, 8, x, y) }

func (p *RGBA64) Set(x, y int, c color.Color) {
	p.SetRGBA64(x, y, color.RGBA64Model.Convert(c).(color.RGBA64))
}

func (p *RGBA64) SetRGBA64(x, y int, c color.RGBA64) {
	if !(Point{x, y}.In(p.Rect)) {
		return
	}
	s := p.Pix[p.PixOffset(x, y):]
	put16(s[0:], c.R)
	put16(s[2:], c.G)
	put16(s[4:], c.B)
	put16(s[6:], c.A)
}

// SubImage returns an image representing the portion of the image p visible
// through r. The returned value shares pixels with the original image.
func (p *RGBA64) SubImage(r Rectangle) Image {
	pix, stride, r := subPix(p.Pix, p.Stride, 8, p.Rect, r)
	return &RGBA64{Pix: pix, Stride: stride, Rect: r}
}

// Opaque scans the entire image and reports whether it is fully opaque.
func (p *RGBA64) Opaque() bool { return opaque(p.Pix, p.Stride, p.Rect, 8, 6, 2) }

// NRGBA is an in-memory image whose At method returns color.NRGBA values.
type NRGBA struct {
	// Pix holds the pixels (R, G, B, A, a byte each, alpha not premultiplied), laid out
	// as image.go describes.
	Pix []uint8
	// Stride is the Pix stride (in bytes) between vertically adjacent pixels.
	Stride int
	// Rect is the image's bounds.
	Rect Rectangle
}

// NewNRGBA returns a new NRGBA image with the given bounds.
func NewNRGBA(r Rectangle) *NRGBA {
	return &NRGBA{Pix: newPix(r, 4, "NRGBA"), Stride: 4 * r.Dx(), Rect: r}
}

func (p *NRGBA) ColorModel() color.Model { return color.NRGBAModel }

func (p *NRGBA) Bounds() Rectangle { return p.Rect }

func (p *NRGBA) At(x, y int) color.Color { return p.NRGBAAt(x, y) }

func (p *NRGBA) RGBA64At(x, y int) color.RGBA64 { return rgba64(p.NRGBAAt(x, y)) }

func (p *NRGBA) NRGBAAt(x, y int) color.NRGBA {
	if !(Point{x, y}.In(p.Rect)) {
		return color.NRGBA{}
	}
	s := p.Pix[p.PixOffset(x, y):]
	return color.NRGBA{s[0], s[1], s[2], s[3]}
}

// PixOffset returns the index of the first element of Pix that corresponds to
// the pixel at (x, y).
func (p *NRGBA) PixOffset(x, y int) int { return pixOffset(p.Rect, p.Stride, 4, x, y) }

func (p *NRGBA) Set(x, y int, c color.Color) {
	p.SetNRGBA(x, y, color.NRGBAModel.Convert(c).(color.NRGBA))
}

func (p *NRGBA) SetRGBA64(x, y int, c color.RGBA64) { p.Set(x, y, c) }

func (p *NRGBA) SetNRGBA(x, y int, c color.NRGBA) {
	if !(Point{x, y}.In(p.Rect)) {
		return
	}
	s := p.Pix[p.PixOffset(x, y):]
	s[0], s[1], s[2], s[3] = c.R, c.G, c.B, c.A
}

// SubImage returns an image representing the portion of the image p visible
// through r. The returned value shares pixels with the original image.
func (p *NRGBA) SubImage(r Rectangle) Image {
	pix, stride, r := subPix(p.Pix, p.Stride, 4, p.Rect, r)
	return &NRGBA{Pix: pix, Stride: stride, Rect: r}
}

// Opaque scans the entire image and reports whether it is fully opaque.
func (p *NRGBA) Opaque() bool { return opaque(p.Pix, p.Stride, p.Rect, 4, 3, 1) }

// NRGBA64 is an in-memory image whose At method returns color.NRGBA64 values.
type NRGBA64 struct {
	// Pix holds the pixels (R, G, B, A, two bytes each, alpha not premultiplied), laid out
	// as image.go describes.
	Pix []uint8
	// Stride is the Pix stride (in bytes) between vertically adjacent pixels.
	Stride int
	// Rect is the image's bounds.
	Rect Rectangle
}

// NewNRGBA64 returns a new NRGBA64 image with the given bounds.
func NewNRGBA64(r Rectangle) *NRGBA64 {
	return &NRGBA64{Pix: newPix(r, 8, "NRGBA64"), Stride: 8 * r.Dx(), Rect: r}
}

func (p *NRGBA64) ColorModel() color.Model { return color.NRGBA64Model }

func (p *NRGBA64) Bounds() Rectangle { return p.Rect }

func (p *NRGBA64) At(x, y int) color.Color { return p.NRGBA64At(x, y) }

func (p *NRGBA64) RGBA64At(x, y int) color.RGBA64 { return rgba64(p.NRGBA64At(x, y)) }

func (p *NRGBA64) NRGBA64At(x, y int) color.NRGBA64 {
	if !(Point{x, y}.In(p.Rect)) {
		return color.NRGBA64{}
	}
	s := p.Pix[p.PixOffset(x, y):]
	return color.NRGBA64{get16(s[0:]), get16(s[2:]), get16(s[4:]), get16(s[6:])}
}

// PixOffset returns the index of the first element of Pix that corresponds to
// the pixel at (x, y).
func (p *NRGBA64) PixOffset(x, y int) int { return pixOffset(p.Rect, p.Stride, 8, x, y) }

func (p *NRGBA64) Set(x, y int, c color.Color) {
	p.SetNRGBA64(x, y, color.NRGBA64Model.Convert(c).(color.NRGBA64))
}

func (p *NRGBA64) SetRGBA64(x, y int, c color.RGBA64) { p.Set(x, y, c) }

func (p *NRGBA64) SetNRGBA64(x, y int, c color.NRGBA64) {
	if !(Point{x, y}.In(p.Rect)) {
		return
	}
	s := p.Pix[p.PixOffset(x, y):]
	put16(s[0:], c.R)
	put16(s[2:], c.G)
	put16(s[4:], c.B)
	put16(s[6:], c.A)
}

// SubImage returns an image representing the portion of the image p visible
// through r. The returned value shares pixels with the original image.
func (p *NRGBA64) SubImage(r Rectangle) Image {
	pix, stride, r := subPix(p.Pix, p.Stride, 8, p.Rect, r)
	return &NRGBA64{Pix: pix, Stride: stride, Rect: r}
}

// Opaque scans the entire image and reports whether it is fully opaque.
func (p *NRGBA64) Opaque() bool { return opaque(p.Pix, p.Stride, p.Rect, 8, 6, 2) }

// CMYK is an in-memory image whose At method returns color.CMYK values.
type CMYK struct {
	// Pix holds the pixels (C, M, Y, K, a byte each), laid out
	// as image.go describes.
	Pix []uint8
	// Stride is the Pix stride (in bytes) between vertically adjacent pixels.
	Stride int
	// Rect is the image's bounds.
	Rect Rectangle
}

// NewCMYK returns a new CMYK image with the given bounds.
func NewCMYK(r Rectangle) *CMYK {
	return &CMYK{Pix: newPix(r, 4, "CMYK"), Stride: 4 * r.Dx(), Rect: r}
}

func (p *CMYK) ColorModel() color.Model { return color.CMYKModel }

func (p *CMYK) Bounds() Rectangle { return p.Rect }

func (p *CMYK) At(x, y int) color.Color { return p.CMYKAt(x, y) }

func (p *CMYK) RGBA64At(x, y int) color.RGBA64 { return rgba64(p.CMYKAt(x, y)) }

func (p *CMYK) CMYKAt(x, y int) color.CMYK {
	if !(Point{x, y}.In(p.Rect)) {
		return color.CMYK{}
	}
	s := p.Pix[p.PixOffset(x, y):]
	return color.CMYK{s[0], s[1], s[2], s[3]}
}

// PixOffset returns the index of the first element of Pix that corresponds to
// the pixel at (x, y).
func (p *CMYK) PixOffset(x, y int) int { return pixOffset(p.Rect, p.Stride, 4, x, y) }

func (p *CMYK) Set(x, y int, c color.Color) {
	p.SetCMYK(x, y, color.CMYKModel.Convert(c).(color.CMYK))
}

func (p *CMYK) SetRGBA64(x, y int, c color.RGBA64) { p.Set(x, y, c) }

func (p *CMYK) SetCMYK(x, y int, c color.CMYK) {
	if !(Point{x, y}.In(p.Rect)) {
		return
	}
	s := p.Pix[p.PixOffset(x, y):]
	s[0], s[1], s[2], s[3] = c.C, c.M, c.Y, c.K
}

// SubImage returns an image representing the portion of the image p visible
// through r. The returned value shares pixels with the original image.
func (p *CMYK) SubImage(r Rectangle) Image {
	pix, stride, r := subPix(p.Pix, p.Stride, 4, p.Rect, r)
	return &CMYK{Pix: pix, Stride: stride, Rect: r}
}

// Opaque scans the entire image and reports whether it is fully opaque.
func (p *CMYK) Opaque() bool { return true }
