package jpeg

// This file implements the encoder: baseline JPEG (ITU T.81 Annex F.1), as
// grayscale or as YCbCr with 4:2:0 chroma subsampling, with the example
// quantization and Huffman tables of Annex K scaled to the quality asked.

import (
	"bufio"
	"errors"
	"image"
	"image/color"
	"io"
	"math/bits"
)

// DefaultQuality is the default quality encoding parameter.
const DefaultQuality = 75

// Options are the encoding parameters.
// Quality ranges from 1 to 100 inclusive, higher is better.
type Options struct {
	Quality int
}

type quantIndex int

const (
	quantIndexLuminance quantIndex = iota
	quantIndexChrominance
	nQuantIndex
)

// unscaledQuant are the quantization tables of Annex K.1 (quality 50), in
// zig-zag order, as a DQT segment lists them; init fills them in from
// quantInNaturalOrder.
var unscaledQuant [nQuantIndex][blockSize]byte

// quantInNaturalOrder are Tables K.1 and K.2, row by row as printed.
var quantInNaturalOrder = [nQuantIndex][blockSize]byte{
	quantIndexLuminance: {
		16, 11, 10, 16, 24, 40, 51, 61,
		12, 12, 14, 19, 26, 58, 60, 55,
		14, 13, 16, 24, 40, 57, 69, 56,
		14, 17, 22, 29, 51, 87, 80, 62,
		18, 22, 37, 56, 68, 109, 103, 77,
		24, 35, 55, 64, 81, 104, 113, 92,
		49, 64, 78, 87, 103, 121, 120, 101,
		72, 92, 95, 98, 112, 100, 103, 99,
	},
	quantIndexChrominance: {
		17, 18, 24, 47, 99, 99, 99, 99,
		18, 21, 26, 66, 99, 99, 99, 99,
		24, 26, 56, 99, 99, 99, 99, 99,
		47, 66, 99, 99, 99, 99, 99, 99,
		99, 99, 99, 99, 99, 99, 99, 99,
		99, 99, 99, 99, 99, 99, 99, 99,
		99, 99, 99, 99, 99, 99, 99, 99,
		99, 99, 99, 99, 99, 99, 99, 99,
	},
}

func init() {
	for q := range unscaledQuant {
		for zig := range unscaledQuant[q] {
			unscaledQuant[q][zig] = quantInNaturalOrder[q][unzig[zig]]
		}
	}
}

type huffIndex int

// The encoder's Huffman tables; luminance ones first, each DC then AC, so
// a block's tables are 2*quantIndex and 2*quantIndex+1.
const (
	huffIndexLuminanceDC huffIndex = iota
	huffIndexLuminanceAC
	huffIndexChrominanceDC
	huffIndexChrominanceAC
	nHuffIndex
)

// A huffmanSpec is a Huffman table as a DHT segment holds it: how many
// codes there are of each length 1 to 16, then the values they code.
type huffmanSpec struct {
	count [16]byte
	value []byte
}

// theHuffmanSpec are Tables K.3 to K.6: typical tables for 8-bit images.
var theHuffmanSpec = [nHuffIndex]huffmanSpec{
	huffIndexLuminanceDC: {
		[16]byte{0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0},
		[]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11},
	},
	huffIndexLuminanceAC: {
		[16]byte{0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 125},
		[]byte{
			0x01, 0x02, 0x03, 0x00, 0x04, 0x11, 0x05, 0x12, 0x21, 0x31, 0x41, 0x06, 0x13, 0x51, 0x61, 0x07,
			0x22, 0x71, 0x14, 0x32, 0x81, 0x91, 0xa1, 0x08, 0x23, 0x42, 0xb1, 0xc1, 0x15, 0x52, 0xd1, 0xf0,
			0x24, 0x33, 0x62, 0x72, 0x82, 0x09, 0x0a, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x25, 0x26, 0x27, 0x28,
			0x29, 0x2a, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49,
			0x4a, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5a, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69,
			0x6a, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89,
			0x8a, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7,
			0xa8, 0xa9, 0xaa, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xc2, 0xc3, 0xc4, 0xc5,
			0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9, 0xda, 0xe1, 0xe2,
			0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8,
			0xf9, 0xfa,
		},
	},
	huffIndexChrominanceDC: {
		[16]byte{0, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0},
		[]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11},
	},
	huffIndexChrominanceAC: {
		[16]byte{0, 2, 1, 2, 4, 4, 3, 4, 7, 5, 4, 4, 0, 1, 2, 119},
		[]byte{
			0x00, 0x01, 0x02, 0x03, 0x11, 0x04, 0x05, 0x21, 0x31, 0x06, 0x12, 0x41, 0x51, 0x07, 0x61, 0x71,
			0x13, 0x22, 0x32, 0x81, 0x08, 0x14, 0x42, 0x91, 0xa1, 0xb1, 0xc1, 0x09, 0x23, 0x33, 0x52, 0xf0,
			0x15, 0x62, 0x72, 0xd1, 0x0a, 0x16, 0x24, 0x34, 0xe1, 0x25, 0xf1, 0x17, 0x18, 0x19, 0x1a, 0x26,
			0x27, 0x28, 0x29, 0x2a, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48,
			0x49, 0x4a, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5a, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68,
			0x69, 0x6a, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87,
			0x88, 0x89, 0x8a, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0xa2, 0xa3, 0xa4, 0xa5,
			0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xc2, 0xc3,
			0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9, 0xda,
			0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8,
			0xf9, 0xfa,
		},
	},
}

