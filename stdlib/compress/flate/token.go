package flate

// The alphabets of RFC 1951 section 3.2.5, shared by the compressor and
// the decompressor. A match of length 3-258 is coded as one of the length
// symbols 257-285 plus extra bits; a distance of 1-32768 as one of the
// distance symbols 0-29 plus extra bits.
const (
	windowSize      = 1 << 15 // how far back a match may reach
	maxMatchOffset  = windowSize
	minMatchLength  = 4   // the shortest match the compressor looks for
	maxMatchLength  = 258 // the longest match DEFLATE can code
	baseMatchLength = 3   // the shortest match DEFLATE can code

	endBlockMarker   = 256 // the literal/length symbol that ends a block
	lengthCodesStart = 257
	maxNumLit        = 286 // literal/length symbols a dynamic block may use
	maxNumDist       = 30  // distance symbols
	numCodes         = 19  // symbols of the code-length alphabet
	maxCodeLen       = 15  // the longest Huffman code DEFLATE allows
)

// lengthBase and lengthExtra give, for length symbol 257+i, the shortest
// length it codes and the number of extra bits that follow it.
var lengthBase = [29]uint16{
	3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
	35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
}

var lengthExtra = [29]uint8{
	0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
	3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
}

// distBase and distExtra do the same for distance symbol i.
var distBase = [30]uint32{
	1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
	257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
}

var distExtra = [30]uint8{
	0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6,
	7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
}

// codeOrder is the order in which a dynamic block's header lists the code
// lengths of the code-length alphabet (RFC 1951 section 3.2.7): the
// symbols most often used first, so that trailing zeros can be left out.
var codeOrder = [numCodes]int{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}

// fixedLiteralLengths are the code lengths of the fixed literal/length
// code of RFC 1951 section 3.2.6 (its distance code is 5 bits for all).
func fixedLiteralLengths() []int {
	lengths := make([]int, 288)
	for i := range lengths {
		switch {
		case i < 144:
			lengths[i] = 8
		case i < 256:
			lengths[i] = 9
		case i < 280:
			lengths[i] = 7
		default:
			lengths[i] = 8
		}
	}
	return lengths
}

// A token is what LZ77 turns the input into: a literal byte, or a match
// (copy length bytes from offset bytes back), packed as
// match flag | (length-3)<<16 | (offset-1).
type token uint32

const matchType = 1 << 31

func literalToken(c byte) token {
	return token(c)
}

func matchToken(length, offset int) token {
	return matchType | token(length-baseMatchLength)<<16 | token(offset-1)
}

func (t token) isLiteral() bool { return t&matchType == 0 }
func (t token) literal() int    { return int(t & 0xff) }
func (t token) length() int     { return int(t>>16&0xff) + baseMatchLength }
func (t token) offset() int     { return int(t&0xffff) + 1 }

// lengthCode is the index in lengthBase of the symbol coding length.
func lengthCode(length int) int {
	return lastBelow(len(lengthBase), func(i int) bool { return int(lengthBase[i]) <= length })
}

// offsetCode is the distance symbol coding offset.
func offsetCode(offset int) int {
	return lastBelow(len(distBase), func(i int) bool { return int(distBase[i]) <= offset })
}

// lastBelow is the last i in [0, n) for which ok holds, when ok holds
// for a prefix of [0, n): a binary search over the base tables.
func lastBelow(n int, ok func(int) bool) int {
	lo, hi := 0, n // ok(lo) holds, ok(hi) does not
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if ok(mid) {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
}
