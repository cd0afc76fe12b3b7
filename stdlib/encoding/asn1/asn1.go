// Package asn1 reads and writes ASN.1 values in DER, the Distinguished
// Encoding Rules of ITU-T Rec X.690.
//
// DER (Distinguished Encoding Rules) gives every value exactly one
// encoding, which is why certificates and signatures use it: both sides
// hash the same bytes. Only a subset of ASN.1 is supported. Go values are
// mapped to ASN.1 types by reflection, guided by struct tags.
//
// The package has three parts: this file holds the public types and the
// parsers of primitive contents (an INTEGER's bytes, a BIT STRING's bytes,
// ...); decode.go walks element headers and fills Go values (Unmarshal);
// encode.go does the reverse (Marshal).
package asn1

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

// A StructuralError reports well-formed ASN.1 data that does not fit the
// Go type receiving it.
type StructuralError struct {
	Msg string
}

func (e StructuralError) Error() string { return "asn1: structure error: " + e.Msg }

// A SyntaxError reports malformed ASN.1 data.
type SyntaxError struct {
	Msg string
}

func (e SyntaxError) Error() string { return "asn1: syntax error: " + e.Msg }

// BOOLEAN

// parseBool accepts only DER's two booleans: 0x00 and 0xff.
func parseBool(bytes []byte) (bool, error) {
	if len(bytes) == 1 {
		switch bytes[0] {
		case 0x00:
			return false, nil
		case 0xff:
			return true, nil
		}
	}
	return false, SyntaxError{"invalid boolean"}
}

// INTEGER

// checkInteger rejects empty integers and redundant leading bytes: a
// leading 0x00 before a byte with a clear top bit (00 7f is just 7f), or
// 0xff before a byte with the top bit set (ff 80 is just 80).
func checkInteger(bytes []byte) error {
	if len(bytes) == 0 {
		return StructuralError{"empty integer"}
	}
	if len(bytes) == 1 {
		return nil
	}
	if bytes[0] == 0x00 && bytes[1]&0x80 == 0 || bytes[0] == 0xff && bytes[1]&0x80 != 0 {
		return StructuralError{"integer not minimally-encoded"}
	}
	return nil
}

// parseInt64 reads a big-endian two's complement integer of up to 8 bytes.
func parseInt64(bytes []byte) (int64, error) {
	if err := checkInteger(bytes); err != nil {
		return 0, err
	}
	if len(bytes) > 8 {
		return 0, StructuralError{"integer too large"}
	}
	var ret int64
	for _, b := range bytes {
		ret = ret<<8 | int64(b)
	}
	// Shift the sign bit of the first byte to bit 63 and back, which
	// extends it over the bytes that were not there.
	unused := 64 - uint(len(bytes))*8
	return ret << unused >> unused, nil
}

// parseInt32 is parseInt64 for values that must fit in 32 bits.
func parseInt32(bytes []byte) (int32, error) {
	v, err := parseInt64(bytes)
	if err != nil {
		return 0, err
	}
	if v != int64(int32(v)) {
		return 0, StructuralError{"integer too large"}
	}
	return int32(v), nil
}

var bigOne = big.NewInt(1)

// parseBigInt reads an integer of any size. A negative x is stored as the
// complement of -x-1, so flipping every bit and adding one gives -x.
func parseBigInt(bytes []byte) (*big.Int, error) {
	if err := checkInteger(bytes); err != nil {
		return nil, err
	}
	ret := new(big.Int)
	if bytes[0]&0x80 == 0 {
		return ret.SetBytes(bytes), nil
	}
	flipped := make([]byte, len(bytes))
	for i, b := range bytes {
		flipped[i] = ^b
	}
	ret.SetBytes(flipped)
	ret.Add(ret, bigOne)
	return ret.Neg(ret), nil
}

// BIT STRING

// BitString is the Go form of an ASN.1 BIT STRING: bits packed into bytes
// most significant bit first, with the number of valid bits. The padding
// bits of the last byte are zero.
type BitString struct {
	Bytes     []byte // the bits, eight to a byte, first bit highest
	BitLength int    // how many bits are valid
}

// At returns bit i (0 or 1), counting from the left. Indexes out of range
// give 0.
func (b BitString) At(i int) int {
	if i < 0 || i >= b.BitLength {
		return 0
	}
	return int(b.Bytes[i/8]>>(7-uint(i%8))) & 1
}

// RightAlign returns the bits shifted so that the padding is at the start
// of the first byte instead of the end of the last. It may return b.Bytes
// itself when no shift is needed.
func (b BitString) RightAlign() []byte {
	shift := uint(8 - b.BitLength%8)
	if shift == 8 || len(b.Bytes) == 0 {
		return b.Bytes
	}
	a := make([]byte, len(b.Bytes))
	a[0] = b.Bytes[0] >> shift
	for i := 1; i < len(b.Bytes); i++ {
		a[i] = b.Bytes[i-1]<<(8-shift) | b.Bytes[i]>>shift
	}
	return a
}

