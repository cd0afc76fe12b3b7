// image/gif: a paletted image encoded byte for byte as Go writes it and
// decoded back; an RGBA image dithered onto Plan9 (and onto 4 colors); an
// animation with delays, disposals, a loop count and a transparent color
// through EncodeAll/DecodeAll; an interlaced file; decoding errors.
package main

import (
	"bytes"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"image/gif"
)

func show(m *image.Paletted) {
	fmt.Printf("  %v, %d colors:", m.Bounds(), len(m.Palette))
	b := m.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			fmt.Print(" ", m.ColorIndexAt(x, y))
		}
		fmt.Print(" |")
	}
	fmt.Println()
}

func main() {
	p := color.Palette{color.RGBA{0, 0, 0, 255}, color.RGBA{255, 0, 0, 255}, color.RGBA{0, 0, 255, 255}}
	pm := image.NewPaletted(image.Rect(0, 0, 6, 3), p)
	for i := range pm.Pix {
		pm.Pix[i] = uint8((i*i + i/4) % 3)
	}
	var buf bytes.Buffer
	if err := gif.Encode(&buf, pm, nil); err != nil {
		fmt.Println(err)
	}
	fmt.Printf("% x\n", buf.Bytes())
	m, err := gif.Decode(bytes.NewReader(buf.Bytes()))
	fmt.Println(err, m.(*image.Paletted).Palette[1])
	show(m.(*image.Paletted))

	rgba := image.NewRGBA(image.Rect(0, 0, 8, 4))
	for y := 0; y < 4; y++ {
		for x := 0; x < 8; x++ {
			rgba.Set(x, y, color.RGBA{uint8(30 * x), uint8(60 * y), 128, 255})
		}
	}
	for _, opts := range []*gif.Options{nil, {NumColors: 4}} {
		buf.Reset()
		err := gif.Encode(&buf, rgba, opts)
		fmt.Println(buf.Len(), crc32.ChecksumIEEE(buf.Bytes()), err)
		m, err := gif.Decode(&buf)
		fmt.Println(err)
		show(m.(*image.Paletted))
	}

	// An animation: the second frame is smaller, offset, and has a
	// transparent color.
	frame1 := image.NewPaletted(image.Rect(0, 0, 4, 4), p)
	p2 := color.Palette{color.RGBA{0, 255, 0, 255}, color.RGBA{}}
	frame2 := image.NewPaletted(image.Rect(1, 1, 3, 4), p2)
	frame2.Pix = []uint8{0, 1, 1, 0, 0, 0}
	anim := &gif.GIF{
		Image:     []*image.Paletted{frame1, frame2},
		Delay:     []int{10, 250},
		Disposal:  []byte{gif.DisposalNone, gif.DisposalBackground},
		LoopCount: 3,
	}
	buf.Reset()
	fmt.Println(gif.EncodeAll(&buf, anim), buf.Len(), crc32.ChecksumIEEE(buf.Bytes()))
	cfg, err := gif.DecodeConfig(bytes.NewReader(buf.Bytes()))
	fmt.Println(cfg.Width, cfg.Height, err)
	g, err := gif.DecodeAll(&buf)
	fmt.Println(err, len(g.Image), g.Delay, g.Disposal, g.LoopCount, g.BackgroundIndex)
	for _, f := range g.Image {
		show(f)
		fmt.Println("  ", f.Palette)
	}

	// An interlaced 1x9 image (rows stored as 0 8 | 4 | 2 6 | 1 3 5 7).
	interlaced := []byte("GIF89a\x01\x00\x09\x00\x80\x00\x00" +
		"\x00\x00\x00\xff\xff\xff" +
		"\x2c\x00\x00\x00\x00\x01\x00\x09\x00\x40\x02")
	var data bytes.Buffer
	encodeIndexes(&data, []byte{0, 1, 0, 1, 0, 1, 0, 1, 0})
	interlaced = append(interlaced, data.Bytes()...)
	interlaced = append(interlaced, 0x3b)
	m, err = gif.Decode(bytes.NewReader(interlaced))
	fmt.Println(err)
	if err == nil {
		show(m.(*image.Paletted))
	}

	// Errors.
	for _, b := range []string{"GIF87", "PNG89a\x01\x00\x01\x00\x00\x00\x00", "GIF89a\x01\x00\x01\x00\x00\x00\x00\x3b",
		"GIF89a\x01\x00\x01\x00\x00\x00\x00\x2c\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x00",
		"GIF89a\x01\x00\x01\x00\x00\x00\x00\x99"} {
		_, err := gif.Decode(bytes.NewReader([]byte(b)))
		fmt.Println(err)
	}
}

// encodeIndexes writes the 2-bit-literal LZW data of pixels in sub-blocks
// (through gif itself: the image data of a 1-wide GIF, without the
// minimum code size before it and the trailer after it).
func encodeIndexes(w *bytes.Buffer, pixels []byte) {
	m := image.NewPaletted(image.Rect(0, 0, 1, len(pixels)), color.Palette{color.Black, color.White})
	m.Pix = pixels
	var b bytes.Buffer
	gif.Encode(&b, m, nil)
	// Skip the header, the 2-color table, the image descriptor and the
	// minimum code size.
	w.Write(b.Bytes()[13+6+10+1 : b.Len()-1])
}
