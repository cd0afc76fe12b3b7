package jpeg

// This file implements scans (SOS segments and the entropy-coded data after
// them): sequential ones, which decode each block whole, and progressive
// ones (Annex G), which send a band of coefficients (spectral selection) or
// one more bit of them (successive approximation) per scan, so blocks are
// kept as coefficients until the image ends.

import "image"

// A scanComponent is one component of a scan and its Huffman tables.
type scanComponent struct {
	compIndex int
	td, ta    uint8 // DC and AC table selectors
}

// A scan is the state of one SOS segment's decoding.
type scan struct {
	comps            []scanComponent
	zigStart, zigEnd int32                // the band of coefficients, in zig-zag order
	ah, al           uint32               // successive approximation: previous and current bit position
	mxx, myy         int                  // the image's size in MCUs
	dc               [maxComponents]int32 // the DC predictions (F.2.1.3.1)
	block            block                // a sequential scan's block
}

// subsampleRatios maps how many luma samples there are across and down
// per chroma sample (setSampling allows 1, 2 or 4 across, 1 or 2 down) to
// the image's chroma subsampling.
var subsampleRatios = [5][3]image.YCbCrSubsampleRatio{
	1: {1: image.YCbCrSubsampleRatio444, 2: image.YCbCrSubsampleRatio440},
	2: {1: image.YCbCrSubsampleRatio422, 2: image.YCbCrSubsampleRatio420},
	4: {1: image.YCbCrSubsampleRatio411, 2: image.YCbCrSubsampleRatio410},
}

// makeImg allocates the image planes for mxx×myy MCUs, whole MCUs so that
// every block has room, then cuts the image to its size.
func (d *decoder) makeImg(mxx, myy int) {
	if d.nComp == 1 {
		m := image.NewGray(image.Rect(0, 0, 8*mxx, 8*myy))
		d.img1 = m.SubImage(image.Rect(0, 0, d.width, d.height)).(*image.Gray)
		return
	}
	h0, v0 := d.comp[0].h, d.comp[0].v
	ratio := subsampleRatios[h0/d.comp[1].h][v0/d.comp[1].v]
	m := image.NewYCbCr(image.Rect(0, 0, 8*h0*mxx, 8*v0*myy), ratio)
	d.img3 = m.SubImage(image.Rect(0, 0, d.width, d.height)).(*image.YCbCr)
	if d.nComp == 4 {
		h3, v3 := d.comp[3].h, d.comp[3].v
		d.blackStride = 8 * h3 * mxx
		d.blackPix = make([]byte, d.blackStride*8*v3*myy)
	}
}

// componentBlocks returns how many blocks across and down component i
// covers: its share of the image, rounded up to whole blocks (A.2.1).
func (d *decoder) componentBlocks(i int) (wide, high int) {
	rh := 8 * d.comp[0].h / d.comp[i].h // pixels across per block
	rv := 8 * d.comp[0].v / d.comp[i].v
	return (d.width + rh - 1) / rh, (d.height + rv - 1) / rv
}

// processSOS reads a scan header of n bytes, then decodes the scan.
func (d *decoder) processSOS(n int) error {
	if d.nComp == 0 {
		return FormatError("missing SOF marker")
	}
	if n < 6 || 4+2*d.nComp < n || n%2 != 0 {
		return FormatError("SOS has wrong length")
	}
	if err := d.readFull(d.tmp[:n]); err != nil {
		return err
	}
	s, err := d.parseScanHeader(n)
	if err != nil {
		return err
	}
	h0, v0 := d.comp[0].h, d.comp[0].v
	s.mxx = (d.width + 8*h0 - 1) / (8 * h0)
	s.myy = (d.height + 8*v0 - 1) / (8 * v0)
	if d.img1 == nil && d.img3 == nil {
		d.makeImg(s.mxx, s.myy)
	}
	if d.progressive {
		for _, sc := range s.comps {
			c := d.comp[sc.compIndex]
			if d.progCoeffs[sc.compIndex] == nil {
				d.progCoeffs[sc.compIndex] = make([]block, s.mxx*s.myy*c.h*c.v)
			}
		}
	}
	return d.decodeScan(s)
}

