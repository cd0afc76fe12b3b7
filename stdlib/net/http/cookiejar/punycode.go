package cookiejar

// This file turns internationalized host names into their ASCII form,
// the "xn--" labels of IDNA, each label's non-ASCII form written in
// Punycode (RFC 3492).

import (
	"fmt"
	"internal/idna"
	"strings"
)

// acePrefix marks a label as Punycode-encoded.
const acePrefix = "xn--"

// toASCII encodes each non-ASCII label of the dotted name s.
// For example, "bücher.example" gives "xn--bcher-kva.example".
func toASCII(s string) (string, error) {
	if isASCII(s) {
		return s, nil
	}
	labels := strings.Split(s, ".")
	for i, label := range labels {
		if isASCII(label) {
			continue
		}
		encoded, err := encode(acePrefix, label)
		if err != nil {
			return "", err
		}
		labels[i] = encoded
	}
	return strings.Join(labels, "."), nil
}

// encode returns prefix followed by the Punycode form of the label s
// (RFC 3492), by the encoder net/http uses for host names.
func encode(prefix, s string) (string, error) {
	out, err := idna.Punycode(prefix, s)
	if err != nil {
		return "", fmt.Errorf("cookiejar: invalid label %q", s)
	}
	return out, nil
}
