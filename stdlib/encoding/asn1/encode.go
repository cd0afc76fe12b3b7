package asn1

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"sort"
	"time"
	"unicode/utf8"
)

// Encoding happens in two passes. makeField builds a tree of encoders,
// one per element, each knowing its length: the header of an element
// holds the length of its contents, so lengths must be known before
// anything is written. Then the tree writes itself into one buffer of the
// total size, without copying the nested bodies at every level.

// An encoder is a piece of DER output of known length.
type encoder interface {
	// Len returns the number of bytes Encode writes.
	Len() int
	// Encode writes the bytes at the start of dst.
	Encode(dst []byte)
}

// bytesEncoder is output that is already computed.
type bytesEncoder []byte

func (b bytesEncoder) Len() int          { return len(b) }
func (b bytesEncoder) Encode(dst []byte) { copy(dst, b) }

// multiEncoder is the concatenation of its parts.
type multiEncoder []encoder

func (m multiEncoder) Len() int {
	n := 0
	for _, e := range m {
		n += e.Len()
	}
	return n
}

func (m multiEncoder) Encode(dst []byte) {
	for _, e := range m {
		e.Encode(dst)
		dst = dst[e.Len():]
	}
}

// setEncoder is the elements of a SET OF, which DER orders by their
// encodings' bytes (a prefix before the longer encoding). It writes each
// one aside to compare them.
type setEncoder []encoder

func (s setEncoder) Len() int { return multiEncoder(s).Len() }

func (s setEncoder) Encode(dst []byte) {
	elems := make([][]byte, len(s))
	for i, e := range s {
		elems[i] = make([]byte, e.Len())
		e.Encode(elems[i])
	}
	sort.Slice(elems, func(i, j int) bool { return bytes.Compare(elems[i], elems[j]) < 0 })
	for _, b := range elems {
		dst = dst[copy(dst, b):]
	}
}

// taggedEncoder is an element: its header, then its contents.
type taggedEncoder struct {
	header []byte
	body   encoder
}

func (t taggedEncoder) Len() int { return len(t.header) + t.body.Len() }

func (t taggedEncoder) Encode(dst []byte) {
	copy(dst, t.header)
	t.body.Encode(dst[len(t.header):])
}

// tagged returns the element with header t (whose length is the body's)
// and contents body.
func tagged(class, tag int, isCompound bool, body encoder) taggedEncoder {
	header := appendTagAndLength(nil, tagAndLength{class, tag, body.Len(), isCompound})
	return taggedEncoder{header, body}
}

// appendBase128Int writes n in 7-bit groups, most significant first, the
// top bit set on every group but the last: 300 becomes 82 2c.
func appendBase128Int(dst []byte, n int64) []byte {
	groups := 1
	for rest := n >> 7; rest > 0; rest >>= 7 {
		groups++
	}
	for i := groups - 1; i >= 0; i-- {
		b := byte(n>>uint(i*7)) & 0x7f
		if i != 0 {
			b |= 0x80
		}
		dst = append(dst, b)
	}
	return dst
}

// appendTagAndLength writes an element header. Tag numbers from 31 go in
// base 128 after a 0x1f marker; lengths from 128 in the long form, a byte
// count with the top bit set followed by the big-endian length.
func appendTagAndLength(dst []byte, t tagAndLength) []byte {
	b := uint8(t.class) << 6
	if t.isCompound {
		b |= 0x20
	}
	if t.tag >= 31 {
		dst = append(dst, b|0x1f)
		dst = appendBase128Int(dst, int64(t.tag))
	} else {
		dst = append(dst, b|uint8(t.tag))
	}
	if t.length < 128 {
		return append(dst, byte(t.length))
	}
	n := 1
	for rest := t.length >> 8; rest > 0; rest >>= 8 {
		n++
	}
	dst = append(dst, 0x80|byte(n))
	for i := n - 1; i >= 0; i-- {
		dst = append(dst, byte(t.length>>uint(i*8)))
	}
	return dst
}

// appendInt64 writes i in the fewest two's complement bytes that keep
// its sign: 127 is 7f, 128 is 00 80, -128 is 80, -129 is ff 7f.
func appendInt64(dst []byte, i int64) []byte {
	n := 1
	for rest := i; rest > 127 || rest < -128; rest >>= 8 {
		n++
	}
	for j := n - 1; j >= 0; j-- {
		dst = append(dst, byte(i>>uint(j*8)))
	}
	return dst
}

