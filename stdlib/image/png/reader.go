// Package png implements a PNG image decoder and encoder.
//
// The PNG specification is at https://www.w3.org/TR/PNG/.
package png

import (
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"hash"
	"hash/crc32"
	"image"
	"image/color"
	"io"
)

const pngHeader = "\x89PNG\r\n\x1a\n"

// Color types, as per the PNG spec.
const (
	ctGrayscale      = 0
	ctTrueColor      = 2
	ctPaletted       = 3
	ctGrayscaleAlpha = 4
	ctTrueColorAlpha = 6
)

// Filter types, as per the PNG spec.
const (
	ftNone    = 0
	ftSub     = 1
	ftUp      = 2
	ftAverage = 3
	ftPaeth   = 4
	nFilter   = 5
)

// The bit depths each color type allows.
var allowedDepths = map[uint8][]uint8{
	ctGrayscale:      {1, 2, 4, 8, 16},
	ctTrueColor:      {8, 16},
	ctPaletted:       {1, 2, 4, 8},
	ctGrayscaleAlpha: {8, 16},
	ctTrueColorAlpha: {8, 16},
}

// channels is the number of samples in a pixel of each color type.
var channels = map[uint8]int{
	ctGrayscale: 1, ctTrueColor: 3, ctPaletted: 1, ctGrayscaleAlpha: 2, ctTrueColorAlpha: 4,
}

// A pass is one of Adam7's seven reduced images: the pixels at
// (xOffset + i*xFactor, yOffset + j*yFactor).
type pass struct {
	xFactor, yFactor, xOffset, yOffset int
}

// adam7 is the interlacing of https://www.w3.org/TR/PNG/#8Interlace.
var adam7 = []pass{
	{8, 8, 0, 0}, {8, 8, 4, 0}, {4, 8, 0, 4}, {4, 4, 2, 0}, {2, 4, 0, 2}, {2, 2, 1, 0}, {1, 2, 0, 1},
}

// The decoding stages: IHDR, then PLTE and tRNS if present, the IDAT
// chunks (one after another) and IEND must come in this order.
const (
	dsStart = iota
	dsSeenIHDR
	dsSeenPLTE
	dsSeentRNS
	dsSeenIDAT
	dsSeenIEND
)

// A FormatError reports that the input is not a valid PNG.
type FormatError string

func (e FormatError) Error() string { return "png: invalid format: " + string(e) }

var chunkOrderError = FormatError("chunk out of order")

// An UnsupportedError reports that the input uses a valid but unimplemented PNG feature.
type UnsupportedError string

func (e UnsupportedError) Error() string { return "png: unsupported feature: " + string(e) }

type decoder struct {
	r     io.Reader
	crc   hash.Hash32
	stage int
	tmp   [3 * 256]byte
	img   image.Image

	// From IHDR.
	width, height int
	depth         int
	colorType     uint8
	nChannels     int // samples per pixel
	interlaced    bool

	palette color.Palette
	// transparent is the tRNS key of a grayscale or truecolor image:
	// pixels of exactly that color are transparent.
	useTransparent bool
	transparent    [3]uint16

	// idatLength is what is left of the current IDAT chunk.
	idatLength uint32
}

func (d *decoder) paletted() bool { return d.colorType == ctPaletted }

func (d *decoder) parseIHDR(length uint32) error {
	if length != 13 {
		return FormatError("bad IHDR length")
	}
	if _, err := io.ReadFull(d.r, d.tmp[:13]); err != nil {
		return err
	}
	d.crc.Write(d.tmp[:13])
	if d.tmp[10] != 0 {
		return UnsupportedError("compression method")
	}
	if d.tmp[11] != 0 {
		return UnsupportedError("filter method")
	}
	if d.tmp[12] > 1 {
		return FormatError("invalid interlace method")
	}
	d.interlaced = d.tmp[12] == 1
	w := int32(binary.BigEndian.Uint32(d.tmp[0:4]))
	h := int32(binary.BigEndian.Uint32(d.tmp[4:8]))
	if w <= 0 || h <= 0 {
		return FormatError("non-positive dimension")
	}
	// There can be up to 8 bytes per pixel, for 16 bits per channel RGBA.
	if n := int64(w) * int64(h); n != n*8/8 {
		return UnsupportedError("dimension overflow")
	}
	depth, colorType := d.tmp[8], d.tmp[9]
	if !depthAllowed(colorType, depth) {
		return UnsupportedError(fmt.Sprintf("bit depth %d, color type %d", depth, colorType))
	}
	d.width, d.height, d.depth, d.colorType = int(w), int(h), int(depth), colorType
	d.nChannels = channels[colorType]
	return d.verifyChecksum()
}

