package gif

import (
	"bufio"
	"bytes"
	"compress/lzw"
	"errors"
	"image"
	"image/color"
	"image/color/palette"
	"image/draw"
	"io"
)

// Graphic control extension fields.
const (
	gcLabel     = 0xF9
	gcBlockSize = 0x04
)

// log2Lookup lists the sizes a color table may have: 2<<n for the size
// field n.
var log2Lookup = [8]int{2, 4, 8, 16, 32, 64, 128, 256}

// log2 returns the size field of the smallest table holding x colors,
// or -1 past 256.
func log2(x int) int {
	for i, v := range log2Lookup {
		if x <= v {
			return i
		}
	}
	return -1
}

func writeUint16(b []uint8, u uint16) {
	b[0] = uint8(u)
	b[1] = uint8(u >> 8)
}

// writer is a buffered io.Writer that can write single bytes.
type writer interface {
	Flush() error
	io.Writer
	io.ByteWriter
}

// encoder holds what EncodeAll needs; its first error is sticky.
type encoder struct {
	w   writer
	err error
	g   GIF

	// The encoded global color table (its first globalCT bytes) and the
	// current frame's local one, compared to leave out a local table that
	// repeats the global one.
	globalCT         int
	globalColorTable [3 * 256]byte
	localColorTable  [3 * 256]byte
	buf              [16]byte

	// block gathers the next data sub-block (see blockWriter).
	block    [255]byte
	blockLen int
}

func (e *encoder) write(p []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(p)
	}
}

func (e *encoder) writeByte(b byte) {
	if e.err == nil {
		e.err = e.w.WriteByte(b)
	}
}

func (e *encoder) flush() {
	if e.err == nil {
		e.err = e.w.Flush()
	}
}

// blockWriter cuts the LZW data of an image into sub-blocks of up to 255
// bytes, each after its length byte; it gathers them in its encoder's
// block.
type blockWriter struct {
	e *encoder
}

func (b blockWriter) WriteByte(c byte) error {
	e := b.e
	if e.err != nil {
		return e.err
	}
	e.block[e.blockLen] = c
	e.blockLen++
	if e.blockLen == len(e.block) {
		b.writeBlock()
	}
	return e.err
}

func (b blockWriter) Write(data []byte) (int, error) {
	for i, c := range data {
		if err := b.WriteByte(c); err != nil {
			return i, err
		}
	}
	return len(data), nil
}

// Flush is for the LZW writer, which flushes what it writes to: the
// sub-blocks are written when full, and by close.
func (b blockWriter) Flush() error {
	return b.e.err
}

// writeBlock writes the bytes gathered as one sub-block.
func (b blockWriter) writeBlock() {
	e := b.e
	e.writeByte(uint8(e.blockLen))
	e.write(e.block[:e.blockLen])
	e.blockLen = 0
}

// close writes the last sub-block and the empty one that ends them.
func (b blockWriter) close() {
	if b.e.blockLen > 0 {
		b.writeBlock()
	}
	b.e.writeByte(0)
	b.e.flush()
}

// writeHeader writes the signature, the logical screen descriptor, the
// global color table and, for animations, Netscape's loop count.
func (e *encoder) writeHeader() {
	if e.err != nil {
		return
	}
	e.write([]byte("GIF89a"))
	writeUint16(e.buf[0:2], uint16(e.g.Config.Width))
	writeUint16(e.buf[2:4], uint16(e.g.Config.Height))
	e.write(e.buf[:4])
	if p, ok := e.g.Config.ColorModel.(color.Palette); ok && len(p) > 0 {
		paddedSize := log2(len(p))
		e.buf[0] = fColorTable | uint8(paddedSize)
		e.buf[1] = e.g.BackgroundIndex
		e.buf[2] = 0x00 // pixel aspect ratio
		e.write(e.buf[:3])
		var err error
		e.globalCT, err = encodeColorTable(e.globalColorTable[:], p, paddedSize)
		if err != nil && e.err == nil {
			e.err = err
			return
		}
		e.write(e.globalColorTable[:e.globalCT])
	} else {
		// No global color table, background index 0, no aspect ratio.
		e.write([]byte{0, 0, 0})
	}
	if len(e.g.Image) > 1 && e.g.LoopCount >= 0 {
		e.write([]byte{sExtension, eApplication, 0x0b})
		e.write([]byte("NETSCAPE2.0"))
		e.buf[0], e.buf[1] = 3, 1 // sub-block size, loop sub-block id
		writeUint16(e.buf[2:4], uint16(e.g.LoopCount))
		e.buf[4] = 0 // block terminator
		e.write(e.buf[:5])
	}
}

