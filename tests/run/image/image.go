// Tests package image: every image type's New, Set/At, its own At and
// Set methods, RGBA64At, Bounds, SubImage (sharing pixels), Opaque and
// PixOffset; Y'CbCr images of each subsample ratio; Paletted and
// Uniform; a Rectangle as an image; RegisterFormat and Decode with a
// format of the program's own; the panic of a bad rectangle.
package main

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/color/palette"
	"io"
	"strings"
)

type settable interface {
	image.Image
	Set(x, y int, c color.Color)
	SubImage(r image.Rectangle) image.Image
	Opaque() bool
}

func pixels(m image.Image) {
	b := m.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			fmt.Print(" ", m.At(x, y))
		}
	}
	fmt.Println()
}

func images() {
	r := image.Rect(-1, 2, 3, 4)
	ms := []settable{
		image.NewRGBA(r), image.NewRGBA64(r), image.NewNRGBA(r), image.NewNRGBA64(r),
		image.NewAlpha(r), image.NewAlpha16(r), image.NewGray(r), image.NewGray16(r),
		image.NewCMYK(r), image.NewPaletted(r, palette.WebSafe),
	}
	for _, m := range ms {
		fmt.Printf("%T %v opaque=%v\n", m, m.Bounds(), m.Opaque())
		m.Set(0, 2, color.NRGBA{0xc0, 0x60, 0x30, 0x80})
		m.Set(2, 3, color.RGBA{0x10, 0x20, 0x30, 0xff})
		m.Set(5, 5, color.White) // outside: ignored
		pixels(m)
		sub := m.SubImage(image.Rect(0, 2, 10, 3)).(settable)
		sub.Set(1, 2, color.Gray{0x77})
		fmt.Print("  sub", sub.Bounds())
		pixels(sub)
		fmt.Print("  after")
		pixels(m)
		fmt.Println("  empty sub", m.SubImage(image.Rect(10, 10, 12, 12)).Bounds(), "out", m.At(9, 9))
		fmt.Println("  rgba64", m.(image.RGBA64Image).RGBA64At(2, 3), "opaque", sub.Opaque())
	}
	rgba := image.NewRGBA(r)
	rgba.SetRGBA(1, 3, color.RGBA{1, 2, 3, 4})
	fmt.Println(rgba.PixOffset(1, 3), rgba.Pix, rgba.Stride, rgba.RGBAAt(1, 3))
	g16 := image.NewGray16(r)
	g16.SetGray16(0, 2, color.Gray16{0xabcd})
	fmt.Println(g16.Pix, g16.Gray16At(0, 2))
	pal := image.NewPaletted(r, color.Palette{color.Black, color.White})
	pal.SetColorIndex(1, 2, 1)
	fmt.Println(pal.Pix, pal.ColorIndexAt(1, 2), pal.At(1, 2), pal.ColorModel().Convert(color.Gray{200}))
}

func ycbcr() {
	r := image.Rect(1, 1, 6, 4)
	for s := image.YCbCrSubsampleRatio444; s <= image.YCbCrSubsampleRatio410+1; s++ {
		m := image.NewYCbCr(r, s)
		fmt.Println(s, len(m.Y), len(m.Cb), len(m.Cr), m.YStride, m.CStride, m.COffset(5, 3))
		for i := range m.Y {
			m.Y[i] = uint8(20 * i)
		}
		for i := range m.Cb {
			m.Cb[i], m.Cr[i] = uint8(30*i), uint8(255-30*i)
		}
		pixels(m)
		fmt.Println("  sub", m.SubImage(image.Rect(3, 2, 5, 4)).At(4, 3), m.YCbCrAt(4, 3), m.Opaque())
	}
	a := image.NewNYCbCrA(r, image.YCbCrSubsampleRatio420)
	for i := range a.A {
		a.A[i] = uint8(40 * i)
	}
	fmt.Println(len(a.A), a.AStride, a.Opaque(), a.At(2, 2), a.NYCbCrAAt(5, 3), a.SubImage(image.Rect(2, 2, 4, 3)).Bounds())
}

func uniforms() {
	u := image.NewUniform(color.NRGBA{0xff, 0, 0, 0x80})
	fmt.Println(u.Bounds(), u.At(1e6, -7), u.Opaque(), image.Opaque.Opaque(), u.RGBA64At(0, 0))
	fmt.Println(u.ColorModel().Convert(color.White), image.Black.C, image.Transparent.C)
	rect := image.Rect(0, 0, 2, 2)
	fmt.Println(rect.At(1, 1), rect.At(2, 2), rect.RGBA64At(0, 0), rect.Bounds(), rect.ColorModel().Convert(color.Gray{9}))
}

// A format of our own: "TINY" then a width and height digit, then the
// gray value of each pixel as a letter.
func decodeTiny(r io.Reader) (image.Image, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	w, h := int(b[4]-'0'), int(b[5]-'0')
	if len(b) != 6+w*h {
		return nil, errors.New("tiny: bad length")
	}
	m := image.NewGray(image.Rect(0, 0, w, h))
	for i, c := range b[6:] {
		m.Pix[i] = (c - 'a') * 10
	}
	return m, nil
}

func decodeTinyConfig(r io.Reader) (image.Config, error) {
	b := make([]byte, 6)
	if _, err := io.ReadFull(r, b); err != nil {
		return image.Config{}, err
	}
	return image.Config{ColorModel: color.GrayModel, Width: int(b[4] - '0'), Height: int(b[5] - '0')}, nil
}

func formats() {
	image.RegisterFormat("tiny", "TI?Y", decodeTiny, decodeTinyConfig)
	for _, in := range []string{"TINY32abcdef", "TIXY11z", "TINY22abc", "PNG!"} {
		m, name, err := image.Decode(strings.NewReader(in))
		fmt.Print(name, " ", err)
		if m != nil {
			pixels(m)
		} else {
			fmt.Println()
		}
		c, name, err := image.DecodeConfig(strings.NewReader(in))
		fmt.Println(" config", c.Width, c.Height, name, err)
	}
}

func badRectangle() {
	defer func() { fmt.Println("panic:", recover()) }()
	image.NewRGBA(image.Rectangle{Max: image.Point{-1, 5}})
}

func main() {
	images()
	ycbcr()
	uniforms()
	formats()
	badRectangle()
	var _ image.PalettedImage = image.NewPaletted(image.Rect(0, 0, 1, 1), nil)
}
