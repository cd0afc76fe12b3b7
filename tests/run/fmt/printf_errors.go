// Tests Printf's handling of format mistakes and format-string features:
// %!verb(type=value) for a wrong verb, %!verb(MISSING), %!(EXTRA ...),
// %!(NOVERB), bad and good argument indexes ([n]), '*' width and
// precision (including bad ones), %%, and Errorf with %w.
package main

import (
	"errors"
	"fmt"
)

type T struct {
	A int
	B string
}

func main() {
	fmt.Printf("%d %s %t %x\n", "hi", 5, 3, true)
	fmt.Printf("%z %!|%z\n", 1, T{1, "b"})
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%s\n")
	fmt.Printf("one\n", 1, "two", nil, T{})
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%-")
	fmt.Println()
	fmt.Printf("%5.2")
	fmt.Println()
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%d %d %#[1]x %#x\n", 16, 17)
	fmt.Printf("%[5]d|%[0]d|%[x]d|%[1]|%[2]d\n", 1, 2)
	fmt.Printf("%[1]d %d %d\n", 1, 2)
	fmt.Printf("%.[2]d|%[3]2d|%[2].2d\n", 1, 2, 3)
	fmt.Printf("%*d|%-*d|%*d|%.*f|%.*d\n", 5, 1, 5, 2, -5, 3, 2, 3.14159, -1, 42)
	fmt.Printf("%*d|%.*d|%*d\n", "x", 1, "y", 2, 10000000, 3)
	fmt.Printf("%*d|%.*f\n", uint8(4), 7, int64(1), 2.55)
	fmt.Printf("100%%|%5%|%-5%|%d%%\n", 50)
	fmt.Printf("%v %v\n", nil, []interface{}{nil})
	fmt.Printf("%d|%s|%p\n", nil, nil, nil)
	fmt.Printf("%!\n")
	fmt.Printf("%é|%☺\n", 1, "x")
	fmt.Printf("%.d|%.f|%.s|\n", 7, 2.5, "str")
	fmt.Printf("%#d|%#s|%+s|% s\n", 8, "s", "t", "u")
	fmt.Printf("%w\n", errors.New("not in Printf"))
	fmt.Println(fmt.Sprintf("%d", []string{"a"}), fmt.Sprintf("%s", []int{1}))

	base := errors.New("base")
	w := fmt.Errorf("layer: %w", base)
	fmt.Println(w, errors.Unwrap(w) == base, errors.Is(w, base))
	w2 := fmt.Errorf("outer %d: %w", 2, w)
	fmt.Println(w2, errors.Is(w2, base), errors.Unwrap(errors.Unwrap(w2)) == base)
	plain := fmt.Errorf("no wrap %v", base)
	fmt.Println(plain, errors.Unwrap(plain) == nil)
	fmt.Println(fmt.Errorf("%w", "not an error"), fmt.Errorf("%w %w", base, base))
	fmt.Println(fmt.Errorf("nil: %w", nil))
	fmt.Printf("%T %T\n", w, plain)
}
