// This file implements the base64 encoding of []byte values (RFC 4648,
// standard alphabet, padded), as encoding/base64's StdEncoding does it.

package json

import "strconv"

const base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// appendBase64 appends the base64 encoding of src to dst.
func appendBase64(dst, src []byte) []byte {
	for len(src) >= 3 {
		v := uint(src[0])<<16 | uint(src[1])<<8 | uint(src[2])
		dst = append(dst, base64Alphabet[v>>18&63], base64Alphabet[v>>12&63], base64Alphabet[v>>6&63], base64Alphabet[v&63])
		src = src[3:]
	}
	switch len(src) {
	case 1:
		v := uint(src[0]) << 16
		dst = append(dst, base64Alphabet[v>>18&63], base64Alphabet[v>>12&63], '=', '=')
	case 2:
		v := uint(src[0])<<16 | uint(src[1])<<8
		dst = append(dst, base64Alphabet[v>>18&63], base64Alphabet[v>>12&63], base64Alphabet[v>>6&63], '=')
	}
	return dst
}

// A corruptInputError reports bad base64 data at an offset, in the words
// of encoding/base64's CorruptInputError.
type corruptInputError int64

func (e corruptInputError) Error() string {
	return "illegal base64 data at input byte " + strconv.FormatInt(int64(e), 10)
}

// decodeBase64 decodes padded standard base64; like encoding/base64 it
// ignores \r and \n.
func decodeBase64(src []byte) ([]byte, error) {
	dst := make([]byte, 0, len(src)*3/4)
	var quantum [4]byte
	n := 0 // bytes in quantum
	pad := 0
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '\r' || c == '\n' {
			continue
		}
		if c == '=' {
			// Padding ends a quantum of 2 or 3 characters.
			if n < 2 || pad > 0 && n+pad > 4 {
				return nil, corruptInputError(i)
			}
			pad++
			if n+pad == 4 {
				i++
				for i < len(src) && (src[i] == '\r' || src[i] == '\n') {
					i++
				}
				if i < len(src) {
					return nil, corruptInputError(i)
				}
				break
			}
			continue
		}
		if pad > 0 {
			return nil, corruptInputError(i)
		}
		d := base64Value(c)
		if d < 0 {
			return nil, corruptInputError(i)
		}
		quantum[n] = byte(d)
		n++
		if n == 4 {
			dst = append(dst, quantum[0]<<2|quantum[1]>>4, quantum[1]<<4|quantum[2]>>2, quantum[2]<<6|quantum[3])
			n = 0
		}
	}
	switch {
	case n == 0:
	case n+pad != 4:
		return nil, corruptInputError(len(src) - pad)
	case n == 2:
		dst = append(dst, quantum[0]<<2|quantum[1]>>4)
	case n == 3:
		dst = append(dst, quantum[0]<<2|quantum[1]>>4, quantum[1]<<4|quantum[2]>>2)
	}
	return dst, nil
}

func base64Value(c byte) int {
	switch {
	case 'A' <= c && c <= 'Z':
		return int(c - 'A')
	case 'a' <= c && c <= 'z':
		return int(c-'a') + 26
	case '0' <= c && c <= '9':
		return int(c-'0') + 52
	case c == '+':
		return 62
	case c == '/':
		return 63
	}
	return -1
}
