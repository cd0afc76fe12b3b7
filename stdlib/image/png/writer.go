package png

import (
	"bufio"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"io"
	"strconv"
)

// Encoder configures encoding PNG images.
type Encoder struct {
	CompressionLevel CompressionLevel

	// BufferPool optionally specifies a buffer pool to get temporary
	// EncoderBuffers when encoding an image.
	BufferPool EncoderBufferPool
}

// EncoderBufferPool is an interface for getting and returning temporary
// instances of the EncoderBuffer struct. This can be used to reuse buffers
// when encoding multiple images.
type EncoderBufferPool interface {
	Get() *EncoderBuffer
	Put(*EncoderBuffer)
}

// EncoderBuffer holds the buffers used for encoding PNG images.
type EncoderBuffer encoder

// CompressionLevel indicates the compression level.
type CompressionLevel int

const (
	DefaultCompression CompressionLevel = 0
	NoCompression      CompressionLevel = -1
	BestSpeed          CompressionLevel = -2
	BestCompression    CompressionLevel = -3
)

// encoder holds what one Encode needs; its buffers are reused when it
// comes from a BufferPool.
type encoder struct {
	enc       *Encoder
	w         io.Writer
	m         image.Image
	err       error
	colorType uint8
	depth     int
	palette   color.Palette

	// cr holds the current row filtered each of the five ways (the byte
	// before each is its filter type), pr the previous unfiltered row.
	cr      [nFilter][]uint8
	pr      []uint8
	zw      *zlib.Writer
	zwLevel int
	bw      *bufio.Writer
}

// Encode writes the Image m to w in PNG format. Any Image may be
// encoded, but images that are not image.NRGBA might be encoded lossily.
func Encode(w io.Writer, m image.Image) error {
	var e Encoder
	return e.Encode(w, m)
}

// Encode writes the Image m to w in PNG format.
func (enc *Encoder) Encode(w io.Writer, m image.Image) error {
	// The spec says a dimension is positive and below 1<<31.
	mw, mh := int64(m.Bounds().Dx()), int64(m.Bounds().Dy())
	if mw <= 0 || mh <= 0 || mw >= 1<<32 || mh >= 1<<32 {
		return FormatError("invalid image size: " + strconv.FormatInt(mw, 10) + "x" + strconv.FormatInt(mh, 10))
	}
	var e *encoder
	if enc.BufferPool != nil {
		e = (*encoder)(enc.BufferPool.Get())
	}
	if e == nil {
		e = new(encoder)
	}
	if enc.BufferPool != nil {
		defer enc.BufferPool.Put((*EncoderBuffer)(e))
	}
	e.enc, e.w, e.m, e.err = enc, w, m, nil
	e.chooseFormat()
	_, e.err = io.WriteString(w, pngHeader)
	e.writeIHDR()
	if e.palette != nil {
		e.writePLTEAndTRNS()
	}
	e.writeIDATs()
	e.writeChunk(nil, "IEND")
	return e.err
}

// chooseFormat picks the color type and bit depth that hold m's pixels:
// a palette of the fewest bits for paletted images, gray for gray ones,
// 8-bit truecolor for 8-bit color models, else 16-bit; with alpha only
// when some pixel is not opaque.
func (e *encoder) chooseFormat() {
	e.palette = nil
	if _, ok := e.m.(image.PalettedImage); ok {
		e.palette, _ = e.m.ColorModel().(color.Palette)
	}
	if e.palette != nil {
		e.colorType, e.depth = ctPaletted, 8
		for _, depth := range []int{1, 2, 4} {
			if len(e.palette) <= 1<<depth {
				e.depth = depth
				break
			}
		}
		return
	}
	switch e.m.ColorModel() {
	case color.GrayModel:
		e.colorType, e.depth = ctGrayscale, 8
		return
	case color.Gray16Model:
		e.colorType, e.depth = ctGrayscale, 16
		return
	case color.RGBAModel, color.NRGBAModel, color.AlphaModel:
		e.depth = 8
	default:
		e.depth = 16
	}
	e.colorType = ctTrueColorAlpha
	if opaque(e.m) {
		e.colorType = ctTrueColor
	}
}

type opaquer interface {
	Opaque() bool
}

// opaque reports whether every pixel of m is fully opaque.
func opaque(m image.Image) bool {
	if o, ok := m.(opaquer); ok {
		return o.Opaque()
	}
	b := m.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if _, _, _, a := m.At(x, y).RGBA(); a != 0xffff {
				return false
			}
		}
	}
	return true
}

