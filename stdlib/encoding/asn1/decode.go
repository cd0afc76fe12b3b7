package asn1

import (
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"time"
)

// Decoding walks the input one element at a time: parseTagAndLength reads
// a header, parseField checks it against what the Go value expects (its
// universal type, or the tag a struct tag asks for) and fills the value
// from the content bytes, recursing into structs and slices.

var (
	bitStringType        = reflect.TypeOf(BitString{})
	objectIdentifierType = reflect.TypeOf(ObjectIdentifier{})
	enumeratedType       = reflect.TypeOf(Enumerated(0))
	flagType             = reflect.TypeOf(Flag(false))
	timeType             = reflect.TypeOf(time.Time{})
	rawValueType         = reflect.TypeOf(RawValue{})
	rawContentsType      = reflect.TypeOf(RawContent(nil))
	bigIntType           = reflect.TypeOf(new(big.Int))
)

// parseTagAndLength reads the header at bytes[offset:] and returns it
// with the offset of the contents. It enforces DER: tag numbers below 31
// use the short form, lengths are definite and minimal.
func parseTagAndLength(bytes []byte, offset int) (ret tagAndLength, next int, err error) {
	if offset >= len(bytes) {
		return ret, offset, errors.New("asn1: internal error in parseTagAndLength")
	}
	b := bytes[offset]
	offset++
	ret.class = int(b >> 6)
	ret.isCompound = b&0x20 != 0
	ret.tag = int(b & 0x1f)

	// Tag number 31 means the number follows in base 128.
	if ret.tag == 0x1f {
		if ret.tag, offset, err = parseBase128Int(bytes, offset); err != nil {
			return ret, offset, err
		}
		if ret.tag < 0x1f {
			return ret, offset, SyntaxError{"non-minimal tag"}
		}
	}
	if offset >= len(bytes) {
		return ret, offset, SyntaxError{"truncated tag or length"}
	}
	b = bytes[offset]
	offset++
	if b&0x80 == 0 {
		// Short form: lengths up to 127 in the byte itself.
		ret.length = int(b)
		return ret, offset, nil
	}
	// Long form: the low bits count the big-endian length bytes that
	// follow. A count of zero is BER's indefinite length.
	numBytes := int(b & 0x7f)
	if numBytes == 0 {
		return ret, offset, SyntaxError{"indefinite length found (not DER)"}
	}
	for i := 0; i < numBytes; i++ {
		if offset >= len(bytes) {
			return ret, offset, SyntaxError{"truncated tag or length"}
		}
		b = bytes[offset]
		offset++
		// Stop before shifting could overflow an int on any platform.
		if ret.length >= 1<<23 {
			return ret, offset, StructuralError{"length too large"}
		}
		ret.length = ret.length<<8 | int(b)
		if ret.length == 0 {
			return ret, offset, StructuralError{"superfluous leading zeros in length"}
		}
	}
	if ret.length < 0x80 {
		return ret, offset, StructuralError{"non-minimal length"}
	}
	return ret, offset, nil
}

// invalidLength reports whether length bytes from offset overflow or
// run past the end of a slice of sliceLength bytes.
func invalidLength(offset, length, sliceLength int) bool {
	return offset+length < offset || offset+length > sliceLength
}

// parseSequenceOf decodes the contents of a SEQUENCE OF or SET OF into a
// new slice. A first pass checks every element's header, so the slice can
// be made at its final length before the second pass fills it.
func parseSequenceOf(bytes []byte, sliceType reflect.Type, elemType reflect.Type) (reflect.Value, error) {
	matchAny, expectedTag, compoundType, ok := getUniversalType(elemType)
	if !ok {
		return reflect.Value{}, StructuralError{"unknown Go type for slice"}
	}
	n := 0
	for offset := 0; offset < len(bytes); n++ {
		t, next, err := parseTagAndLength(bytes, offset)
		if err != nil {
			return reflect.Value{}, err
		}
		// Any string type may fill a string, and either time type a time.
		switch t.tag {
		case TagIA5String, TagGeneralString, TagT61String, TagUTF8String, TagNumericString, TagBMPString:
			t.tag = TagPrintableString
		case TagGeneralizedTime, TagUTCTime:
			t.tag = TagUTCTime
		}
		if !matchAny && (t.class != ClassUniversal || t.isCompound != compoundType || t.tag != expectedTag) {
			return reflect.Value{}, StructuralError{"sequence tag mismatch"}
		}
		if invalidLength(next, t.length, len(bytes)) {
			return reflect.Value{}, SyntaxError{"truncated sequence"}
		}
		offset = next + t.length
	}
	ret := reflect.MakeSlice(sliceType, n, n)
	offset := 0
	for i := 0; i < n; i++ {
		var err error
		if offset, err = parseField(ret.Index(i), bytes, offset, fieldParameters{}); err != nil {
			return reflect.Value{}, err
		}
	}
	return ret, nil
}

