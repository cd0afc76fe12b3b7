// This file implements Match, shell file name pattern matching.
//
// A pattern is a sequence of chunks, each an optional star followed by
// literal text, '?', character classes and escapes. A chunk's star may
// swallow any number of non-slash bytes, so the chunk's text is tried at
// every point the star could stop, leftmost first; only the last chunk
// must also reach the end of the name.

package path

import (
	"errors"
	"unicode/utf8"
)

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = errors.New("syntax error in pattern")

// Match reports whether name matches the shell pattern.
// The pattern syntax is:
//
//	pattern:
//		{ term }
//	term:
//		'*'         matches any sequence of non-/ characters
//		'?'         matches any single non-/ character
//		'[' [ '^' ] { character-range } ']'
//		            character class (must be non-empty)
//		c           matches character c (c != '*', '?', '\\', '[')
//		'\\' c      matches character c
//
//	character-range:
//		c           matches character c (c != '\\', '-', ']')
//		'\\' c      matches character c
//		lo '-' hi   matches character c for lo <= c <= hi
//
// Match requires pattern to match all of name, not just a substring.
// The only possible returned error is ErrBadPattern, when pattern
// is malformed.
func Match(pattern, name string) (matched bool, err error) {
	for len(pattern) > 0 {
		star, chunk, rest := scanChunk(pattern)
		pattern = rest
		if star && chunk == "" {
			// A trailing star matches the rest, if it holds no slash.
			return lastSlash(name) < 0, nil
		}
		last := len(pattern) == 0
		t, ok, err := matchChunkAfterStar(chunk, name, star, last)
		if err != nil {
			return false, err
		}
		if !ok {
			return false, checkPattern(pattern)
		}
		name = t
	}
	return len(name) == 0, nil
}

// matchChunkAfterStar matches chunk at the start of name or, after a star,
// after any number of non-slash bytes (the fewest that work). The last
// chunk must match through the end of name.
func matchChunkAfterStar(chunk, name string, star, last bool) (rest string, ok bool, err error) {
	for i := 0; i <= len(name); i++ {
		t, ok, err := matchChunk(chunk, name[i:])
		if ok && (!last || len(t) == 0) {
			return t, true, nil
		}
		if err != nil {
			return "", false, err
		}
		if !star || i == len(name) || name[i] == '/' {
			break
		}
	}
	return "", false, nil
}

// checkPattern reports ErrBadPattern if the rest of a pattern, left unused
// by a failed match, is malformed: Match's answer must not depend on where
// matching stopped.
func checkPattern(pattern string) error {
	for len(pattern) > 0 {
		var chunk string
		_, chunk, pattern = scanChunk(pattern)
		if _, _, err := matchChunk(chunk, ""); err != nil {
			return err
		}
	}
	return nil
}

// scanChunk gets the next segment of pattern, which is a non-star string
// possibly preceded by a star.
func scanChunk(pattern string) (star bool, chunk, rest string) {
	for len(pattern) > 0 && pattern[0] == '*' {
		pattern = pattern[1:]
		star = true
	}
	inrange := false
	var i int
Scan:
	for i = 0; i < len(pattern); i++ {
		switch pattern[i] {
		case '\\':
			// error check handled in matchChunk: bad pattern.
			if i+1 < len(pattern) {
				i++
			}
		case '[':
			inrange = true
		case ']':
			inrange = false
		case '*':
			if !inrange {
				break Scan
			}
		}
	}
	return star, pattern[0:i], pattern[i:]
}

// matchChunk checks whether chunk matches the beginning of s.
// If so, it returns the remainder of s (after the match).
// Chunk is all single-character operators: literals, char classes, and ?.
// Once s is used up, the rest of chunk is still checked for syntax.
func matchChunk(chunk, s string) (rest string, ok bool, err error) {
	failed := false // s no longer matches; keep checking the syntax
	for len(chunk) > 0 {
		if !failed && len(s) == 0 {
			failed = true
		}
		switch chunk[0] {
		case '[':
			var r rune
			if !failed {
				var n int
				r, n = utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
			negated := false
			if len(chunk) > 0 && chunk[0] == '^' {
				negated = true
				chunk = chunk[1:]
			}
			match := false
			nrange := 0
			for {
				if len(chunk) > 0 && chunk[0] == ']' && nrange > 0 {
					chunk = chunk[1:]
					break
				}
				var lo, hi rune
				if lo, chunk, err = getEsc(chunk); err != nil {
					return "", false, err
				}
				hi = lo
				if chunk[0] == '-' {
					if hi, chunk, err = getEsc(chunk[1:]); err != nil {
						return "", false, err
					}
				}
				if lo <= r && r <= hi {
					match = true
				}
				nrange++
			}
			if match == negated {
				failed = true
			}
		case '?':
			if !failed {
				if s[0] == '/' {
					failed = true
				}
				_, n := utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
		case '\\':
			chunk = chunk[1:]
			if len(chunk) == 0 {
				return "", false, ErrBadPattern
			}
			fallthrough
		default:
			if !failed {
				if chunk[0] != s[0] {
					failed = true
				}
				s = s[1:]
			}
			chunk = chunk[1:]
		}
	}
	if failed {
		return "", false, nil
	}
	return s, true, nil
}

// getEsc gets a possibly-escaped character from chunk, for a character class.
func getEsc(chunk string) (r rune, nchunk string, err error) {
	if len(chunk) == 0 || chunk[0] == '-' || chunk[0] == ']' {
		err = ErrBadPattern
		return
	}
	if chunk[0] == '\\' {
		chunk = chunk[1:]
		if len(chunk) == 0 {
			err = ErrBadPattern
			return
		}
	}
	r, n := utf8.DecodeRuneInString(chunk)
	if r == utf8.RuneError && n == 1 {
		err = ErrBadPattern
	}
	nchunk = chunk[n:]
	if len(nchunk) == 0 {
		err = ErrBadPattern
	}
	return
}
