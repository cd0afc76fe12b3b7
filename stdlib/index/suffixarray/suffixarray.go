// Package suffixarray implements substring search in logarithmic time using
// an in-memory suffix array.
//
// Example use:
//
//	// create index for some data
//	index := suffixarray.New(data)
//
//	// lookup byte slice s
//	offsets1 := index.Lookup(s, -1) // the list of all indices where s occurs in data
//	offsets2 := index.Lookup(s, 3)  // the list of at most 3 indices where s occurs in data
//
// The suffix array of data lists the starting offsets of all its
// suffixes in sorted order; the suffixes starting with s, that is the
// occurrences of s, are then next to each other and are found by binary
// search. sais.go builds the array.
package suffixarray

import (
	"bytes"
	"math"
	"regexp"
	"sort"
)

// maxData32 is the longest data whose offsets are kept as int32, and
// realMaxData32 its true value: Go's tests lower it to try the int64 form.
var maxData32 int = realMaxData32

const realMaxData32 = math.MaxInt32

// Index implements a suffix array for fast substring search.
type Index struct {
	data []byte
	sa   ints // the suffix array of data
}

// An ints holds the suffix array as []int32, half the size, when the
// offsets fit, and as []int64 when the data is longer than maxData32;
// the other slice is nil.
type ints struct {
	int32 []int32
	int64 []int64
}

// makeInts returns an ints of length n, in the form data of length n needs.
func makeInts(n int) ints {
	if n <= maxData32 {
		return ints{int32: make([]int32, n)}
	}
	return ints{int64: make([]int64, n)}
}

func (a *ints) len() int {
	return len(a.int32) + len(a.int64)
}

func (a *ints) get(i int) int64 {
	if a.int32 != nil {
		return int64(a.int32[i])
	}
	return a.int64[i]
}

func (a *ints) set(i int, v int64) {
	if a.int32 != nil {
		a.int32[i] = int32(v)
	} else {
		a.int64[i] = v
	}
}

func (a *ints) slice(i, j int) ints {
	if a.int32 != nil {
		return ints{int32: a.int32[i:j]}
	}
	return ints{int64: a.int64[i:j]}
}

// New creates a new Index for data.
// Index creation time is O(N) for N = len(data).
func New(data []byte) *Index {
	ix := &Index{data: data, sa: makeInts(len(data))}
	if ix.sa.int32 != nil {
		text_32(data, ix.sa.int32)
	} else {
		text_64(data, ix.sa.int64)
	}
	return ix
}

// text_32 and text_64 fill sa with the suffix array of text (their names
// are those Go's tests call).
func text_32(text []byte, sa []int32) {
	for i, p := range bytesSuffixArray(text) {
		sa[i] = int32(p)
	}
}

func text_64(text []byte, sa []int64) {
	for i, p := range bytesSuffixArray(text) {
		sa[i] = int64(p)
	}
}

// bytesSuffixArray returns the suffix array of text, an alphabet of 256.
func bytesSuffixArray(text []byte) []int {
	chars := make([]int, len(text))
	for i, c := range text {
		chars[i] = int(c)
	}
	return suffixArray(chars, 256)
}

// Bytes returns the data over which the index was created.
// It must not be modified.
func (x *Index) Bytes() []byte {
	return x.data
}

// at returns the i'th suffix in sorted order.
func (x *Index) at(i int) []byte {
	return x.data[x.sa.get(i):]
}

// lookupAll returns the part of the suffix array whose suffixes start
// with s, found by two binary searches in O(log(N)*len(s)): the first
// suffix not smaller than s, then the first after it that does not start
// with s.
func (x *Index) lookupAll(s []byte) ints {
	i := sort.Search(x.sa.len(), func(i int) bool { return bytes.Compare(x.at(i), s) >= 0 })
	j := i + sort.Search(x.sa.len()-i, func(j int) bool { return !bytes.HasPrefix(x.at(i+j), s) })
	return x.sa.slice(i, j)
}

// Lookup returns an unsorted list of at most n indices where the byte
// string s occurs in the indexed data (in the order of their suffixes).
// If n < 0, all occurrences are returned. The result is nil if s is
// empty, s is not found, or n == 0. Lookup time is
// O(log(N)*len(s) + len(result)) where N is the size of the indexed data.
func (x *Index) Lookup(s []byte, n int) (result []int) {
	if len(s) == 0 || n == 0 {
		return nil
	}
	matches := x.lookupAll(s)
	if n < 0 || n > matches.len() {
		n = matches.len()
	}
	if n == 0 {
		return nil
	}
	result = make([]int, n)
	for i := range result {
		result[i] = int(matches.get(i))
	}
	return result
}

// FindAllIndex returns a sorted list of non-overlapping matches of the
// regular expression r, where a match is a pair of indices specifying
// the matched slice of x.Bytes(). If n < 0, all matches are returned
// in successive order. Otherwise, at most n matches are returned and
// they may not be successive. The result is nil if there are no matches,
// or if n == 0.
//
// The index helps only when r starts with a literal: Lookup finds where
// that prefix occurs, and r is matched at those offsets alone.
func (x *Index) FindAllIndex(r *regexp.Regexp, n int) (result [][]int) {
	prefix, complete := r.LiteralPrefix()
	if prefix == "" {
		return r.FindAllIndex(x.data, n)
	}
	match := func(i int) []int { return []int{i, i + len(prefix)} }
	if !complete {
		// "^" anchors the match at the start of the data it is given
		// (not of a line), here at the candidate offset.
		anchored := regexp.MustCompile("^" + r.String())
		match = func(i int) []int {
			m := anchored.FindIndex(x.data[i:])
			if m != nil {
				m[0], m[1] = i, i+m[1]
			}
			return m
		}
	}
	// Lookup(prefix, n1) may give overlapping occurrences, which are
	// dropped, and so fewer than n matches: then ask again for more,
	// unless Lookup found no more than it was asked for. (With n < 0, n1
	// stays negative, for all of them.)
	for n1 := n; ; n1 += 2 * (n - len(result)) {
		offsets := x.Lookup([]byte(prefix), n1)
		if len(offsets) == 0 {
			return nil
		}
		result = matchAt(offsets, match, n)
		if len(result) >= n || len(offsets) != n1 {
			break
		}
	}
	if len(result) == 0 {
		return nil
	}
	return result
}

// matchAt returns up to n (all if n < 0) of the matches at offsets that
// do not overlap the match before them, the offsets taken in increasing
// order.
func matchAt(offsets []int, match func(int) []int, n int) [][]int {
	sort.Ints(offsets)
	var result [][]int
	end := 0 // where the last match kept ends
	for _, i := range offsets {
		if len(result) == n {
			break
		}
		if i < end {
			continue
		}
		if m := match(i); m != nil {
			result = append(result, m)
			end = m[1]
		}
	}
	return result
}