// makeBigInt encodes n like appendInt64, at any size. A negative n is
// written as the bit complement of -n-1, with an 0xff byte in front when
// the top bit would otherwise be clear.
func makeBigInt(n *big.Int) (encoder, error) {
	if n == nil {
		return nil, StructuralError{"empty integer"}
	}
	switch n.Sign() {
	case 0:
		return bytesEncoder{0x00}, nil
	case 1:
		b := n.Bytes()
		if b[0]&0x80 != 0 {
			return bytesEncoder(append([]byte{0x00}, b...)), nil
		}
		return bytesEncoder(b), nil
	}
	m := new(big.Int).Neg(n)
	m.Sub(m, bigOne)
	b := m.Bytes()
	for i := range b {
		b[i] ^= 0xff
	}
	if len(b) == 0 || b[0]&0x80 == 0 {
		return bytesEncoder(append([]byte{0xff}, b...)), nil
	}
	return bytesEncoder(b), nil
}

// makeBitString writes the number of unused bits in the last byte, then
// the bytes.
func makeBitString(b BitString) []byte {
	padding := byte((8 - b.BitLength%8) % 8)
	return append([]byte{padding}, b.Bytes...)
}

// makeObjectIdentifier packs the first two arcs into one number (40*a+b)
// and writes every number in base 128.
func makeObjectIdentifier(oid []int) ([]byte, error) {
	if len(oid) < 2 || oid[0] > 2 || oid[0] < 2 && oid[1] >= 40 {
		return nil, StructuralError{"invalid object identifier"}
	}
	dst := appendBase128Int(nil, int64(oid[0]*40+oid[1]))
	for _, arc := range oid[2:] {
		dst = appendBase128Int(dst, int64(arc))
	}
	return dst, nil
}

// makePrintableString checks s against PrintableString's alphabet. '*'
// is let through as the parser does; '&' is not.
func makePrintableString(s string) ([]byte, error) {
	for i := 0; i < len(s); i++ {
		if !isPrintable(s[i], allowAsterisk, rejectAmpersand) {
			return nil, StructuralError{"PrintableString contains invalid character"}
		}
	}
	return []byte(s), nil
}

// makeIA5String checks that s is 7-bit ASCII.
func makeIA5String(s string) ([]byte, error) {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return nil, StructuralError{"IA5String contains invalid character"}
		}
	}
	return []byte(s), nil
}

// makeNumericString checks that s holds only digits and spaces.
func makeNumericString(s string) ([]byte, error) {
	for i := 0; i < len(s); i++ {
		if !isNumeric(s[i]) {
			return nil, StructuralError{"NumericString contains invalid character"}
		}
	}
	return []byte(s), nil
}

// outsideUTCRange reports whether t's year cannot be written with
// UTCTime's two digits (1950..2049).
func outsideUTCRange(t time.Time) bool {
	year := t.Year()
	return year < 1950 || year >= 2050
}

// appendTwoDigits writes v%100 as two decimal digits.
func appendTwoDigits(dst []byte, v int) []byte {
	return append(dst, byte('0'+(v/10)%10), byte('0'+v%10))
}

// makeUTCTime writes YYMMDDhhmmss and the zone.
func makeUTCTime(t time.Time) ([]byte, error) {
	if outsideUTCRange(t) {
		return nil, StructuralError{"cannot represent time as UTCTime"}
	}
	return appendTimeCommon(appendTwoDigits(nil, t.Year()), t), nil
}

// makeGeneralizedTime writes YYYYMMDDhhmmss and the zone.
func makeGeneralizedTime(t time.Time) ([]byte, error) {
	year := t.Year()
	if year < 0 || year > 9999 {
		return nil, StructuralError{"cannot represent time as GeneralizedTime"}
	}
	dst := appendTwoDigits(nil, year/100)
	return appendTimeCommon(appendTwoDigits(dst, year), t), nil
}

// appendTimeCommon writes MMDDhhmmss, then "Z" for a zone less than a
// minute from UTC and otherwise +hhmm or -hhmm.
func appendTimeCommon(dst []byte, t time.Time) []byte {
	_, month, day := t.Date()
	hour, min, sec := t.Clock()
	for _, v := range []int{int(month), day, hour, min, sec} {
		dst = appendTwoDigits(dst, v)
	}
	_, offset := t.Zone()
	minutes := offset / 60
	switch {
	case minutes == 0:
		return append(dst, 'Z')
	case minutes > 0:
		dst = append(dst, '+')
	default:
		dst = append(dst, '-')
		minutes = -minutes
	}
	dst = appendTwoDigits(dst, minutes/60)
	return appendTwoDigits(dst, minutes%60)
}