// parseScanHeader checks the scan header in d.tmp[:n]: its components and
// tables, and for a progressive image its band and bit positions.
func (d *decoder) parseScanHeader(n int) (*scan, error) {
	nComp := int(d.tmp[0])
	if n != 4+2*nComp {
		return nil, FormatError("SOS length inconsistent with number of components")
	}
	s := &scan{zigEnd: blockSize - 1}
	totalHV := 0
	for i := 0; i < nComp; i++ {
		sc := scanComponent{compIndex: -1, td: d.tmp[2+2*i] >> 4, ta: d.tmp[2+2*i] & 0x0f}
		for j, comp := range d.comp[:d.nComp] {
			if comp.c == d.tmp[1+2*i] {
				sc.compIndex = j
			}
		}
		if sc.compIndex < 0 {
			return nil, FormatError("unknown component selector")
		}
		for _, other := range s.comps {
			if other.compIndex == sc.compIndex {
				return nil, FormatError("repeated component selector")
			}
		}
		totalHV += d.comp[sc.compIndex].h * d.comp[sc.compIndex].v
		if sc.td > maxTh || (d.baseline && sc.td > 1) {
			return nil, FormatError("bad Td value")
		}
		if sc.ta > maxTh || (d.baseline && sc.ta > 1) {
			return nil, FormatError("bad Ta value")
		}
		s.comps = append(s.comps, sc)
	}
	// B.2.3: an MCU holds at most 10 blocks.
	if d.nComp > 1 && totalHV > 10 {
		return nil, FormatError("total sampling factors too large")
	}
	if !d.progressive {
		return s, nil
	}
	s.zigStart, s.zigEnd = int32(d.tmp[1+2*nComp]), int32(d.tmp[2+2*nComp])
	s.ah, s.al = uint32(d.tmp[3+2*nComp]>>4), uint32(d.tmp[3+2*nComp]&0x0f)
	if (s.zigStart == 0 && s.zigEnd != 0) || s.zigStart > s.zigEnd || blockSize <= s.zigEnd {
		return nil, FormatError("bad spectral selection bounds")
	}
	if s.zigStart != 0 && nComp != 1 {
		return nil, FormatError("progressive AC coefficients for more than one component")
	}
	if s.ah != 0 && s.ah != s.al+1 {
		return nil, FormatError("bad successive approximation values")
	}
	return s, nil
}

// decodeScan decodes the scan's MCUs in order, with a restart marker after
// every d.ri of them. A scan of several components interleaves them: its
// MCU holds h×v blocks of each. A scan of one component is not
// interleaved: its MCU is one block, the component's blocks row by row.
func (d *decoder) decodeScan(s *scan) error {
	d.bits = scanBits{}
	d.eobRun = 0
	mcus := s.mxx * s.myy
	wide := 0
	if len(s.comps) == 1 {
		var high int
		wide, high = d.componentBlocks(s.comps[0].compIndex)
		mcus = wide * high
	}
	expectedRST := byte(rst0Marker)
	for mcu := 0; mcu < mcus; mcu++ {
		var err error
		if len(s.comps) == 1 {
			err = d.decodeBlock(s, &s.comps[0], mcu%wide, mcu/wide)
		} else {
			err = d.decodeMCU(s, mcu%s.mxx, mcu/s.mxx)
		}
		if err != nil {
			return err
		}
		if d.ri > 0 && (mcu+1)%d.ri == 0 && mcu+1 < mcus {
			if err := d.processRST(expectedRST); err != nil {
				return err
			}
			expectedRST = rst0Marker + (expectedRST-rst0Marker+1)%8
			d.bits = scanBits{}
			d.eobRun = 0
			s.dc = [maxComponents]int32{}
		}
	}
	return nil
}

// decodeMCU decodes the blocks of the interleaved MCU at (mx, my).
func (d *decoder) decodeMCU(s *scan, mx, my int) error {
	for i := range s.comps {
		c := d.comp[s.comps[i].compIndex]
		for j := 0; j < c.h*c.v; j++ {
			if err := d.decodeBlock(s, &s.comps[i], c.h*mx+j%c.h, c.v*my+j/c.h); err != nil {
				return err
			}
		}
	}
	return nil
}

