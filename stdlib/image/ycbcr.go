package image

import "image/color"

// YCbCrSubsampleRatio is the chroma subsample ratio used in a YCbCr image.
type YCbCrSubsampleRatio int

// The J:a:b ratios of the chroma planes to the luma plane: 4:4:4 keeps a
// Cb and a Cr per pixel, 4:2:2 one per two pixels of a row, 4:2:0 one
// per 2×2 square, and so on (see subsampling).
const (
	YCbCrSubsampleRatio444 YCbCrSubsampleRatio = iota
	YCbCrSubsampleRatio422
	YCbCrSubsampleRatio420
	YCbCrSubsampleRatio440
	YCbCrSubsampleRatio411
	YCbCrSubsampleRatio410
)

// subsampling is, per ratio, how many pixels across and down share one
// chroma sample. An unknown ratio samples every pixel, as 4:4:4 does.
var subsampling = [...]struct{ dx, dy int }{
	YCbCrSubsampleRatio444: {1, 1},
	YCbCrSubsampleRatio422: {2, 1},
	YCbCrSubsampleRatio420: {2, 2},
	YCbCrSubsampleRatio440: {1, 2},
	YCbCrSubsampleRatio411: {4, 1},
	YCbCrSubsampleRatio410: {4, 2},
}

var subsampleRatioNames = [...]string{
	YCbCrSubsampleRatio444: "YCbCrSubsampleRatio444",
	YCbCrSubsampleRatio422: "YCbCrSubsampleRatio422",
	YCbCrSubsampleRatio420: "YCbCrSubsampleRatio420",
	YCbCrSubsampleRatio440: "YCbCrSubsampleRatio440",
	YCbCrSubsampleRatio411: "YCbCrSubsampleRatio411",
	YCbCrSubsampleRatio410: "YCbCrSubsampleRatio410",
}

func (s YCbCrSubsampleRatio) String() string {
	if s >= 0 && int(s) < len(subsampleRatioNames) {
		return subsampleRatioNames[s]
	}
	return "YCbCrSubsampleRatioUnknown"
}

// chromaStep returns how many pixels across and down share a chroma sample.
func (s YCbCrSubsampleRatio) chromaStep() (dx, dy int) {
	if s >= 0 && int(s) < len(subsampling) {
		return subsampling[s].dx, subsampling[s].dy
	}
	return 1, 1
}

// YCbCr is an in-memory image of Y'CbCr colors. There is one Y sample per
// pixel, but each Cb and Cr sample can span one or more pixels.
// YStride is the Y slice index delta between vertically adjacent pixels.
// CStride is the Cb and Cr slice index delta between vertically adjacent pixels
// that map to separate chroma samples.
// It is not an absolute requirement, but YStride and len(Y) are typically
// multiples of 8, and:
//
//	For 4:4:4, CStride == YStride/1 && len(Cb) == len(Cr) == len(Y)/1.
//	For 4:2:2, CStride == YStride/2 && len(Cb) == len(Cr) == len(Y)/2.
//	For 4:2:0, CStride == YStride/2 && len(Cb) == len(Cr) == len(Y)/4.
//	For 4:4:0, CStride == YStride/1 && len(Cb) == len(Cr) == len(Y)/2.
//	For 4:1:1, CStride == YStride/4 && len(Cb) == len(Cr) == len(Y)/4.
//	For 4:1:0, CStride == YStride/4 && len(Cb) == len(Cr) == len(Y)/8.
type YCbCr struct {
	Y, Cb, Cr      []uint8
	YStride        int
	CStride        int
	SubsampleRatio YCbCrSubsampleRatio
	Rect           Rectangle
}

func (p *YCbCr) ColorModel() color.Model { return color.YCbCrModel }

func (p *YCbCr) Bounds() Rectangle { return p.Rect }

func (p *YCbCr) At(x, y int) color.Color { return p.YCbCrAt(x, y) }

func (p *YCbCr) RGBA64At(x, y int) color.RGBA64 { return rgba64(p.YCbCrAt(x, y)) }

func (p *YCbCr) YCbCrAt(x, y int) color.YCbCr {
	if !(Point{x, y}.In(p.Rect)) {
		return color.YCbCr{}
	}
	yi := p.YOffset(x, y)
	ci := p.COffset(x, y)
	return color.YCbCr{Y: p.Y[yi], Cb: p.Cb[ci], Cr: p.Cr[ci]}
}

// YOffset returns the index of the first element of Y that corresponds to
// the pixel at (x, y).
func (p *YCbCr) YOffset(x, y int) int {
	return (y-p.Rect.Min.Y)*p.YStride + (x - p.Rect.Min.X)
}

// COffset returns the index of the first element of Cb or Cr that corresponds
// to the pixel at (x, y).
func (p *YCbCr) COffset(x, y int) int {
	dx, dy := p.SubsampleRatio.chromaStep()
	// Samples are aligned to multiples of dx and dy in the image's
	// coordinates, so the first row and column may be partial.
	return (y/dy-p.Rect.Min.Y/dy)*p.CStride + (x/dx - p.Rect.Min.X/dx)
}

