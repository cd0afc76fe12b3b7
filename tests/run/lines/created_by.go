// Each goroutine's "created by" line names the go statement that started
// it: go statements that end the cases of a switch alike stay calls of
// their own (a compiler that merged them would give one line for all), and
// one in a function inlined into its caller names that function.
package main

import (
	"fmt"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"
)

func block() { time.Sleep(time.Hour) }

func spawn(f func()) { go f() }

func start(i int) {
	switch i {
	case 0:
		go block()
		time.Sleep(time.Millisecond)
	case 1:
		go func() { block() }()
		time.Sleep(time.Millisecond)
	case 2:
		spawn(block)
		time.Sleep(time.Millisecond)
	}
}

func main() {
	for i := 0; i < 3; i++ {
		start(i)
	}
	buf := make([]byte, 1<<16)
	lines := strings.Split(string(buf[:runtime.Stack(buf, true)]), "\n")
	var created []string
	for i, line := range lines {
		if strings.HasPrefix(line, "created by ") && i+1 < len(lines) {
			pos := strings.Fields(lines[i+1])[0]
			created = append(created, line+" at "+filepath.Base(pos))
		}
	}
	sort.Strings(created)
	fmt.Println(strings.Join(created, "\n"))
}
