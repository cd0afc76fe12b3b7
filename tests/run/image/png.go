// image/png: images of each kind encoded (the header's bit depth and color
// type, the chunks, and the file's length and CRC: Go's filters and
// compressor, byte for byte) and decoded back; hand-made files for what Encode never
// writes: Adam7 interlacing, 16-bit gray with a tRNS key, 2-bit gray, and
// the four filters; decoding errors; image.Decode finding the format.
package main

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"image/png"
)

// chunks lists the chunk names of a PNG file.
func chunks(b []byte) []string {
	var names []string
	for i := 8; i+8 <= len(b); {
		n := int(binary.BigEndian.Uint32(b[i:]))
		names = append(names, string(b[i+4:i+8]))
		i += 12 + n
	}
	return names
}

func show(m image.Image) {
	b := m.Bounds()
	fmt.Printf("  %T %v:", m, b)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			fmt.Print(" ", m.At(x, y))
		}
		fmt.Print(" |")
	}
	fmt.Println()
}

func roundTrip(name string, m image.Image, level png.CompressionLevel) {
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: level}
	if err := enc.Encode(&buf, m); err != nil {
		fmt.Println(name, "encode:", err)
		return
	}
	b := buf.Bytes()
	fmt.Printf("%s: depth %d, color type %d, %v, %d bytes, crc %08x\n", name, b[24], b[25], chunks(b), len(b), crc32.ChecksumIEEE(b))
	d, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		fmt.Println("  decode:", err)
		return
	}
	show(d)
}

// chunk returns one chunk with its length and CRC.
func chunk(name string, data []byte) []byte {
	var b []byte
	b = binary.BigEndian.AppendUint32(b, uint32(len(data)))
	b = append(b, name...)
	b = append(b, data...)
	return binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(b[4:]))
}

// makePNG builds a file from its header fields and its filtered rows.
func makePNG(w, h int, depth, colorType, interlace byte, rows []byte, extra ...[]byte) []byte {
	ihdr := binary.BigEndian.AppendUint32(nil, uint32(w))
	ihdr = binary.BigEndian.AppendUint32(ihdr, uint32(h))
	ihdr = append(ihdr, depth, colorType, 0, 0, interlace)
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write(rows)
	zw.Close()
	b := []byte("\x89PNG\r\n\x1a\n")
	b = append(b, chunk("IHDR", ihdr)...)
	for _, c := range extra {
		b = append(b, c...)
	}
	b = append(b, chunk("IDAT", z.Bytes())...)
	return append(b, chunk("IEND", nil)...)
}

func decode(name string, b []byte) {
	m, err := png.Decode(bytes.NewReader(b))
	fmt.Println(name+":", err)
	if err == nil {
		show(m)
	}
}

func main() {
	r := image.Rect(0, 0, 3, 2)
	gray := image.NewGray(r)
	rgba := image.NewRGBA(r)
	nrgba := image.NewNRGBA(r)
	gray16 := image.NewGray16(r)
	rgba64 := image.NewRGBA64(r)
	for y := 0; y < 2; y++ {
		for x := 0; x < 3; x++ {
			v := uint8(40*x + 100*y)
			gray.SetGray(x, y, color.Gray{v})
			rgba.SetRGBA(x, y, color.RGBA{v, 255 - v, 7, 255})
			nrgba.SetNRGBA(x, y, color.NRGBA{v, 9, 200, uint8(60 * (x + y))})
			gray16.SetGray16(x, y, color.Gray16{uint16(v)<<8 | 0x34})
			rgba64.SetRGBA64(x, y, color.RGBA64{0x1234, uint16(v) << 8, 0x8000, 0xffff})
		}
	}
	roundTrip("gray", gray, png.DefaultCompression)
	roundTrip("rgba", rgba, png.BestSpeed)
	roundTrip("nrgba", nrgba, png.BestCompression)
	roundTrip("gray16", gray16, png.NoCompression)
	roundTrip("rgba64", rgba64, png.DefaultCompression)
	roundTrip("sub-image", rgba.SubImage(image.Rect(1, 1, 3, 2)), png.DefaultCompression)
	for _, n := range []int{2, 3, 16, 17} {
		p := make(color.Palette, n)
		for i := range p {
			p[i] = color.NRGBA{uint8(i * 10), 0, 0, 255}
		}
		p[1] = color.NRGBA{0, 0, 255, 128}
		pm := image.NewPaletted(r, p)
		for i := range pm.Pix {
			pm.Pix[i] = uint8(i % n)
		}
		roundTrip(fmt.Sprintf("paletted %d", n), pm, png.DefaultCompression)
	}

	// Adam7: a 5x3 gray image, pass by pass (every row filtered None).
	var rows []byte
	passes := [][4]int{{8, 8, 0, 0}, {8, 8, 4, 0}, {4, 8, 0, 4}, {4, 4, 2, 0}, {2, 4, 0, 2}, {2, 2, 1, 0}, {1, 2, 0, 1}}
	for _, p := range passes {
		for y := p[3]; y < 3; y += p[1] {
			if p[2] >= 5 {
				break
			}
			rows = append(rows, 0)
			for x := p[2]; x < 5; x += p[0] {
				rows = append(rows, uint8(10*y+x))
			}
		}
	}
	decode("adam7", makePNG(5, 3, 8, 0, 1, rows))

	// 16-bit gray with a transparent key: 0x0102 becomes transparent.
	decode("gray16 tRNS", makePNG(2, 1, 16, 0, 0, []byte{0, 1, 2, 0xff, 0xee}, chunk("tRNS", []byte{1, 2})))
	// 2-bit gray: four samples in a byte.
	decode("gray2", makePNG(5, 1, 2, 0, 0, []byte{0, 0x1b, 0xc0}))
	// Truecolor rows under the Sub, Up, Average and Paeth filters.
	decode("filters", makePNG(2, 4, 8, 2, 0, []byte{
		1, 10, 20, 30, 5, 5, 5,
		2, 1, 1, 1, 2, 2, 2,
		3, 4, 4, 4, 8, 8, 8,
		4, 1, 2, 3, 4, 5, 6,
	}))

	// Errors.
	good := makePNG(1, 1, 8, 0, 0, []byte{0, 7})
	bad := append([]byte(nil), good...)
	bad[len(bad)-20] ^= 1 // inside the IDAT data
	decode("corrupt", bad)
	decode("truncated", good[:40])
	decode("not png", []byte("GIF89a"))
	decode("bad depth", makePNG(1, 1, 3, 0, 0, []byte{0, 7}))
	decode("bad filter", makePNG(1, 1, 8, 0, 0, []byte{9, 7}))
	decode("short", makePNG(1, 2, 8, 0, 0, []byte{0, 7}))

	cfg, format, err := image.DecodeConfig(bytes.NewReader(good))
	fmt.Println(format, cfg.Width, cfg.Height, cfg.ColorModel == color.GrayModel, err)
	m, format, err := image.Decode(bytes.NewReader(good))
	fmt.Println(format, m.At(0, 0), err)
}