// parseField decodes the element at bytes[offset:] into v and returns the
// offset after it. An OPTIONAL field that does not match leaves the
// offset where it was so the next field can try the same element.
func parseField(v reflect.Value, bytes []byte, offset int, params fieldParameters) (int, error) {
	start := offset
	fieldType := v.Type()

	// Running out of elements is fine for trailing optional fields.
	if offset == len(bytes) {
		if !setDefaultValue(v, params) {
			return offset, SyntaxError{"sequence truncated"}
		}
		return offset, nil
	}

	if fieldType.Kind() == reflect.Interface && fieldType.NumMethod() == 0 {
		return parseAny(v, bytes, offset)
	}

	t, offset, err := parseTagAndLength(bytes, offset)
	if err != nil {
		return offset, err
	}
	if params.explicit {
		var done, matched bool
		t, offset, done, matched, err = unwrapExplicit(v, bytes, t, offset, params)
		if err != nil || done {
			return offset, err
		}
		if !matched {
			if !setDefaultValue(v, params) {
				return offset, StructuralError{"explicitly tagged member didn't match"}
			}
			return start, nil
		}
	}

	matchAny, universalTag, compoundType, ok := getUniversalType(fieldType)
	if !ok {
		return offset, StructuralError{fmt.Sprintf("unknown Go type: %v", fieldType)}
	}
	universalTag = refineUniversalTag(universalTag, t, params)

	// An IMPLICIT tag replaces the universal one; an EXPLICIT tag was
	// already removed above, leaving the universal tag to check.
	matchAnyClassAndTag := matchAny
	expectedClass, expectedTag := ClassUniversal, universalTag
	if !params.explicit && params.tag != nil {
		expectedClass, expectedTag = implicitClass(params), *params.tag
		matchAnyClassAndTag = false
	}
	if !matchAnyClassAndTag && (t.class != expectedClass || t.tag != expectedTag) ||
		!matchAny && t.isCompound != compoundType {
		if !setDefaultValue(v, params) {
			return offset, StructuralError{fmt.Sprintf("tags don't match (%d vs %+v) %+v %s @%d", expectedTag, t, params, fieldType.Name(), offset)}
		}
		return start, nil
	}
	if invalidLength(offset, t.length, len(bytes)) {
		return offset, SyntaxError{"data truncated"}
	}
	contents := bytes[offset : offset+t.length]
	offset += t.length
	return offset, setValue(v, t, universalTag, contents, bytes[start:offset])
}

// unwrapExplicit handles an EXPLICIT tag, whose header t has just been
// read. When it matches, it reads the inner element's header in its place
// and returns matched. A RawValue field keeps the wrapper itself; an empty
// wrapper is only allowed as a Flag, which it sets (done).
func unwrapExplicit(v reflect.Value, bytes []byte, t tagAndLength, offset int, params fieldParameters) (inner tagAndLength, next int, done, matched bool, err error) {
	expectedClass := ClassContextSpecific
	if params.application {
		expectedClass = ClassApplication
	}
	if offset == len(bytes) {
		return t, offset, false, false, StructuralError{"explicit tag has no child"}
	}
	if t.class != expectedClass || t.tag != *params.tag || t.length != 0 && !t.isCompound {
		return t, offset, false, false, nil
	}
	switch {
	case v.Type() == rawValueType:
		return t, offset, false, true, nil
	case t.length > 0:
		inner, next, err = parseTagAndLength(bytes, offset)
		return inner, next, false, true, err
	case v.Type() != flagType:
		return t, offset, false, true, StructuralError{"zero length explicit tag was not an asn1.Flag"}
	}
	v.SetBool(true)
	return t, offset, true, true, nil
}

// refineUniversalTag picks, among the universal tags a Go type accepts,
// the one this element uses: a Go string takes any string type, and a
// time.Time either time type. A set parameter demands SET.
func refineUniversalTag(universalTag int, t tagAndLength, params fieldParameters) int {
	if universalTag == TagPrintableString {
		if t.class == ClassUniversal {
			switch t.tag {
			case TagIA5String, TagGeneralString, TagT61String, TagUTF8String, TagNumericString, TagBMPString:
				universalTag = t.tag
			}
		} else if params.stringType != 0 {
			universalTag = params.stringType
		}
	}
	if universalTag == TagUTCTime && t.tag == TagGeneralizedTime && t.class == ClassUniversal {
		universalTag = TagGeneralizedTime
	}
	if params.set {
		universalTag = TagSet
	}
	return universalTag
}