// stripTagAndLength returns the contents of the element in b, or b
// itself when it has no valid header.
func stripTagAndLength(b []byte) []byte {
	_, offset, err := parseTagAndLength(b, 0)
	if err != nil {
		return b
	}
	return b[offset:]
}

// makeBody encodes the contents of v, without its header.
func makeBody(v reflect.Value, params fieldParameters) (encoder, error) {
	switch t := v.Type(); {
	case t == bigIntType:
		return makeBigInt(v.Interface().(*big.Int))
	case t == timeType || t == bitStringType || t == objectIdentifierType:
		// Structs and slices in Go, but primitive in ASN.1.
	case t.Kind() == reflect.Struct:
		return makeStructBody(v)
	case t.Kind() == reflect.Slice && t.Elem().Kind() != reflect.Uint8:
		return makeSliceBody(v, params.set)
	}
	b, err := makePrimitiveBody(v, params)
	if err != nil {
		return nil, err
	}
	return bytesEncoder(b), nil
}

// makePrimitiveBody encodes the contents of a value that is not a
// sequence.
func makePrimitiveBody(v reflect.Value, params fieldParameters) ([]byte, error) {
	switch v.Type() {
	case flagType:
		return nil, nil
	case timeType:
		t := v.Interface().(time.Time)
		if params.timeType == TagGeneralizedTime || outsideUTCRange(t) {
			return makeGeneralizedTime(t)
		}
		return makeUTCTime(t)
	case bitStringType:
		return makeBitString(v.Interface().(BitString)), nil
	case objectIdentifierType:
		return makeObjectIdentifier(v.Interface().(ObjectIdentifier))
	}

	switch v.Kind() {
	case reflect.Bool:
		if v.Bool() {
			return []byte{0xff}, nil
		}
		return []byte{0x00}, nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return appendInt64(nil, v.Int()), nil
	case reflect.Slice:
		return v.Bytes(), nil
	case reflect.String:
		switch params.stringType {
		case TagIA5String:
			return makeIA5String(v.String())
		case TagPrintableString:
			return makePrintableString(v.String())
		case TagNumericString:
			return makeNumericString(v.String())
		}
		// UTF8String accepts anything; makeField has checked validity.
		return []byte(v.String()), nil
	}
	return nil, StructuralError{"unknown Go type"}
}

// makeStructBody concatenates the encodings of the struct's fields. A
// non-empty leading RawContent is written out instead, without its header.
func makeStructBody(v reflect.Value) (encoder, error) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		if !t.Field(i).IsExported() {
			return nil, StructuralError{"struct contains unexported fields"}
		}
	}
	first := 0
	if t.NumField() > 0 && t.Field(0).Type == rawContentsType {
		if raw := v.Field(0); raw.Len() > 0 {
			return bytesEncoder(stripTagAndLength(raw.Bytes())), nil
		}
		first = 1
	}
	var fields multiEncoder
	for i := first; i < t.NumField(); i++ {
		e, err := makeField(v.Field(i), parseFieldParameters(t.Field(i).Tag.Get("asn1")))
		if err != nil {
			return nil, err
		}
		fields = append(fields, e)
	}
	return fields, nil
}

// makeSliceBody concatenates the encodings of the elements, in DER order
// for a SET OF.
func makeSliceBody(v reflect.Value, set bool) (encoder, error) {
	elems := make(multiEncoder, v.Len())
	for i := range elems {
		e, err := makeField(v.Index(i), fieldParameters{})
		if err != nil {
			return nil, err
		}
		elems[i] = e
	}
	if set {
		return setEncoder(elems), nil
	}
	return elems, nil
}

