package x509

import (
	"crypto/x509/pkix"
	"errors"
	"fmt"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// parseName decodes a DER Name (RFC 5280, section 4.1.2.4) into an
// RDNSequence whose attribute values are all strings.
func parseName(raw der) (*pkix.RDNSequence, error) {
	seq, ok := raw.read(tagSequence)
	if !ok {
		return nil, errors.New("x509: invalid RDNSequence")
	}
	var rdns pkix.RDNSequence
	for len(seq) > 0 {
		set, ok := seq.read(tagSet)
		if !ok {
			return nil, errors.New("x509: invalid RDNSequence")
		}
		var rdn pkix.RelativeDistinguishedNameSET
		for len(set) > 0 {
			atv, err := parseAttribute(&set)
			if err != nil {
				return nil, err
			}
			rdn = append(rdn, atv)
		}
		rdns = append(rdns, rdn)
	}
	return &rdns, nil
}

// parseAttribute reads one AttributeTypeAndValue from an RDN's SET.
func parseAttribute(set *der) (pkix.AttributeTypeAndValue, error) {
	var atv pkix.AttributeTypeAndValue
	seq, ok := set.read(tagSequence)
	if !ok {
		return atv, errors.New("x509: invalid RDNSequence: invalid attribute")
	}
	if atv.Type, ok = seq.readOID(); !ok {
		return atv, errors.New("x509: invalid RDNSequence: invalid attribute type")
	}
	tag, value, _, ok := seq.readAny()
	if !ok {
		return atv, errors.New("x509: invalid RDNSequence: invalid attribute value")
	}
	s, err := decodeString(tag, value)
	if err != nil {
		return atv, fmt.Errorf("x509: invalid RDNSequence: invalid attribute value: %s", err)
	}
	atv.Value = s
	return atv, nil
}

// decodeString converts the content of an ASN.1 string of the given type
// to a Go string, checking the characters the type allows.
func decodeString(tag byte, value []byte) (string, error) {
	switch tag {
	case tagT61String:
		return string(value), nil
	case tagPrintableString:
		for _, b := range value {
			if !isPrintable(b) {
				return "", errors.New("invalid PrintableString")
			}
		}
		return string(value), nil
	case tagUTF8String:
		if !utf8.Valid(value) {
			return "", errors.New("invalid UTF-8 string")
		}
		return string(value), nil
	case tagBMPString:
		return decodeBMPString(value)
	case tagIA5String:
		if isIA5String(string(value)) != nil {
			return "", errors.New("invalid IA5String")
		}
		return string(value), nil
	case tagNumericString:
		for _, b := range value {
			if !('0' <= b && b <= '9' || b == ' ') {
				return "", errors.New("invalid NumericString")
			}
		}
		return string(value), nil
	}
	return "", fmt.Errorf("unsupported string type: %v", tag)
}

// decodeBMPString decodes big-endian UTF-16, dropping a trailing NUL
// that some encoders add.
func decodeBMPString(value []byte) (string, error) {
	if len(value)%2 != 0 {
		return "", errors.New("invalid BMPString")
	}
	if n := len(value); n >= 2 && value[n-1] == 0 && value[n-2] == 0 {
		value = value[:n-2]
	}
	units := make([]uint16, len(value)/2)
	for i := range units {
		units[i] = uint16(value[2*i])<<8 | uint16(value[2*i+1])
	}
	return string(utf16.Decode(units)), nil
}

// isPrintable reports whether b may appear in a PrintableString. '*' and
// '&' are not allowed by X.680 but are common enough in real
// certificates (wildcards, company names) to be accepted.
func isPrintable(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' ||
		'\'' <= b && b <= ')' || '+' <= b && b <= '/' ||
		b == ' ' || b == ':' || b == '=' || b == '?' || b == '*' || b == '&'
}

// isIA5String checks that s is plain ASCII.
func isIA5String(s string) error {
	for _, r := range s {
		if r > unicode.MaxASCII {
			return fmt.Errorf("x509: %q cannot be encoded as an IA5String", s)
		}
	}
	return nil
}