// writeChunk writes one chunk: length, name, data and the CRC of the
// name and data.
func (e *encoder) writeChunk(b []byte, name string) {
	if e.err != nil {
		return
	}
	n := uint32(len(b))
	if int(n) != len(b) {
		e.err = UnsupportedError(name + " chunk is too large: " + strconv.Itoa(len(b)))
		return
	}
	var header [8]byte
	binary.BigEndian.PutUint32(header[:4], n)
	copy(header[4:], name)
	crc := crc32.NewIEEE()
	crc.Write(header[4:8])
	crc.Write(b)
	var footer [4]byte
	binary.BigEndian.PutUint32(footer[:], crc.Sum32())
	for _, part := range [][]byte{header[:], b, footer[:]} {
		if _, e.err = e.w.Write(part); e.err != nil {
			return
		}
	}
}

func (e *encoder) writeIHDR() {
	var b [13]byte
	bounds := e.m.Bounds()
	binary.BigEndian.PutUint32(b[0:4], uint32(bounds.Dx()))
	binary.BigEndian.PutUint32(b[4:8], uint32(bounds.Dy()))
	b[8], b[9] = uint8(e.depth), e.colorType
	// b[10:13]: deflate compression, adaptive filtering, no interlace.
	e.writeChunk(b[:], "IHDR")
}

// writePLTEAndTRNS writes the palette and, if some entry is not opaque,
// the alphas up to the last such entry.
func (e *encoder) writePLTEAndTRNS() {
	p := e.palette
	if len(p) < 1 || len(p) > 256 {
		e.err = FormatError("bad palette length: " + strconv.Itoa(len(p)))
		return
	}
	rgb := make([]byte, 0, 3*len(p))
	alpha := make([]byte, 0, len(p))
	last := -1
	for i, c := range p {
		c1 := color.NRGBAModel.Convert(c).(color.NRGBA)
		rgb = append(rgb, c1.R, c1.G, c1.B)
		alpha = append(alpha, c1.A)
		if c1.A != 0xff {
			last = i
		}
	}
	e.writeChunk(rgb, "PLTE")
	if last != -1 {
		e.writeChunk(alpha[:last+1], "tRNS")
	}
}

// Write makes the encoder the io.Writer of the zlib data: each write
// becomes an IDAT chunk (a bufio.Writer makes them large).
func (e *encoder) Write(b []byte) (int, error) {
	e.writeChunk(b, "IDAT")
	if e.err != nil {
		return 0, e.err
	}
	return len(b), nil
}

func (e *encoder) writeIDATs() {
	if e.err != nil {
		return
	}
	if e.bw == nil {
		e.bw = bufio.NewWriterSize(e, 1<<15)
	} else {
		e.bw.Reset(e)
	}
	if e.err = e.writeImage(e.bw, levelToZlib(e.enc.CompressionLevel)); e.err != nil {
		return
	}
	e.err = e.bw.Flush()
}

func levelToZlib(l CompressionLevel) int {
	switch l {
	case NoCompression:
		return zlib.NoCompression
	case BestSpeed:
		return zlib.BestSpeed
	case BestCompression:
		return zlib.BestCompression
	}
	return zlib.DefaultCompression
}

// writeImage writes the rows of e.m, each filtered, as a zlib stream.
func (e *encoder) writeImage(w io.Writer, level int) error {
	if e.zw == nil || e.zwLevel != level {
		zw, err := zlib.NewWriterLevel(w, level)
		if err != nil {
			return err
		}
		e.zw, e.zwLevel = zw, level
	} else {
		e.zw.Reset(w)
	}
	defer e.zw.Close()

	bitsPerPixel := e.depth * channels[e.colorType]
	bytesPerPixel := (bitsPerPixel + 7) / 8
	b := e.m.Bounds()
	size := 1 + (bitsPerPixel*b.Dx()+7)/8
	for i := range e.cr {
		e.cr[i] = resize(e.cr[i], size)
		e.cr[i][0] = uint8(i)
	}
	e.pr = resize(e.pr, size)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		e.fillRow(e.cr[ftNone][1:], y)
		// Filters rarely make palette indexes more compressible, and
		// there is no point in filtering what is not compressed.
		f := ftNone
		if level != zlib.NoCompression && e.colorType != ctPaletted {
			f = filter(&e.cr, e.pr, bytesPerPixel)
		}
		if _, err := e.zw.Write(e.cr[f]); err != nil {
			return err
		}
		e.pr, e.cr[ftNone] = e.cr[ftNone], e.pr
		e.cr[ftNone][0] = ftNone
	}
	return nil
}

