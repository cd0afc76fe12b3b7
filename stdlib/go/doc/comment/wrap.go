package comment

import (
	"sort"
	"unicode/utf8"
)

// wrap breaks words into lines of at most max runes. It returns seq, the
// index of the first word of each line plus a final len(words): line k
// is words[seq[k]:seq[k+1]], and seq[0] == 0. A word longer
// than max gets a line of its own.
//
// Among the ways of filling, wrap looks for the one of least cost. The
// cost of a line is the square of the room it leaves (so that lines are
// even rather than greedily full), plus a penalty when it does not end
// at punctuation (see wrapPenalty); the last line costs nothing. A line
// longer than max costs the square of its overflow, and any amount of
// overflow outweighs any cost of the other lines.
//
// This is the least weight subsequence problem over the line starts
// 0..len(words), solved in O(n log n) by "The Basic Algorithm" of
// D. S. Hirschberg and L. L. Larmore, "The least weight subsequence
// problem", FOCS 1985 (https://doi.org/10.1109/SFCS.1985.60). best[j] is
// the least cost of the lines of words[:j] when a line starts at words[j];
// a deque holds the line starts that may still begin the best last line
// of some later prefix, the front one being the best for the next prefix.
// Go's go/doc/comment uses the same algorithm: among fillings of equal
// cost, wrap picks the one Go picks, so that both print the same text.
func wrap(words []string, max int) (seq []int) {
	w := newWrapper(words, max)
	n := len(words)
	deque := []int{0}
	prev := make([]int, n+1) // prev[j]: the start of the line ending at j
	for m := 1; m < n; m++ {
		w.best = append(w.best, w.cost(deque[0], m))
		prev[m] = deque[0]
		// Retire the front while the next one does as well at m+1.
		for len(deque) > 1 && !w.cost(deque[1], m+1).greater(w.cost(deque[0], m+1)) {
			deque = deque[1:]
		}
		// Fire from the back the starts that m will always beat.
		for len(deque) > 1 && w.bridge(deque[len(deque)-2], deque[len(deque)-1], m) {
			deque = deque[:len(deque)-1]
		}
		// Hire m if it beats the back for the whole text.
		if w.cost(m, n).less(w.cost(deque[len(deque)-1], n)) {
			deque = append(deque, m)
			// The paper leaves out this case: with two starts, the
			// new one may already be the best at m+1.
			if len(deque) == 2 && !w.cost(deque[1], m+1).greater(w.cost(deque[0], m+1)) {
				deque = deque[1:]
			}
		}
	}
	prev[n] = deque[0]

	// Follow prev back from the end to list the line starts.
	count := 1
	for j := n; j > 0; j = prev[j] {
		count++
	}
	seq = make([]int, count)
	for j := n; j > 0; j = prev[j] {
		count--
		seq[count] = j
	}
	return seq
}

// A wrapper holds the state of one wrap.
type wrapper struct {
	words []string
	max   int
	end   []int      // end[j]: the runes of words[:j], each followed by a space
	best  []wrapCost // best[j]: the least cost of the lines of words[:j]
}

func newWrapper(words []string, max int) *wrapper {
	end := make([]int, len(words)+1)
	for i, w := range words {
		end[i+1] = end[i] + utf8.RuneCountInString(w) + 1
	}
	return &wrapper{words: words, max: max, end: end, best: []wrapCost{{}}}
}

// cost returns the cost of the lines of words[:j] when the last one is
// words[i:j] (and the ones before it are the best for words[:i]).
func (w *wrapper) cost(i, j int) wrapCost {
	return w.best[i].add(w.lineCost(i, j))
}

// bridge reports whether start b, between a and c, can never be the best
// again: from the first prefix where b beats a, c does at least as well.
func (w *wrapper) bridge(a, b, c int) bool {
	n := len(w.words)
	k := c + sort.Search(n+1-c, func(k int) bool {
		return w.cost(a, c+k).greater(w.cost(b, c+k))
	})
	if k > n {
		return true
	}
	return !w.cost(c, k).greater(w.cost(b, k))
}

// lineCost returns the cost of the line words[i:j].
func (w *wrapper) lineCost(i, j int) wrapCost {
	n := w.end[j] - w.end[i] - 1 // runes in the line
	if j == len(w.words) && n <= w.max {
		return wrapCost{}
	}
	square := int64(w.max-n) * int64(w.max-n)
	penalty := wrapPenalty(w.words[j-1])
	if n > w.max {
		return wrapCost{square, penalty}
	}
	return wrapCost{0, square + penalty}
}

// A wrapCost is the cost of some lines: overflow counts the lines too
// long (single long words), room the others. Costs compare overflow
// first.
type wrapCost struct {
	overflow int64
	room     int64
}

func (c wrapCost) add(d wrapCost) wrapCost {
	return wrapCost{c.overflow + d.overflow, c.room + d.room}
}

func (c wrapCost) less(d wrapCost) bool {
	if c.overflow != d.overflow {
		return c.overflow < d.overflow
	}
	return c.room < d.room
}

func (c wrapCost) greater(d wrapCost) bool { return d.less(c) }

// wrapPenalty is the cost of breaking a line after word s: none after
// punctuation (.,:;), since lines that end a phrase are easier to skim,
// and otherwise 64, the cost of 8 runes of room.
func wrapPenalty(s string) int64 {
	switch s[len(s)-1] {
	case '.', ',', ':', ';':
		return 0
	}
	return 64
}
