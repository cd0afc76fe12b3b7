// Package jpeg implements a JPEG image decoder and encoder.
//
// JPEG is defined in ITU-T T.81: https://www.w3.org/Graphics/JPEG/itu-t81.pdf.
//
// The decoder reads baseline and progressive DCT images with Huffman
// coding: grayscale, YCbCr with any of the usual chroma subsamplings, RGB,
// and CMYK or YCCK as Adobe's APP14 segment marks them. The encoder writes
// baseline images: grayscale, or YCbCr with 4:2:0 chroma subsampling.
package jpeg

// This file implements the decoder's outer loop: the byte input, the
// marker segments that describe an image (SOF, DQT, DRI, APP0, APP14), and
// the conversion of the decoded planes to the image Decode returns. Scans
// are in scan.go, Huffman decoding in huffman.go.

import (
	"image"
	"image/color"
	"io"
)

// A FormatError reports that the input is not a valid JPEG.
type FormatError string

func (e FormatError) Error() string { return "invalid JPEG format: " + string(e) }

// An UnsupportedError reports that the input uses a valid but unimplemented JPEG feature.
type UnsupportedError string

func (e UnsupportedError) Error() string { return "unsupported JPEG feature: " + string(e) }

var errUnsupportedSubsamplingRatio = UnsupportedError("luma/chroma subsampling ratio")

// Deprecated: Reader is not used by the image/jpeg package and should
// not be used by others. It is kept for compatibility.
type Reader interface {
	io.ByteReader
	io.Reader
}

// A component is one color plane of the image, as the SOF segment says.
type component struct {
	h, v int   // horizontal and vertical sampling factors
	c    uint8 // component identifier, which scans refer to
	tq   uint8 // quantization table selector
}

const (
	dcTable = 0
	acTable = 1
	maxTc   = 1 // the largest table class: DC or AC
	maxTh   = 3 // the largest Huffman table destination
	maxTq   = 3 // the largest quantization table destination

	maxComponents = 4
)

// Marker codes, from Table B.1: each follows a 0xff byte.
const (
	sof0Marker  = 0xc0 // Start Of Frame (Baseline Sequential)
	sof1Marker  = 0xc1 // Start Of Frame (Extended Sequential)
	sof2Marker  = 0xc2 // Start Of Frame (Progressive)
	dhtMarker   = 0xc4 // Define Huffman Table
	rst0Marker  = 0xd0 // ReSTart (0)
	rst7Marker  = 0xd7 // ReSTart (7)
	soiMarker   = 0xd8 // Start Of Image
	eoiMarker   = 0xd9 // End Of Image
	sosMarker   = 0xda // Start Of Scan
	dqtMarker   = 0xdb // Define Quantization Table
	driMarker   = 0xdd // Define Restart Interval
	comMarker   = 0xfe // COMment
	app0Marker  = 0xe0 // APPlication specific: JFIF
	app14Marker = 0xee // APPlication specific: Adobe
	app15Marker = 0xef
)

// The color transforms Adobe's APP14 segment names.
const (
	adobeTransformUnknown = 0 // RGB or CMYK, stored as they are
	adobeTransformYCbCr   = 1
	adobeTransformYCbCrK  = 2
)

// unzig maps a coefficient's position in zig-zag order, the order of a
// scan and of a quantization table, to its position in a block: unzig[3]
// is 16, the first column's third row.
var unzig = [blockSize]int{
	0, 1, 8, 16, 9, 2, 3, 10,
	17, 24, 32, 25, 18, 11, 4, 5,
	12, 19, 26, 33, 40, 48, 41, 34,
	27, 20, 13, 6, 7, 14, 21, 28,
	35, 42, 49, 56, 57, 50, 43, 36,
	29, 22, 15, 23, 30, 37, 44, 51,
	58, 59, 52, 45, 38, 31, 39, 46,
	53, 60, 61, 54, 47, 55, 62, 63,
}

