package bzip2

// An mtfDecoder undoes move-to-front coding: index i names the i-th
// symbol of a list that each use moves to its front, so that recently
// used symbols have small indexes.
type mtfDecoder []byte

// newMTFDecoder returns a decoder whose list starts as symbols.
func newMTFDecoder(symbols []byte) mtfDecoder {
	return mtfDecoder(append([]byte(nil), symbols...))
}

// newMTFDecoderWithRange returns a decoder whose list starts as 0..n-1.
func newMTFDecoderWithRange(n int) mtfDecoder {
	m := make(mtfDecoder, n)
	for i := range m {
		m[i] = byte(i)
	}
	return m
}

// Decode returns the symbol at index n and moves it to the front.
func (m mtfDecoder) Decode(n int) byte {
	b := m[n]
	copy(m[1:n+1], m[:n])
	m[0] = b
	return b
}

// First returns the symbol at the front, without moving anything.
func (m mtfDecoder) First() byte { return m[0] }