func depthAllowed(colorType, depth uint8) bool {
	for _, allowed := range allowedDepths[colorType] {
		if depth == allowed {
			return true
		}
	}
	return false
}

func (d *decoder) parsePLTE(length uint32) error {
	np := int(length / 3)
	if length%3 != 0 || np <= 0 || np > 256 || np > 1<<uint(d.depth) {
		return FormatError("bad PLTE length")
	}
	n, err := io.ReadFull(d.r, d.tmp[:3*np])
	if err != nil {
		return err
	}
	d.crc.Write(d.tmp[:n])
	switch d.colorType {
	case ctPaletted:
		// Indexes past the palette are an error by the spec, but some
		// files have them: they read as opaque black (as libpng does), so
		// the palette has room to grow to 256 such entries.
		d.palette = make(color.Palette, 256)
		for i := range d.palette {
			d.palette[i] = color.RGBA{0, 0, 0, 0xff}
			if i < np {
				d.palette[i] = color.RGBA{d.tmp[3*i], d.tmp[3*i+1], d.tmp[3*i+2], 0xff}
			}
		}
		d.palette = d.palette[:np]
	case ctTrueColor, ctTrueColorAlpha:
		// A suggested palette for truecolor images: ignorable.
	default:
		return FormatError("PLTE, color type mismatch")
	}
	return d.verifyChecksum()
}

func (d *decoder) parsetRNS(length uint32) error {
	switch d.colorType {
	case ctGrayscale, ctTrueColor:
		if int(length) != 2*d.nChannels {
			return FormatError("bad tRNS length")
		}
	case ctPaletted:
		if length > 256 {
			return FormatError("bad tRNS length")
		}
	default:
		return FormatError("tRNS, color type mismatch")
	}
	n, err := io.ReadFull(d.r, d.tmp[:length])
	if err != nil {
		return err
	}
	d.crc.Write(d.tmp[:n])
	if d.paletted() {
		d.setPaletteAlpha(d.tmp[:n])
	} else {
		d.useTransparent = true
		for i := 0; i < n/2; i++ {
			d.transparent[i] = d.transparentSample(d.tmp[2*i:])
		}
	}
	return d.verifyChecksum()
}

// transparentSample is a tRNS sample as the image's pixels hold it: 16
// bits at depth 16; otherwise the low byte, scaled as grays are.
func (d *decoder) transparentSample(b []byte) uint16 {
	if d.depth == 16 {
		return binary.BigEndian.Uint16(b)
	}
	return uint16(b[1] * d.grayScale())
}

// setPaletteAlpha gives the first len(alpha) palette entries their alpha.
func (d *decoder) setPaletteAlpha(alpha []byte) {
	if len(d.palette) < len(alpha) {
		d.palette = d.palette[:len(alpha)]
	}
	for i, a := range alpha {
		c := d.palette[i].(color.RGBA)
		d.palette[i] = color.NRGBA{c.R, c.G, c.B, a}
	}
}

// Read presents the IDAT chunks as one stream, the zlib data, checking
// each chunk's CRC as it ends.
func (d *decoder) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	for d.idatLength == 0 {
		if err := d.verifyChecksum(); err != nil {
			return 0, err
		}
		if _, err := io.ReadFull(d.r, d.tmp[:8]); err != nil {
			return 0, err
		}
		if string(d.tmp[4:8]) != "IDAT" {
			return 0, FormatError("not enough pixel data")
		}
		d.idatLength = binary.BigEndian.Uint32(d.tmp[:4])
		d.crc.Reset()
		d.crc.Write(d.tmp[4:8])
	}
	if int32(d.idatLength) < 0 {
		return 0, UnsupportedError("IDAT chunk length overflow")
	}
	if uint32(len(p)) > d.idatLength {
		p = p[:d.idatLength]
	}
	n, err := d.r.Read(p)
	d.crc.Write(p[:n])
	d.idatLength -= uint32(n)
	return n, err
}

