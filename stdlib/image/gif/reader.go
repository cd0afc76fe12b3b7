// Package gif implements a GIF image decoder and encoder.
//
// The GIF specification is at https://www.w3.org/Graphics/GIF/spec-gif89a.txt.
package gif

import (
	"bufio"
	"compress/lzw"
	"errors"
	"fmt"
	"image"
	"image/color"
	"io"
)

var (
	errNotEnough = errors.New("gif: not enough image data")
	errTooMuch   = errors.New("gif: too much image data")
	errBadPixel  = errors.New("gif: invalid pixel value")
)

// Masks of the fields byte of the screen and image descriptors.
const (
	fColorTable         = 1 << 7
	fInterlace          = 1 << 6
	fColorTableBitsMask = 7
)

// Masks of the graphic control extension's flags.
const (
	gcTransparentColorSet = 1 << 0
	gcDisposalMethodMask  = 7 << 2
)

// Disposal Methods.
const (
	DisposalNone       = 0x01
	DisposalBackground = 0x02
	DisposalPrevious   = 0x03
)

// The block introducers.
const (
	sExtension       = 0x21
	sImageDescriptor = 0x2C
	sTrailer         = 0x3B
)

// The extension labels.
const (
	eText           = 0x01
	eGraphicControl = 0xF9
	eComment        = 0xFE
	eApplication    = 0xFF
)

// GIF represents the possibly multiple images stored in a GIF file.
type GIF struct {
	Image []*image.Paletted // The successive images.
	Delay []int             // The successive delay times, one per frame, in 100ths of a second.
	// LoopCount controls the number of times an animation will be
	// restarted during display.
	// A LoopCount of 0 means to loop forever.
	// A LoopCount of -1 means to show each frame only once.
	// Otherwise, the animation is looped LoopCount+1 times.
	LoopCount int
	// Disposal is the successive disposal methods, one per frame. For
	// backwards compatibility, a nil Disposal is valid to pass to EncodeAll,
	// and implies that each frame's disposal method is 0 (no disposal
	// specified).
	Disposal []byte
	// Config is the global color table (palette), width and height. A nil or
	// empty-color.Palette Config.ColorModel means that each frame has its own
	// color table and there is no global color table. Each frame's bounds must
	// be within the rectangle defined by the two points (0, 0) and
	// (Config.Width, Config.Height).
	//
	// For backwards compatibility, a zero-valued Config is valid to pass to
	// EncodeAll, and implies that the overall GIF's width and height equals
	// the first frame's bounds' Rectangle.Max point.
	Config image.Config
	// BackgroundIndex is the background index in the global color table, for
	// use with the DisposalBackground disposal method.
	BackgroundIndex byte
}

// reader is what the decoder reads from: a bufio.Reader unless the
// source can already read bytes one at a time.
type reader interface {
	io.Reader
	io.ByteReader
}

// readFull and readByte read as io.ReadFull and ReadByte do, but a file
// that ends early is io.ErrUnexpectedEOF.
func readFull(r io.Reader, b []byte) error {
	_, err := io.ReadFull(r, b)
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return err
}

func readByte(r io.ByteReader) (byte, error) {
	b, err := r.ReadByte()
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return b, err
}

// decoder is the state of one decode: the screen descriptor, the graphic
// control in effect for the next frame, and the frames read.
type decoder struct {
	r reader

	width, height    int
	backgroundIndex  byte
	globalColorTable color.Palette
	loopCount        int

	// From the graphic control extension, for the next image only.
	delayTime           int
	disposalMethod      byte
	hasTransparentIndex bool
	transparentIndex    byte

	image    []*image.Paletted
	delay    []int
	disposal []byte

	tmp [768]byte // big enough for a color table
}

