// Tests image/color and image/color/palette: every color type's RGBA,
// every model's conversion of colors of other types (premultiplied and
// not, translucent and transparent), Y'CbCr and CMYK round trips over a
// range of values, Palette.Index/Convert, and the standard palettes.
package main

import (
	"fmt"
	"image/color"
	"image/color/palette"
)

var colors = []color.Color{
	color.RGBA{0x80, 0x40, 0x20, 0xc0},
	color.RGBA64{0x1234, 0x5678, 0x9abc, 0xdef0},
	color.NRGBA{0xff, 0x80, 0x01, 0x7f},
	color.NRGBA64{0xffff, 0x8000, 0x0001, 0x1357},
	color.NRGBA{0x12, 0x34, 0x56, 0},
	color.Alpha{0x99},
	color.Alpha16{0x9999},
	color.Gray{0x42},
	color.Gray16{0x4242},
	color.CMYK{0x10, 0x80, 0xf0, 0x20},
	color.YCbCr{0x60, 0x30, 0xd0},
	color.NYCbCrA{color.YCbCr{0xb0, 0x10, 0x90}, 0x40},
	color.Black, color.White, color.Transparent, color.Opaque,
}

var models = []struct {
	name string
	m    color.Model
}{
	{"RGBA", color.RGBAModel}, {"RGBA64", color.RGBA64Model}, {"NRGBA", color.NRGBAModel},
	{"NRGBA64", color.NRGBA64Model}, {"Alpha", color.AlphaModel}, {"Alpha16", color.Alpha16Model},
	{"Gray", color.GrayModel}, {"Gray16", color.Gray16Model}, {"CMYK", color.CMYKModel},
	{"YCbCr", color.YCbCrModel}, {"NYCbCrA", color.NYCbCrAModel},
}

func main() {
	for _, c := range colors {
		r, g, b, a := c.RGBA()
		fmt.Printf("%T%v: %04x %04x %04x %04x\n", c, c, r, g, b, a)
		for _, m := range models {
			fmt.Printf("  %s %v\n", m.name, m.m.Convert(c))
		}
	}
	for v := 0; v < 256; v += 17 {
		y, cb, cr := color.RGBToYCbCr(uint8(v), uint8(255-v), uint8(v*5))
		r, g, b := color.YCbCrToRGB(y, cb, cr)
		c, m, yy, k := color.RGBToCMYK(uint8(v), uint8(255-v), uint8(v*5))
		r2, g2, b2 := color.CMYKToRGB(c, m, yy, k)
		fmt.Println(v, "ycbcr", y, cb, cr, "->", r, g, b, "cmyk", c, m, yy, k, "->", r2, g2, b2)
		fmt.Println("  clamped", color.YCbCr{uint8(v), 0, 255}, fmt.Sprint(color.YCbCrToRGB(uint8(v), 255, 0)))
	}
	p := color.Palette(palette.WebSafe)
	for _, c := range colors {
		fmt.Println("websafe", p.Index(c), p.Convert(c), "plan9", color.Palette(palette.Plan9).Index(c))
	}
	fmt.Println(color.Palette(nil).Convert(color.White), len(palette.Plan9), len(palette.WebSafe))
	for i := 0; i < 256; i += 37 {
		fmt.Println("plan9", i, palette.Plan9[i])
	}
}