// processRST reads the restart marker that must end a restart interval.
// Some encoders pad the interval with an escaped 0xff byte, or the marker
// with 0xff fill bytes.
func (d *decoder) processRST(expected byte) error {
	if err := d.readFull(d.tmp[:2]); err != nil {
		return err
	}
	if d.tmp[0] == 0xff && d.tmp[1] == 0x00 {
		if err := d.readFull(d.tmp[:2]); err != nil {
			return err
		}
	}
	for d.tmp[0] == 0xff && d.tmp[1] == 0xff {
		x, err := d.readByte()
		if err != nil {
			return err
		}
		d.tmp[1] = x
	}
	if d.tmp[0] != 0xff || d.tmp[1] != expected {
		return FormatError("bad RST marker")
	}
	return nil
}

// decodeBlock decodes the scan's part of component sc's block (bx, by):
// a whole block in a sequential scan, which then goes to the image; in a
// progressive one, a band or a bit more of the coefficients kept for it.
func (d *decoder) decodeBlock(s *scan, sc *scanComponent, bx, by int) error {
	var b *block
	if d.progressive {
		stride := s.mxx * d.comp[sc.compIndex].h
		b = &d.progCoeffs[sc.compIndex][by*stride+bx]
	} else {
		b = &s.block
		*b = block{}
	}
	var err error
	switch {
	case s.ah != 0 && s.zigStart == 0:
		err = d.refineDC(b, s.al)
	case s.ah != 0:
		err = d.refineAC(b, &d.huff[acTable][sc.ta], s.zigStart, s.zigEnd, 1<<s.al)
	default:
		err = d.decodeCoefficients(b, s, sc)
	}
	if err != nil || d.progressive {
		return err
	}
	return d.reconstructBlock(b, bx, by, sc.compIndex)
}

// decodeCoefficients decodes a block's band of coefficients, scaled up to
// bit position s.al: the DC difference if the band starts at 0, then the
// AC coefficients as (run of zeros, size) codes and extra bits (F.2.2).
func (d *decoder) decodeCoefficients(b *block, s *scan, sc *scanComponent) error {
	zig := s.zigStart
	if zig == 0 {
		zig++
		value, err := d.decodeHuffman(&d.huff[dcTable][sc.td])
		if err != nil {
			return err
		}
		if value > 16 {
			return UnsupportedError("excessive DC component")
		}
		delta, err := d.receiveExtend(value)
		if err != nil {
			return err
		}
		s.dc[sc.compIndex] += delta
		b[0] = s.dc[sc.compIndex] << s.al
	}
	if zig > s.zigEnd {
		return nil
	}
	// A run of end-of-band codes covers this block's band.
	if d.eobRun > 0 {
		d.eobRun--
		return nil
	}
	h := &d.huff[acTable][sc.ta]
	for ; zig <= s.zigEnd; zig++ {
		value, err := d.decodeHuffman(h)
		if err != nil {
			return err
		}
		run, size := int32(value>>4), value&0x0f
		if size != 0 {
			zig += run
			if zig > s.zigEnd {
				break
			}
			ac, err := d.receiveExtend(size)
			if err != nil {
				return err
			}
			b[unzig[zig]] = ac << s.al
		} else if run == 0x0f {
			zig += 15 // ZRL: sixteen zeros
		} else {
			// EOBrun: the band ends here, in this block and the next
			// 2^run - 1 + (run extra bits) blocks.
			if err := d.readEOBRun(run); err != nil {
				return err
			}
			d.eobRun-- // this block is the run's first
			return nil
		}
	}
	return nil
}

// readEOBRun reads the length of an end-of-band run, in blocks, whose code
// had the given run field: 1<<run plus run more bits.
func (d *decoder) readEOBRun(run int32) error {
	extra, err := d.decodeBits(uint(run))
	d.eobRun = uint16(1)<<run | uint16(extra)
	return err
}

// refineDC reads one more bit of a block's DC coefficient (G.1.2.1).
func (d *decoder) refineDC(b *block, al uint32) error {
	bit, err := d.decodeBit()
	if bit {
		b[0] |= 1 << al
	}
	return err
}