func (d *decoder) decode(r io.Reader, configOnly, keepAllFrames bool) error {
	if rr, ok := r.(reader); ok {
		d.r = rr
	} else {
		d.r = bufio.NewReader(r)
	}
	d.loopCount = -1
	if err := d.readHeaderAndScreenDescriptor(); err != nil || configOnly {
		return err
	}
	for {
		c, err := readByte(d.r)
		if err != nil {
			return fmt.Errorf("gif: reading frames: %v", err)
		}
		switch c {
		case sExtension:
			err = d.readExtension()
		case sImageDescriptor:
			err = d.readImageDescriptor(keepAllFrames)
		case sTrailer:
			if len(d.image) == 0 {
				return fmt.Errorf("gif: missing image data")
			}
			return nil
		default:
			return fmt.Errorf("gif: unknown block type: 0x%.2x", c)
		}
		if err != nil {
			return err
		}
	}
}

func (d *decoder) readHeaderAndScreenDescriptor() error {
	if err := readFull(d.r, d.tmp[:13]); err != nil {
		return fmt.Errorf("gif: reading header: %v", err)
	}
	if vers := string(d.tmp[:6]); vers != "GIF87a" && vers != "GIF89a" {
		return fmt.Errorf("gif: can't recognize format %q", vers)
	}
	d.width = int(d.tmp[6]) | int(d.tmp[7])<<8
	d.height = int(d.tmp[8]) | int(d.tmp[9])<<8
	if fields := d.tmp[10]; fields&fColorTable != 0 {
		d.backgroundIndex = d.tmp[11]
		var err error
		d.globalColorTable, err = d.readColorTable(fields)
		return err
	}
	return nil
}

// readColorTable reads a table of 2<<(fields&7) RGB colors.
func (d *decoder) readColorTable(fields byte) (color.Palette, error) {
	n := 2 << (fields & fColorTableBitsMask)
	if err := readFull(d.r, d.tmp[:3*n]); err != nil {
		return nil, fmt.Errorf("gif: reading color table: %s", err)
	}
	p := make(color.Palette, n)
	for i := range p {
		p[i] = color.RGBA{d.tmp[3*i], d.tmp[3*i+1], d.tmp[3*i+2], 0xff}
	}
	return p, nil
}

func (d *decoder) readExtension() error {
	extension, err := readByte(d.r)
	if err != nil {
		return fmt.Errorf("gif: reading extension: %v", err)
	}
	size := 0
	switch extension {
	case eText:
		size = 13
	case eGraphicControl:
		return d.readGraphicControl()
	case eComment:
		// Only sub-blocks follow.
	case eApplication:
		b, err := readByte(d.r)
		if err != nil {
			return fmt.Errorf("gif: reading extension: %v", err)
		}
		size = int(b)
	default:
		return fmt.Errorf("gif: unknown extension 0x%.2x", extension)
	}
	if err := readFull(d.r, d.tmp[:size]); err != nil {
		return fmt.Errorf("gif: reading extension: %v", err)
	}
	if extension == eApplication && string(d.tmp[:size]) == "NETSCAPE2.0" {
		return d.readLoopCount()
	}
	return d.skipSubBlocks()
}

// readLoopCount reads the sub-blocks of Netscape's looping extension:
// the first, "1" then a 16-bit count, says how many times to loop.
func (d *decoder) readLoopCount() error {
	n, err := d.readBlock()
	if err != nil {
		return fmt.Errorf("gif: reading extension: %v", err)
	}
	if n == 0 {
		return nil
	}
	if n == 3 && d.tmp[0] == 1 {
		d.loopCount = int(d.tmp[1]) | int(d.tmp[2])<<8
	}
	return d.skipSubBlocks()
}

// skipSubBlocks reads sub-blocks up to the empty one that ends them.
func (d *decoder) skipSubBlocks() error {
	for {
		n, err := d.readBlock()
		if err != nil {
			return fmt.Errorf("gif: reading extension: %v", err)
		}
		if n == 0 {
			return nil
		}
	}
}

// readBlock reads one sub-block into d.tmp and returns its length.
func (d *decoder) readBlock() (int, error) {
	n, err := readByte(d.r)
	if n == 0 || err != nil {
		return 0, err
	}
	return int(n), readFull(d.r, d.tmp[:n])
}

