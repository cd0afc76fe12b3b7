// This file implements the report of a test binary built with coverage
// (gominic test -cover): the test main registers the counters of the
// package's files (gominic/work/cover.py puts them in), and after the
// tests the binary prints the share of statements that ran and writes
// -test.coverprofile.

package testing

import (
	"fmt"
	"os"
	"sync/atomic"
)

// CoverBlock records the coverage data for a single basic block.
type CoverBlock struct {
	Line0 uint32 // Line number for block start.
	Col0  uint16 // Column number for block start.
	Line1 uint32 // Line number for block end.
	Col1  uint16 // Column number for block end.
	Stmts uint16 // Number of statements included in this block.
}

// Cover records information about test coverage checking.
type Cover struct {
	Mode            string
	Counters        map[string][]uint32
	Blocks          map[string][]CoverBlock
	CoveredPackages string
}

var cover Cover

// RegisterCover records the coverage data accumulators for the tests.
func RegisterCover(c Cover) {
	cover = c
}

// CoverMode reports what the test coverage mode is set to: "set", "count"
// or "atomic", or "" without coverage.
func CoverMode() string {
	return cover.Mode
}

// Coverage reports the current code coverage as a fraction in the range
// [0, 1]: the share of blocks that ran (0 without coverage).
func Coverage() float64 {
	var n, d int64
	for _, counters := range cover.Counters {
		for i := range counters {
			if atomic.LoadUint32(&counters[i]) > 0 {
				n++
			}
			d++
		}
	}
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

// coverReport writes the profile, if -test.coverprofile names one ("mode:"
// then a line per block: file:line0.col0,line1.col1 statements count) and
// prints the share of statements that ran.
func coverReport() {
	var f *os.File
	if *coverProfile != "" {
		var err error
		if f, err = os.Create(*coverProfile); err != nil {
			fmt.Fprintf(os.Stderr, "testing: %s\n", err)
			os.Exit(2)
		}
		defer f.Close()
		fmt.Fprintf(f, "mode: %s\n", cover.Mode)
	}
	var active, total int64
	for name, counts := range cover.Counters {
		blocks := cover.Blocks[name]
		for i := range counts {
			stmts := int64(blocks[i].Stmts)
			total += stmts
			count := atomic.LoadUint32(&counts[i])
			if count > 0 {
				active += stmts
			}
			if f != nil {
				b := blocks[i]
				fmt.Fprintf(f, "%s:%d.%d,%d.%d %d %d\n", name, b.Line0, b.Col0, b.Line1, b.Col1, stmts, count)
			}
		}
	}
	if total == 0 {
		fmt.Println("coverage: [no statements]")
		return
	}
	fmt.Printf("coverage: %.1f%% of statements%s\n", 100*float64(active)/float64(total), cover.CoveredPackages)
}
