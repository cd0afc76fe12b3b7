// Line directives: //line at the start of a line and /*line*/ anywhere
// move the positions after them, as runtime.Caller and a traceback show.
package main

import (
	"fmt"
	"runtime"
)

func where() string {
	_, file, line, _ := runtime.Caller(1)
	return fmt.Sprintf("%s:%d", file, line)
}

func main() {
//line other.go:100
	fmt.Println(where())
	fmt.Println(where()) // the next line: 101
//line /abs/dir/third.go:7:3
	fmt.Println(where())
//line :20:1
	fmt.Println(where()) // no file but a column: the file stays
//line :30
	fmt.Println(where()) // no file and no column: no file name
	/*line inline.go:50:1*/ fmt.Println(where())
	fmt.Println(where()); /*line :60:1*/ fmt.Println(where())
	/* not a directive: */ //line nowhere.go:1
	fmt.Println(where())
}
