// This file implements Boyer-Moore string search, which a Replacer of
// one old string uses: the pattern is compared from its end, and a
// mismatch moves it along by what the two tables allow.

package strings

// stringFinder finds a pattern in texts.
type stringFinder struct {
	pattern string

	// badCharSkip[b] is how far the pattern can move when the text's byte
	// b faces the pattern's last byte and does not match: to put b under
	// its last occurrence in the pattern (its last byte aside), or past b
	// when b is not in the pattern.
	badCharSkip [256]int

	// goodSuffixSkip[i] is how far the end of the comparison can move
	// when pattern[i+1:] matched and pattern[i] did not: to the next place
	// where that suffix occurs in the pattern preceded by another byte, or
	// where a prefix of the pattern is a suffix of what matched. It
	// counts the bytes already compared (len(pattern)-1-i) too.
	goodSuffixSkip []int
}

func makeStringFinder(pattern string) *stringFinder {
	f := &stringFinder{pattern: pattern, goodSuffixSkip: make([]int, len(pattern))}
	last := len(pattern) - 1
	for i := range f.badCharSkip {
		f.badCharSkip[i] = len(pattern)
	}
	for i := 0; i < last; i++ { // not the last byte: it would skip 0
		f.badCharSkip[pattern[i]] = last - i
	}

	// First, the shift to the next prefix of the pattern that is also a
	// suffix of the part matched.
	prefixShift := last
	for i := last; i >= 0; i-- {
		if HasPrefix(pattern, pattern[i+1:]) {
			prefixShift = i + 1
		}
		f.goodSuffixSkip[i] = prefixShift + last - i
	}
	// Then, shorter shifts to an earlier copy of the suffix inside the
	// pattern, preceded by another byte.
	for i := 0; i < last; i++ {
		n := longestCommonSuffix(pattern, pattern[1:i+1])
		if pattern[i-n] != pattern[last-n] {
			f.goodSuffixSkip[last-n] = n + last - i
		}
	}
	return f
}

// longestCommonSuffix is the length of the longest string ending both a and b.
func longestCommonSuffix(a, b string) (n int) {
	for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	return n
}

// next returns the index of the first occurrence of the pattern in
// text, or -1.
func (f *stringFinder) next(text string) int {
	i := len(f.pattern) - 1 // the text's byte facing the pattern's end
	for i < len(text) {
		j := len(f.pattern) - 1
		for j >= 0 && text[i] == f.pattern[j] {
			i--
			j--
		}
		if j < 0 {
			return i + 1
		}
		skip := f.badCharSkip[text[i]]
		if f.goodSuffixSkip[j] > skip {
			skip = f.goodSuffixSkip[j]
		}
		i += skip
	}
	return -1
}