// SubImage returns an image representing the portion of the image p visible
// through r. The returned value shares pixels with the original image.
func (p *YCbCr) SubImage(r Rectangle) Image {
	sub := p.subImage(r)
	return &sub
}

func (p *YCbCr) subImage(r Rectangle) YCbCr {
	r = r.Intersect(p.Rect)
	if r.Empty() {
		return YCbCr{SubsampleRatio: p.SubsampleRatio}
	}
	yi := p.YOffset(r.Min.X, r.Min.Y)
	ci := p.COffset(r.Min.X, r.Min.Y)
	return YCbCr{
		Y:              p.Y[yi:],
		Cb:             p.Cb[ci:],
		Cr:             p.Cr[ci:],
		SubsampleRatio: p.SubsampleRatio,
		YStride:        p.YStride,
		CStride:        p.CStride,
		Rect:           r,
	}
}

func (p *YCbCr) Opaque() bool {
	return true
}

// yCbCrSize returns the width and height of the luma plane and of the
// chroma planes of an image of rectangle r: a chroma sample for each
// dx by dy square that r meets.
func yCbCrSize(r Rectangle, subsampleRatio YCbCrSubsampleRatio) (w, h, cw, ch int) {
	dx, dy := subsampleRatio.chromaStep()
	w, h = r.Dx(), r.Dy()
	cw = (r.Max.X+dx-1)/dx - r.Min.X/dx
	ch = (r.Max.Y+dy-1)/dy - r.Min.Y/dy
	return
}

// NewYCbCr returns a new YCbCr image with the given bounds and subsample
// ratio.
func NewYCbCr(r Rectangle, subsampleRatio YCbCrSubsampleRatio) *YCbCr {
	m := newYCbCrPlanes(r, subsampleRatio, 1, "YCbCr")
	return &m.YCbCr
}

// newYCbCrPlanes allocates the planes of an image of rectangle r, in one
// buffer: Y, Cb, Cr, and lumaPlanes-1 more of Y's size (alpha).
func newYCbCrPlanes(r Rectangle, subsampleRatio YCbCrSubsampleRatio, lumaPlanes int, imageTypeName string) *NYCbCrA {
	w, h, cw, ch := yCbCrSize(r, subsampleRatio)
	if add2NonNeg(mul3NonNeg(lumaPlanes, w, h), mul3NonNeg(2, cw, ch)) < 0 {
		panic("image: New" + imageTypeName + " Rectangle has huge or negative dimensions")
	}
	i0 := w * h
	i1 := i0 + cw*ch
	i2 := i1 + cw*ch
	b := make([]byte, i2+(lumaPlanes-1)*w*h)
	return &NYCbCrA{
		YCbCr: YCbCr{
			Y:              b[:i0:i0],
			Cb:             b[i0:i1:i1],
			Cr:             b[i1:i2:i2],
			SubsampleRatio: subsampleRatio,
			YStride:        w,
			CStride:        cw,
			Rect:           r,
		},
		A:       b[i2:],
		AStride: w,
	}
}

// NYCbCrA is an in-memory image of non-alpha-premultiplied Y'CbCr-with-alpha
// colors. A and AStride are analogous to the Y and YStride fields of the
// embedded YCbCr.
type NYCbCrA struct {
	YCbCr
	A       []uint8
	AStride int
}

func (p *NYCbCrA) ColorModel() color.Model { return color.NYCbCrAModel }

func (p *NYCbCrA) At(x, y int) color.Color { return p.NYCbCrAAt(x, y) }

func (p *NYCbCrA) RGBA64At(x, y int) color.RGBA64 { return rgba64(p.NYCbCrAAt(x, y)) }

func (p *NYCbCrA) NYCbCrAAt(x, y int) color.NYCbCrA {
	if !(Point{X: x, Y: y}.In(p.Rect)) {
		return color.NYCbCrA{}
	}
	return color.NYCbCrA{YCbCr: p.YCbCrAt(x, y), A: p.A[p.AOffset(x, y)]}
}

// AOffset returns the index of the first element of A that corresponds to the
// pixel at (x, y).
func (p *NYCbCrA) AOffset(x, y int) int {
	return (y-p.Rect.Min.Y)*p.AStride + (x - p.Rect.Min.X)
}

// SubImage returns an image representing the portion of the image p visible
// through r. The returned value shares pixels with the original image.
func (p *NYCbCrA) SubImage(r Rectangle) Image {
	sub := &NYCbCrA{YCbCr: p.subImage(r)}
	if !sub.Rect.Empty() {
		sub.A = p.A[p.AOffset(sub.Rect.Min.X, sub.Rect.Min.Y):]
		sub.AStride = p.AStride
	}
	return sub
}

// Opaque scans the entire image and reports whether it is fully opaque.
func (p *NYCbCrA) Opaque() bool { return opaque(p.A, p.AStride, p.Rect, 1, 0, 1) }

// NewNYCbCrA returns a new NYCbCrA image with the given bounds and subsample
// ratio.
func NewNYCbCrA(r Rectangle, subsampleRatio YCbCrSubsampleRatio) *NYCbCrA {
	return newYCbCrPlanes(r, subsampleRatio, 2, "NYCbCrA")
}
