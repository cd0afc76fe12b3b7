// Tests the Print family: Print's spacing rule (a space between operands
// when neither is a string), Println's, the S-, F- and Append- variants,
// writing to any io.Writer (one Write per call), and the byte counts
// returned.
package main

import (
	"fmt"
	"os"
)

type recorder struct {
	writes []string
}

func (r *recorder) Write(p []byte) (int, error) {
	r.writes = append(r.writes, string(p))
	return len(p), nil
}

type Str string

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, nil, "d", '\n')
	fmt.Print("\n")
	fmt.Print(1, 2, Str("named"), 3, Str("x"), Str("y"), "\n")
	fmt.Println("a", "b", 1, 2, nil, []int{1}, "end")
	fmt.Println()
	fmt.Print()
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil), fmt.Sprint(nil, nil), fmt.Sprint("x", nil, "y"))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, true), fmt.Sprint(1, 2), fmt.Sprint("x", "y"), fmt.Sprint(3, "z", 4))
	fmt.Printf("%q\n", fmt.Sprintln("x", 1, true, "y"))
	fmt.Printf("%q\n", fmt.Sprintln())

	r := &recorder{}
	n, err := fmt.Fprint(r, "one", 1, 2)
	fmt.Println(n, err)
	n, err = fmt.Fprintln(r, "two", 2)
	fmt.Println(n, err)
	n, err = fmt.Fprintf(r, "%s=%d;", "three", 3)
	fmt.Println(n, err)
	fmt.Printf("%q %d\n", r.writes, len(r.writes))

	n, _ = fmt.Println("héllo")
	fmt.Println(n)
	n, _ = fmt.Printf("%5s|\n", "ab")
	fmt.Println(n)
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stderr, "to stderr %d\n", 2)

	b := []byte("start:")
	b = fmt.Append(b, 1, 2, "s")
	b = fmt.Appendf(b, "|%03d|", 7)
	b = fmt.Appendln(b, "end", 9)
	fmt.Printf("%q\n", b)
	fmt.Printf("%q\n", fmt.Append(nil))

	var big []interface{}
	for i := 0; i < 30; i++ {
		big = append(big, i*i)
	}
	fmt.Println(big...)
	s := fmt.Sprintf("%s-%03d", "id", 7)
	fmt.Println(s, len(s))
	long := fmt.Sprintf("%0100d|%-100s|", 1, "x")
	fmt.Println(len(long), long[95:105])
}
