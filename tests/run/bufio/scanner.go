// Tests bufio.Scanner: ScanLines with CRLF, a blank line and a final line
// without newline; ScanWords on Unicode spaces; ScanRunes on invalid UTF-8;
// ScanBytes; a custom SplitFunc (comma-separated, ErrFinalToken); the
// ErrTooLong error past MaxScanTokenSize and Buffer raising the limit; and
// the panic when Split is called after Scan.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("line one\r\nline two\n\nlast"))
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println(sc.Err(), sc.Scan())

	sc = bufio.NewScanner(strings.NewReader("  many   words\there\u00a0and\u2003there\n"))
	sc.Split(bufio.ScanWords)
	var words []string
	for sc.Scan() {
		words = append(words, sc.Text())
	}
	fmt.Printf("%q\n", words)

	sc = bufio.NewScanner(strings.NewReader("hé\xffy"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Bytes())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader("ab"))
	sc.Split(bufio.ScanBytes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()

	commas := func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			if string(data[:i]) == "stop" {
				return i + 1, []byte("STOP"), bufio.ErrFinalToken
			}
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	}
	sc = bufio.NewScanner(strings.NewReader("a,b,,c"))
	sc.Split(commas)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader("x,stop,y,z"))
	sc.Split(commas)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())

	long := strings.Repeat("x", bufio.MaxScanTokenSize+10) + "\nshort\n"
	sc = bufio.NewScanner(strings.NewReader(long))
	for sc.Scan() {
		fmt.Println("token of", len(sc.Text()))
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader(long))
	sc.Buffer(make([]byte, 16), 1<<20)
	for sc.Scan() {
		fmt.Println("token of", len(sc.Text()))
	}
	fmt.Println(sc.Err())

	defer func() { fmt.Println("recovered:", recover()) }()
	sc.Split(bufio.ScanWords)
}
