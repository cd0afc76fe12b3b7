package png

import (
	"image"
)

// sample returns the i'th depth-bit sample of a row; samples narrower than
// a byte are packed from the high bits down, 16-bit ones are big-endian.
func sample(row []byte, i, depth int) uint16 {
	switch depth {
	case 8:
		return uint16(row[i])
	case 16:
		return uint16(row[2*i])<<8 | uint16(row[2*i+1])
	}
	bit := i * depth
	return uint16(row[bit/8]>>(8-depth-bit%8)) & (1<<depth - 1)
}

// grayScale maps a gray sample of fewer than 8 bits onto 0-255: 1-bit
// samples are multiplied by 0xff, 2-bit ones by 0x55, 4-bit ones by 0x11.
func (d *decoder) grayScale() uint8 {
	if d.depth >= 8 {
		return 1
	}
	return 0xff / (1<<d.depth - 1)
}

// pixBuffer returns the pixels and stride of the image newImage made.
func pixBuffer(m image.Image) (pix []uint8, stride, bytesPerPixel int) {
	switch m := m.(type) {
	case *image.Paletted:
		return m.Pix, m.Stride, 1
	case *image.Gray:
		return m.Pix, m.Stride, 1
	case *image.Gray16:
		return m.Pix, m.Stride, 2
	case *image.RGBA:
		return m.Pix, m.Stride, 4
	case *image.NRGBA:
		return m.Pix, m.Stride, 4
	case *image.RGBA64:
		return m.Pix, m.Stride, 8
	case *image.NRGBA64:
		return m.Pix, m.Stride, 8
	}
	panic("png: unexpected image type")
}

// storeRow stores the n pixels of an unfiltered row in d.img at line y,
// columns x0, x0+dx, x0+2*dx, ...
func (d *decoder) storeRow(row []byte, y, x0, dx, n int) {
	pix, stride, bpp := pixBuffer(d.img)
	if d.paletted() {
		d.growPalette(row, n)
	}
	if dx == 1 && d.rowIsPixels() {
		off := y*stride + x0*bpp
		copy(pix[off:off+n*bpp], row)
		return
	}
	for i := 0; i < n; i++ {
		off := y*stride + (x0+i*dx)*bpp
		d.storePixel(pix[off:off+bpp], row, i)
	}
}

// rowIsPixels reports whether a row's bytes are laid out as the pixels
// of d.img: whole-byte gray samples (big-endian at 16 bits, as in
// image.Gray16), palette indexes, or R, G, B, A samples.
func (d *decoder) rowIsPixels() bool {
	if d.depth < 8 || d.useTransparent {
		return false
	}
	return d.colorType == ctGrayscale || d.colorType == ctPaletted || d.colorType == ctTrueColorAlpha
}

// growPalette lets the palette reach the row's highest index: indexes
// past the PLTE entries are opaque black (see parsePLTE).
func (d *decoder) growPalette(row []byte, n int) {
	m := d.img.(*image.Paletted)
	for i := 0; i < n; i++ {
		if idx := int(sample(row, i, d.depth)); idx >= len(m.Palette) {
			m.Palette = m.Palette[:idx+1]
		}
	}
}

// storePixel writes the i'th pixel of row into dst in the layout of
// d.img: one sample for paletted and gray images, else R, G, B, A.
func (d *decoder) storePixel(dst []byte, row []byte, i int) {
	var s [4]uint16
	for j := 0; j < d.nChannels; j++ {
		s[j] = sample(row, d.nChannels*i+j, d.depth)
	}
	switch d.colorType {
	case ctPaletted:
		dst[0] = uint8(s[0])
	case ctGrayscale:
		g := s[0]
		if d.depth < 8 {
			g = uint16(uint8(g) * d.grayScale())
		}
		if !d.useTransparent {
			d.putSamples(dst, g)
			return
		}
		d.putSamples(dst, g, g, g, d.alphaUnless(g == d.transparent[0]))
	case ctGrayscaleAlpha:
		d.putSamples(dst, s[0], s[0], s[0], s[1])
	case ctTrueColor:
		r, g, b := s[0], s[1], s[2]
		key := d.useTransparent && r == d.transparent[0] && g == d.transparent[1] && b == d.transparent[2]
		d.putSamples(dst, r, g, b, d.alphaUnless(key))
	case ctTrueColorAlpha:
		d.putSamples(dst, s[0], s[1], s[2], s[3])
	}
}

// alphaUnless returns a transparent alpha if transparent is true, else
// an opaque one, in the depth of the image's samples.
func (d *decoder) alphaUnless(transparent bool) uint16 {
	if transparent {
		return 0
	}
	if d.depth == 16 {
		return 0xffff
	}
	return 0xff
}

// putSamples writes samples into dst: big-endian 16-bit values at depth
// 16, bytes otherwise.
func (d *decoder) putSamples(dst []byte, samples ...uint16) {
	for j, v := range samples {
		if d.depth == 16 {
			dst[2*j], dst[2*j+1] = uint8(v>>8), uint8(v)
		} else {
			dst[j] = uint8(v)
		}
	}
}
