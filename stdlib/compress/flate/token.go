package flate

import "math/bits"

// The alphabets of RFC 1951 section 3.2.5, shared by the compressor and
// the decompressor. A match of length 3-258 is coded as one of the length
// symbols 257-285 plus extra bits; a distance of 1-32768 as one of the
// distance symbols 0-29 plus extra bits.
const (
	windowSize      = 1 << 15 // how far back a match may reach
	windowMask      = windowSize - 1
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

// A token is what LZ77 turns the input into, packed in 32 bits as Go's
// compressor packs it (Go's tests of the block writer spell tokens so):
// a literal byte is itself; a match has matchType set, its length minus 3
// in bits 22-29 and its offset minus 1 in bits 0-21.
type token uint32

const (
	matchType   = 1 << 30
	lengthShift = 22
	offsetMask  = 1<<lengthShift - 1
)

func literalToken(c uint32) token {
	return token(c)
}

// matchToken is the match of length xlength+3 at offset xoffset+1.
func matchToken(xlength, xoffset uint32) token {
	return token(matchType | xlength<<lengthShift | xoffset)
}

func (t token) isLiteral() bool { return t < matchType }
func (t token) literal() uint32 { return uint32(t) }
func (t token) length() uint32  { return uint32(t-matchType) >> lengthShift } // minus 3
func (t token) offset() uint32  { return uint32(t) & offsetMask }            // minus 1

// lengthCodes maps a match length minus 3 to its index in lengthBase.
var lengthCodes [maxMatchLength - baseMatchLength + 1]uint8

func init() {
	code := 0
	for x := range lengthCodes {
		for code+1 < len(lengthBase) && int(lengthBase[code+1])-baseMatchLength <= x {
			code++
		}
		lengthCodes[x] = uint8(code)
	}
}

// lengthCode is the index in lengthBase of the symbol coding a length
// of xlength+3.
func lengthCode(xlength uint32) uint32 {
	return uint32(lengthCodes[xlength])
}

// offsetCode is the distance symbol coding an offset of xoffset+1. Past
// the first four, the symbols go in pairs, each pair covering twice the
// offsets of the one before: the top bit of xoffset picks the pair and the
// bit below it the symbol in the pair.
func offsetCode(xoffset uint32) uint32 {
	if xoffset < 4 {
		return xoffset
	}
	n := uint32(bits.Len32(xoffset))
	return 2*(n-1) + xoffset>>(n-2)&1
}