// makeField encodes v as a whole element, header included, as its struct
// tag parameters ask. An optional field holding its default (or zero)
// value, and an empty omitempty slice, produce no bytes at all.
func makeField(v reflect.Value, params fieldParameters) (encoder, error) {
	if !v.IsValid() {
		return nil, fmt.Errorf("asn1: cannot marshal nil value")
	}
	// An interface is encoded as the value inside it.
	if v.Kind() == reflect.Interface && v.Type().NumMethod() == 0 {
		return makeField(v.Elem(), params)
	}
	if v.Kind() == reflect.Slice && v.Len() == 0 && params.omitEmpty {
		return bytesEncoder(nil), nil
	}
	if params.optional && isDefault(v, params) {
		return bytesEncoder(nil), nil
	}
	if v.Type() == rawValueType {
		return makeRawValue(v.Interface().(RawValue)), nil
	}

	matchAny, tag, isCompound, ok := getUniversalType(v.Type())
	if !ok || matchAny {
		return nil, StructuralError{fmt.Sprintf("unknown Go type: %v", v.Type())}
	}
	if params.timeType != 0 && tag != TagUTCTime {
		return nil, StructuralError{"explicit time type given to non-time member"}
	}
	if params.stringType != 0 && tag != TagPrintableString {
		return nil, StructuralError{"explicit string type given to non-string member"}
	}
	switch tag {
	case TagPrintableString:
		var err error
		if tag, err = stringTag(v.String(), params); err != nil {
			return nil, err
		}
	case TagUTCTime:
		if params.timeType == TagGeneralizedTime || outsideUTCRange(v.Interface().(time.Time)) {
			tag = TagGeneralizedTime
		}
	}
	if params.set {
		if tag != TagSequence {
			return nil, StructuralError{"non sequence tagged as set"}
		}
		tag = TagSet
	}
	// A slice type named ...SET is sorted like one tagged "set".
	params.set = tag == TagSet

	body, err := makeBody(v, params)
	if err != nil {
		return nil, err
	}
	if params.tag == nil {
		return tagged(ClassUniversal, tag, isCompound, body), nil
	}
	class := implicitClass(params)
	if params.explicit {
		inner := tagged(ClassUniversal, tag, isCompound, body)
		return tagged(class, *params.tag, true, inner), nil
	}
	return tagged(class, *params.tag, isCompound, body), nil
}

// isDefault reports whether an optional field holds the value that
// leaving it out stands for: its "default:N", or else its zero value.
func isDefault(v reflect.Value, params fieldParameters) bool {
	if params.defaultValue == nil {
		return reflect.DeepEqual(v.Interface(), reflect.Zero(v.Type()).Interface())
	}
	if !canHaveDefaultValue(v.Kind()) {
		return false
	}
	return v.Int() == *params.defaultValue
}

// makeRawValue writes a RawValue: its FullBytes when set, or else a
// header built from its fields followed by its Bytes.
func makeRawValue(rv RawValue) encoder {
	if len(rv.FullBytes) != 0 {
		return bytesEncoder(rv.FullBytes)
	}
	return tagged(rv.Class, rv.Tag, rv.IsCompound, bytesEncoder(rv.Bytes))
}

// stringTag picks the string type a Go string is marshaled as: the one
// its parameters name, else PrintableString if every byte is allowed
// there, else UTF8String.
func stringTag(s string, params fieldParameters) (int, error) {
	if params.stringType != 0 {
		return params.stringType, nil
	}
	for i := 0; i < len(s); i++ {
		if !isPrintable(s[i], rejectAsterisk, rejectAmpersand) {
			if !utf8.ValidString(s) {
				return 0, errors.New("asn1: string not valid UTF-8")
			}
			return TagUTF8String, nil
		}
	}
	return TagPrintableString, nil
}

// Marshal returns the DER encoding of val. It maps Go types to ASN.1 as
// Unmarshal does, with these struct tag parameters on top:
//
//	ia5           marshal a string as IA5String
//	omitempty     leave out an empty slice
//	printable     marshal a string as PrintableString
//	numeric       marshal a string as NumericString
//	utf8          marshal a string as UTF8String
//	utc           marshal a time.Time as UTCTime
//	generalized   marshal a time.Time as GeneralizedTime
//
// Without them, strings become PrintableString when they can and
// UTF8String otherwise, and times UTCTime when the year is 1950..2049.
func Marshal(val any) ([]byte, error) {
	return MarshalWithParams(val, "")
}

// MarshalWithParams is Marshal with struct-tag style parameters for the
// top-level element.
func MarshalWithParams(val any, params string) ([]byte, error) {
	e, err := makeField(reflect.ValueOf(val), parseFieldParameters(params))
	if err != nil {
		return nil, err
	}
	b := make([]byte, e.Len())
	e.Encode(b)
	return b, nil
}
