// Package diff compares two texts line by line and reports the difference
// in the unified diff format, as gofmt -d and Go's tests print it.
//
// The diff is "anchored": it first matches the lines that occur exactly
// once in each text (the anchors), keeping the longest run of anchors that
// appear in the same order on both sides, then grows each anchor into the
// equal lines around it. Lines that are not matched this way are shown as
// removed and added. Unlike a minimal diff, it never pairs up unrelated
// blank lines or closing braces, and it takes O(n log n) time instead of
// O(n²).
package diff

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
)

// context is how many equal lines a hunk shows around its changes.
const context = 3

// A pair is a line index in the old text (x) and one in the new text (y).
type pair struct{ x, y int }

// Diff returns a unified diff turning old into new, with the headers naming
// them oldName and newName, or nil when the two texts are the same.
// The matching is anchored on the lines that appear once in each text.
func Diff(oldName string, old []byte, newName string, new []byte) []byte {
	if bytes.Equal(old, new) {
		return nil
	}
	var out bytes.Buffer
	fmt.Fprintf(&out, "diff %s %s\n--- %s\n+++ %s\n", oldName, newName, oldName, newName)
	d := differ{x: lines(old), y: lines(new), out: &out}
	d.run()
	return out.Bytes()
}

// lines splits a text after each newline. A last line without one gets a
// newline and the note "\ No newline at end of file", as diff(1) prints it.
func lines(text []byte) []string {
	l := strings.SplitAfter(string(text), "\n")
	last := len(l) - 1
	if l[last] == "" {
		return l[:last]
	}
	l[last] += "\n\\ No newline at end of file\n"
	return l
}

// A differ walks the old lines x and the new lines y from one run of equal
// lines to the next, gathering the hunk being built and printing each hunk
// once enough equal lines follow it.
type differ struct {
	x, y  []string
	out   *bytes.Buffer
	done  pair     // x[:done.x] and y[:done.y] belong to printed or pending hunks
	start pair     // first lines of the pending hunk
	count pair     // lines of each text in the pending hunk
	hunk  []string // the pending hunk's lines, each with its ' ', '-' or '+'
}

// run matches each anchor with its surrounding equal lines and emits the
// changed lines between consecutive matches.
func (d *differ) run() {
	for _, a := range anchors(d.x, d.y) {
		if a.x < d.done.x {
			continue // already inside the equal run of an earlier anchor
		}
		lo, hi := d.grow(a)
		d.add('-', d.x[d.done.x:lo.x])
		d.add('+', d.y[d.done.y:lo.y])
		if d.equalRun(lo, hi) {
			return
		}
	}
}

// grow extends the anchor a into the longest run of equal lines around it
// that does not reach back into lines already handled: x[lo.x:hi.x] equals
// y[lo.y:hi.y]. The end sentinel grows into nothing.
func (d *differ) grow(a pair) (lo, hi pair) {
	lo, hi = a, a
	for lo.x > d.done.x && lo.y > d.done.y && d.x[lo.x-1] == d.y[lo.y-1] {
		lo.x--
		lo.y--
	}
	for hi.x < len(d.x) && hi.y < len(d.y) && d.x[hi.x] == d.y[hi.y] {
		hi.x++
		hi.y++
	}
	return lo, hi
}

// equalRun handles the equal lines x[lo.x:hi.x] that follow the pending
// changes. Between two changes, a run shorter than 2*context joins the
// hunk whole, since the context of the change before it and that of the
// change after it would overlap; so does a run shorter than context at the
// top of the file (where the hunk is still empty). Otherwise the hunk is
// closed with up to context lines of the run, and a new one opened with
// its last context lines. It reports whether both texts have ended.
func (d *differ) equalRun(lo, hi pair) bool {
	n := hi.x - lo.x
	atEnd := hi.x >= len(d.x) && hi.y >= len(d.y)
	if !atEnd && (n < context || (len(d.hunk) > 0 && n < 2*context)) {
		d.add(' ', d.x[lo.x:hi.x])
		d.done = hi
		return false
	}
	if len(d.hunk) > 0 {
		if n > context {
			n = context
		}
		d.add(' ', d.x[lo.x:lo.x+n])
		d.done = pair{lo.x + n, lo.y + n}
		d.flush()
	}
	if atEnd {
		return true
	}
	d.start = pair{hi.x - context, hi.y - context}
	d.add(' ', d.x[d.start.x:hi.x])
	d.done = hi
	return false
}

// add appends lines to the pending hunk with the given mark, counting them
// as lines of the old text ('-'), of the new one ('+') or of both (' ').
func (d *differ) add(mark byte, lines []string) {
	for _, s := range lines {
		d.hunk = append(d.hunk, string(mark)+s)
		if mark != '+' {
			d.count.x++
		}
		if mark != '-' {
			d.count.y++
		}
	}
}

// flush prints the pending hunk under its "@@ -x,n +y,m @@" header, whose
// line numbers count from 1, but for an empty side, written 0,0.
func (d *differ) flush() {
	from := d.start
	if d.count.x > 0 {
		from.x++
	}
	if d.count.y > 0 {
		from.y++
	}
	fmt.Fprintf(d.out, "@@ -%d,%d +%d,%d @@\n", from.x, d.count.x, from.y, d.count.y)
	for _, s := range d.hunk {
		d.out.WriteString(s)
	}
	d.count = pair{}
	d.hunk = d.hunk[:0]
}

// anchors returns the pairs of indexes of the lines that occur exactly once
// in x and once in y, keeping the longest sequence of them in the same order
// on both sides, between the sentinels {0, 0} and {len(x), len(y)}.
//
// The longest increasing sequence is found as in T. G. Szymanski, "A
// Special Case of the Maximal Common Subsequence Problem" (Princeton
// TR #170, 1975): like patience sorting, tail[k] keeps the smallest y-rank
// that can end an increasing sequence of length k+1.
func anchors(x, y []string) []pair {
	xs, ys := unique(x, y)
	tail := make([]int, 0, len(xs))
	length := make([]int, len(xs)) // length of the longest sequence ending at xs[i]
	for i, j := range ys {
		k := sort.SearchInts(tail, j)
		if k == len(tail) {
			tail = append(tail, j)
		} else {
			tail[k] = j
		}
		length[i] = k + 1
	}
	// Walk back from the end, taking the last anchor of each length. The
	// anchors of one length come in decreasing order of y (each one
	// replaced the tail of the one before), so the last one of length k-1
	// before the chosen one of length k has the smallest y and precedes it.
	best := len(tail)
	seq := make([]pair, best+2)
	seq[best+1] = pair{len(x), len(y)}
	for i := len(xs) - 1; i >= 0 && best > 0; i-- {
		if length[i] == best {
			seq[best] = pair{xs[i], ys[i]}
			best--
		}
	}
	return seq
}

// unique returns, in order of x, the indexes in x of the lines that occur
// exactly once in x and once in y, and beside each the index of that line
// in y.
func unique(x, y []string) (xs, ys []int) {
	type seen struct{ nx, ny, at int }
	count := make(map[string]*seen)
	for _, s := range x {
		if count[s] == nil {
			count[s] = &seen{}
		}
		count[s].nx++
	}
	for i, s := range y {
		if c := count[s]; c != nil {
			c.ny++
			c.at = i
		}
	}
	for i, s := range x {
		if c := count[s]; c.nx == 1 && c.ny == 1 {
			xs = append(xs, i)
			ys = append(ys, c.at)
		}
	}
	return xs, ys
}