// parseBitString reads the count of unused bits in the last byte, then
// the bytes. DER requires the unused bits to be zero.
func parseBitString(bytes []byte) (BitString, error) {
	if len(bytes) == 0 {
		return BitString{}, SyntaxError{"zero length BIT STRING"}
	}
	padding := int(bytes[0])
	if padding > 7 ||
		len(bytes) == 1 && padding > 0 ||
		bytes[len(bytes)-1]&(1<<padding-1) != 0 {
		return BitString{}, SyntaxError{"invalid padding bits in BIT STRING"}
	}
	return BitString{Bytes: bytes[1:], BitLength: (len(bytes)-1)*8 - padding}, nil
}

// NULL

// NullRawValue is a RawValue holding the ASN.1 NULL tag (5).
var NullRawValue = RawValue{Tag: TagNull}

// NullBytes is the DER encoding of NULL.
var NullBytes = []byte{TagNull, 0}

// OBJECT IDENTIFIER

// An ObjectIdentifier represents an ASN.1 OBJECT IDENTIFIER such as
// 1.2.840.113549.
type ObjectIdentifier []int

// Equal reports whether oi and other have the same arcs.
func (oi ObjectIdentifier) Equal(other ObjectIdentifier) bool {
	if len(oi) != len(other) {
		return false
	}
	for i := range oi {
		if oi[i] != other[i] {
			return false
		}
	}
	return true
}

// String returns the dotted form, e.g. "1.2.840.113549".
func (oi ObjectIdentifier) String() string {
	var s []byte
	for i, v := range oi {
		if i > 0 {
			s = append(s, '.')
		}
		s = strconv.AppendInt(s, int64(v), 10)
	}
	return string(s)
}

// parseObjectIdentifier reads base-128 numbers. The first one packs two
// arcs as 40*a+b: a is 0 or 1 when it is below 80, otherwise a is 2 and b
// takes the rest (so 2.999 is the single number 1079).
func parseObjectIdentifier(bytes []byte) (ObjectIdentifier, error) {
	if len(bytes) == 0 {
		return nil, SyntaxError{"zero length OBJECT IDENTIFIER"}
	}
	v, offset, err := parseBase128Int(bytes, 0)
	if err != nil {
		return nil, err
	}
	var oid ObjectIdentifier
	if v < 80 {
		oid = ObjectIdentifier{v / 40, v % 40}
	} else {
		oid = ObjectIdentifier{2, v - 80}
	}
	for offset < len(bytes) {
		if v, offset, err = parseBase128Int(bytes, offset); err != nil {
			return nil, err
		}
		oid = append(oid, v)
	}
	return oid, nil
}

// ENUMERATED

// An Enumerated is an ASN.1 ENUMERATED, held as a plain int.
type Enumerated int

// FLAG

// A Flag is set to true when its element is present, whatever it holds.
type Flag bool

// parseBase128Int reads a number written 7 bits per byte, most significant
// group first, with the top bit set on all bytes but the last. It returns
// the offset after it. Results must fit in 31 bits.
func parseBase128Int(bytes []byte, offset int) (ret, next int, err error) {
	var v int64
	for n := 0; offset < len(bytes); n++ {
		// Five groups already hold 35 bits: more cannot fit.
		if n == 5 {
			return 0, offset, StructuralError{"base 128 integer too large"}
		}
		b := bytes[offset]
		offset++
		// A leading 0x80 group adds nothing but a zero.
		if n == 0 && b == 0x80 {
			return 0, offset, SyntaxError{"integer is not minimally encoded"}
		}
		v = v<<7 | int64(b&0x7f)
		if b&0x80 == 0 {
			if v > math.MaxInt32 {
				return int(v), offset, StructuralError{"base 128 integer too large"}
			}
			return int(v), offset, nil
		}
	}
	return 0, offset, SyntaxError{"truncated base 128 integer"}
}

// UTCTime and GeneralizedTime

// parseUTCTime reads YYMMDDhhmm[ss] followed by Z or an offset. Two-digit
// years from 50 on are 1950..1999, as RFC 5280 says.
func parseUTCTime(bytes []byte) (time.Time, error) {
	s := string(bytes)
	layout := "0601021504Z0700"
	ret, err := time.Parse(layout, s)
	if err != nil {
		layout = "060102150405Z0700"
		ret, err = time.Parse(layout, s)
	}
	if err != nil {
		return time.Time{}, err
	}
	if err := checkRoundTrip(ret, layout, s); err != nil {
		return time.Time{}, err
	}
	if ret.Year() >= 2050 {
		ret = ret.AddDate(-100, 0, 0)
	}
	return ret, nil
}

