package ecdsa

import "math/big"

// A signature travels as the DER encoding (ITU-T X.690) of
//
//	Ecdsa-Sig-Value ::= SEQUENCE { r INTEGER, s INTEGER }
//
// Each value is a tag byte, its length and its contents. DER allows one
// encoding per value: lengths in the fewest bytes, integers in the fewest
// two's complement bytes. Parsing holds the input to that, as well as to
// having nothing after s and nothing after the SEQUENCE.

// DER tags of the two kinds of value a signature holds.
const (
	tagInteger  = 0x02
	tagSequence = 0x30 // SEQUENCE, constructed
)

// marshalSignature returns the DER encoding of the positive r and s.
func marshalSignature(r, s *big.Int) []byte {
	body := appendValue(nil, tagInteger, integerBytes(r))
	body = appendValue(body, tagInteger, integerBytes(s))
	return appendValue(nil, tagSequence, body)
}

// integerBytes returns the contents of the INTEGER x ≥ 0: its big-endian
// bytes, with a 0 in front when the top bit is set, which would otherwise
// make it negative; 0 itself is one 0 byte.
func integerBytes(x *big.Int) []byte {
	b := x.Bytes()
	if len(b) == 0 || b[0]&0x80 != 0 {
		b = append([]byte{0}, b...)
	}
	return b
}

// appendValue appends the value of the given tag and contents to out. A
// length below 128 is one byte; a longer one is 0x80 | the count of the
// big-endian bytes that follow.
func appendValue(out []byte, tag byte, contents []byte) []byte {
	out = append(out, tag)
	n := len(contents)
	if n < 0x80 {
		out = append(out, byte(n))
	} else {
		var lenBytes []byte
		for ; n > 0; n >>= 8 {
			lenBytes = append([]byte{byte(n)}, lenBytes...)
		}
		out = append(out, 0x80|byte(len(lenBytes)))
		out = append(out, lenBytes...)
	}
	return append(out, contents...)
}

// parseSignature returns r and s from their DER encoding, and whether it
// was one.
func parseSignature(sig []byte) (r, s *big.Int, ok bool) {
	seq, rest, ok := readValue(sig, tagSequence)
	if !ok || len(rest) != 0 {
		return nil, nil, false
	}
	r, seq, ok = readInteger(seq)
	if !ok {
		return nil, nil, false
	}
	s, seq, ok = readInteger(seq)
	if !ok || len(seq) != 0 {
		return nil, nil, false
	}
	return r, s, true
}

// readValue reads a value of the given tag at the start of in, and returns
// its contents and what follows it.
func readValue(in []byte, tag byte) (contents, rest []byte, ok bool) {
	if len(in) < 2 || in[0] != tag {
		return nil, nil, false
	}
	n, header := int(in[1]), 2
	if n >= 0x80 {
		// The long form: 0x80 (indefinite, BER only) and counts past
		// four bytes are refused, as are lengths that the short form or
		// fewer bytes would have written.
		count := n & 0x7f
		if count == 0 || count > 4 || len(in) < 2+count || in[2] == 0 {
			return nil, nil, false
		}
		n = 0
		for _, b := range in[2 : 2+count] {
			n = n<<8 | int(b)
		}
		if n < 0x80 {
			return nil, nil, false
		}
		header += count
	}
	if len(in)-header < n {
		return nil, nil, false
	}
	return in[header : header+n], in[header+n:], true
}

// readInteger reads an INTEGER in its minimal two's complement encoding.
func readInteger(in []byte) (x *big.Int, rest []byte, ok bool) {
	b, rest, ok := readValue(in, tagInteger)
	if !ok || len(b) == 0 {
		return nil, nil, false
	}
	// A leading 0x00 or 0xff byte is redundant when the next byte's top
	// bit already gives the same sign.
	if len(b) > 1 && (b[0] == 0 && b[1]&0x80 == 0 || b[0] == 0xff && b[1]&0x80 != 0) {
		return nil, nil, false
	}
	x = new(big.Int).SetBytes(b)
	if b[0]&0x80 != 0 {
		// Negative: the bytes are x + 2^(8·len(b)).
		x.Sub(x, new(big.Int).Lsh(one, uint(8*len(b))))
	}
	return x, rest, true
}