func (d *decoder) readGraphicControl() error {
	if err := readFull(d.r, d.tmp[:6]); err != nil {
		return fmt.Errorf("gif: can't read graphic control: %s", err)
	}
	if d.tmp[0] != 4 {
		return fmt.Errorf("gif: invalid graphic control extension block size: %d", d.tmp[0])
	}
	flags := d.tmp[1]
	d.disposalMethod = (flags & gcDisposalMethodMask) >> 2
	d.delayTime = int(d.tmp[2]) | int(d.tmp[3])<<8
	if flags&gcTransparentColorSet != 0 {
		d.transparentIndex = d.tmp[4]
		d.hasTransparentIndex = true
	}
	if d.tmp[5] != 0 {
		return fmt.Errorf("gif: invalid graphic control extension block terminator: %d", d.tmp[5])
	}
	return nil
}

func (d *decoder) readImageDescriptor(keepAllFrames bool) error {
	if err := readFull(d.r, d.tmp[:9]); err != nil {
		return fmt.Errorf("gif: can't read image descriptor: %s", err)
	}
	left := int(d.tmp[0]) | int(d.tmp[1])<<8
	top := int(d.tmp[2]) | int(d.tmp[3])<<8
	width := int(d.tmp[4]) | int(d.tmp[5])<<8
	height := int(d.tmp[6]) | int(d.tmp[7])<<8
	fields := d.tmp[8]
	if left+width > d.width || top+height > d.height {
		return errors.New("gif: frame bounds larger than image bounds")
	}
	m := image.NewPaletted(image.Rect(left, top, left+width, top+height), nil)
	var err error
	if m.Palette, err = d.framePalette(fields); err != nil {
		return err
	}
	if err := d.readPixels(m); err != nil {
		return err
	}
	if fields&fInterlace != 0 {
		uninterlace(m)
	}
	if keepAllFrames || len(d.image) == 0 {
		d.image = append(d.image, m)
		d.delay = append(d.delay, d.delayTime)
		d.disposal = append(d.disposal, d.disposalMethod)
	}
	// The graphic control extension applies to one image only.
	d.delayTime = 0
	d.hasTransparentIndex = false
	return nil
}

// framePalette returns the palette of a frame: its local color table or
// a copy of the global one, with the transparent index, if any, made
// transparent black (the palette grows to hold it).
func (d *decoder) framePalette(fields byte) (color.Palette, error) {
	var p color.Palette
	if fields&fColorTable != 0 {
		var err error
		if p, err = d.readColorTable(fields); err != nil {
			return nil, err
		}
	} else if d.globalColorTable == nil {
		return nil, errors.New("gif: no color table")
	} else if !d.hasTransparentIndex {
		return d.globalColorTable, nil
	} else {
		p = append(color.Palette(nil), d.globalColorTable...)
	}
	if d.hasTransparentIndex {
		for int(d.transparentIndex) >= len(p) {
			p = append(p, color.RGBA{})
		}
		p[d.transparentIndex] = color.RGBA{}
	}
	return p, nil
}

// readPixels reads the LZW-compressed indexes of m and checks that they
// fill it exactly and are in its palette.
func (d *decoder) readPixels(m *image.Paletted) error {
	litWidth, err := readByte(d.r)
	if err != nil {
		return fmt.Errorf("gif: reading image data: %v", err)
	}
	if litWidth < 2 || litWidth > 8 {
		return fmt.Errorf("gif: pixel size in decode out of range: %d", litWidth)
	}
	br := &blockReader{r: d.r}
	lzwr := lzw.NewReader(br, lzw.LSB, int(litWidth))
	defer lzwr.Close()
	if err := readFull(lzwr, m.Pix); err != nil {
		if err != io.ErrUnexpectedEOF {
			return fmt.Errorf("gif: reading image data: %v", err)
		}
		return errNotEnough
	}
	// The LZW data must end with the pixels (at an end code, or at the end
	// of the sub-blocks for encoders that leave the end code out).
	var extra [1]byte
	if n, err := lzwr.Read(extra[:]); n != 0 || (err != io.EOF && err != io.ErrUnexpectedEOF) {
		if err != nil {
			return fmt.Errorf("gif: reading image data: %v", err)
		}
		return errTooMuch
	}
	if err := br.close(); err == errTooMuch {
		return errTooMuch
	} else if err != nil {
		return fmt.Errorf("gif: reading image data: %v", err)
	}
	if len(m.Palette) < 256 {
		for _, pixel := range m.Pix {
			if int(pixel) >= len(m.Palette) {
				return errBadPixel
			}
		}
	}
	return nil
}

