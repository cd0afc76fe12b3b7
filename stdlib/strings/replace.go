// This file implements replacement of substrings: Replace and ReplaceAll for
// one old/new pair, and Replacer for a list of pairs applied in one pass.
//
// A Replacer's meaning is the generic one: scanning s left to right, at
// each position the earliest pair (in argument order) whose old string
// matches there is replaced, and scanning resumes after the match; with no
// match the byte is copied. An empty old string matches at every
// position, but never twice in a row at the same position. As Go's, the
// first use picks the fastest of four algorithms that mean the same for
// the pairs given:
//
//	byteReplacer          every old and new string one byte: a 256-byte table
//	byteStringReplacer    every old string one byte: a table of new strings
//	singleStringReplacer  one pair, old longer than a byte: Boyer-Moore search
//	genericReplacer       anything else: a trie of the old strings

package strings

import (
	"io"
	"sync"
	"unicode/utf8"
)

// Replace returns a copy of the string s with the first n
// non-overlapping instances of old replaced by new.
// If old is empty, it matches at the beginning of the string
// and after each UTF-8 sequence, yielding up to k+1 replacements
// for a k-rune string.
// If n < 0, there is no limit on the number of replacements.
func Replace(s, old, new string, n int) string {
	if old == new || n == 0 {
		return s // avoid allocation
	}

	// Compute number of replacements.
	if m := Count(s, old); m == 0 {
		return s // avoid allocation
	} else if n < 0 || m < n {
		n = m
	}

	// Apply replacements to buffer.
	var b Builder
	b.Grow(len(s) + n*(len(new)-len(old)))
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				_, wid := utf8.DecodeRuneInString(s[start:])
				j += wid
			}
		} else {
			j += Index(s[start:], old)
		}
		b.WriteString(s[start:j])
		b.WriteString(new)
		start = j + len(old)
	}
	b.WriteString(s[start:])
	return b.String()
}

// ReplaceAll returns a copy of the string s with all
// non-overlapping instances of old replaced by new.
// If old is empty, it matches at the beginning of the string
// and after each UTF-8 sequence, yielding up to k+1 replacements
// for a k-rune string.
func ReplaceAll(s, old, new string) string {
	return Replace(s, old, new, -1)
}

// Replacer replaces a list of strings with replacements.
// It is safe for concurrent use by multiple goroutines.
type Replacer struct {
	once   sync.Once // builds r at the first use
	r      replacer
	oldnew []string // old1, new1, old2, new2, ..., until r is built
}

// replacer is the algorithm a Replacer uses.
type replacer interface {
	Replace(s string) string
	WriteString(w io.Writer, s string) (n int, err error)
}

// NewReplacer returns a new Replacer from a list of old, new string
// pairs. Replacements are performed in the order they appear in the
// target string, without overlapping matches. The old string
// comparisons are done in argument order.
//
// NewReplacer panics if given an odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{oldnew: append([]string(nil), oldnew...)}
}

func (r *Replacer) buildOnce() {
	r.r = r.build()
	r.oldnew = nil
}

// build picks the algorithm for r's pairs (see the top of the file).
func (r *Replacer) build() replacer {
	oldnew := r.oldnew
	if len(oldnew) == 2 && len(oldnew[0]) > 1 {
		return &singleStringReplacer{finder: makeStringFinder(oldnew[0]), value: oldnew[1]}
	}
	allNewBytes := true
	for i := 0; i < len(oldnew); i += 2 {
		if len(oldnew[i]) != 1 {
			return makeGenericReplacer(oldnew)
		}
		if len(oldnew[i+1]) != 1 {
			allNewBytes = false
		}
	}
	// The tables are filled from the last pair to the first, so that the
	// earliest pair for a byte is the one left.
	if allNewBytes {
		r := new(byteReplacer)
		for i := range r {
			r[i] = byte(i)
		}
		for i := len(oldnew) - 2; i >= 0; i -= 2 {
			r[oldnew[i][0]] = oldnew[i+1][0]
		}
		return r
	}
	r1 := new(byteStringReplacer)
	for i := len(oldnew) - 2; i >= 0; i -= 2 {
		b := oldnew[i][0]
		r1.replaced[b] = true
		r1.replacements[b] = oldnew[i+1]
	}
	return r1
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	r.once.Do(r.buildOnce)
	return r.r.Replace(s)
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	r.once.Do(r.buildOnce)
	return r.r.WriteString(w, s)
}

// --- the generic algorithm -------------------------------------------------------

