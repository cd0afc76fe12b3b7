package printer

import "strings"

// A /*-style comment spanning several lines is reprinted at the
// indentation of the code around it, so the indentation its lines had in
// the source must first be removed. stripCommonPrefix guesses it for the
// usual layouts:
//
//	/*                      /* text             /*
//	   text                    more text         * text
//	   more text            */                   * more text
//	*/                                           */
//
// The prefix is the longest run of white space (and stars) common to the
// inner lines, less the white space the text has after the opening "/*"
// on the first line, so that text keeps its place relative to the "/*".

// stripCommonPrefix removes the indentation shared by the lines of a
// /*-style comment from all lines but the first, which starts with "/*".
func stripCommonPrefix(lines []string) {
	if len(lines) <= 1 {
		return
	}
	prefix, found := innerPrefix(lines)
	if !found {
		// Only the first and last lines have text: the last one tells.
		last := lines[len(lines)-1]
		prefix = commonPrefix(last, last)
	}

	stars := false
	if before, _, ok := strings.Cut(prefix, "*"); ok {
		// A column of stars: keep the stars aligned under the "/*" star.
		prefix = strings.TrimSuffix(before, " ")
		stars = true
	} else {
		prefix = withoutFirstLineSpace(prefix, lines[0])
	}

	// The last line is aligned with the opening "/*" if it holds only the
	// closing "*/", and with the text otherwise.
	last := lines[len(lines)-1]
	closing := "*/"
	before, _, _ := strings.Cut(last, closing)
	if isBlank(before) {
		if stars {
			closing = " */"
		}
		lines[len(lines)-1] = prefix + closing
	} else {
		prefix = commonPrefix(prefix, last)
	}

	for i := 1; i < len(lines); i++ {
		if lines[i] != "" {
			lines[i] = lines[i][len(prefix):]
		}
	}
}

// innerPrefix returns the common prefix of the non-blank lines between
// the first and the last, and whether there were any; blank inner lines
// are emptied on the way.
func innerPrefix(lines []string) (prefix string, found bool) {
	for i := 1; i < len(lines)-1; i++ {
		line := lines[i]
		if isBlank(line) {
			lines[i] = ""
			continue
		}
		if !found {
			prefix = line
			found = true
		}
		prefix = commonPrefix(prefix, line)
	}
	return prefix, found
}

// withoutFirstLineSpace shortens prefix by the white space the comment
// text has after the "/*" of its first line. If that line has no text,
// the inner lines were likely indented up to 3 blanks or a tab past the
// "/*": that much is kept. Otherwise the "/*" counts as two blanks, or as
// nothing if a tab follows it.
func withoutFirstLineSpace(prefix, first string) string {
	if isBlank(first[2:]) {
		i := len(prefix)
		for n := 0; n < 3 && i > 0 && prefix[i-1] == ' '; n++ {
			i--
		}
		if i == len(prefix) && i > 0 && prefix[i-1] == '\t' {
			i--
		}
		return prefix[:i]
	}
	n := 2
	for n < len(first) && first[n] <= ' ' {
		n++
	}
	space := first[2:n]
	if n == 2 || first[2] != '\t' {
		space = "  " + space
	}
	return strings.TrimSuffix(prefix, space)
}

// isBlank reports whether s holds only white space.
func isBlank(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] > ' ' {
			return false
		}
	}
	return true
}

// commonPrefix returns the run of white space (any byte up to ' ') and
// stars that both a and b start with.
func commonPrefix(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] && (a[i] <= ' ' || a[i] == '*') {
		i++
	}
	return a[:i]
}