// decode reads the pixels of every pass and checks that the zlib stream
// ends with them.
func (d *decoder) decode() (image.Image, error) {
	r, err := zlib.NewReader(d)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	d.img = d.newImage()
	passes := []pass{{1, 1, 0, 0}}
	if d.interlaced {
		passes = adam7
	}
	for _, p := range passes {
		if err := d.readPass(r, p); err != nil {
			return nil, err
		}
	}
	// The stream must end here; Read may return (0, nil) a few times.
	n := 0
	for i := 0; n == 0 && err == nil; i++ {
		if i == 100 {
			return nil, io.ErrNoProgress
		}
		n, err = r.Read(d.tmp[:1])
	}
	if err != nil && err != io.EOF {
		return nil, FormatError(err.Error())
	}
	if n != 0 || d.idatLength != 0 {
		return nil, FormatError("too much pixel data")
	}
	return d.img, nil
}

// newImage allocates the image the color type decodes to: the narrowest
// of Go's image types that holds its pixels exactly.
func (d *decoder) newImage() image.Image {
	r := image.Rect(0, 0, d.width, d.height)
	wide := d.depth == 16
	switch {
	case d.paletted():
		return image.NewPaletted(r, d.palette)
	case d.colorType == ctGrayscale && !d.useTransparent && wide:
		return image.NewGray16(r)
	case d.colorType == ctGrayscale && !d.useTransparent:
		return image.NewGray(r)
	case d.colorType == ctTrueColor && !d.useTransparent && wide:
		return image.NewRGBA64(r)
	case d.colorType == ctTrueColor && !d.useTransparent:
		return image.NewRGBA(r)
	case wide:
		return image.NewNRGBA64(r)
	}
	return image.NewNRGBA(r)
}

// readPass reads the rows of one pass, unfilters them and stores their
// pixels in d.img.
func (d *decoder) readPass(r io.Reader, p pass) error {
	width := (d.width - p.xOffset + p.xFactor - 1) / p.xFactor
	height := (d.height - p.yOffset + p.yFactor - 1) / p.yFactor
	if width <= 0 || height <= 0 {
		return nil
	}
	bitsPerPixel := d.depth * d.nChannels
	bytesPerPixel := (bitsPerPixel + 7) / 8
	rowSize := 1 + (int64(bitsPerPixel)*int64(width)+7)/8
	if rowSize != int64(int(rowSize)) {
		return UnsupportedError("dimension overflow")
	}
	cr := make([]uint8, rowSize)
	pr := make([]uint8, rowSize)
	for y := 0; y < height; y++ {
		if _, err := io.ReadFull(r, cr); err != nil {
			if err == io.EOF || err == io.ErrUnexpectedEOF {
				return FormatError("not enough pixel data")
			}
			return err
		}
		if err := unfilter(cr[0], cr[1:], pr[1:], bytesPerPixel); err != nil {
			return err
		}
		d.storeRow(cr[1:], p.yOffset+y*p.yFactor, p.xOffset, p.xFactor, width)
		pr, cr = cr, pr
	}
	return nil
}

// unfilter undoes the filter ft of the row cdat, whose previous row is
// pdat (https://www.w3.org/TR/PNG/#9Filters).
func unfilter(ft uint8, cdat, pdat []byte, bpp int) error {
	switch ft {
	case ftNone:
	case ftSub:
		for i := bpp; i < len(cdat); i++ {
			cdat[i] += cdat[i-bpp]
		}
	case ftUp:
		for i, p := range pdat {
			cdat[i] += p
		}
	case ftAverage:
		for i := range cdat {
			left := 0
			if i >= bpp {
				left = int(cdat[i-bpp])
			}
			cdat[i] += uint8((left + int(pdat[i])) / 2)
		}
	case ftPaeth:
		filterPaeth(cdat, pdat, bpp)
	default:
		return FormatError("bad filter type")
	}
	return nil
}

func (d *decoder) parseIDAT(length uint32) (err error) {
	d.idatLength = length
	d.img, err = d.decode()
	if err != nil {
		return err
	}
	return d.verifyChecksum()
}

func (d *decoder) parseIEND(length uint32) error {
	if length != 0 {
		return FormatError("bad IEND length")
	}
	return d.verifyChecksum()
}

// enterStage moves to the stage a chunk starts, or reports that the
// chunk is out of order.
func (d *decoder) enterStage(chunk string) error {
	var from []int // the stages the chunk may follow
	to := dsStart
	switch chunk {
	case "IHDR":
		from, to = []int{dsStart}, dsSeenIHDR
	case "PLTE":
		from, to = []int{dsSeenIHDR}, dsSeenPLTE
	case "tRNS":
		from, to = []int{dsSeenIHDR}, dsSeentRNS
		if d.paletted() {
			from = []int{dsSeenPLTE}
		}
	case "IDAT":
		from, to = []int{dsSeenIHDR, dsSeenPLTE, dsSeentRNS}, dsSeenIDAT
		if d.paletted() {
			from = from[1:]
		}
	case "IEND":
		from, to = []int{dsSeenIDAT}, dsSeenIEND
	}
	for _, s := range from {
		if d.stage == s {
			d.stage = to
			return nil
		}
	}
	return chunkOrderError
}

