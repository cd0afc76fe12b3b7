// Tests fmt's integer formatting: %v %d %b %o %O %x %X %c %q %U, the flags
// + - # 0 and space, width and precision, every integer type and its
// limits, and named integer types.
package main

import "fmt"

type Weekday int

type Flags uint8

func main() {
	for _, n := range []int{0, 7, -7, 255, -255, 1 << 40} {
		fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d|%.3d|%8.3d|%-+6d|\n", n, n, n, n, n, n, n, n, n)
		fmt.Printf("%b|%o|%O|%#o|%x|%X|%#x|%#X|%#b|%08x|%#08x|\n", n, n, n, n, n, n, n, n, n, n, n)
	}
	fmt.Printf("%.0d|%5.0d|%-5.0d|%d\n", 0, 0, 0, 0)
	fmt.Printf("%d %d %d %d %d\n", int8(-128), int16(-32768), int32(-2147483648), int64(-9223372036854775808), -9223372036854775807-1)
	fmt.Printf("%d %d %d %d %d %d\n", uint8(255), uint16(65535), uint32(4294967295), uint64(18446744073709551615), uint(18446744073709551615), uintptr(4096))
	fmt.Printf("%x %X %o %b\n", uint64(18446744073709551615), int64(-9223372036854775808), int8(-1), int16(-2))
	fmt.Printf("%v %v %v\n", int8(-1), uint16(300), Weekday(3))
	fmt.Printf("%#v %#v %#v %#v\n", 42, uint(42), Flags(7), -1)
	fmt.Printf("%c|%c|%c|%5c|%-3c|%c\n", 'A', 0x4E16, 0x1F600, 'x', 'y', -1)
	fmt.Printf("%q|%q|%+q|%#q|%q|%q\n", 'a', '\'', 0x4E16, 'b', '\n', 0x10FFFF+1)
	fmt.Printf("%U|%#U|%U|%#U|%.6U|%#8U|%-10U|\n", 'x', 'x', 0x1F600, 0x1F600, 0x41, 'z', 0x263A)
	fmt.Printf("%#U|%#U\n", '\n', 0x110000)
	fmt.Printf("%x|%X|%#x\n", -1, -255, -16)
	fmt.Printf("%010d|%-010d|%+010d|% 010d\n", -42, -42, 42, 42)
	fmt.Printf("%+.3d|% .3d|%#.5x|%#.5o|%#.3b\n", 5, 5, 255, 8, 5)
	fmt.Printf("%6.2d|%06.2d|%-06.2d|\n", 3, 3, 3)
	fmt.Printf("%t %v %5t|%-6t|\n", true, false, true, false)
	fmt.Println(1, -2, uint8(3), int64(4), Weekday(5))
	var r rune = 'é'
	var b byte = 'z'
	fmt.Println(r, b, fmt.Sprintf("%c%c", r, b))
}
