// Tests text/tabwriter: column blocks, padding with spaces, dots and tabs,
// AlignRight, Debug, DiscardEmptyColumns, TabIndent, FilterHTML, escapes,
// '\f' section breaks, minwidth, unicode widths, and a failing output.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type failing struct{}

func (failing) Write(p []byte) (int, error) { return 0, errors.New("disk full") }

func show(minwidth, tabwidth, padding int, padchar byte, flags uint, text string) {
	var sb strings.Builder
	w := tabwriter.NewWriter(&sb, minwidth, tabwidth, padding, padchar, flags)
	fmt.Fprint(w, text)
	err := w.Flush()
	fmt.Printf("%q %v\n", sb.String(), err)
}

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "NAME\tSIZE\tMODE\t")
	fmt.Fprintln(w, "main.go\t1234\t-rw-r--r--\t")
	fmt.Fprintln(w, "a\t5\tdrwxr-xr-x\t")
	fmt.Fprintln(w, "")
	fmt.Fprintln(w, "x\ty")
	fmt.Fprintln(w, "longer cell\tz")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 5, 0, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aa\tbbbbb\tc")
	fmt.Fprintln(w, "aaa\t\tcc")
	w.Flush()

	text := "a\tb\tc\naa\tbb\tcc\n\taaa\tbbb\n\t\tx\n"
	for _, flags := range []uint{0, tabwriter.Debug, tabwriter.DiscardEmptyColumns, tabwriter.TabIndent, tabwriter.AlignRight} {
		show(0, 4, 1, '-', flags, text)
		show(0, 4, 0, '\t', flags, text)
	}
	show(0, 8, 1, ' ', tabwriter.DiscardEmptyColumns|tabwriter.Debug, "a\t\tb\nc\t\td\n")
	show(0, 8, 1, ' ', tabwriter.DiscardEmptyColumns|tabwriter.Debug, "a\v\vb\nc\v\vd\n")
	show(0, 8, 1, ' ', tabwriter.Debug, "a\tb\n\fc\td\ne\tf\n")
	show(0, 8, 1, '.', tabwriter.FilterHTML, "<b>bold</b>\t&amp;\tx\nplain\ty\tz\n")
	show(0, 8, 1, '.', 0, "<b>bold</b>\t&amp;\tx\nplain\ty\tz\n")
	show(0, 8, 1, '.', 0, "esc\xff\t\xffaped\tx\nb\tc\n")
	show(0, 8, 1, '.', tabwriter.StripEscape, "esc\xff\t\xffaped\tx\nb\tc\n")
	show(0, 8, 1, '.', 0, "unfinished \xffescape\tno")
	show(0, 8, 1, '.', 0, "héllo\twörld\nab\tcd\n")
	show(10, 8, 2, '*', 0, "a\tb\nccc\td\n")
	show(0, 0, 1, '\t', 0, "a\tb\nccc\td\n")
	show(0, 8, 1, ' ', 0, "no newline at end\tx")
	show(0, 8, 1, ' ', 0, "")

	var f tabwriter.Writer
	f.Init(failing{}, 0, 8, 1, ' ', 0)
	n, err := fmt.Fprint(&f, "a\tb\n")
	fmt.Println(n, err)
	n, err = fmt.Fprint(&f, "a\tb\nc\td\n")
	fmt.Println(n, err, f.Flush())
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		tabwriter.NewWriter(os.Stdout, -1, 0, 0, ' ', 0)
	}()
}