func (d *decoder) parseChunk() error {
	if _, err := io.ReadFull(d.r, d.tmp[:8]); err != nil {
		return err
	}
	length := binary.BigEndian.Uint32(d.tmp[:4])
	d.crc.Reset()
	d.crc.Write(d.tmp[4:8])
	chunk := string(d.tmp[4:8])
	// IDAT chunks after the image's are ignored, like unknown chunks.
	known := chunk == "IHDR" || chunk == "PLTE" || chunk == "tRNS" || chunk == "IEND" ||
		chunk == "IDAT" && d.stage != dsSeenIDAT
	if known {
		if err := d.enterStage(chunk); err != nil {
			return err
		}
	}
	switch {
	case !known:
		return d.skipChunk(length)
	case chunk == "IHDR":
		return d.parseIHDR(length)
	case chunk == "PLTE":
		return d.parsePLTE(length)
	case chunk == "tRNS":
		return d.parsetRNS(length)
	case chunk == "IDAT":
		return d.parseIDAT(length)
	}
	return d.parseIEND(length)
}

// skipChunk reads past a chunk the decoder does not use.
func (d *decoder) skipChunk(length uint32) error {
	if length > 0x7fffffff {
		return FormatError(fmt.Sprintf("Bad chunk length: %d", length))
	}
	var ignored [4096]byte
	for length > 0 {
		n, err := io.ReadFull(d.r, ignored[:min(len(ignored), int(length))])
		if err != nil {
			return err
		}
		d.crc.Write(ignored[:n])
		length -= uint32(n)
	}
	return d.verifyChecksum()
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func (d *decoder) verifyChecksum() error {
	if _, err := io.ReadFull(d.r, d.tmp[:4]); err != nil {
		return err
	}
	if binary.BigEndian.Uint32(d.tmp[:4]) != d.crc.Sum32() {
		return FormatError("invalid checksum")
	}
	return nil
}

// start checks the PNG signature.
func (d *decoder) start(r io.Reader) error {
	d.r, d.crc = r, crc32.NewIEEE()
	if _, err := io.ReadFull(d.r, d.tmp[:len(pngHeader)]); err != nil {
		return err
	}
	if string(d.tmp[:len(pngHeader)]) != pngHeader {
		return FormatError("not a PNG file")
	}
	return nil
}

// readChunksUntil parses chunks until done holds.
func (d *decoder) readChunksUntil(r io.Reader, done func() bool) error {
	err := d.start(r)
	for err == nil && !done() {
		err = d.parseChunk()
	}
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return err
}

// Decode reads a PNG image from r and returns it as an image.Image.
// The type of Image returned depends on the PNG contents.
func Decode(r io.Reader) (image.Image, error) {
	d := new(decoder)
	if err := d.readChunksUntil(r, func() bool { return d.stage == dsSeenIEND }); err != nil {
		return nil, err
	}
	return d.img, nil
}

// DecodeConfig returns the color model and dimensions of a PNG image without
// decoding the entire image.
func DecodeConfig(r io.Reader) (image.Config, error) {
	d := new(decoder)
	headerRead := func() bool {
		return d.stage == dsSeenIHDR && !d.paletted() || d.stage == dsSeenPLTE && d.paletted()
	}
	if err := d.readChunksUntil(r, headerRead); err != nil {
		return image.Config{}, err
	}
	return image.Config{ColorModel: d.colorModel(), Width: d.width, Height: d.height}, nil
}

// colorModel is the color model of the image the header describes (not
// counting a tRNS chunk, which DecodeConfig does not read).
func (d *decoder) colorModel() color.Model {
	wide := d.depth == 16
	switch {
	case d.paletted():
		return d.palette
	case d.colorType == ctGrayscale && wide:
		return color.Gray16Model
	case d.colorType == ctGrayscale:
		return color.GrayModel
	case d.colorType == ctTrueColor && wide:
		return color.RGBA64Model
	case d.colorType == ctTrueColor:
		return color.RGBAModel
	case wide:
		return color.NRGBA64Model
	}
	return color.NRGBAModel
}

func init() {
	image.RegisterFormat("png", pngHeader, Decode, DecodeConfig)
}
