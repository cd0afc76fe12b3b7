// Package suffixarray finds substrings of a byte slice in time
// logarithmic in its length, with a suffix array kept in memory.
//
// For instance:
//
//	index := suffixarray.New(data) // built once, in linear time
//	all := index.Lookup(s, -1)     // every offset of s in data
//	some := index.Lookup(s, 3)     // no more than 3 of them
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

// An Index is the suffix array of some data, for searching it.
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

// New builds the Index of data, in time linear in len(data).
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
	suffixArray(text, sa, 256)
}

func text_64(text []byte, sa []int64) {
	suffixArray(text, sa, 256)
}

// Bytes returns the indexed data, which the caller must not change.
func (x *Index) Bytes() []byte {
	return x.data
}

// at returns the suffix of rank i.
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

// Lookup returns the offsets in the data where s occurs, n at most or all
// of them if n < 0, in no particular order (that of their suffixes). It
// returns nil when s is empty or absent, or n is 0. For data of length
// N it takes O(log(N)*len(s) + len(result)) time.
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

// FindAllIndex returns the matches of r in x.Bytes() that do not overlap,
// each as the pair of offsets where it starts and ends, in increasing
// order. With n < 0 it returns them all, one after the other; else at
// most n of them, which need not be consecutive matches. It returns nil
// if there is no match or n is 0.
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
