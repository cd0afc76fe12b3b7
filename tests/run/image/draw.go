// image/draw: Over and Src through a mask onto RGBA, NRGBA and Gray images,
// a fill, a copy between overlapping parts of one image, clipping to the
// images' bounds, and Floyd-Steinberg dithering onto a two-color palette.
package main

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
)

func show(m image.Image) {
	b := m.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, a := m.At(x, y).RGBA()
			fmt.Printf(" %02x%02x%02x%02x", r>>8, g>>8, bl>>8, a>>8)
		}
		fmt.Println()
	}
}

func main() {
	src := image.NewNRGBA(image.Rect(0, 0, 4, 2))
	for x := 0; x < 4; x++ {
		src.SetNRGBA(x, 0, color.NRGBA{200, 100, 50, uint8(60 * x)})
		src.SetNRGBA(x, 1, color.NRGBA{10, 250, 90, 255})
	}
	mask := image.NewAlpha(image.Rect(0, 0, 4, 2))
	for i := range mask.Pix {
		mask.Pix[i] = uint8(40 * i)
	}
	for _, op := range []draw.Op{draw.Over, draw.Src} {
		dsts := []draw.Image{image.NewRGBA(image.Rect(0, 0, 4, 2)), image.NewNRGBA(image.Rect(0, 0, 4, 2)),
			image.NewGray(image.Rect(0, 0, 4, 2))}
		for _, dst := range dsts {
			draw.Draw(dst, dst.Bounds(), &image.Uniform{color.RGBA{0, 0, 128, 255}}, image.Point{}, draw.Src)
			draw.DrawMask(dst, dst.Bounds(), src, image.Point{}, mask, image.Point{}, op)
			fmt.Printf("%T op %d:\n", dst, op)
			show(dst)
		}
	}

	// A copy within one image, down and right by one pixel.
	m := image.NewRGBA(image.Rect(0, 0, 4, 4))
	for i := range m.Pix {
		m.Pix[i] = uint8(i)
	}
	draw.Draw(m, image.Rect(1, 1, 4, 4), m, image.Point{0, 0}, draw.Src)
	fmt.Println(m.Pix)

	// Clipping: the rectangle reaches past both images.
	small := image.NewGray(image.Rect(0, 0, 3, 3))
	draw.Draw(small, image.Rect(-2, 1, 10, 10), image.NewUniform(color.White), image.Point{}, draw.Over)
	fmt.Println(small.Pix)

	// Floyd-Steinberg: a 50% gray becomes a checkerboard.
	pm := image.NewPaletted(image.Rect(0, 0, 6, 3), color.Palette{color.Black, color.White})
	draw.FloydSteinberg.Draw(pm, pm.Bounds(), &image.Uniform{color.Gray16{0x7fff}}, image.Point{})
	fmt.Println(pm.Pix)
	draw.Src.Draw(pm, pm.Bounds(), &image.Uniform{color.Gray{200}}, image.Point{})
	fmt.Println(pm.Pix)
}
