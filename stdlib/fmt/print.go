// Package fmt implements formatted I/O (the first subset: Print and Println
// of strings, integers and booleans).
package fmt

import "os"

func appendValue(buf []byte, a any) []byte {
	switch v := a.(type) {
	case string:
		return append(buf, v...)
	case int:
		return appendInt(buf, int64(v))
	case bool:
		if v {
			return append(buf, "true"...)
		}
		return append(buf, "false"...)
	}
	return append(buf, "?"...)
}

func appendInt(buf []byte, v int64) []byte {
	if v < 0 {
		buf = append(buf, '-')
		v = -v
	}
	var digits [20]byte
	i := len(digits)
	for {
		i--
		digits[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return append(buf, digits[i:]...)
}

// Println formats its operands, separated by spaces, and a newline.
func Println(a ...any) (n int, err error) {
	var buf []byte
	for i, x := range a {
		if i > 0 {
			buf = append(buf, ' ')
		}
		buf = appendValue(buf, x)
	}
	buf = append(buf, '\n')
	return os.Stdout.Write(buf)
}

// Print formats its operands; spaces go between operands when neither is a string.
func Print(a ...any) (n int, err error) {
	var buf []byte
	for i, x := range a {
		_, isString := x.(string)
		if i > 0 && !isString {
			if _, prevString := a[i-1].(string); !prevString {
				buf = append(buf, ' ')
			}
		}
		buf = appendValue(buf, x)
	}
	return os.Stdout.Write(buf)
}
