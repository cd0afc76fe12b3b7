// This file implements replacement of substrings: Replace and ReplaceAll for
// one old/new pair, and Replacer for a list of pairs applied in one pass.
//
// Go picks one of four Replacer algorithms (byte table, byte-to-string
// table, single-pattern search, generic trie) depending on the pairs; all
// four compute the same result, the generic one's, which is what is done
// here without a trie: scanning s left to right, at each position the
// earliest pair (in argument order) whose old string matches there is
// replaced, and scanning resumes after the match; with no match the byte is
// copied. An empty old string matches at every position, but never twice in
// a row at the same position.

package strings

import (
	"io"
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
	oldnew []string // old1, new1, old2, new2, ...
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

// lookup finds the pair that applies at the start of s: the first in
// argument order whose old string is a prefix of s, skipping empty old
// strings if ignoreEmpty. It returns that pair's new string and the length
// of the old one.
func (r *Replacer) lookup(s string, ignoreEmpty bool) (val string, keylen int, found bool) {
	for i := 0; i < len(r.oldnew); i += 2 {
		old := r.oldnew[i]
		if old == "" && ignoreEmpty {
			continue
		}
		if HasPrefix(s, old) {
			return r.oldnew[i+1], len(old), true
		}
	}
	return "", 0, false
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var b Builder
	r.WriteString(&b, s)
	return b.String()
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	last := 0 // s[last:i] is copied through unchanged
	prevMatchEmpty := false
	for i := 0; i <= len(s); {
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
