package comment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A span is the lines[start:end] of a comment that make one block.
type span struct {
	start int
	end   int
	kind  spanKind
}

// A spanKind says which block a span makes.
type spanKind int

const (
	_ spanKind = iota
	spanCode
	spanHeading
	spanList
	spanOldHeading
	spanPara
)

// parseSpans splits the (unindented) lines of a comment into spans.
//
// Indented lines make a code block or, when the first one starts with a
// list marker, a list; unindented ones make a paragraph or a heading.
// Blank lines separate spans but do not end an indented one.
//
// Comments not formatted by gofmt often forget to indent: a list item
// written unindented, or the first line of code ("func f() {"). When
// unindented lines run straight into indented ones, such lines are moved
// to the indented span that follows: forceIndent is the index below which
// lines count as indented. A line is then looked at twice (once as
// unindented, once forced indented), never more.
func parseSpans(lines []string) []span {
	var spans []span
	i := 0
	forceIndent := 0
	for {
		for i < len(lines) && lines[i] == "" {
			i++
		}
		if i >= len(lines) {
			return spans
		}
		var s span
		if i < forceIndent || indented(lines[i]) {
			s = indentedSpan(lines, i, forceIndent)
		} else {
			var redo bool
			s, forceIndent, redo = unindentedSpan(lines, i, forceIndent)
			if redo {
				continue // every line of the span belongs to the next one
			}
		}
		spans = append(spans, s)
		i = s.end
	}
}

// indentedSpan returns the code or list span starting at lines[start],
// which ends before the next unindented line (blank lines included).
func indentedSpan(lines []string, start, forceIndent int) span {
	// An unindented list forced indented takes the unindented items
	// after it too, up to the first blank line.
	listOK := isList(lines[start]) && start < forceIndent
	i := start + 1
	for i < len(lines) {
		line := lines[i]
		if line == "" {
			listOK = false
		} else if !(i < forceIndent || indented(line) || (listOK && isList(line))) {
			break
		}
		i++
	}
	end := i
	for end > start && lines[end-1] == "" {
		end--
	}

	// Code pasted without indenting its closing brace, as in
	//	func main() {
	//		fmt.Println("hello")
	//	}
	// (unindented first and last lines) keeps the brace.
	if end < len(lines) && strings.HasPrefix(lines[end], "}") {
		end++
	}
	if isList(lines[start]) {
		return span{start, end, spanList}
	}
	return span{start, end, spanCode}
}

// unindentedSpan returns the paragraph or heading span starting at
// lines[start], which ends at the next blank or indented line. If it
// runs straight into indented lines that start a code block, its last
// lines may rather belong there: unindentedSpan then returns the new
// forceIndent, and redo == true if no line is left in the span.
func unindentedSpan(lines []string, start, forceIndent int) (s span, newForceIndent int, redo bool) {
	i := start + 1
	for i < len(lines) && lines[i] != "" && !indented(lines[i]) {
		i++
	}
	end := i
	if i < len(lines) && lines[i] != "" && !isList(lines[i]) {
		last := lines[i-1]
		switch {
		case isList(last):
			// Unindented list items whose text wraps onto an indented
			// line: all of them go to the indented span.
			forceIndent = end
			end--
			for end > start && isList(lines[end-1]) {
				end--
			}
		case strings.HasSuffix(last, "{") || strings.HasSuffix(last, `\`):
			// The unindented first line of a code block.
			forceIndent = end
			end--
		}
		if start == end && forceIndent > start {
			return span{}, forceIndent, true
		}
	}
	kind := spanPara
	if end-start == 1 && isHeading(lines[start]) {
		kind = spanHeading
	} else if end-start == 1 && isOldHeading(lines[start], lines, start) {
		kind = spanOldHeading
	}
	return span{start, end, kind}, forceIndent, false
}

// indented reports whether line starts with a space or tab.
func indented(line string) bool {
	return line != "" && (line[0] == ' ' || line[0] == '\t')
}

// unindent drops the blank lines at both ends of lines and the
// indentation (spaces and tabs) common to all the others, and makes
// lines of only spaces empty. It returns a new slice.
func unindent(lines []string) []string {
	for len(lines) > 0 && isBlank(lines[0]) {
		lines = lines[1:]
	}
	for len(lines) > 0 && isBlank(lines[len(lines)-1]) {
		lines = lines[:len(lines)-1]
	}
	if len(lines) == 0 {
		return nil
	}
	prefix := leadingSpace(lines[0])
	for _, line := range lines[1:] {
		if !isBlank(line) {
			prefix = commonPrefix(prefix, leadingSpace(line))
		}
	}
	out := make([]string, len(lines))
	for i, line := range lines {
		line = strings.TrimPrefix(line, prefix)
		if strings.TrimSpace(line) == "" {
			line = ""
		}
		out[i] = line
	}
	// A first or last line of only spaces is blank only now.
	for len(out) > 0 && out[0] == "" {
		out = out[1:]
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return out
}

// isBlank reports whether s is an empty line (or just its newline).
func isBlank(s string) bool {
	return s == "" || s == "\n"
}

// commonPrefix returns the bytes that a and b both start with.
func commonPrefix(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return a[:i]
}

// leadingSpace returns the spaces and tabs that start s.
func leadingSpace(s string) string {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return s[:i]
}

// isHeading reports whether line has the form "# Text" of a heading.
func isHeading(line string) bool {
	return len(line) >= 2 && line[0] == '#' &&
		(line[1] == ' ' || line[1] == '\t') && strings.TrimSpace(line) != "#"
}

// isOldHeading reports whether line, which is all[off], is an old-style
// heading: a single line after a blank line and before a blank line
// and an unindented one, that looks like a title. It starts with an
// upper-case letter, ends with a letter or digit, and holds no
// punctuation but "(),", "'" only in "'s" and "." only inside a word.
func isOldHeading(line string, all []string, off int) bool {
	if off <= 0 || all[off-1] != "" || off+2 >= len(all) || all[off+1] != "" || leadingSpace(all[off+2]) != "" {
		return false
	}
	line = strings.TrimSpace(line)
	first, _ := utf8.DecodeRuneInString(line)
	if !unicode.IsLetter(first) || !unicode.IsUpper(first) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if !unicode.IsLetter(last) && !unicode.IsDigit(last) {
		return false
	}
	if strings.ContainsAny(line, ";:!?+*/=[]{}_^°&§~%#@<\">\\") {
		return false
	}
	return eachFollowedBy(line, "'", isPossessive) && eachFollowedBy(line, ".", isInWord)
}

// eachFollowedBy reports whether ok holds for the text after each
// occurrence of sep in s.
func eachFollowedBy(s, sep string, ok func(after string) bool) bool {
	for {
		var found bool
		if _, s, found = strings.Cut(s, sep); !found {
			return true
		}
		if !ok(s) {
			return false
		}
	}
}

// isPossessive reports whether the text after a "'" makes it an "'s".
func isPossessive(after string) bool {
	return after == "s" || strings.HasPrefix(after, "s ")
}

// isInWord reports whether the text after a "." continues the word.
func isInWord(after string) bool {
	return after != "" && !strings.HasPrefix(after, " ")
}
