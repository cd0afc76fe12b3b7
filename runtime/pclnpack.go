// This file implements unpackPclntab: .gopclntab holds the table packed
// before it was deflated, its growing numbers written as steps, which
// deflate codes in fewer bits (gominic/link/pclntab.py, pack, gives the
// format and the figures). Once inflated, the table is unpacked, front to
// back, into the form findfunc reads (symtab.go).

package runtime

// A _func opens with funcFields varints (decodeFunc reads them), the
// last its number of inline entries, of inlineFields varints each.
const (
	funcFields   = 9
	funcNinline  = funcFields - 1
	inlineFields = 4
)

// unpackPclntab writes into table the table packed holds; it reports
// whether they were of the sizes the section gave. (The linker wrote
// packed and inflate checked it: a table cut short would fault on a
// bound, as any index out of range.)
func unpackPclntab(table, packed []byte) bool {
	copy(table, packed[:pcHeaderSize])
	nfunc := int(le32(table, pcHeaderNfunc))
	p, n := pcHeaderSize, pcHeaderSize+8*(nfunc+1) // the _funcs follow functab
	var v uint32

	// functab's entry offsets, each the one before plus a step.
	entry := uint32(0)
	for i := 0; i <= nfunc; i++ {
		v, p = uvarint(packed, p)
		entry += v
		putle32(table, pcHeaderSize+8*i, entry)
	}

	// The _funcs, each its fields then its inline entries' fields (each
	// such a column of its own): a 0 stays 0, any other number is the
	// last nonzero one of its column plus a step. Each _func's offset
	// goes beside its entry in functab.
	var last [funcFields + inlineFields]uint32
	for i := 0; i < nfunc; i++ {
		putle32(table, pcHeaderSize+8*i+4, uint32(n))
		ninline := 0
		for k := 0; k < funcFields+inlineFields*ninline; k++ {
			col := k
			if k >= funcFields {
				col = funcFields + (k-funcFields)%inlineFields
			}
			if v, p = uvarint(packed, p); v != 0 {
				v = step(last[col], v-1)
				last[col] = v
			}
			if k == funcNinline {
				ninline = int(v)
			}
			n = putUvarint(table, n, v)
		}
	}

	// Then the names, cutab, filetab and pctab, as they are.
	return copy(table[n:], packed[p:]) == len(table)-n && len(packed)-p == len(table)-n
}

// step adds to v a zig-zag coded step (0, 1, 2, 3 ... for 0, -1, 1,
// -2 ...), modulo 2³², as the linker subtracted it.
func step(v, zigzag uint32) uint32 {
	return v + (zigzag>>1 ^ -(zigzag & 1))
}

// putUvarint writes v as a varint at b[n:]; it returns the position after it.
func putUvarint(b []byte, n int, v uint32) int {
	for ; v >= 0x80; v >>= 7 {
		b[n] = byte(v) | 0x80
		n++
	}
	b[n] = byte(v)
	return n + 1
}

// putle32 writes v at b[off:], little-endian (le32 reads it).
func putle32(b []byte, off int, v uint32) {
	b = b[off : off+4]
	b[0], b[1], b[2], b[3] = byte(v), byte(v>>8), byte(v>>16), byte(v>>24)
}