// resize returns a zeroed slice of n bytes, reusing b's memory if it can.
func resize(b []byte, n int) []byte {
	if cap(b) < n {
		return make([]byte, n)
	}
	b = b[:n]
	for i := range b {
		b[i] = 0
	}
	return b
}

// fillRow writes line y of e.m into row in the chosen format.
func (e *encoder) fillRow(row []byte, y int) {
	b := e.m.Bounds()
	if e.colorType == ctPaletted {
		e.fillIndexes(row, y)
		return
	}
	i := 0
	for x := b.Min.X; x < b.Max.X; x++ {
		for _, v := range e.samples(e.m.At(x, y)) {
			if e.depth == 16 {
				row[i], row[i+1] = uint8(v>>8), uint8(v)
				i += 2
			} else {
				row[i] = uint8(v)
				i++
			}
		}
	}
}

// fillIndexes packs the palette indexes of line y, depth bits each, from
// the high bits of each byte down.
func (e *encoder) fillIndexes(row []byte, y int) {
	pi := e.m.(image.PalettedImage)
	b := e.m.Bounds()
	for i := range row {
		row[i] = 0
	}
	for x := b.Min.X; x < b.Max.X; x++ {
		bit := (x - b.Min.X) * e.depth
		row[bit/8] |= pi.ColorIndexAt(x, y) << (8 - e.depth - bit%8)
	}
}

// samples returns the samples of color c in the chosen color type and
// depth (8-bit samples in the low byte).
func (e *encoder) samples(c color.Color) []uint16 {
	switch {
	case e.colorType == ctGrayscale && e.depth == 8:
		return []uint16{uint16(color.GrayModel.Convert(c).(color.Gray).Y)}
	case e.colorType == ctGrayscale:
		return []uint16{color.Gray16Model.Convert(c).(color.Gray16).Y}
	case e.colorType == ctTrueColor:
		r, g, b, _ := c.RGBA()
		shift := 16 - e.depth
		return []uint16{uint16(r >> shift), uint16(g >> shift), uint16(b >> shift)}
	case e.depth == 8:
		n := color.NRGBAModel.Convert(c).(color.NRGBA)
		return []uint16{uint16(n.R), uint16(n.G), uint16(n.B), uint16(n.A)}
	}
	n := color.NRGBA64Model.Convert(c).(color.NRGBA64)
	return []uint16{n.R, n.G, n.B, n.A}
}

// filterOrder is the order in which Go's encoder tries the filters; of two
// with the same sum the first wins, so the order decides the output bytes.
var filterOrder = [nFilter]int{ftUp, ftPaeth, ftNone, ftSub, ftAverage}

// filter fills cr[1:] with cr[0]'s row under the four other filters and
// returns the filter whose output has the smallest sum of absolute values
// (as signed bytes): the spec's suggested heuristic.
func filter(cr *[nFilter][]byte, pr []byte, bpp int) int {
	cdat, pdat := cr[ftNone][1:], pr[1:]
	best, bestSum := -1, 0
	for _, f := range filterOrder {
		out := cr[f][1:]
		if f != ftNone {
			for i := range cdat {
				var left, upLeft uint8
				if i >= bpp {
					left, upLeft = cdat[i-bpp], pdat[i-bpp]
				}
				out[i] = cdat[i] - predict(f, left, pdat[i], upLeft)
			}
		}
		if sum := sumAbs(out); best < 0 || sum < bestSum {
			best, bestSum = f, sum
		}
	}
	return best
}

// predict is what filter f predicts a byte to be from its left, up and
// upper-left neighbors.
func predict(f int, a, b, c uint8) uint8 {
	switch f {
	case ftSub:
		return a
	case ftUp:
		return b
	case ftAverage:
		return uint8((int(a) + int(b)) / 2)
	}
	return paeth(a, b, c)
}

// sumAbs adds up bytes read as signed values' magnitudes.
func sumAbs(b []byte) int {
	sum := 0
	for _, x := range b {
		sum += abs(int(int8(x)))
	}
	return sum
}
