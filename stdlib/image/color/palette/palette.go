// Package palette provides standard color palettes.
package palette

import "image/color"

// Plan9 is a 256-color palette that partitions the 24-bit RGB space
// into 4×4×4 subdivision, with 4 shades in each subcube. Compared to the
// WebSafe, the idea is to reduce the color resolution by dicing the
// color cube into fewer cells, and to use the extra space to increase the
// intensity resolution. This results in 16 gray shades (4 gray subcubes with
// 4 samples in each), 13 shades of each primary and secondary color (3
// subcubes with 4 samples plus black) and a reasonable selection of colors
// covering the rest of the color cube. The advantage is better representation
// of continuous tones.
//
// This palette was used in the Plan 9 Operating System, described at
// https://9p.io/magic/man2html/6/color
var Plan9 = plan9()

// WebSafe is a 216-color palette that was popularized by early versions
// of Netscape Navigator. It is also known as the Netscape Color Cube.
//
// See https://en.wikipedia.org/wiki/Web_colors#Web-safe_colors for details.
var WebSafe = webSafe()

// plan9 makes Plan 9's color map (rgbv): each color is a subcube r, g, b
// (0 to 3 each) and a shade v (0 to 3) within it. The index holds r and
// v in its top four bits, and in its low four bits 4g+b offset by v-r
// (mod 16), the layout Plan 9's draw library uses.
func plan9() []color.Color {
	p := make([]color.Color, 256)
	for r := 0; r < 4; r++ {
		for v := 0; v < 4; v++ {
			for g := 0; g < 4; g++ {
				for b := 0; b < 4; b++ {
					i := 64*r + 16*v + (4*g+b+v-r)&15
					p[i] = plan9Color(r, g, b, v)
				}
			}
		}
	}
	return p
}

// plan9Color returns shade v of subcube r, g, b: the subcube's hue,
// scaled so that its largest channel den steps 17*(4*den+v), from 0x44
// for the darkest cube's first shade to 0xff. The black subcube's shades
// are the grays 0x11*v.
func plan9Color(r, g, b, v int) color.Color {
	den := r
	if g > den {
		den = g
	}
	if b > den {
		den = b
	}
	if den == 0 {
		y := uint8(0x11 * v)
		return color.RGBA{y, y, y, 0xff}
	}
	num := 17 * (4*den + v)
	return color.RGBA{uint8(r * num / den), uint8(g * num / den), uint8(b * num / den), 0xff}
}

// webSafe makes the 6×6×6 cube of channels 0x00, 0x33, ..., 0xff.
func webSafe() []color.Color {
	p := make([]color.Color, 0, 216)
	for r := 0; r < 6; r++ {
		for g := 0; g < 6; g++ {
			for b := 0; b < 6; b++ {
				p = append(p, color.RGBA{uint8(0x33 * r), uint8(0x33 * g), uint8(0x33 * b), 0xff})
			}
		}
	}
	return p
}
