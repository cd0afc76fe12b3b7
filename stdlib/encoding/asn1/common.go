package asn1

import (
	"reflect"
	"strconv"
	"strings"
)

// Every DER element starts with an identifier octet (class, constructed
// bit, tag number) and a length, then carries that many content bytes:
//
//	30 06 02 01 05 01 01 ff   = SEQUENCE { INTEGER 5, BOOLEAN TRUE }
//	^class 0, constructed, tag 16

// Universal tag numbers of the ASN.1 types this package knows.
const (
	TagBoolean         = 1
	TagInteger         = 2
	TagBitString       = 3
	TagOctetString     = 4
	TagNull            = 5
	TagOID             = 6
	TagEnum            = 10
	TagUTF8String      = 12
	TagSequence        = 16
	TagSet             = 17
	TagNumericString   = 18
	TagPrintableString = 19
	TagT61String       = 20
	TagIA5String       = 22
	TagUTCTime         = 23
	TagGeneralizedTime = 24
	TagGeneralString   = 27
	TagBMPString       = 30
)

// Tag classes: the top two bits of the identifier octet, saying which
// numbering a tag number belongs to.
const (
	ClassUniversal       = 0
	ClassApplication     = 1
	ClassContextSpecific = 2
	ClassPrivate         = 3
)

// tagAndLength is a decoded element header. Its field names show in the
// "tags don't match" error, which prints it with %+v.
type tagAndLength struct {
	class, tag, length int
	isCompound         bool
}

// fieldParameters is what a struct tag such as `asn1:"optional,tag:2"`
// says about one field. An IMPLICIT tag replaces the type's universal tag;
// an EXPLICIT one wraps the normal encoding in an extra constructed
// element. Only one level of either is supported. Whenever explicit,
// application or private is set, tag is non-nil (defaulting to 0).
type fieldParameters struct {
	optional     bool   // the field may be absent
	explicit     bool   // tag wraps the element instead of replacing its tag
	application  bool   // tag is in the APPLICATION class
	private      bool   // tag is in the PRIVATE class
	defaultValue *int64 // value of an absent INTEGER field, or nil
	tag          *int   // tag number of the IMPLICIT or EXPLICIT tag, or nil
	stringType   int    // universal tag to marshal a string as, 0 for automatic
	timeType     int    // universal tag to marshal a time as, 0 for automatic
	set          bool   // encode as SET rather than SEQUENCE
	omitEmpty    bool   // leave out an empty slice when marshaling
}

// parseFieldParameters reads a comma-separated struct tag. Words it does
// not know, and numbers that do not parse, are skipped silently.
func parseFieldParameters(str string) (ret fieldParameters) {
	for _, part := range strings.Split(str, ",") {
		switch {
		case part == "optional":
			ret.optional = true
		case part == "explicit":
			ret.explicit = true
			ret.ensureTag()
		case part == "application":
			ret.application = true
			ret.ensureTag()
		case part == "private":
			ret.private = true
			ret.ensureTag()
		case part == "set":
			ret.set = true
		case part == "omitempty":
			ret.omitEmpty = true
		case part == "generalized":
			ret.timeType = TagGeneralizedTime
		case part == "utc":
			ret.timeType = TagUTCTime
		case part == "ia5":
			ret.stringType = TagIA5String
		case part == "printable":
			ret.stringType = TagPrintableString
		case part == "numeric":
			ret.stringType = TagNumericString
		case part == "utf8":
			ret.stringType = TagUTF8String
		case strings.HasPrefix(part, "default:"):
			if i, err := strconv.ParseInt(part[len("default:"):], 10, 64); err == nil {
				ret.defaultValue = &i
			}
		case strings.HasPrefix(part, "tag:"):
			if i, err := strconv.Atoi(part[len("tag:"):]); err == nil {
				ret.tag = &i
			}
		}
	}
	return
}

// ensureTag gives the parameters tag number 0 unless a "tag:N" came first.
func (p *fieldParameters) ensureTag() {
	if p.tag == nil {
		p.tag = new(int)
	}
}

// getUniversalType maps a Go type to the universal tag it is encoded
// with and whether that encoding is constructed. matchAny is true for
// RawValue, which accepts any element; ok is false for unsupported types.
func getUniversalType(t reflect.Type) (matchAny bool, tagNumber int, isCompound, ok bool) {
	switch t {
	case rawValueType:
		return true, -1, false, true
	case objectIdentifierType:
		return false, TagOID, false, true
	case bitStringType:
		return false, TagBitString, false, true
	case timeType:
		return false, TagUTCTime, false, true
	case enumeratedType:
		return false, TagEnum, false, true
	case bigIntType:
		return false, TagInteger, false, true
	}
	switch t.Kind() {
	case reflect.Bool:
		return false, TagBoolean, false, true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return false, TagInteger, false, true
	case reflect.Struct:
		return false, TagSequence, true, true
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return false, TagOctetString, false, true
		}
		// A named slice type ending in "SET" is a SET OF.
		if strings.HasSuffix(t.Name(), "SET") {
			return false, TagSet, true, true
		}
		return false, TagSequence, true, true
	case reflect.String:
		return false, TagPrintableString, false, true
	}
	return false, 0, false, false
}