// encodeColorTable writes the RGB of each color of p into dst, padded
// with black to 2<<size colors, and returns the number of bytes.
func encodeColorTable(dst []byte, p color.Palette, size int) (int, error) {
	if uint(size) >= uint(len(log2Lookup)) {
		return 0, errors.New("gif: cannot encode color table with more than 256 entries")
	}
	for i, c := range p {
		if c == nil {
			return 0, errors.New("gif: cannot encode color table with nil entries")
		}
		r, g, b := rgb(c)
		dst[3*i], dst[3*i+1], dst[3*i+2] = r, g, b
	}
	n := 3 * log2Lookup[size]
	for i := 3 * len(p); i < n; i++ {
		dst[i] = 0
	}
	return n, nil
}

// rgb returns the 8-bit red, green and blue of c (color.RGBA's own bytes,
// so that transparent entries keep theirs).
func rgb(c color.Color) (r, g, b uint8) {
	if rgba, ok := c.(color.RGBA); ok {
		return rgba.R, rgba.G, rgba.B
	}
	rr, gg, bb, _ := c.RGBA()
	return uint8(rr >> 8), uint8(gg >> 8), uint8(bb >> 8)
}

// colorTablesMatch reports whether the encoded local color table of
// localLen colors equals the start of the global one, but for the entry
// transparentIndex (if not -1), which the decoder makes transparent anyway.
func (e *encoder) colorTablesMatch(localLen, transparentIndex int) bool {
	localSize := 3 * localLen
	if transparentIndex >= 0 {
		trOff := 3 * transparentIndex
		return bytes.Equal(e.globalColorTable[:trOff], e.localColorTable[:trOff]) &&
			bytes.Equal(e.globalColorTable[trOff+3:localSize], e.localColorTable[trOff+3:localSize])
	}
	return bytes.Equal(e.globalColorTable[:localSize], e.localColorTable[:localSize])
}

// checkFrame reports why pm cannot be a frame of the GIF, if it cannot.
func (e *encoder) checkFrame(pm *image.Paletted) error {
	if len(pm.Palette) == 0 {
		return errors.New("gif: cannot encode image block with empty palette")
	}
	b := pm.Bounds()
	if b.Min.X < 0 || b.Max.X >= 1<<16 || b.Min.Y < 0 || b.Max.Y >= 1<<16 {
		return errors.New("gif: image block is too large to encode")
	}
	if !b.In(image.Rectangle{Max: image.Point{e.g.Config.Width, e.g.Config.Height}}) {
		return errors.New("gif: image block is out of bounds")
	}
	for _, c := range pm.Palette {
		if c == nil {
			return errors.New("gif: cannot encode color table with nil entries")
		}
	}
	return nil
}

// transparentIndex returns the index of the first fully transparent
// palette color, or -1.
func transparentIndex(p color.Palette) int {
	for i, c := range p {
		if _, _, _, a := c.RGBA(); a == 0 {
			return i
		}
	}
	return -1
}

func (e *encoder) writeImageBlock(pm *image.Paletted, delay int, disposal byte) {
	if e.err != nil {
		return
	}
	if e.err = e.checkFrame(pm); e.err != nil {
		return
	}
	trIndex := transparentIndex(pm.Palette)
	if delay > 0 || disposal != 0 || trIndex != -1 {
		e.writeGraphicControl(delay, disposal, trIndex)
	}
	b := pm.Bounds()
	e.buf[0] = sImageDescriptor
	writeUint16(e.buf[1:3], uint16(b.Min.X))
	writeUint16(e.buf[3:5], uint16(b.Min.Y))
	writeUint16(e.buf[5:7], uint16(b.Dx()))
	writeUint16(e.buf[7:9], uint16(b.Dy()))
	e.write(e.buf[:9])
	paddedSize := log2(len(pm.Palette))
	e.writeLocalColorTable(pm.Palette, paddedSize, trIndex)
	litWidth := paddedSize + 1
	if litWidth < 2 {
		litWidth = 2
	}
	e.writeByte(uint8(litWidth)) // LZW minimum code size
	e.writePixels(pm, litWidth)
}

func (e *encoder) writeGraphicControl(delay int, disposal byte, trIndex int) {
	e.buf[0], e.buf[1], e.buf[2] = sExtension, gcLabel, gcBlockSize
	e.buf[3] = disposal << 2
	e.buf[6] = 0
	if trIndex != -1 {
		e.buf[3] |= gcTransparentColorSet
		e.buf[6] = uint8(trIndex)
	}
	writeUint16(e.buf[4:6], uint16(delay)) // in 100ths of a second
	e.buf[7] = 0                           // block terminator
	e.write(e.buf[:8])
}

// writeLocalColorTable writes the frame's fields byte and its color table,
// unless the global table serves: when the frame uses the global palette
// itself, or a palette that encodes the same.
func (e *encoder) writeLocalColorTable(p color.Palette, paddedSize, trIndex int) {
	if gp, ok := e.g.Config.ColorModel.(color.Palette); ok && len(p) <= len(gp) && &gp[0] == &p[0] {
		e.writeByte(0)
		return
	}
	ct, err := encodeColorTable(e.localColorTable[:], p, paddedSize)
	if err != nil {
		if e.err == nil {
			e.err = err
		}
		return
	}
	if ct <= e.globalCT && e.colorTablesMatch(len(p), trIndex) {
		e.writeByte(0)
		return
	}
	e.writeByte(fColorTable | uint8(paddedSize))
	e.write(e.localColorTable[:ct])
}

