package idna

import (
	"sort"
	"sync"
	"unicode/utf8"
)

// NFC normalization (Unicode Standard Annex #15) in its three steps:
// decompose every rune canonically, put each run of combining marks in
// the order of their combining classes, then compose what can be
// composed. The data is in tables.go; Hangul syllables are computed.

// Hangul syllables are LV or LVT jamo sequences, numbered in order
// (Unicode 3.12).
const (
	hangulBase  = 0xAC00
	jamoLBase   = 0x1100
	jamoVBase   = 0x1161
	jamoTBase   = 0x11A7
	jamoLCount  = 19
	jamoVCount  = 21
	jamoTCount  = 28
	jamoNCount  = jamoVCount * jamoTCount
	hangulCount = jamoLCount * jamoNCount
)

// pair is a rune's one-level canonical decomposition; second is 0 for
// a singleton.
type pair struct{ first, second rune }

// classRange gives the combining class of the runes lo through hi.
type classRange struct {
	lo, hi rune
	ccc    uint8
}

var (
	tablesOnce sync.Once
	decomposes map[rune]pair
	composes   map[pair]rune
	classes    []classRange
)

// loadTables decodes tables.go's strings on first use, so that a
// program pays for them only when it normalizes.
func loadTables() {
	excluded := make(map[rune]bool)
	for _, r := range noncomposing {
		excluded[r] = true
	}
	t := []rune(decompositions)
	decomposes = make(map[rune]pair, len(t)/3)
	composes = make(map[pair]rune)
	for i := 0; i+2 < len(t); i += 3 {
		p := pair{t[i+1], t[i+2]}
		decomposes[t[i]] = p
		if p.second != 0 && !excluded[t[i]] {
			composes[p] = t[i]
		}
	}
	c := []rune(combiningClasses)
	for i := 0; i+2 < len(c); i += 3 {
		classes = append(classes, classRange{c[i], c[i+1], uint8(c[i+2])})
	}
}

// combiningClass is r's canonical combining class; 0 for a starter.
func combiningClass(r rune) uint8 {
	i := sort.Search(len(classes), func(i int) bool { return classes[i].hi >= r })
	if i < len(classes) && classes[i].lo <= r {
		return classes[i].ccc
	}
	return 0
}

// NFC returns s in Normalization Form C.
func NFC(s string) string {
	if IsASCII(s) {
		return s // ASCII is its own normal form
	}
	tablesOnce.Do(loadTables)
	var runes []rune
	for _, r := range s {
		runes = decompose(runes, r)
	}
	reorder(runes)
	return string(compose(runes))
}

// decompose appends r's full canonical decomposition to runes.
func decompose(runes []rune, r rune) []rune {
	if s := r - hangulBase; 0 <= s && s < hangulCount {
		runes = append(runes, jamoLBase+s/jamoNCount, jamoVBase+s%jamoNCount/jamoTCount)
		if t := s % jamoTCount; t != 0 {
			runes = append(runes, jamoTBase+t)
		}
		return runes
	}
	p, ok := decomposes[r]
	if !ok {
		return append(runes, r)
	}
	runes = decompose(runes, p.first)
	if p.second != 0 {
		runes = decompose(runes, p.second)
	}
	return runes
}

// reorder sorts each run of combining marks by combining class, keeping
// marks of one class in their order (the canonical ordering algorithm).
func reorder(runes []rune) {
	for i := 1; i < len(runes); i++ {
		ccc := combiningClass(runes[i])
		if ccc == 0 {
			continue
		}
		for j := i; j > 0; j-- {
			before := combiningClass(runes[j-1])
			if before <= ccc {
				break
			}
			runes[j-1], runes[j] = runes[j], runes[j-1]
		}
	}
}

// compose combines each starter with the runes that follow it and that
// nothing blocks from it: a rune between them of class 0 or of a class
// not lower. "e\u0301" becomes "é"; runes already composed stay.
func compose(runes []rune) []rune {
	out := runes[:0]    // composed in place: out never passes runes
	starter := -1       // index in out of the last starter
	var lastClass uint8 // class of the last rune after the starter
	for _, r := range runes {
		ccc := combiningClass(r)
		adjacent := starter == len(out)-1
		if starter >= 0 && (adjacent || lastClass < ccc) {
			if c, ok := composePair(out[starter], r); ok {
				out[starter] = c
				continue
			}
		}
		if ccc == 0 {
			starter = len(out)
		}
		lastClass = ccc
		out = append(out, r)
	}
	return out
}

// composePair is the primary composite of a and b, if there is one.
func composePair(a, b rune) (rune, bool) {
	if l, v := a-jamoLBase, b-jamoVBase; 0 <= l && l < jamoLCount && 0 <= v && v < jamoVCount {
		return hangulBase + (l*jamoVCount+v)*jamoTCount, true
	}
	s, t := a-hangulBase, b-jamoTBase
	if 0 <= s && s < hangulCount && s%jamoTCount == 0 && 0 < t && t < jamoTCount {
		return a + t, true
	}
	c, ok := composes[pair{a, b}]
	return c, ok
}

// IsASCII reports whether s holds only ASCII bytes (net/http's test of
// a host name that needs no conversion, too).
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