// refineAC reads one more bit, worth delta, of a block's AC band (G.1.2.3):
// codes give the coefficients that become nonzero, each after a run of
// zero ones; each coefficient already nonzero that is passed gets a
// correction bit.
func (d *decoder) refineAC(b *block, h *huffman, zigStart, zigEnd, delta int32) error {
	zig := zigStart
	for d.eobRun == 0 && zig <= zigEnd {
		value, err := d.decodeHuffman(h)
		if err != nil {
			return err
		}
		run, size := int32(value>>4), value&0x0f
		newValue := int32(0)
		if size == 1 {
			bit, err := d.decodeBit()
			if err != nil {
				return err
			}
			newValue = -delta
			if bit {
				newValue = delta
			}
		} else if size != 0 {
			return FormatError("unexpected Huffman code")
		} else if run != 0x0f {
			// EOBrun, which the code below finishes.
			if err := d.readEOBRun(run); err != nil {
				return err
			}
			break
		}
		// Else ZRL: skip sixteen zero coefficients.
		if zig, err = d.refineNonZeroes(b, zig, zigEnd, run, delta); err != nil {
			return err
		}
		if zig > zigEnd {
			return FormatError("too many coefficients")
		}
		if newValue != 0 {
			b[unzig[zig]] = newValue
		}
		zig++
	}
	if d.eobRun > 0 {
		// The rest of the band only refines.
		d.eobRun--
		_, err := d.refineNonZeroes(b, zig, zigEnd, -1, delta)
		return err
	}
	return nil
}

// refineNonZeroes walks the band from zig on, giving each nonzero
// coefficient its correction bit, until it has passed nz zero coefficients
// and stands on the next zero one, whose index it returns (past zigEnd if
// none). With nz = -1 it walks to the band's end.
func (d *decoder) refineNonZeroes(b *block, zig, zigEnd, nz, delta int32) (int32, error) {
	for ; zig <= zigEnd; zig++ {
		u := unzig[zig]
		if b[u] == 0 {
			if nz == 0 {
				break
			}
			nz--
			continue
		}
		bit, err := d.decodeBit()
		if err != nil {
			return 0, err
		}
		if !bit {
			continue
		}
		if b[u] >= 0 {
			b[u] += delta
		} else {
			b[u] -= delta
		}
	}
	return zig, nil
}

// reconstructProgressiveImage turns the coefficients a progressive image
// kept into pixels, once its last scan is read.
func (d *decoder) reconstructProgressiveImage() error {
	h0 := d.comp[0].h
	mxx := (d.width + 8*h0 - 1) / (8 * h0)
	for i := 0; i < d.nComp; i++ {
		if d.progCoeffs[i] == nil {
			continue
		}
		stride := mxx * d.comp[i].h
		wide, high := d.componentBlocks(i)
		for by := 0; by < high; by++ {
			for bx := 0; bx < wide; bx++ {
				if err := d.reconstructBlock(&d.progCoeffs[i][by*stride+bx], bx, by, i); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// reconstructBlock dequantizes block b of component compIndex, transforms
// it to samples and stores them, level-shifted and clamped to 0..255, in
// that component's plane at block (bx, by).
func (d *decoder) reconstructBlock(b *block, bx, by, compIndex int) error {
	qt := &d.quant[d.comp[compIndex].tq]
	for zig := 0; zig < blockSize; zig++ {
		b[unzig[zig]] *= qt[zig]
	}
	idct(b)
	pix, stride := d.plane(compIndex)
	if pix == nil {
		return UnsupportedError("too many components")
	}
	dst := pix[8*(by*stride+bx):]
	for y := 0; y < 8; y++ {
		for x := 0; x < 8; x++ {
			c := b[8*y+x] + 128
			if c < 0 {
				c = 0
			} else if c > 255 {
				c = 255
			}
			dst[y*stride+x] = uint8(c)
		}
	}
	return nil
}

// plane returns the samples and stride of component compIndex's plane.
func (d *decoder) plane(compIndex int) ([]byte, int) {
	switch {
	case d.nComp == 1:
		return d.img1.Pix, d.img1.Stride
	case compIndex == 0:
		return d.img3.Y, d.img3.YStride
	case compIndex == 1:
		return d.img3.Cb, d.img3.CStride
	case compIndex == 2:
		return d.img3.Cr, d.img3.CStride
	case compIndex == 3:
		return d.blackPix, d.blackStride
	}
	return nil, 0
}