// implicitClass is the class of a field's tag: context-specific unless
// the field says application or private.
func implicitClass(params fieldParameters) int {
	switch {
	case params.private:
		return ClassPrivate
	case params.application:
		return ClassApplication
	}
	return ClassContextSpecific
}

// parseAny decodes an element into an empty interface, choosing the Go
// type from the element's universal tag. Elements of other classes and
// constructed elements are skipped, leaving v unchanged.
func parseAny(v reflect.Value, bytes []byte, offset int) (int, error) {
	t, offset, err := parseTagAndLength(bytes, offset)
	if err != nil {
		return offset, err
	}
	if invalidLength(offset, t.length, len(bytes)) {
		return offset, SyntaxError{"data truncated"}
	}
	contents := bytes[offset : offset+t.length]
	offset += t.length
	if t.isCompound || t.class != ClassUniversal {
		return offset, nil
	}
	var result any
	switch t.tag {
	case TagPrintableString:
		result, err = parsePrintableString(contents)
	case TagNumericString:
		result, err = parseNumericString(contents)
	case TagIA5String:
		result, err = parseIA5String(contents)
	case TagT61String:
		result, err = parseT61String(contents)
	case TagUTF8String:
		result, err = parseUTF8String(contents)
	case TagInteger:
		result, err = parseInt64(contents)
	case TagBitString:
		result, err = parseBitString(contents)
	case TagOID:
		result, err = parseObjectIdentifier(contents)
	case TagUTCTime:
		result, err = parseUTCTime(contents)
	case TagGeneralizedTime:
		result, err = parseGeneralizedTime(contents)
	case TagOctetString:
		result = contents
	case TagBMPString:
		result, err = parseBMPString(contents)
	default:
		// Types without a Go counterpart are skipped.
		return offset, nil
	}
	if err != nil {
		return offset, err
	}
	v.Set(reflect.ValueOf(result))
	return offset, nil
}

// setValue fills v from the contents of an element whose header t has
// been checked; full is the whole element, header included.
func setValue(v reflect.Value, t tagAndLength, universalTag int, contents, full []byte) error {
	switch p := v.Addr().Interface().(type) {
	case *RawValue:
		*p = RawValue{t.class, t.tag, t.isCompound, contents, full}
		return nil
	case *ObjectIdentifier:
		oid, err := parseObjectIdentifier(contents)
		*p = oid
		return err
	case *BitString:
		bs, err := parseBitString(contents)
		*p = bs
		return err
	case *time.Time:
		var err error
		if universalTag == TagUTCTime {
			*p, err = parseUTCTime(contents)
		} else {
			*p, err = parseGeneralizedTime(contents)
		}
		return err
	case *Enumerated:
		i, err := parseInt32(contents)
		if err == nil {
			*p = Enumerated(i)
		}
		return err
	case *Flag:
		*p = true
		return nil
	case **big.Int:
		i, err := parseBigInt(contents)
		if err == nil {
			*p = i
		}
		return err
	}

	switch v.Kind() {
	case reflect.Bool:
		b, err := parseBool(contents)
		if err == nil {
			v.SetBool(b)
		}
		return err
	case reflect.Int, reflect.Int32, reflect.Int64:
		return setInt(v, contents)
	case reflect.Struct:
		return setStruct(v, contents, full)
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			// Copy, so the result does not alias the caller's input.
			v.Set(reflect.MakeSlice(v.Type(), len(contents), len(contents)))
			reflect.Copy(v, reflect.ValueOf(contents))
			return nil
		}
		s, err := parseSequenceOf(contents, v.Type(), v.Type().Elem())
		if err == nil {
			v.Set(s)
		}
		return err
	case reflect.String:
		s, err := parseString(universalTag, contents)
		if err == nil {
			v.SetString(s)
		}
		return err
	}
	return StructuralError{"unsupported: " + v.Type().String()}
}

// setInt stores an INTEGER into a 32- or 64-bit Go integer.
func setInt(v reflect.Value, contents []byte) error {
	if v.Type().Size() == 4 {
		i, err := parseInt32(contents)
		if err == nil {
			v.SetInt(int64(i))
		}
		return err
	}
	i, err := parseInt64(contents)
	if err == nil {
		v.SetInt(i)
	}
	return err
}