// parseGeneralizedTime reads YYYYMMDDhhmmss followed by Z or an offset.
func parseGeneralizedTime(bytes []byte) (time.Time, error) {
	const layout = "20060102150405Z0700"
	s := string(bytes)
	ret, err := time.Parse(layout, s)
	if err != nil {
		return time.Time{}, err
	}
	if err := checkRoundTrip(ret, layout, s); err != nil {
		return time.Time{}, err
	}
	return ret, nil
}

// checkRoundTrip rejects times that time.Parse normalised, such as a 31st
// of a 30-day month or "+0000" written instead of "Z": in DER the text
// must be the one way to write that instant.
func checkRoundTrip(t time.Time, layout, s string) error {
	if again := t.Format(layout); again != s {
		return fmt.Errorf("asn1: time did not serialize back to the original value and may be invalid: given %q, but serialized as %q", s, again)
	}
	return nil
}

// Character strings

// parseNumericString accepts digits and spaces.
func parseNumericString(bytes []byte) (string, error) {
	for _, b := range bytes {
		if !isNumeric(b) {
			return "", SyntaxError{"NumericString contains invalid character"}
		}
	}
	return string(bytes), nil
}

func isNumeric(b byte) bool {
	return '0' <= b && b <= '9' || b == ' '
}

// parsePrintableString accepts PrintableString's characters, plus '*' and
// '&', which real certificates contain although the standard forbids them.
func parsePrintableString(bytes []byte) (string, error) {
	for _, b := range bytes {
		if !isPrintable(b, allowAsterisk, allowAmpersand) {
			return "", SyntaxError{"PrintableString contains invalid character"}
		}
	}
	return string(bytes), nil
}

type asteriskFlag bool
type ampersandFlag bool

const (
	allowAsterisk  asteriskFlag = true
	rejectAsterisk asteriskFlag = false

	allowAmpersand  ampersandFlag = true
	rejectAmpersand ampersandFlag = false
)

// isPrintable reports whether b is in PrintableString's alphabet:
// letters, digits, space and '()+,-./:=?, with '*' and '&' on request.
func isPrintable(b byte, asterisk asteriskFlag, ampersand ampersandFlag) bool {
	switch {
	case 'a' <= b && b <= 'z', 'A' <= b && b <= 'Z', '0' <= b && b <= '9':
		return true
	case '\'' <= b && b <= ')', '+' <= b && b <= '/':
		return true
	case b == ' ', b == ':', b == '=', b == '?':
		return true
	case b == '*':
		return bool(asterisk)
	case b == '&':
		return bool(ampersand)
	}
	return false
}

// parseIA5String accepts 7-bit ASCII.
func parseIA5String(bytes []byte) (string, error) {
	for _, b := range bytes {
		if b >= utf8.RuneSelf {
			return "", SyntaxError{"IA5String contains invalid character"}
		}
	}
	return string(bytes), nil
}

// parseT61String takes the bytes as they are: T.61 is rarely used and
// its bytes are mostly Latin-1 or UTF-8 in practice.
func parseT61String(bytes []byte) (string, error) {
	return string(bytes), nil
}

// parseUTF8String accepts valid UTF-8.
func parseUTF8String(bytes []byte) (string, error) {
	if !utf8.Valid(bytes) {
		return "", errors.New("asn1: invalid UTF-8 string")
	}
	return string(bytes), nil
}

// parseBMPString reads big-endian UCS-2 (decoded as UTF-16), dropping
// one terminating NUL character if present.
func parseBMPString(bytes []byte) (string, error) {
	if len(bytes)%2 != 0 {
		return "", errors.New("pkcs12: odd-length BMP string")
	}
	if n := len(bytes); n >= 2 && bytes[n-1] == 0 && bytes[n-2] == 0 {
		bytes = bytes[:n-2]
	}
	units := make([]uint16, len(bytes)/2)
	for i := range units {
		units[i] = uint16(bytes[2*i])<<8 | uint16(bytes[2*i+1])
	}
	return string(utf16.Decode(units)), nil
}

// A RawValue is an ASN.1 element left undecoded.
type RawValue struct {
	Class, Tag int
	IsCompound bool
	Bytes      []byte
	FullBytes  []byte // the whole element: header, then Bytes
}

// RawContent, as the type of a struct's first field, receives the whole
// DER encoding of the struct when it is unmarshaled, and when non-empty
// is written out as the struct's contents by Marshal. No other field may
// have this type.
type RawContent []byte
