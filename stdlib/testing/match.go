// This file implements the filter of -test.run and -test.bench: a pattern
// split at bars into alternatives ("TestA/x|TestB": a name matching either
// is run), each split at slashes, one regular expression per level of
// subtest name; and the unique names of subtests ("parent/sub#01" for the
// second "sub").
// The regular expressions themselves are matched by the function the
// generated test main provides (testing/internal/testdeps).

package testing

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// matcher sieves out the tests and benchmarks a pattern selects.
type matcher struct {
	filter    [][]string // alternatives, each a pattern per level; nil: all
	matchFunc func(pat, str string) (bool, error)
	mu        sync.Mutex
	subNames  map[string]int // how many subtests of each name were made
}

func newMatcher(matchString func(pat, str string) (bool, error), patterns, name string) *matcher {
	var filter [][]string
	if patterns != "" {
		filter = splitRegexp(patterns)
		for a, levels := range filter {
			for i, s := range levels {
				levels[i] = rewrite(s)
				if _, err := matchString(levels[i], "non-empty"); err != nil {
					where := ""
					if len(filter) > 1 {
						where = fmt.Sprintf("alternation %d of ", a)
					}
					fmt.Fprintf(os.Stderr, "testing: invalid regexp for %selement %d of %s (%q): %s\n", where, i, name, levels[i], err)
					os.Exit(1)
				}
			}
		}
	}
	return &matcher{filter: filter, matchFunc: matchString, subNames: map[string]int{}}
}

// fullName returns the full name of subtest subname of c, and whether it
// matches the pattern: fully, or (partial) only the levels it has.
func (m *matcher) fullName(c *common, subname string) (name string, ok, partial bool) {
	name = subname
	m.mu.Lock()
	defer m.mu.Unlock()
	if c != nil && c.level > 0 {
		name = m.unique(c.name, rewrite(subname))
	}
	if m.filter == nil {
		return name, true, false
	}
	elem := strings.Split(name, "/")
	for _, levels := range m.filter {
		if m.matchLevels(levels, elem) {
			return name, true, len(elem) < len(levels)
		}
	}
	return name, false, false
}

// matchLevels reports whether each level of a name matches its pattern
// (a name with fewer levels than patterns matches as far as it goes).
func (m *matcher) matchLevels(levels, elem []string) bool {
	for i, s := range elem {
		if i >= len(levels) {
			break
		}
		if ok, _ := m.matchFunc(levels[i], s); !ok {
			return false
		}
	}
	return true
}

// unique makes the name of a subtest unique among its siblings: the
// second "sub" becomes "sub#01", and so on.
func (m *matcher) unique(parent, subname string) string {
	base := parent + "/" + subname
	for {
		n := m.subNames[base]
		m.subNames[base] = n + 1
		if n == 0 && subname != "" {
			prefix, nn := parseSubtestNumber(base)
			if len(prefix) < len(base) && nn < m.subNames[prefix] {
				continue // "sub#01" was already made as the second "sub"
			}
			return base
		}
		name := fmt.Sprintf("%s#%02d", base, n)
		if m.subNames[name] != 0 {
			continue // a subtest is explicitly named so
		}
		return name
	}
}

// parseSubtestNumber splits "name#NN" into "name" and NN.
func parseSubtestNumber(s string) (prefix string, nn int) {
	i := strings.LastIndex(s, "#")
	if i < 0 {
		return s, 0
	}
	prefix, suffix := s[:i], s[i+1:]
	if len(suffix) < 2 || (len(suffix) > 2 && suffix[0] == '0') {
		return s, 0 // "#NN" has at least two digits, no leading zero beyond that
	}
	if suffix == "00" {
		if !strings.HasSuffix(prefix, "/") {
			return s, 0
		}
	}
	n, err := strconv.ParseInt(suffix, 10, 32)
	if err != nil || n < 0 {
		return s, 0
	}
	return prefix, int(n)
}

// splitRegexp splits a pattern into alternatives at the bars, and each
// into levels at the slashes, outside brackets and parentheses.
func splitRegexp(s string) [][]string {
	var alts [][]string
	var a []string
	cs, cp := 0, 0
	for i := 0; i < len(s); {
		switch s[i] {
		case '[':
			cs++
		case ']':
			if cs--; cs < 0 {
				cs = 0
			}
		case '(':
			if cs == 0 {
				cp++
			}
		case ')':
			if cs == 0 {
				cp--
			}
		case '\\':
			i++
		case '/', '|':
			if cs == 0 && cp == 0 {
				a = append(a, s[:i])
				if s[i] == '|' {
					alts, a = append(alts, a), nil
				}
				s = s[i+1:]
				i = 0
				continue
			}
		}
		i++
	}
	return append(alts, append(a, s))
}

// rewrite rewrites a subname to having only printable characters and no
// white space.
func rewrite(s string) string {
	b := []byte{}
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			b = append(b, '_')
		case !strconv.IsPrint(r):
			q := strconv.QuoteRune(r)
			b = append(b, q[1:len(q)-1]...)
		default:
			b = append(b, string(r)...)
		}
	}
	return string(b)
}
