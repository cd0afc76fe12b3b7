package jpeg

// This file implements the entropy-coded side of decoding: reading the bits
// of a scan (ITU T.81 F.2.2.5), Huffman tables (DHT segments, Annex C) and
// decoding their codes (F.2.2.3), with a lookup table for codes up to 8 bits
// long.

import "io"

const (
	maxCodeLength = 16  // a Huffman code is 1 to 16 bits long
	maxNCodes     = 256 // a table codes at most every byte value
	lutBits       = 8   // codes this short decode with one table lookup
)

// A huffman is a decoding table for one DHT table.
type huffman struct {
	nCodes int32
	// lut maps the next lutBits bits of input to value<<8 | code length
	// when they start with a code of that length or less; 0 otherwise.
	lut [1 << lutBits]uint16
	// vals are the coded values, in order of increasing code.
	vals [maxNCodes]uint8
	// Per code length minus one: the smallest and largest codes of that
	// length (-1 if none) and the index in vals of the smallest's value.
	minCodes, maxCodes, valsIndices [maxCodeLength]int32
}

var (
	errShortHuffmanData = FormatError("short Huffman data")
	// errMissingFF00 says a scan's bits ran into a marker: scan data
	// escapes its 0xff bytes as 0xff 0x00.
	errMissingFF00 = FormatError("missing 0xff00 sequence")
)

// A scanBits is the bit reader's state: the n low bits of a, most significant
// first, are the scan's next bits.
type scanBits struct {
	a uint32
	n uint
}

// readScanByte returns the next byte of entropy-coded data, turning 0xff
// 0x00 back into 0xff. It stops, without consuming it, at a marker: the
// scan's end or a restart marker, which the caller reads next.
func (d *decoder) readScanByte() (byte, error) {
	err := d.ensureBuffered(2)
	if d.i == d.j || d.buf[d.i] == 0xff && d.j-d.i < 2 {
		if err == io.EOF {
			err = errShortHuffmanData
		}
		return 0, err
	}
	x := d.buf[d.i]
	if x != 0xff {
		d.i++
		return x, nil
	}
	if d.buf[d.i+1] != 0x00 {
		return 0, errMissingFF00
	}
	d.i += 2
	return 0xff, nil
}

// ensureBits reads scan bytes until at least n bits are unread.
func (d *decoder) ensureBits(n uint) error {
	for d.bits.n < n {
		c, err := d.readScanByte()
		if err != nil {
			return err
		}
		d.bits.a = d.bits.a<<8 | uint32(c)
		d.bits.n += 8
	}
	return nil
}

// decodeBits returns the next n bits as an unsigned number.
func (d *decoder) decodeBits(n uint) (uint32, error) {
	if err := d.ensureBits(n); err != nil {
		return 0, err
	}
	d.bits.n -= n
	return d.bits.a >> d.bits.n & (1<<n - 1), nil
}

// decodeBit returns the next bit.
func (d *decoder) decodeBit() (bool, error) {
	b, err := d.decodeBits(1)
	return b == 1, err
}

// receiveExtend reads a t-bit coefficient difference and extends its sign
// (F.2.2.1): the t-bit values below 1<<(t-1) stand for the negative ones,
// so with t = 3, 0b000 is -7, 0b011 is -4, 0b100 is 4 and 0b111 is 7.
func (d *decoder) receiveExtend(t uint8) (int32, error) {
	if t == 0 {
		return 0, nil
	}
	u, err := d.decodeBits(uint(t))
	if err != nil {
		return 0, err
	}
	x := int32(u)
	if x < 1<<(t-1) {
		x += -1<<t + 1
	}
	return x, nil
}

// decodeHuffman decodes the next value coded with h.
func (d *decoder) decodeHuffman(h *huffman) (uint8, error) {
	if h.nCodes == 0 {
		return 0, FormatError("uninitialized Huffman table")
	}
	if err := d.ensureBits(lutBits); err != nil {
		if err != errMissingFF00 && err != errShortHuffmanData {
			return 0, err
		}
		// The scan's last bits: its last code may still be among them.
		return d.decodeHuffmanBitByBit(h)
	}
	if v := h.lut[d.bits.a>>(d.bits.n-lutBits)&(1<<lutBits-1)]; v != 0 {
		d.bits.n -= uint(v & 0xff)
		return uint8(v >> 8), nil
	}
	return d.decodeHuffmanBitByBit(h)
}

// decodeHuffmanBitByBit decodes a code one bit at a time, as in F.2.2.3:
// codes of each length are consecutive numbers, so the code read so far is
// complete when it is at most the largest code of its length.
func (d *decoder) decodeHuffmanBitByBit(h *huffman) (uint8, error) {
	code := int32(0)
	for i := 0; i < maxCodeLength; i++ {
		b, err := d.decodeBits(1)
		if err != nil {
			return 0, err
		}
		code = code<<1 | int32(b)
		if code <= h.maxCodes[i] {
			return h.vals[h.valsIndices[i]+code-h.minCodes[i]], nil
		}
	}
	return 0, FormatError("bad Huffman code")
}

// processDHT reads a DHT segment of n bytes: one or more tables, each a
// class and destination byte, 16 counts of codes per length, the values.
func (d *decoder) processDHT(n int) error {
	for n > 0 {
		if n < 17 {
			return FormatError("DHT has wrong length")
		}
		if err := d.readFull(d.tmp[:17]); err != nil {
			return err
		}
		tc, th := d.tmp[0]>>4, d.tmp[0]&0x0f
		if tc > maxTc {
			return FormatError("bad Tc value")
		}
		if th > maxTh || (d.baseline && th > 1) {
			return FormatError("bad Th value")
		}
		var counts [maxCodeLength]int32
		total := int32(0)
		for i := range counts {
			counts[i] = int32(d.tmp[1+i])
			total += counts[i]
		}
		if total == 0 {
			return FormatError("Huffman table has zero length")
		}
		if total > maxNCodes {
			return FormatError("Huffman table has excessive length")
		}
		n -= 17 + int(total)
		if n < 0 {
			return FormatError("DHT has wrong length")
		}
		h := &d.huff[tc][th]
		h.nCodes = total
		if err := d.readFull(h.vals[:total]); err != nil {
			return err
		}
		if err := h.build(&counts); err != nil {
			return err
		}
	}
	return nil
}

// build assigns the canonical codes (C.2): each length's codes follow the
// shorter ones', counting up, then shifted left one bit per length.
func (h *huffman) build(counts *[maxCodeLength]int32) error {
	h.lut = [1 << lutBits]uint16{}
	code, index := int32(0), int32(0)
	for i, count := range counts {
		length := uint(i + 1)
		h.minCodes[i], h.maxCodes[i], h.valsIndices[i] = -1, -1, -1
		if count > 0 {
			h.minCodes[i], h.maxCodes[i], h.valsIndices[i] = code, code+count-1, index
		}
		if code+count > 1<<length {
			return FormatError("bad Huffman table")
		}
		if length <= lutBits {
			h.fillLUT(code, count, index, length)
		}
		code, index = (code+count)<<1, index+count
	}
	return nil
}

// fillLUT enters count codes of the given length, from code on, whose
// values start at vals[index]: each fills the lookup entries of every
// lutBits-bit input that starts with it.
func (h *huffman) fillLUT(code, count, index int32, length uint) {
	for c := code; c < code+count; c++ {
		entry := uint16(h.vals[index+c-code])<<8 | uint16(length)
		first := c << (lutBits - length)
		for k := int32(0); k < 1<<(lutBits-length); k++ {
			h.lut[first+k] = entry
		}
	}
}