// theHuffmanLUT maps each table's values to their codes, as length<<24 | code.
var theHuffmanLUT [nHuffIndex][256]uint32

func init() {
	for i, s := range theHuffmanSpec {
		theHuffmanLUT[i] = s.codes()
	}
}

// codes assigns the canonical codes (C.2): each length's codes follow the
// shorter ones', counting up, shifted left one bit per length.
func (s huffmanSpec) codes() [256]uint32 {
	var lut [256]uint32
	code, k := uint32(0), 0
	for i, count := range s.count {
		length := uint32(i + 1)
		for j := 0; j < int(count); j++ {
			lut[s.value[k]] = length<<24 | code
			code++
			k++
		}
		code <<= 1
	}
	return lut
}

// writer is a buffered writer.
type writer interface {
	Flush() error
	io.Writer
	io.ByteWriter
}

// An encoder writes one image. The first write error sticks: later writes
// do nothing, and Encode returns it.
type encoder struct {
	w   writer
	err error
	buf [16]byte
	// The entropy coder's pending bits: the nBits low bits of bits.
	bits, nBits uint32
	// The quantization tables, scaled to the quality, in zig-zag order.
	quant [nQuantIndex][blockSize]byte
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

// emit appends the nBits low bits of bits to the scan data, writing each
// whole byte, and escaping 0xff bytes as 0xff 0x00.
func (e *encoder) emit(bits, nBits uint32) {
	e.bits = e.bits<<nBits | bits&(1<<nBits-1)
	e.nBits += nBits
	for e.nBits >= 8 {
		e.nBits -= 8
		b := uint8(e.bits >> e.nBits)
		e.writeByte(b)
		if b == 0xff {
			e.writeByte(0x00)
		}
	}
}

// emitHuff emits the code of value in table h.
func (e *encoder) emitHuff(h huffIndex, value int32) {
	x := theHuffmanLUT[h][value]
	e.emit(x&(1<<24-1), x>>24)
}

// emitHuffRLE emits a coefficient after runLength zero ones (F.1.2): the
// code of (run, size in bits), then the value in size bits, a negative one
// as its one's complement (so -3 in 2 bits is 0b00).
func (e *encoder) emitHuffRLE(h huffIndex, runLength, value int32) {
	magnitude, extra := value, value
	if value < 0 {
		magnitude, extra = -value, value-1
	}
	size := uint32(bits.Len32(uint32(magnitude)))
	e.emitHuff(h, runLength<<4|int32(size))
	if size > 0 {
		e.emit(uint32(extra), size)
	}
}

// writeMarkerHeader writes a marker and the length of its segment.
func (e *encoder) writeMarkerHeader(marker uint8, markerlen int) {
	e.buf[0] = 0xff
	e.buf[1] = marker
	e.buf[2] = uint8(markerlen >> 8)
	e.buf[3] = uint8(markerlen)
	e.write(e.buf[:4])
}

// writeDQT writes both quantization tables.
func (e *encoder) writeDQT() {
	e.writeMarkerHeader(dqtMarker, 2+int(nQuantIndex)*(1+blockSize))
	for i := range e.quant {
		e.writeByte(uint8(i)) // 8-bit entries, table i
		e.write(e.quant[i][:])
	}
}

// writeSOF0 writes the baseline frame header: 1 component, or 3 whose luma
// has 2x2 samples per chroma sample and the luminance quantizers.
func (e *encoder) writeSOF0(size image.Point, nComponent int) {
	e.writeMarkerHeader(sof0Marker, 8+3*nComponent)
	e.buf[0] = 8 // bits per sample
	e.buf[1] = uint8(size.Y >> 8)
	e.buf[2] = uint8(size.Y)
	e.buf[3] = uint8(size.X >> 8)
	e.buf[4] = uint8(size.X)
	e.buf[5] = uint8(nComponent)
	for i := 0; i < nComponent; i++ {
		e.buf[3*i+6] = uint8(i + 1) // component identifier
		e.buf[3*i+7] = 0x11         // sampling factors
		e.buf[3*i+8] = 0x01         // quantization table
		if i == 0 {
			e.buf[3*i+8] = 0x00
			if nComponent == 3 {
				e.buf[3*i+7] = 0x22
			}
		}
	}
	e.write(e.buf[:6+3*nComponent])
}

// writeDHT writes the Huffman tables the components use.
func (e *encoder) writeDHT(nComponent int) {
	specs := theHuffmanSpec[:]
	if nComponent == 1 {
		specs = specs[:huffIndexChrominanceDC]
	}
	markerlen := 2
	for _, s := range specs {
		markerlen += 1 + 16 + len(s.value)
	}
	e.writeMarkerHeader(dhtMarker, markerlen)
	for i, s := range specs {
		// The class (DC 0, AC 1) and the destination (the quantIndex).
		e.writeByte(uint8(i%2)<<4 | uint8(i/2))
		e.write(s.count[:])
		e.write(s.value)
	}
}

// div returns a/b rounded to the nearest integer, halves away from zero.
func div(a, b int32) int32 {
	if a >= 0 {
		return (a + (b >> 1)) / b
	}
	return -((-a + (b >> 1)) / b)
}

// writeBlock transforms, quantizes and codes block b with the tables of
// q, after the previous block of its component whose quantized DC was
// prevDC; it returns b's.
func (e *encoder) writeBlock(b *block, q quantIndex, prevDC int32) int32 {
	fdct(b)
	// fdct's coefficients are 8 times the DCT's.
	dc := div(b[0], 8*int32(e.quant[q][0]))
	e.emitHuffRLE(huffIndex(2*q), 0, dc-prevDC)
	h, runLength := huffIndex(2*q+1), int32(0)
	for zig := 1; zig < blockSize; zig++ {
		ac := div(b[unzig[zig]], 8*int32(e.quant[q][zig]))
		if ac == 0 {
			runLength++
			continue
		}
		for runLength > 15 {
			e.emitHuff(h, 0xf0) // ZRL: sixteen zeros
			runLength -= 16
		}
		e.emitHuffRLE(h, runLength, ac)
		runLength = 0
	}
	if runLength > 0 {
		e.emitHuff(h, 0x00) // EOB: zeros to the end of the block
	}
	return dc
}

// A ycbcrFunc returns the Y, Cb and Cr of an image's pixel (x, y).
type ycbcrFunc func(x, y int) (uint8, uint8, uint8)

// pixelYCbCr returns how to read m's pixels as Y, Cb and Cr: directly
// for the image types that allow it, through m.At for the others.
func pixelYCbCr(m image.Image) ycbcrFunc {
	switch m := m.(type) {
	case *image.RGBA:
		return func(x, y int) (uint8, uint8, uint8) {
			p := m.Pix[m.PixOffset(x, y):]
			return color.RGBToYCbCr(p[0], p[1], p[2])
		}
	case *image.YCbCr:
		return func(x, y int) (uint8, uint8, uint8) {
			c := m.COffset(x, y)
			return m.Y[m.YOffset(x, y)], m.Cb[c], m.Cr[c]
		}
	}
	return func(x, y int) (uint8, uint8, uint8) {
		r, g, b, _ := m.At(x, y).RGBA()
		return color.RGBToYCbCr(uint8(r>>8), uint8(g>>8), uint8(b>>8))
	}
}

// toYCbCr fills the blocks with the 8×8 pixels of m from p on. Pixels
// past the image's right or bottom edge repeat the edge's.
func toYCbCr(m image.Image, pixel ycbcrFunc, p image.Point, yBlock, cbBlock, crBlock *block) {
	b := m.Bounds()
	for j := 0; j < 8; j++ {
		y := min(p.Y+j, b.Max.Y-1)
		for i := 0; i < 8; i++ {
			yy, cb, cr := pixel(min(p.X+i, b.Max.X-1), y)
			yBlock[8*j+i], cbBlock[8*j+i], crBlock[8*j+i] = int32(yy), int32(cb), int32(cr)
		}
	}
}

// grayToY fills yBlock with the 8×8 pixels of m from p on, as toYCbCr does.
func grayToY(m *image.Gray, p image.Point, yBlock *block) {
	b := m.Bounds()
	for j := 0; j < 8; j++ {
		for i := 0; i < 8; i++ {
			yBlock[8*j+i] = int32(m.Pix[m.PixOffset(min(p.X+i, b.Max.X-1), min(p.Y+j, b.Max.Y-1))])
		}
	}
}

func min(x, y int) int {
	if x < y {
		return x
	}
	return y
}

// downsample averages each 2×2 square of 16×16 chroma samples, held in
// four blocks (top left, top right, bottom left, bottom right), into the
// 8×8 samples of dst, rounding halves up.
func downsample(dst *block, src *[4]block) {
	for y := 0; y < 8; y++ {
		for x := 0; x < 8; x++ {
			s := &src[y/4*2+x/4]
			i := 16*(y%4) + 2*(x%4)
			dst[8*y+x] = (s[i] + s[i+1] + s[i+8] + s[i+9] + 2) >> 2
		}
	}
}

// writeSOSHeader writes the scan header: every component in one scan,
// component i with Huffman tables i/2 (luma 0, chroma 1), the full band.
func (e *encoder) writeSOSHeader(nComponent int) {
	e.writeMarkerHeader(sosMarker, 6+2*nComponent)
	e.writeByte(uint8(nComponent))
	for i := 0; i < nComponent; i++ {
		table := uint8(0)
		if i > 0 {
			table = 0x11
		}
		e.writeByte(uint8(i + 1))
		e.writeByte(table)
	}
	e.write([]byte{0, blockSize - 1, 0}) // band 0 to 63, no successive approximation
}

// writeSOS writes the scan: a grayscale image block by block, any other
// as 16×16 MCUs of four luma blocks and one Cb and one Cr block.
func (e *encoder) writeSOS(m image.Image) {
	var (
		b                           block
		cb, cr                      [4]block
		prevDCY, prevDCCb, prevDCCr int32
	)
	bounds := m.Bounds()
	if gray, ok := m.(*image.Gray); ok {
		e.writeSOSHeader(1)
		for y := bounds.Min.Y; y < bounds.Max.Y; y += 8 {
			for x := bounds.Min.X; x < bounds.Max.X; x += 8 {
				grayToY(gray, image.Pt(x, y), &b)
				prevDCY = e.writeBlock(&b, quantIndexLuminance, prevDCY)
			}
		}
	} else {
		e.writeSOSHeader(3)
		pixel := pixelYCbCr(m)
		for y := bounds.Min.Y; y < bounds.Max.Y; y += 16 {
			for x := bounds.Min.X; x < bounds.Max.X; x += 16 {
				for i := 0; i < 4; i++ {
					p := image.Pt(x+8*(i%2), y+8*(i/2))
					toYCbCr(m, pixel, p, &b, &cb[i], &cr[i])
					prevDCY = e.writeBlock(&b, quantIndexLuminance, prevDCY)
				}
				downsample(&b, &cb)
				prevDCCb = e.writeBlock(&b, quantIndexChrominance, prevDCCb)
				downsample(&b, &cr)
				prevDCCr = e.writeBlock(&b, quantIndexChrominance, prevDCCr)
			}
		}
	}
	// Pad the last byte with 1 bits.
	e.emit(0x7f, 7)
}

// scaledQuant returns the quantization tables for quality: the Annex K
// tables scaled as the IJG's libjpeg does, by 5000/quality percent below
// 50 and 200-2*quality percent from 50 on, each entry clamped to 1..255.
func scaledQuant(quality int) (quant [nQuantIndex][blockSize]byte) {
	scale := 200 - quality*2
	if quality < 50 {
		scale = 5000 / quality
	}
	for i := range quant {
		for j := range quant[i] {
			x := (int(unscaledQuant[i][j])*scale + 50) / 100
			if x < 1 {
				x = 1
			} else if x > 255 {
				x = 255
			}
			quant[i][j] = uint8(x)
		}
	}
	return quant
}

// Encode writes the Image m to w in JPEG 4:2:0 baseline format with the given
// options. Default parameters are used if a nil *Options is passed.
func Encode(w io.Writer, m image.Image, o *Options) error {
	b := m.Bounds()
	if b.Dx() >= 1<<16 || b.Dy() >= 1<<16 {
		return errors.New("jpeg: image is too large to encode")
	}
	var e encoder
	if ww, ok := w.(writer); ok {
		e.w = ww
	} else {
		e.w = bufio.NewWriter(w)
	}
	quality := DefaultQuality
	if o != nil {
		quality = o.Quality
		if quality < 1 {
			quality = 1
		} else if quality > 100 {
			quality = 100
		}
	}
	e.quant = scaledQuant(quality)
	nComponent := 3
	if _, ok := m.(*image.Gray); ok {
		nComponent = 1
	}
	e.write([]byte{0xff, soiMarker})
	e.writeDQT()
	e.writeSOF0(b.Size(), nComponent)
	e.writeDHT(nComponent)
	e.writeSOS(m)
	e.write([]byte{0xff, eoiMarker})
	if e.err == nil {
		e.err = e.w.Flush()
	}
	return e.err
}
