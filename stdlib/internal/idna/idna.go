// Package idna converts internationalized domain names between their
// Unicode form and the ASCII form DNS uses ("bücher.de" and
// "xn--bcher-kva.de"), for net/http. It is gominic's counterpart of
// Go's vendored golang.org/x/net/idna, as far as its Lookup profile
// (RFC 5891, section 5; UTS #46 nontransitional) serves net/http.
//
// Where it differs from UTS #46: a name is mapped by lowercasing each
// rune (unicode.ToLower) and normalizing to NFC, not by the UTS #46
// mapping table, so compatibility forms ("ｆｕｌｌ" width, "ﬁ"
// ligatures) are not folded and ignored runes (soft hyphen) are not
// removed; a rune is valid in a label when it is a letter, a mark or a
// number, not by the UTS #46 status table; the joiner context rules
// (CONTEXTJ) and the Bidi rule (RFC 5893) are not checked.
package idna

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// acePrefix begins the ASCII form of a label that is not ASCII.
const acePrefix = "xn--"

// labelError is the error of a label that breaks a rule of UTS #46.
type labelError string

func (e labelError) Error() string {
	return "idna: invalid label " + strconv.Quote(string(e))
}

// runeError is the error of a rune no label may hold.
type runeError rune

func (e runeError) Error() string {
	return fmt.Sprintf("idna: disallowed rune %U", rune(e))
}

// ToASCII returns the ASCII form of a domain name for looking it up:
// each label mapped, checked and, if not ASCII, written in Punycode
// behind "xn--". With an error it returns the name as far as it got.
func ToASCII(s string) (string, error) {
	labels, err := process(s)
	for i, label := range labels {
		if IsASCII(label) {
			continue
		}
		a, err2 := Punycode(acePrefix, label)
		if err == nil {
			err = err2
		}
		labels[i] = a
	}
	return strings.Join(labels, "."), err
}

// ToUnicode returns the Unicode form of a domain name: each label
// mapped and checked, its "xn--" labels decoded.
func ToUnicode(s string) (string, error) {
	labels, err := process(s)
	return strings.Join(labels, "."), err
}

// process maps a name and returns its labels, the "xn--" ones decoded,
// with the first error a label gives (UTS #46, section 4).
func process(s string) ([]string, error) {
	labels := strings.Split(mapName(s), ".")
	var err error
	for i, label := range labels {
		var err2 error
		if strings.HasPrefix(label, acePrefix) {
			labels[i], err2 = decodeLabel(label)
		} else {
			err2 = validate(label)
		}
		if err == nil {
			err = err2
		}
	}
	return labels, err
}

// mapName lowercases a name, makes its other full stops ASCII dots and
// normalizes it to NFC.
func mapName(s string) string {
	if IsASCII(s) {
		return strings.ToLower(s)
	}
	return NFC(strings.Map(func(r rune) rune {
		switch r {
		case '\u3002', '\uFF0E', '\uFF61': // ideographic, fullwidth and halfwidth full stops
			return '.'
		}
		return unicode.ToLower(r)
	}, s))
}

// decodeLabel decodes an "xn--" label, which must be in normal form
// already and must have needed Punycode. A label that does not decode
// stays as it is.
func decodeLabel(label string) (string, error) {
	u, err := decode(label[len(acePrefix):])
	if err != nil {
		return label, err
	}
	if u != mapName(u) || IsASCII(u) {
		return u, labelError(u)
	}
	return u, validate(u)
}

// validate checks a mapped label: hyphens where RFC 5891 allows them
// (not first, not last, not in the third and fourth place, which mark
// an encoded label), only letters, digits and hyphen among its ASCII
// runes (the STD3 rules) and no combining mark first.
func validate(label string) error {
	if label == "" {
		return nil
	}
	if label[0] == '-' || label[len(label)-1] == '-' || len(label) >= 4 && label[2:4] == "--" {
		return labelError(label)
	}
	if first, _ := utf8.DecodeRuneInString(label); unicode.IsMark(first) {
		return labelError(label)
	}
	for _, r := range label {
		if !validRune(r) {
			return runeError(r)
		}
	}
	return nil
}

// validRune reports whether a label may hold r.
func validRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '-'
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsNumber(r))
}