// writePixels writes the frame's indexes, row by row, LZW-compressed in
// sub-blocks.
func (e *encoder) writePixels(pm *image.Paletted, litWidth int) {
	e.blockLen = 0
	bw := blockWriter{e: e}
	lzww := lzw.NewWriter(bw, lzw.LSB, litWidth)
	b := pm.Bounds()
	for i, y := 0, b.Min.Y; y < b.Max.Y; i, y = i+pm.Stride, y+1 {
		if _, e.err = lzww.Write(pm.Pix[i : i+b.Dx()]); e.err != nil {
			lzww.Close()
			return
		}
	}
	lzww.Close()
	bw.close()
}

// Options are the encoding parameters.
type Options struct {
	// NumColors is the maximum number of colors used in the image.
	// It ranges from 1 to 256.
	NumColors int

	// Quantizer is used to produce a palette with size NumColors.
	// palette.Plan9 is used in place of a nil Quantizer.
	Quantizer draw.Quantizer

	// Drawer is used to convert the source image to the desired palette.
	// draw.FloydSteinberg is used in place of a nil Drawer.
	Drawer draw.Drawer
}

// EncodeAll writes the images in g to w in GIF format with the
// given loop count and delay between frames.
func EncodeAll(w io.Writer, g *GIF) error {
	if len(g.Image) == 0 {
		return errors.New("gif: must provide at least one image")
	}
	if len(g.Image) != len(g.Delay) {
		return errors.New("gif: mismatched image and delay lengths")
	}
	if g.Disposal != nil && len(g.Image) != len(g.Disposal) {
		return errors.New("gif: mismatched image and disposal lengths")
	}
	e := encoder{g: *g}
	if e.g.Config == (image.Config{}) {
		// The screen is as large as the first frame reaches.
		p := g.Image[0].Bounds().Max
		e.g.Config.Width, e.g.Config.Height = p.X, p.Y
	} else if e.g.Config.ColorModel != nil {
		if _, ok := e.g.Config.ColorModel.(color.Palette); !ok {
			return errors.New("gif: GIF color model must be a color.Palette")
		}
	}
	if ww, ok := w.(writer); ok {
		e.w = ww
	} else {
		e.w = bufio.NewWriter(w)
	}
	e.writeHeader()
	for i, pm := range g.Image {
		disposal := uint8(0)
		if g.Disposal != nil {
			disposal = g.Disposal[i]
		}
		e.writeImageBlock(pm, g.Delay[i], disposal)
	}
	e.writeByte(sTrailer)
	e.flush()
	return e.err
}

// Encode writes the Image m to w in GIF format.
func Encode(w io.Writer, m image.Image, o *Options) error {
	b := m.Bounds()
	if b.Dx() >= 1<<16 || b.Dy() >= 1<<16 {
		return errors.New("gif: image is too large to encode")
	}
	opts := Options{}
	if o != nil {
		opts = *o
	}
	if opts.NumColors < 1 || 256 < opts.NumColors {
		opts.NumColors = 256
	}
	if opts.Drawer == nil {
		opts.Drawer = draw.FloydSteinberg
	}
	pm := toPaletted(m, opts)
	if pm.Rect.Min != (image.Point{}) {
		// The frame is the whole GIF: move it to the origin.
		dup := *pm
		dup.Rect = dup.Rect.Sub(dup.Rect.Min)
		pm = &dup
	}
	return EncodeAll(w, &GIF{
		Image:  []*image.Paletted{pm},
		Delay:  []int{0},
		Config: image.Config{ColorModel: pm.Palette, Width: b.Dx(), Height: b.Dy()},
	})
}

// toPaletted returns m as a paletted image of at most opts.NumColors
// colors: m itself, m's pixels in its own palette, or m drawn onto the
// quantizer's palette (palette.Plan9's first colors without one).
func toPaletted(m image.Image, opts Options) *image.Paletted {
	b := m.Bounds()
	pm, _ := m.(*image.Paletted)
	if cp, ok := m.ColorModel().(color.Palette); pm == nil && ok {
		pm = image.NewPaletted(b, cp)
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				pm.Set(x, y, cp.Convert(m.At(x, y)))
			}
		}
	}
	if pm != nil && len(pm.Palette) <= opts.NumColors {
		return pm
	}
	pm = image.NewPaletted(b, palette.Plan9[:opts.NumColors])
	if opts.Quantizer != nil {
		pm.Palette = opts.Quantizer.Quantize(make(color.Palette, 0, opts.NumColors), m)
	}
	opts.Drawer.Draw(pm, b, m, b.Min)
	return pm
}
