// This file implements the case-insensitive match of an object key to a
// struct field's name that Unmarshal falls back on when no name equals
// the key exactly. The comparison is Unicode's simple case folding, as
// bytes.EqualFold, but each field picks once, when its type is first
// seen, the cheapest function that is exact for its name.

package json

import (
	"bytes"
	"unicode/utf8"
)

const (
	caseMask     = ^byte(0x20) // clears the bit that makes an ASCII letter lower case
	kelvin       = '\u212a'    // KELVIN SIGN, which folds to k and K
	smallLongEss = '\u017f'    // LATIN SMALL LETTER LONG S, which folds to s and S
)

// foldFunc returns the function that compares the field name name with a
// key under case folding:
//   - a name with a non-ASCII byte: bytes.EqualFold;
//   - with a k or an s (which two non-ASCII runes also fold to):
//     equalFoldRight;
//   - with an ASCII byte that is not a letter: asciiEqualFold;
//   - else (letters only): simpleLetterEqualFold.
func foldFunc(name []byte) func(s, t []byte) bool {
	letters, special := true, false
	for _, b := range name {
		if b >= utf8.RuneSelf {
			return bytes.EqualFold
		}
		switch up := b & caseMask; {
		case up == 'K' || up == 'S':
			special = true
		case up < 'A' || up > 'Z':
			letters = false
		}
	}
	switch {
	case special:
		return equalFoldRight
	case !letters:
		return asciiEqualFold
	}
	return simpleLetterEqualFold
}

// equalFoldRight reports whether s, all ASCII, equals t under case
// folding: an ASCII byte of t matches its own letter in either case; the
// only non-ASCII runes that can match are the Kelvin sign (for k or K)
// and the long s (for s or S).
func equalFoldRight(s, t []byte) bool {
	for _, sb := range s {
		if len(t) == 0 {
			return false
		}
		if tb := t[0]; tb < utf8.RuneSelf {
			if sb != tb && !(isASCIILetterByte(sb) && sb&caseMask == tb&caseMask) {
				return false
			}
			t = t[1:]
			continue
		}
		r, size := utf8.DecodeRune(t)
		switch {
		case sb&caseMask == 'K' && r == kelvin, sb&caseMask == 'S' && r == smallLongEss:
			t = t[size:]
		default:
			return false
		}
	}
	return len(t) == 0
}

// asciiEqualFold reports whether s, ASCII without k or s, equals t under
// case folding: byte for byte, letters in either case.
func asciiEqualFold(s, t []byte) bool {
	if len(s) != len(t) {
		return false
	}
	for i, sb := range s {
		tb := t[i]
		if sb != tb && !(isASCIILetterByte(sb) && sb&caseMask == tb&caseMask) {
			return false
		}
	}
	return true
}

// simpleLetterEqualFold reports whether s, ASCII letters other than k and
// s, equals t under case folding. A byte of t whose upper case is a
// letter of s is that letter: masking one bit suffices.
func simpleLetterEqualFold(s, t []byte) bool {
	if len(s) != len(t) {
		return false
	}
	for i, sb := range s {
		if sb&caseMask != t[i]&caseMask {
			return false
		}
	}
	return true
}

func isASCIILetterByte(b byte) bool {
	up := b & caseMask
	return 'A' <= up && up <= 'Z'
}