// A decoder holds the state of one Decode.
type decoder struct {
	r    io.Reader
	buf  [4096]byte
	i, j int // buf[i:j] are the bytes read from r but not yet used
	bits scanBits

	width, height int

	img1        *image.Gray  // the image of a 1-component JPEG
	img3        *image.YCbCr // the first three planes of any other
	blackPix    []byte       // the fourth plane of a 4-component JPEG
	blackStride int

	ri    int // restart interval, in MCUs; 0 for none
	nComp int

	baseline, progressive bool

	jfif                bool
	adobeTransformValid bool
	adobeTransform      uint8
	eobRun              uint16 // blocks left in a progressive end-of-band run (G.1.2.2)

	comp       [maxComponents]component
	progCoeffs [maxComponents][]block // a progressive image's coefficients, between scans
	huff       [maxTc + 1][maxTh + 1]huffman
	quant      [maxTq + 1]block // quantization tables, in zig-zag order
	tmp        [2 * blockSize]byte
}

// fill reads more input after the unread bytes, which it first moves to
// the front of buf.
func (d *decoder) fill() error {
	d.j = copy(d.buf[:], d.buf[d.i:d.j])
	d.i = 0
	n, err := d.r.Read(d.buf[d.j:])
	d.j += n
	if n > 0 {
		return nil
	}
	return err
}

// ensureBuffered reads until n bytes are unread or the input fails.
func (d *decoder) ensureBuffered(n int) error {
	for d.j-d.i < n {
		if err := d.fill(); err != nil {
			return err
		}
	}
	return nil
}

