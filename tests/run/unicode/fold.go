// Tests unicode.FoldCategory and unicode.FoldScript: the runes outside a
// category or script that fold into it.
package main

import (
	"fmt"
	"sort"
	"unicode"
)

func main() {
	var cats, scripts []string
	for k := range unicode.FoldCategory {
		cats = append(cats, k)
	}
	for k := range unicode.FoldScript {
		scripts = append(scripts, k)
	}
	sort.Strings(cats)
	sort.Strings(scripts)
	fmt.Println(cats, scripts)
	fmt.Println(unicode.Is(unicode.FoldCategory["Lu"], 'k'), unicode.Is(unicode.FoldCategory["Ll"], 'K'), unicode.Is(unicode.FoldScript["Greek"], 0x1FBE), unicode.Is(unicode.FoldScript["Common"], 0x03BC), unicode.Is(unicode.FoldCategory["Lu"], '1'))
}