// A trieNode is a node of the trie of old strings. A node reached by the
// bytes k is where the key k ends, if priority > 0 (then value is its new
// string; a higher priority is an earlier pair). Its children are either
// one edge labelled with a whole string (prefix, leading to next), which
// keeps chains of single children in one node, or a table indexed by the
// next byte (through genericReplacer.mapping); never both.
type trieNode struct {
	value    string
	priority int
	prefix   string
	next     *trieNode
	table    []*trieNode
}

// add puts key (what is left of it below t) into the trie, with its
// value and priority; a key already there keeps its earlier pair.
func (t *trieNode) add(key, val string, priority int, r *genericReplacer) {
	switch {
	case key == "":
		if t.priority == 0 {
			t.value, t.priority = val, priority
		}
	case t.prefix != "":
		n := 0 // the bytes key and the edge's label share
		for n < len(t.prefix) && n < len(key) && t.prefix[n] == key[n] {
			n++
		}
		switch {
		case n == len(t.prefix):
			// The whole label matches: go on below it.
			t.next.add(key[n:], val, priority, r)
		case n == 0:
			// The first bytes differ: t becomes a table with two entries,
			// the rest of the label and the key.
			rest := t.next
			if len(t.prefix) > 1 {
				rest = &trieNode{prefix: t.prefix[1:], next: t.next}
			}
			keyNode := new(trieNode)
			t.table = make([]*trieNode, r.tableSize)
			t.table[r.mapping[t.prefix[0]]] = rest
			t.table[r.mapping[key[0]]] = keyNode
			t.prefix, t.next = "", nil
			keyNode.add(key[1:], val, priority, r)
		default:
			// The label splits after the shared bytes.
			split := &trieNode{prefix: t.prefix[n:], next: t.next}
			t.prefix, t.next = t.prefix[:n], split
			split.add(key[n:], val, priority, r)
		}
	case t.table != nil:
		m := r.mapping[key[0]]
		if t.table[m] == nil {
			t.table[m] = new(trieNode)
		}
		t.table[m].add(key[1:], val, priority, r)
	default:
		// A leaf: the key becomes its one edge.
		t.prefix, t.next = key, new(trieNode)
		t.next.add("", val, priority, r)
	}
}

// genericReplacer finds, at each position, the pair of highest priority
// whose old string starts there, walking the trie down s.
type genericReplacer struct {
	root trieNode
	// The bytes that occur in some old string, numbered 0..tableSize-1 in
	// byte order (the table index of a byte); the others map to tableSize.
	tableSize int
	mapping   [256]byte
}

func makeGenericReplacer(oldnew []string) *genericReplacer {
	r := new(genericReplacer)
	var used [256]bool
	for i := 0; i < len(oldnew); i += 2 {
		for _, b := range []byte(oldnew[i]) {
			used[b] = true
		}
	}
	for _, u := range used {
		if u {
			r.tableSize++
		}
	}
	index := 0
	for b, u := range used {
		if u {
			r.mapping[b] = byte(index)
			index++
		} else {
			r.mapping[b] = byte(r.tableSize)
		}
	}
	// The root is always a table: the scan asks it about every byte.
	r.root.table = make([]*trieNode, r.tableSize)
	for i := 0; i < len(oldnew); i += 2 {
		r.root.add(oldnew[i], oldnew[i+1], len(oldnew)-i, r)
	}
	return r
}

// lookup returns the new string and old length of the best pair matching
// at the start of s; ignoreRoot skips the empty old string.
func (r *genericReplacer) lookup(s string, ignoreRoot bool) (val string, keylen int, found bool) {
	best := 0
	node := &r.root
	n := 0 // bytes of s walked
	for node != nil {
		if node.priority > best && !(ignoreRoot && node == &r.root) {
			best, val, keylen, found = node.priority, node.value, n, true
		}
		if s == "" {
			break
		}
		if node.table != nil {
			m := r.mapping[s[0]]
			if int(m) == r.tableSize {
				break
			}
			node, s, n = node.table[m], s[1:], n+1
		} else if node.prefix != "" && HasPrefix(s, node.prefix) {
			n += len(node.prefix)
			node, s = node.next, s[len(node.prefix):]
		} else {
			break
		}
	}
	return
}

func (r *genericReplacer) Replace(s string) string {
	var b Builder
	b.Grow(len(s))
	r.WriteString(&b, s)
	return b.String()
}