// blockReader reads the data sub-blocks of an image (each a length byte
// then that many bytes, up to an empty one) as one stream; it ends with
// io.EOF at the empty sub-block.
type blockReader struct {
	r    reader
	buf  [255]byte
	i, j int // buf[i:j] is what is left of the current sub-block
	err  error
}

// fill reads the next sub-block.
func (b *blockReader) fill() {
	if b.err != nil {
		return
	}
	var n byte
	n, b.err = readByte(b.r)
	if n == 0 && b.err == nil {
		b.err = io.EOF
	}
	b.i, b.j = 0, 0
	if b.err == nil {
		if b.err = readFull(b.r, b.buf[:n]); b.err == nil {
			b.j = int(n)
		}
	}
}

func (b *blockReader) ReadByte() (byte, error) {
	if b.i == b.j {
		b.fill()
		if b.err != nil {
			return 0, b.err
		}
	}
	c := b.buf[b.i]
	b.i++
	return c, nil
}

func (b *blockReader) Read(p []byte) (int, error) {
	if len(p) == 0 || b.err != nil {
		return 0, b.err
	}
	if b.i == b.j {
		b.fill()
		if b.err != nil {
			return 0, b.err
		}
	}
	n := copy(p, b.buf[b.i:b.j])
	b.i += n
	return n, nil
}

// close reads up to the empty sub-block after the LZW data. Bytes left in
// the current sub-block are ignored; so is one more sub-block of a single
// byte when the data ended with its sub-block (some encoders write one).
// Any other sub-block is too much data.
func (b *blockReader) close() error {
	if b.err == io.EOF {
		return nil
	}
	if b.err != nil {
		return b.err
	}
	endedWithBlock := b.i == b.j
	b.fill()
	if endedWithBlock && b.err == nil && b.j == 1 {
		b.fill()
	}
	switch b.err {
	case io.EOF:
		return nil
	case nil:
		return errTooMuch
	}
	return b.err
}

// interlacing gives the rows of an interlaced image's four passes: every
// step'th row from start.
var interlacing = []struct{ step, start int }{{8, 0}, {8, 4}, {4, 2}, {2, 1}}

// uninterlace puts the rows of m, stored pass after pass, in order.
func uninterlace(m *image.Paletted) {
	dx, dy := m.Bounds().Dx(), m.Bounds().Dy()
	pix := make([]uint8, dx*dy)
	from := 0
	for _, pass := range interlacing {
		for y := pass.start; y < dy; y += pass.step {
			copy(pix[y*dx:(y+1)*dx], m.Pix[from:from+dx])
			from += dx
		}
	}
	m.Pix = pix
}

// Decode reads a GIF image from r and returns the first embedded
// image as an image.Image.
func Decode(r io.Reader) (image.Image, error) {
	var d decoder
	if err := d.decode(r, false, false); err != nil {
		return nil, err
	}
	return d.image[0], nil
}

// DecodeAll reads a GIF image from r and returns the sequential frames
// and timing information.
func DecodeAll(r io.Reader) (*GIF, error) {
	var d decoder
	if err := d.decode(r, false, true); err != nil {
		return nil, err
	}
	return &GIF{
		Image:           d.image,
		LoopCount:       d.loopCount,
		Delay:           d.delay,
		Disposal:        d.disposal,
		Config:          d.config(),
		BackgroundIndex: d.backgroundIndex,
	}, nil
}

// DecodeConfig returns the global color model and dimensions of a GIF image
// without decoding the entire image.
func DecodeConfig(r io.Reader) (image.Config, error) {
	var d decoder
	if err := d.decode(r, true, false); err != nil {
		return image.Config{}, err
	}
	return d.config(), nil
}

func (d *decoder) config() image.Config {
	return image.Config{ColorModel: d.globalColorTable, Width: d.width, Height: d.height}
}

func init() {
	image.RegisterFormat("gif", "GIF8?a", Decode, DecodeConfig)
}