// unexpectedEOF turns io.EOF into io.ErrUnexpectedEOF: a JPEG stream only
// ends after its EOI marker.
func unexpectedEOF(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// readByte returns the next byte of input.
func (d *decoder) readByte() (byte, error) {
	if err := d.ensureBuffered(1); err != nil {
		return 0, unexpectedEOF(err)
	}
	d.i++
	return d.buf[d.i-1], nil
}

// readFull reads exactly len(p) bytes of input into p.
func (d *decoder) readFull(p []byte) error {
	for {
		n := copy(p, d.buf[d.i:d.j])
		p = p[n:]
		d.i += n
		if len(p) == 0 {
			return nil
		}
		if err := d.fill(); err != nil {
			return unexpectedEOF(err)
		}
	}
}

// ignore skips the next n bytes of input.
func (d *decoder) ignore(n int) error {
	for {
		m := d.j - d.i
		if m > n {
			m = n
		}
		d.i += m
		n -= m
		if n == 0 {
			return nil
		}
		if err := d.fill(); err != nil {
			return unexpectedEOF(err)
		}
	}
}

// processSOF reads a start of frame segment of n bytes: the sample
// precision, the image's size and its components.
func (d *decoder) processSOF(n int) error {
	if d.nComp != 0 {
		return FormatError("multiple SOF markers")
	}
	switch n {
	case 6 + 3*1: // grayscale
		d.nComp = 1
	case 6 + 3*3: // YCbCr or RGB
		d.nComp = 3
	case 6 + 3*4: // YCbCrK or CMYK
		d.nComp = 4
	default:
		return UnsupportedError("number of components")
	}
	if err := d.readFull(d.tmp[:n]); err != nil {
		return err
	}
	if d.tmp[0] != 8 {
		return UnsupportedError("precision")
	}
	d.height = int(d.tmp[1])<<8 + int(d.tmp[2])
	d.width = int(d.tmp[3])<<8 + int(d.tmp[4])
	if int(d.tmp[5]) != d.nComp {
		return FormatError("SOF has wrong length")
	}
	for i := 0; i < d.nComp; i++ {
		spec := d.tmp[6+3*i : 9+3*i]
		d.comp[i].c = spec[0]
		for j := 0; j < i; j++ {
			if d.comp[i].c == d.comp[j].c {
				return FormatError("repeated component identifier")
			}
		}
		d.comp[i].tq = spec[2]
		if d.comp[i].tq > maxTq {
			return FormatError("bad Tq value")
		}
		if err := d.setSampling(i, spec[1]); err != nil {
			return err
		}
	}
	return nil
}

// setSampling checks component i's sampling factors hv (h<<4 | v) and
// records them. We decode the layouts that map to an image.YCbCr: the
// chroma factors divide the luma's and Cb's equal Cr's.
func (d *decoder) setSampling(i int, hv uint8) error {
	h, v := int(hv>>4), int(hv&0x0f)
	if h < 1 || 4 < h || v < 1 || 4 < v {
		return FormatError("luma/chroma subsampling ratio")
	}
	if h == 3 || v == 3 {
		return errUnsupportedSubsamplingRatio
	}
	y := d.comp[0]
	switch {
	case d.nComp == 1:
		// A single component is never interleaved: its MCU is one block
		// whatever its factors say.
		h, v = 1, 1
	case d.nComp == 3 && i == 0 && v == 4:
		return errUnsupportedSubsamplingRatio
	case d.nComp == 3 && i == 1 && (y.h%h != 0 || y.v%v != 0):
		return errUnsupportedSubsamplingRatio
	case d.nComp == 3 && i == 2 && (d.comp[1].h != h || d.comp[1].v != v):
		return errUnsupportedSubsamplingRatio
	case d.nComp == 4 && i == 0 && hv != 0x11 && hv != 0x22:
		return errUnsupportedSubsamplingRatio
	case d.nComp == 4 && (i == 1 || i == 2) && hv != 0x11:
		return errUnsupportedSubsamplingRatio
	case d.nComp == 4 && i == 3 && (y.h != h || y.v != v):
		return errUnsupportedSubsamplingRatio
	}
	d.comp[i].h, d.comp[i].v = h, v
	return nil
}

// processDQT reads a DQT segment of n bytes: quantization tables of 8- or
// 16-bit entries, in zig-zag order.
func (d *decoder) processDQT(n int) error {
	for n > 0 {
		n--
		x, err := d.readByte()
		if err != nil {
			return err
		}
		tq := x & 0x0f
		if tq > maxTq {
			return FormatError("bad Tq value")
		}
		size := 1 + int(x>>4) // bytes per entry
		if size > 2 {
			return FormatError("bad Pq value")
		}
		if n < size*blockSize {
			break
		}
		n -= size * blockSize
		if err := d.readFull(d.tmp[:size*blockSize]); err != nil {
			return err
		}
		for i := range d.quant[tq] {
			if size == 1 {
				d.quant[tq][i] = int32(d.tmp[i])
			} else {
				d.quant[tq][i] = int32(d.tmp[2*i])<<8 | int32(d.tmp[2*i+1])
			}
		}
	}
	if n != 0 {
		return FormatError("DQT has wrong length")
	}
	return nil
}

// processDRI reads a DRI segment: the number of MCUs between restart markers.
func (d *decoder) processDRI(n int) error {
	if n != 2 {
		return FormatError("DRI has wrong length")
	}
	if err := d.readFull(d.tmp[:2]); err != nil {
		return err
	}
	d.ri = int(d.tmp[0])<<8 + int(d.tmp[1])
	return nil
}

// processApp0Marker reads an APP0 segment, noting a JFIF one: JFIF images
// are grayscale or YCbCr.
func (d *decoder) processApp0Marker(n int) error {
	if n < 5 {
		return d.ignore(n)
	}
	if err := d.readFull(d.tmp[:5]); err != nil {
		return err
	}
	d.jfif = string(d.tmp[:5]) == "JFIF\x00"
	return d.ignore(n - 5)
}

// processApp14Marker reads an APP14 segment, noting an Adobe one's color
// transform, its last byte: how 3- and 4-component images are stored.
func (d *decoder) processApp14Marker(n int) error {
	if n < 12 {
		return d.ignore(n)
	}
	if err := d.readFull(d.tmp[:12]); err != nil {
		return err
	}
	if string(d.tmp[:5]) == "Adobe" {
		d.adobeTransformValid = true
		d.adobeTransform = d.tmp[11]
	}
	return d.ignore(n - 12)
}

// nextMarker reads up to and including the next marker and returns its
// code. Nothing should come before it, but like libjpeg we skip what does
// (say, bytes left over after a scan), and the 0xff fill bytes a marker
// may have.
func (d *decoder) nextMarker() (byte, error) {
	for {
		x, err := d.readByte()
		if err != nil {
			return 0, err
		}
		if x != 0xff {
			continue
		}
		for x == 0xff {
			if x, err = d.readByte(); err != nil {
				return 0, err
			}
		}
		if x != 0x00 { // 0xff 0x00 is an escaped 0xff of scan data
			return x, nil
		}
	}
}

// decode reads the segments of a JPEG stream up to its EOI marker, or only
// as far as its configuration needs when configOnly is set.
func (d *decoder) decode(r io.Reader, configOnly bool) (image.Image, error) {
	d.r = r
	if err := d.readFull(d.tmp[:2]); err != nil {
		return nil, err
	}
	if d.tmp[0] != 0xff || d.tmp[1] != soiMarker {
		return nil, FormatError("missing SOI marker")
	}
	for {
		marker, err := d.nextMarker()
		if err != nil {
			return nil, err
		}
		if marker == eoiMarker {
			break
		}
		if rst0Marker <= marker && marker <= rst7Marker {
			// A restart marker outside a scan has no segment: skip it.
			continue
		}
		if err := d.readFull(d.tmp[:2]); err != nil {
			return nil, err
		}
		n := int(d.tmp[0])<<8 + int(d.tmp[1]) - 2 // the length counts itself
		if n < 0 {
			return nil, FormatError("short segment length")
		}
		if configOnly && marker == sosMarker {
			return nil, nil
		}
		if err := d.processSegment(marker, n, configOnly); err != nil {
			return nil, err
		}
		// A JFIF image's color model is known once its frame is.
		if configOnly && d.jfif && d.nComp != 0 {
			return nil, nil
		}
	}
	if d.progressive {
		if err := d.reconstructProgressiveImage(); err != nil {
			return nil, err
		}
	}
	return d.finalImage()
}

// processSegment reads the n-byte segment of the given marker. Tables and
// scans are skipped when only the configuration is wanted.
func (d *decoder) processSegment(marker byte, n int, configOnly bool) error {
	switch {
	case marker == sof0Marker || marker == sof1Marker || marker == sof2Marker:
		d.baseline = marker == sof0Marker
		d.progressive = marker == sof2Marker
		return d.processSOF(n)
	case configOnly && (marker == dhtMarker || marker == dqtMarker || marker == driMarker):
		return d.ignore(n)
	case marker == dhtMarker:
		return d.processDHT(n)
	case marker == dqtMarker:
		return d.processDQT(n)
	case marker == sosMarker:
		return d.processSOS(n)
	case marker == driMarker:
		return d.processDRI(n)
	case marker == app0Marker:
		return d.processApp0Marker(n)
	case marker == app14Marker:
		return d.processApp14Marker(n)
	case app0Marker <= marker && marker <= app15Marker || marker == comMarker:
		return d.ignore(n)
	case marker < 0xc0: // Table B.1 assigns no code below 0xc0
		return FormatError("unknown marker")
	}
	return UnsupportedError("unknown marker")
}

// finalImage returns the decoded image in the color model its components
// stand for.
func (d *decoder) finalImage() (image.Image, error) {
	switch {
	case d.img1 != nil:
		return d.img1, nil
	case d.img3 == nil:
		return nil, FormatError("missing SOS marker")
	case d.blackPix != nil:
		return d.applyBlack()
	case d.isRGB():
		return d.convertToRGB(), nil
	}
	return d.img3, nil
}

// isRGB reports whether a 3-component image holds R, G and B rather than
// Y, Cb and Cr: JFIF says no, Adobe's "no transform" or components named
// 'R', 'G', 'B' say yes.
func (d *decoder) isRGB() bool {
	if d.jfif {
		return false
	}
	if d.adobeTransformValid && d.adobeTransform == adobeTransformUnknown {
		return true
	}
	return d.comp[0].c == 'R' && d.comp[1].c == 'G' && d.comp[2].c == 'B'
}

// convertToRGB copies the three planes of an RGB image, decoded as if they
// were Y, Cb and Cr, into an image.RGBA.
func (d *decoder) convertToRGB() image.Image {
	cScale := d.comp[0].h / d.comp[1].h
	bounds := d.img3.Bounds()
	img := image.NewRGBA(bounds)
	for y := bounds.Min.Y; y < bounds.Max.Y; y++ {
		po := img.PixOffset(bounds.Min.X, y)
		yo := d.img3.YOffset(bounds.Min.X, y)
		co := d.img3.COffset(bounds.Min.X, y)
		for i := 0; i < bounds.Dx(); i++ {
			px := img.Pix[po+4*i : po+4*i+4]
			px[0], px[1], px[2], px[3] = d.img3.Y[yo+i], d.img3.Cb[co+i/cScale], d.img3.Cr[co+i/cScale], 255
		}
	}
	return img
}

// applyBlack builds the CMYK image of a 4-component JPEG. Adobe stores
// CMYK inverted (0 is full ink); with its YCCK transform the first three
// planes are the YCbCr coding of those inverted C, M and Y.
func (d *decoder) applyBlack() (image.Image, error) {
	if !d.adobeTransformValid {
		return nil, UnsupportedError("unknown color model: 4-component JPEG doesn't have Adobe APP14 metadata")
	}
	bounds := d.img3.Bounds()
	img := image.NewCMYK(bounds)
	if d.adobeTransform != adobeTransformUnknown {
		d.convertYCCK(img)
		return img, nil
	}
	planes := [4]struct {
		pix    []byte
		stride int
	}{
		{d.img3.Y, d.img3.YStride},
		{d.img3.Cb, d.img3.CStride},
		{d.img3.Cr, d.img3.CStride},
		{d.blackPix, d.blackStride},
	}
	for t, plane := range planes {
		// Only the second and third planes may be subsampled, 2x2.
		subsample := d.comp[t].h != d.comp[0].h || d.comp[t].v != d.comp[0].v
		for y := 0; y < bounds.Dy(); y++ {
			sy := y
			if subsample {
				sy /= 2
			}
			row := img.Pix[y*img.Stride:]
			for x := 0; x < bounds.Dx(); x++ {
				sx := x
				if subsample {
					sx /= 2
				}
				row[4*x+t] = 255 - plane.pix[sy*plane.stride+sx]
			}
		}
	}
	return img, nil
}

// convertYCCK fills img from a YCCK image: C, M and Y are the RGB colors
// of the YCbCr planes, K the inverted fourth plane.
func (d *decoder) convertYCCK(img *image.CMYK) {
	bounds := img.Bounds()
	for y := bounds.Min.Y; y < bounds.Max.Y; y++ {
		row := img.Pix[(y-bounds.Min.Y)*img.Stride:]
		black := d.blackPix[(y-bounds.Min.Y)*d.blackStride:]
		for x := bounds.Min.X; x < bounds.Max.X; x++ {
			c := d.img3.YCbCrAt(x, y)
			px := row[4*(x-bounds.Min.X):]
			px[0], px[1], px[2] = color.YCbCrToRGB(c.Y, c.Cb, c.Cr)
			px[3] = 255 - black[x-bounds.Min.X]
		}
	}
}

// Decode reads a JPEG image from r and returns it as an image.Image.
func Decode(r io.Reader) (image.Image, error) {
	var d decoder
	return d.decode(r, false)
}

// DecodeConfig returns the color model and dimensions of a JPEG image without
// decoding the entire image.
func DecodeConfig(r io.Reader) (image.Config, error) {
	var d decoder
	if _, err := d.decode(r, true); err != nil {
		return image.Config{}, err
	}
	config := image.Config{Width: d.width, Height: d.height}
	switch d.nComp {
	case 1:
		config.ColorModel = color.GrayModel
	case 3:
		config.ColorModel = color.YCbCrModel
		if d.isRGB() {
			config.ColorModel = color.RGBAModel
		}
	case 4:
		config.ColorModel = color.CMYKModel
	default:
		return image.Config{}, FormatError("missing SOF marker")
	}
	return config, nil
}

func init() {
	image.RegisterFormat("jpeg", "\xff\xd8", Decode, DecodeConfig)
}