func (r *genericReplacer) WriteString(w io.Writer, s string) (n int, err error) {
	last := 0 // s[last:i] is copied through unchanged
	prevMatchEmpty := false
	for i := 0; i <= len(s); {
		// A byte no old string starts with, and no empty old string:
		// nothing to look up.
		if i != len(s) && r.root.priority == 0 {
			m := int(r.mapping[s[i]])
			if m == r.tableSize || r.root.table[m] == nil {
				i++
				continue
			}
		}
		val, keylen, match := r.lookup(s[i:], prevMatchEmpty)
		prevMatchEmpty = match && keylen == 0
		if !match {
			i++
			continue
		}
		wn, err := io.WriteString(w, s[last:i])
		n += wn
		if err != nil {
			return n, err
		}
		wn, err = io.WriteString(w, val)
		n += wn
		if err != nil {
			return n, err
		}
		i += keylen
		last = i
	}
	if last != len(s) {
		wn, err := io.WriteString(w, s[last:])
		n += wn
		return n, err
	}
	return n, nil
}

// --- one old string -------------------------------------------------------------

// singleStringReplacer replaces one old string, found by Boyer-Moore.
type singleStringReplacer struct {
	finder *stringFinder
	value  string
}

func (r *singleStringReplacer) Replace(s string) string {
	if r.finder.next(s) < 0 {
		return s
	}
	var b Builder
	r.WriteString(&b, s)
	return b.String()
}

func (r *singleStringReplacer) WriteString(w io.Writer, s string) (n int, err error) {
	for {
		i := r.finder.next(s)
		if i < 0 {
			break
		}
		wn, err := io.WriteString(w, s[:i])
		n += wn
		if err != nil {
			return n, err
		}
		wn, err = io.WriteString(w, r.value)
		n += wn
		if err != nil {
			return n, err
		}
		s = s[i+len(r.finder.pattern):]
	}
	wn, err := io.WriteString(w, s)
	return n + wn, err
}

// --- one-byte old strings ---------------------------------------------------------

// byteReplacer maps every byte to its replacement byte.
type byteReplacer [256]byte

func (r *byteReplacer) Replace(s string) string {
	var buf []byte // made at the first byte that changes
	for i := 0; i < len(s); i++ {
		b := s[i]
		if r[b] != b {
			if buf == nil {
				buf = []byte(s)
			}
			buf[i] = r[b]
		}
	}
	if buf == nil {
		return s
	}
	return string(buf)
}

func (r *byteReplacer) WriteString(w io.Writer, s string) (n int, err error) {
	// Through a buffer of at most 32 kB.
	size := 32 << 10
	if len(s) < size {
		size = len(s)
	}
	buf := make([]byte, size)
	for len(s) > 0 {
		k := copy(buf, s)
		s = s[k:]
		for i, b := range buf[:k] {
			buf[i] = r[b]
		}
		wn, err := w.Write(buf[:k])
		n += wn
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// byteStringReplacer maps the bytes it replaces to their new strings.
type byteStringReplacer struct {
	replaced     [256]bool
	replacements [256]string
}

func (r *byteStringReplacer) Replace(s string) string {
	size := len(s)
	for i := 0; i < len(s); i++ {
		if r.replaced[s[i]] {
			size += len(r.replacements[s[i]]) - 1
		}
	}
	if size == len(s) && r.unchanged(s) {
		return s
	}
	buf := make([]byte, 0, size)
	for i := 0; i < len(s); i++ {
		if b := s[i]; r.replaced[b] {
			buf = append(buf, r.replacements[b]...)
		} else {
			buf = append(buf, b)
		}
	}
	return string(buf)
}

// unchanged reports whether no byte of s is replaced.
func (r *byteStringReplacer) unchanged(s string) bool {
	for i := 0; i < len(s); i++ {
		if r.replaced[s[i]] {
			return false
		}
	}
	return true
}

func (r *byteStringReplacer) WriteString(w io.Writer, s string) (n int, err error) {
	last := 0 // s[last:i] is copied through unchanged
	for i := 0; i < len(s); i++ {
		b := s[i]
		if !r.replaced[b] {
			continue
		}
		if last != i {
			wn, err := io.WriteString(w, s[last:i])
			n += wn
			if err != nil {
				return n, err
			}
		}
		last = i + 1
		wn, err := io.WriteString(w, r.replacements[b])
		n += wn
		if err != nil {
			return n, err
		}
	}
	if last != len(s) {
		wn, err := io.WriteString(w, s[last:])
		n += wn
		return n, err
	}
	return n, nil
}
