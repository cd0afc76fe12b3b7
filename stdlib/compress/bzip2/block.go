package bzip2

// readBlock decodes one block (after its magic and CRC) into z.out.
func (z *reader) readBlock() error {
	br := &z.br
	if br.ReadBit() {
		return StructuralError("deprecated randomized files")
	}
	origPtr := int(br.ReadBits64(24))

	// The bytes the block uses: 16 ranges of 16, a bit for each.
	var inUse []byte
	ranges := br.ReadBits64(16)
	for i := 0; i < 16; i++ {
		if ranges&(1<<(15-i)) != 0 {
			used := br.ReadBits64(16)
			for j := 0; j < 16; j++ {
				if used&(1<<(15-j)) != 0 {
					inUse = append(inUse, byte(i*16+j))
				}
			}
		}
	}
	if len(inUse) == 0 {
		return StructuralError("no symbols in input")
	}
	// Symbols: RUNA, RUNB, the move-to-front indexes 1..len-1, EOB.
	alphaSize := len(inUse) + 2

	nTables := int(br.ReadBits64(3))
	if nTables < 2 || nTables > 6 {
		return StructuralError("invalid number of Huffman trees")
	}
	nSelectors := int(br.ReadBits64(15))
	if nSelectors == 0 {
		return StructuralError("no tree selectors given")
	}
	// Which table codes each group of 50 symbols, move-to-front coded,
	// each index in unary.
	mtfTables := newMTFDecoderWithRange(nTables)
	selectors := make([]uint8, nSelectors)
	for i := range selectors {
		k := 0
		for br.ReadBit() {
			k++
			if k >= nTables {
				return StructuralError("tree index too large")
			}
		}
		selectors[i] = mtfTables.Decode(k)
	}

	// Each table's code lengths: a 5-bit start, then for each symbol a
	// delta (10: +1, 11: -1) until a 0 bit.
	tables := make([]huffman, nTables)
	lengths := make([]uint8, alphaSize)
	for t := range tables {
		l := int(br.ReadBits64(5))
		for s := range lengths {
			for {
				if l < 1 || l > maxCodeLen {
					return StructuralError("invalid code length")
				}
				if !br.ReadBit() {
					break
				}
				if br.ReadBit() {
					l--
				} else {
					l++
				}
			}
			lengths[s] = uint8(l)
		}
		if err := tables[t].build(lengths); err != nil {
			return err
		}
	}

	// The move-to-front indexes, back to bytes, the runs of index 0
	// written as RUNA (1) and RUNB (2) digits of a base-2 number.
	z.block = z.block[:0]
	mtf := newMTFDecoder(inUse)
	eob := alphaSize - 1
	run, weight := 0, 1
	group, left := 0, 0
	var table *huffman
	for {
		if left == 0 {
			if group >= nSelectors {
				return StructuralError("insufficient selector indices for number of symbols")
			}
			table = &tables[selectors[group]]
			group++
			left = groupSize
		}
		left--
		sym := table.decode(br)
		if br.err != nil {
			return br.err
		}
		if sym < 0 {
			return StructuralError("invalid Huffman code")
		}
		if sym < 2 { // RUNA, RUNB
			run += weight << sym
			weight <<= 1
			if run > z.blockSize {
				return StructuralError("repeats past end of block")
			}
			continue
		}
		if run > 0 {
			if len(z.block)+run > z.blockSize {
				return StructuralError("repeats past end of block")
			}
			for ; run > 0; run-- {
				z.block = append(z.block, mtf.First())
			}
			weight = 1
		}
		if sym == eob {
			break
		}
		i := sym - 1
		if i >= len(mtf) {
			return StructuralError("bad move-to-front index")
		}
		b := mtf.Decode(i)
		if len(z.block) >= z.blockSize {
			return StructuralError("data exceeds block size")
		}
		z.block = append(z.block, b)
	}
	if origPtr >= len(z.block) {
		return StructuralError("origPtr out of bounds")
	}
	z.out = undoRLE1(z.inverseBWT(origPtr), z.out[:0])
	return nil
}

// inverseBWT returns the block's bytes before the Burrows-Wheeler
// transform: the block is the last column of the sorted rotations, and
// origPtr the row of the original text. tt links each byte, in sorted
// (first column) order, to the row that follows it in the text.
func (z *reader) inverseBWT(origPtr int) []byte {
	var count [256]int
	for _, b := range z.block {
		count[b]++
	}
	sum := 0
	for b := range count {
		count[b], sum = sum, sum+count[b]
	}
	if cap(z.tt) < len(z.block) {
		z.tt = make([]uint32, len(z.block))
	}
	tt := z.tt[:len(z.block)]
	for i, b := range z.block {
		tt[count[b]] = uint32(i)
		count[b]++
	}
	out := make([]byte, len(z.block))
	p := tt[origPtr]
	for i := range out {
		out[i] = z.block[p]
		p = tt[p]
	}
	return out
}

// undoRLE1 expands the runs of the first stage: after four equal bytes,
// a byte counts more copies (0-255). It appends the result to dst.
func undoRLE1(src, dst []byte) []byte {
	same := 0
	var last byte
	for i := 0; i < len(src); i++ {
		b := src[i]
		if same == 4 {
			for n := int(b); n > 0; n-- {
				dst = append(dst, last)
			}
			same = 0
			continue
		}
		if same > 0 && b == last {
			same++
		} else {
			same = 1
			last = b
		}
		dst = append(dst, b)
	}
	return dst
}