// setStruct decodes a SEQUENCE's elements into the struct's fields in
// order, each with the parameters of its struct tag.
func setStruct(v reflect.Value, contents, full []byte) error {
	st := v.Type()
	for i := 0; i < st.NumField(); i++ {
		if !st.Field(i).IsExported() {
			return StructuralError{"struct contains unexported fields"}
		}
	}
	first := 0
	if st.NumField() > 0 && st.Field(0).Type == rawContentsType {
		v.Field(0).Set(reflect.ValueOf(RawContent(full)))
		first = 1
	}
	offset := 0
	for i := first; i < st.NumField(); i++ {
		field := st.Field(i)
		var err error
		offset, err = parseField(v.Field(i), contents, offset, parseFieldParameters(field.Tag.Get("asn1")))
		if err != nil {
			return err
		}
	}
	// Like Go 1.19, elements left over after the last field are ignored.
	return nil
}

// parseString decodes a character string of the given universal type.
func parseString(universalTag int, contents []byte) (string, error) {
	switch universalTag {
	case TagPrintableString:
		return parsePrintableString(contents)
	case TagNumericString:
		return parseNumericString(contents)
	case TagIA5String:
		return parseIA5String(contents)
	case TagT61String, TagGeneralString:
		// GeneralString allows escape sequences switching character
		// sets; like T61String it is taken byte for byte.
		return parseT61String(contents)
	case TagUTF8String:
		return parseUTF8String(contents)
	case TagBMPString:
		return parseBMPString(contents)
	}
	return "", SyntaxError{fmt.Sprintf("internal error: unknown string type %d", universalTag)}
}

// canHaveDefaultValue reports whether a "default:N" parameter applies to
// values of kind k.
func canHaveDefaultValue(k reflect.Kind) bool {
	switch k {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return true
	}
	return false
}

// setDefaultValue handles an absent field: it reports false unless the
// field is optional, and stores the default value if one is given.
func setDefaultValue(v reflect.Value, params fieldParameters) bool {
	if !params.optional {
		return false
	}
	if params.defaultValue != nil && canHaveDefaultValue(v.Kind()) {
		v.SetInt(*params.defaultValue)
	}
	return true
}

// Unmarshal parses the DER-encoded ASN.1 element at the start of b into
// the value val points to, and returns the bytes after it.
//
// Go types and ASN.1 types correspond as follows (the universal type is
// used unless a struct tag says otherwise):
//
//	bool                  BOOLEAN
//	int, int32, int64     INTEGER (int32 must fit in 32 bits)
//	*big.Int              INTEGER
//	Enumerated            ENUMERATED
//	BitString             BIT STRING
//	[]byte                OCTET STRING
//	ObjectIdentifier      OBJECT IDENTIFIER
//	string                PrintableString, IA5String, NumericString,
//	                      UTF8String, T61String, GeneralString, BMPString
//	time.Time             UTCTime or GeneralizedTime
//	struct                SEQUENCE, one element per field in order
//	slice                 SEQUENCE OF, or SET OF for types named ...SET
//	RawValue              any element, left undecoded
//	Flag                  any element; true when present
//	interface{}           the Go type matching a primitive universal type
//
// A field's `asn1:"..."` struct tag may hold, comma-separated:
//
//	application   the tag is of class APPLICATION
//	private       the tag is of class PRIVATE
//	explicit      the tag wraps the element instead of replacing its tag
//	optional      the element may be absent
//	set           the element is a SET rather than a SEQUENCE
//	tag:x         the element has tag number x (context-specific class
//	              by default)
//	default:x     an absent optional integer takes the value x
//
// A struct whose first field has type RawContent gets the raw bytes of
// its whole encoding in that field. Unmarshal refuses structs with
// unexported fields and encodings that are valid BER but not DER.
func Unmarshal(b []byte, val any) (rest []byte, err error) {
	return UnmarshalWithParams(b, val, "")
}

// invalidUnmarshalError reports that Unmarshal was not given a non-nil
// pointer.
type invalidUnmarshalError struct {
	Type reflect.Type
}

func (e *invalidUnmarshalError) Error() string {
	switch {
	case e.Type == nil:
		return "asn1: Unmarshal recipient value is nil"
	case e.Type.Kind() != reflect.Pointer:
		return "asn1: Unmarshal recipient value is non-pointer " + e.Type.String()
	}
	return "asn1: Unmarshal recipient value is nil " + e.Type.String()
}

// UnmarshalWithParams is Unmarshal with struct-tag style parameters for
// the top-level element.
func UnmarshalWithParams(b []byte, val any, params string) (rest []byte, err error) {
	v := reflect.ValueOf(val)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return nil, &invalidUnmarshalError{reflect.TypeOf(val)}
	}
	offset, err := parseField(v.Elem(), b, 0, parseFieldParameters(params))
	if err != nil {
		return nil, err
	}
	return b[offset:], nil
}
