package scanner

import (
	"bytes"
	"path/filepath"
	"strconv"
)

// commentEndsLine reports whether the comments from s.ch, a '/' beginning
// one, run into a newline (or the end of the source) before the next
// token: then the newline ends the statement, and its semicolon comes
// before the comments. A line comment always does; a general comment
// does if it spans lines or if only white space separates it from the
// end of its line (or from a comment that ends the line). The scanner is
// left where it was.
func (s *Scanner) commentEndsLine() bool {
	defer s.rewind(s.offset)
	for s.accept('/') {
		if s.ch == '/' {
			return true
		}
		if !s.accept('*') {
			return false // a division, no comment
		}
		for s.ch != eof {
			ch := s.ch
			if ch == '\n' {
				return true
			}
			s.next()
			if ch == '*' && s.accept('/') {
				break
			}
		}
		s.skipWhitespace() // not newlines: insertSemi is set
		if s.ch == eof || s.ch == '\n' {
			return true
		}
	}
	return false
}

// scanComment scans a comment whose '/' has been read; s.ch is the '/'
// or '*' after it. A line comment's text leaves out the newline ending
// it, and any comment's text leaves out carriage returns. A //line or
// /*line directive is put in the file's table of alternative positions.
func (s *Scanner) scanComment() string {
	offs := s.offset - 1
	// end is the offset of the source after the comment, newline
	// included: where a line directive takes effect. It stays -1 for an
	// unterminated comment.
	end := -1
	numCR := 0
	countCR := func() {
		if s.ch == '\r' {
			numCR++
		}
	}

	if s.ch == '/' {
		for s.next(); s.ch != '\n' && s.ch != eof; s.next() {
			countCR()
		}
		end = s.offset
		if s.ch == '\n' {
			end++
		}
	} else {
		s.next()
		for s.ch != eof {
			countCR()
			ch := s.ch
			s.next()
			if ch == '*' && s.accept('/') {
				end = s.offset
				break
			}
		}
		if end < 0 {
			s.error(offs, "comment not terminated")
		}
	}

	text := s.src[offs:s.offset]
	// A line comment of a file with Windows line ends ends in '\r': drop
	// it before reading a directive from the text, as the compiler does.
	if numCR > 0 && text[1] == '/' && text[len(text)-1] == '\r' {
		text = text[:len(text)-1]
		numCR--
	}
	// A //line directive must begin its line; a /*line one may be anywhere.
	if end >= 0 && (text[1] == '*' || offs == s.lineOffset) && bytes.HasPrefix(text[2:], []byte("line ")) {
		s.addLineDirective(end, offs, text)
	}
	if numCR > 0 {
		text = stripCR(text, text[1] == '*')
	}
	return string(text)
}

// Line and column numbers of directives are kept below 2^30, leaving room
// to add to them within an int32.
const maxLineCol = 1<<30 - 1

// addLineDirective reads the comment text at offset offs, which begins
// with "//line " or "/*line ", as a line directive, of one of the forms
//
//	//line filename:line
//	//line filename:line:column
//	/*line filename:line*/
//	/*line filename:line:column*/
//
// and if it is one, gives the source from offset next on that position.
// A text without a colon is no directive, only a comment; a malformed
// number is an error, reported at the number. With a column, an empty
// filename means the current one; a relative filename is taken relative
// to the directory of the file being scanned.
func (s *Scanner) addLineDirective(next, offs int, text []byte) {
	if text[1] == '*' {
		text = text[:len(text)-len("*/")]
	}
	text = text[len("//line "):]
	offs += len("//line ")

	// The numbers are read from the right: a file name may hold colons.
	i, n, ok := trailingNumber(text)
	if i == 0 {
		return
	}
	if !ok {
		s.error(offs+i, "invalid line number: "+string(text[i:]))
		return
	}
	line, column := n, 0
	i2, n2, hasColumn := trailingNumber(text[:i-1])
	if hasColumn {
		if column = n; column == 0 || column > maxLineCol {
			s.error(offs+i, "invalid column number: "+string(text[i:]))
			return
		}
		text = text[:i-1]
		i, line = i2, n2
	}
	if line == 0 || line > maxLineCol {
		s.error(offs+i, "invalid line number: "+string(text[i:]))
		return
	}

	filename := string(text[:i-1])
	if filename == "" && hasColumn {
		filename = s.file.Position(s.file.Pos(offs)).Filename
	} else if filename != "" {
		// Relative to the file's directory, as before Go 1.11 (issue 26671).
		filename = filepath.Clean(filename)
		if !filepath.IsAbs(filename) {
			filename = filepath.Join(s.dir, filename)
		}
	}
	s.file.AddLineColumnInfo(next, filename, line, column)
}

// trailingNumber finds the last colon of text and reads the decimal
// number after it: it returns the index after the colon (0 if there is
// no colon), the number, and whether it is one.
func trailingNumber(text []byte) (int, int, bool) {
	i := bytes.LastIndexByte(text, ':')
	if i < 0 {
		return 0, 0, false
	}
	n, err := strconv.ParseUint(string(text[i+1:]), 10, 0)
	return i + 1, int(n), err == nil
}

// stripCR returns b without its carriage returns, but for those of a
// general comment that come between a '*' and its final '/': without
// them the comment "/*\r*\r/" would become "/**/" (and a '*' right after
// the opening "/*" does not close it, so "/*\r/" loses its '\r').
func stripCR(b []byte, comment bool) []byte {
	c := make([]byte, 0, len(b))
	for j, ch := range b {
		keep := ch != '\r' ||
			comment && len(c) > len("/*") && c[len(c)-1] == '*' && j+1 < len(b) && b[j+1] == '/'
		if keep {
			c = append(c, ch)
		}
	}
	return c
}
