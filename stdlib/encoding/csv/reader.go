// Package csv reads and writes comma-separated values (CSV) files, as
// described in RFC 4180, with Go 1.19's encoding/csv behaviour: its
// options, its error positions and texts.
//
// A csv file contains zero or more records of one or more fields per record.
// Each record is separated by the newline character. The final record may
// optionally be followed by a newline character. White space is considered
// part of a field. Carriage returns before newline characters are silently
// removed. Blank lines are ignored. Fields may be quoted with ", and a
// quote inside a quoted field is written "".
package csv

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode"
	"unicode/utf8"
)

// A ParseError is returned for parsing errors.
// Line numbers are 1-indexed and columns are 0-indexed.
type ParseError struct {
	StartLine int   // Line where the record starts
	Line      int   // Line where the error occurred
	Column    int   // Column (1-based byte index) where the error occurred
	Err       error // The actual error
}

func (e *ParseError) Error() string {
	if e.Err == ErrFieldCount {
		return fmt.Sprintf("record on line %d: %v", e.Line, e.Err)
	}
	if e.StartLine != e.Line {
		return fmt.Sprintf("record on line %d; parse error on line %d, column %d: %v", e.StartLine, e.Line, e.Column, e.Err)
	}
	return fmt.Sprintf("parse error on line %d, column %d: %v", e.Line, e.Column, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// These are the errors that can be returned in ParseError.Err.
var (
	ErrTrailingComma = errors.New("extra delimiter at end of line") // Deprecated: No longer used.
	ErrBareQuote     = errors.New("bare \" in non-quoted-field")
	ErrQuote         = errors.New("extraneous or missing \" in quoted-field")
	ErrFieldCount    = errors.New("wrong number of fields")
)

var errInvalidDelim = errors.New("csv: invalid field or comment delimiter")

func validDelim(r rune) bool {
	return r != 0 && r != '"' && r != '\r' && r != '\n' && utf8.ValidRune(r) && r != utf8.RuneError
}

// A Reader reads records from a CSV-encoded file.
type Reader struct {
	// Comma is the field delimiter.
	// It is set to comma (',') by NewReader.
	Comma rune

	// Comment, if not 0, is the comment character. Lines beginning with the
	// Comment character without preceding whitespace are ignored.
	Comment rune

	// FieldsPerRecord is the number of expected fields per record.
	// If FieldsPerRecord is positive, Read requires each record to
	// have the given number of fields. If FieldsPerRecord is 0, Read sets it to
	// the number of fields in the first record, so that future records must
	// have the same field count. If FieldsPerRecord is negative, no check is
	// made and records may have a variable number of fields.
	FieldsPerRecord int

	// If LazyQuotes is true, a quote may appear in an unquoted field and a
	// non-doubled quote may appear in a quoted field.
	LazyQuotes bool

	// If TrimLeadingSpace is true, leading white space in a field is ignored.
	// This is done even if the field delimiter, Comma, is white space.
	TrimLeadingSpace bool

	// ReuseRecord controls whether calls to Read may return a slice sharing
	// the backing array of the previous call's returned slice for performance.
	ReuseRecord bool

	TrailingComma bool // Deprecated: No longer used.

	r *bufio.Reader

	numLine int   // the current line being read
	offset  int64 // the input stream byte offset of the current reader position

	rawBuffer      []byte     // a line that did not fit bufio's buffer
	recordBuffer   []byte     // the unescaped fields of the record, end to end
	fieldIndexes   []int      // the end of each field in recordBuffer
	fieldPositions []position // where each field starts
	lastRecord     []string   // for ReuseRecord
}

// NewReader returns a new Reader that reads from r.
func NewReader(r io.Reader) *Reader {
	return &Reader{Comma: ',', r: bufio.NewReader(r)}
}

// Read reads one record (a slice of fields) from r.
// If the record has an unexpected number of fields,
// Read returns the record along with the error ErrFieldCount.
// Except for that case, Read always returns either a non-nil
// record or a non-nil error, but not both.
// If there is no data left to be read, Read returns nil, io.EOF.
func (r *Reader) Read() (record []string, err error) {
	if r.ReuseRecord {
		record, err = r.readRecord(r.lastRecord)
		r.lastRecord = record
	} else {
		record, err = r.readRecord(nil)
	}
	return record, err
}

// FieldPos returns the line and column corresponding to
// the start of the field with the given index in the slice most recently
// returned by Read. Numbering of lines and columns starts at 1;
// columns are counted in bytes, not runes.
//
// If this is called with an out-of-bounds index, it panics.
func (r *Reader) FieldPos(field int) (line, column int) {
	if field < 0 || field >= len(r.fieldPositions) {
		panic("out of range index passed to FieldPos")
	}
	p := &r.fieldPositions[field]
	return p.line, p.col
}

// InputOffset returns the input stream byte offset of the current reader
// position. The offset gives the location of the end of the most recently
// read row and the beginning of the next row.
func (r *Reader) InputOffset() int64 {
	return r.offset
}

// position is a field's line and column, both from 1.
type position struct {
	line, col int
}

// ReadAll reads all the remaining records from r.
// Each record is a slice of fields.
// A successful call returns err == nil, not err == io.EOF. Because ReadAll is
// defined to read until EOF, it does not treat end of file as an error to be
// reported.
func (r *Reader) ReadAll() (records [][]string, err error) {
	for {
		record, err := r.readRecord(nil)
		if err == io.EOF {
			return records, nil
		}
		if err != nil {
			return nil, err
		}
		records = append(records, record)
	}
}

// readLine reads the next line (with its newline, \r\n turned into \n).
// A final line without newline is returned without error; a lone \r at
// the very end of the input is dropped.
func (r *Reader) readLine() ([]byte, error) {
	line, err := r.r.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		r.rawBuffer = append(r.rawBuffer[:0], line...)
		for err == bufio.ErrBufferFull {
			line, err = r.r.ReadSlice('\n')
			r.rawBuffer = append(r.rawBuffer, line...)
		}
		line = r.rawBuffer
	}
	readSize := len(line)
	if readSize > 0 && err == io.EOF {
		err = nil
		if line[readSize-1] == '\r' {
			line = line[:readSize-1]
		}
	}
	r.numLine++
	r.offset += int64(readSize)
	if n := len(line); n >= 2 && line[n-2] == '\r' && line[n-1] == '\n' {
		line[n-2] = '\n'
		line = line[:n-1]
	}
	return line, err
}

// lengthNL reports the number of bytes for the trailing \n.
func lengthNL(b []byte) int {
	if len(b) > 0 && b[len(b)-1] == '\n' {
		return 1
	}
	return 0
}

// nextRune returns the next rune in b or utf8.RuneError.
func nextRune(b []byte) rune {
	r, _ := utf8.DecodeRune(b)
	return r
}

// recordParser holds the state of parsing one record.
type recordParser struct {
	r       *Reader
	line    []byte   // the rest of the current line
	errRead error    // the error of the last line read
	recLine int      // the line where the record starts
	pos     position // where the parse is
}

// readRecord reads the next non-empty, non-comment line and parses its
// fields (a quoted field may continue over further lines) into dst.
func (r *Reader) readRecord(dst []string) ([]string, error) {
	if r.Comma == r.Comment || !validDelim(r.Comma) || (r.Comment != 0 && !validDelim(r.Comment)) {
		return nil, errInvalidDelim
	}
	var line []byte
	var errRead error
	for errRead == nil {
		line, errRead = r.readLine()
		if r.Comment != 0 && nextRune(line) == r.Comment {
			line = nil
			continue
		}
		if errRead == nil && len(line) == lengthNL(line) {
			line = nil
			continue
		}
		break
	}
	if errRead == io.EOF {
		return nil, errRead
	}

	r.recordBuffer = r.recordBuffer[:0]
	r.fieldIndexes = r.fieldIndexes[:0]
	r.fieldPositions = r.fieldPositions[:0]
	p := &recordParser{r: r, line: line, errRead: errRead, recLine: r.numLine, pos: position{line: r.numLine, col: 1}}
	err := p.parseFields()
	if err == nil {
		err = p.errRead
	}

	// One string for the whole record; the fields are slices of it.
	str := string(r.recordBuffer)
	dst = dst[:0]
	if cap(dst) < len(r.fieldIndexes) {
		dst = make([]string, len(r.fieldIndexes))
	}
	dst = dst[:len(r.fieldIndexes)]
	prev := 0
	for i, idx := range r.fieldIndexes {
		dst[i] = str[prev:idx]
		prev = idx
	}

	if r.FieldsPerRecord > 0 {
		if len(dst) != r.FieldsPerRecord && err == nil {
			err = &ParseError{StartLine: p.recLine, Line: p.recLine, Column: 1, Err: ErrFieldCount}
		}
	} else if r.FieldsPerRecord == 0 {
		r.FieldsPerRecord = len(dst)
	}
	return dst, err
}

// endField records the end of a field that started at start.
func (p *recordParser) endField(start position) {
	p.r.fieldIndexes = append(p.r.fieldIndexes, len(p.r.recordBuffer))
	p.r.fieldPositions = append(p.r.fieldPositions, start)
}

// parseFields parses fields until the end of the record.
func (p *recordParser) parseFields() error {
	for {
		if p.r.TrimLeadingSpace {
			i := bytes.IndexFunc(p.line, func(r rune) bool { return !unicode.IsSpace(r) })
			if i < 0 {
				i = len(p.line)
				p.pos.col -= lengthNL(p.line)
			}
			p.line = p.line[i:]
			p.pos.col += i
		}
		var more bool
		var err error
		if len(p.line) == 0 || p.line[0] != '"' {
			more, err = p.parseBareField()
		} else {
			more, err = p.parseQuotedField()
		}
		if err != nil || !more {
			return err
		}
	}
}

// parseBareField parses a field without quotes; more reports that a
// delimiter followed.
func (p *recordParser) parseBareField() (more bool, err error) {
	i := bytes.IndexRune(p.line, p.r.Comma)
	field := p.line
	if i >= 0 {
		field = field[:i]
	} else {
		field = field[:len(field)-lengthNL(field)]
	}
	if !p.r.LazyQuotes {
		if j := bytes.IndexByte(field, '"'); j >= 0 {
			return false, &ParseError{StartLine: p.recLine, Line: p.r.numLine, Column: p.pos.col + j, Err: ErrBareQuote}
		}
	}
	p.r.recordBuffer = append(p.r.recordBuffer, field...)
	p.endField(p.pos)
	if i < 0 {
		return false, nil
	}
	commaLen := utf8.RuneLen(p.r.Comma)
	p.line = p.line[i+commaLen:]
	p.pos.col += i + commaLen
	return true, nil
}

// parseQuotedField parses a field in quotes, which may span lines.
func (p *recordParser) parseQuotedField() (more bool, err error) {
	const quoteLen = len(`"`)
	commaLen := utf8.RuneLen(p.r.Comma)
	start := p.pos
	p.line = p.line[quoteLen:]
	p.pos.col += quoteLen
	for {
		i := bytes.IndexByte(p.line, '"')
		switch {
		case i >= 0:
			// A quote: doubled, closing before a delimiter or the line's
			// end, or (only with LazyQuotes) a literal.
			p.r.recordBuffer = append(p.r.recordBuffer, p.line[:i]...)
			p.line = p.line[i+quoteLen:]
			p.pos.col += i + quoteLen
			switch rn := nextRune(p.line); {
			case rn == '"':
				p.r.recordBuffer = append(p.r.recordBuffer, '"')
				p.line = p.line[quoteLen:]
				p.pos.col += quoteLen
			case rn == p.r.Comma:
				p.line = p.line[commaLen:]
				p.pos.col += commaLen
				p.endField(start)
				return true, nil
			case lengthNL(p.line) == len(p.line):
				p.endField(start)
				return false, nil
			case p.r.LazyQuotes:
				p.r.recordBuffer = append(p.r.recordBuffer, '"')
			default:
				return false, &ParseError{StartLine: p.recLine, Line: p.r.numLine, Column: p.pos.col - quoteLen, Err: ErrQuote}
			}
		case len(p.line) > 0:
			// No quote on this line: the field goes on to the next.
			p.r.recordBuffer = append(p.r.recordBuffer, p.line...)
			if p.errRead != nil {
				return false, nil
			}
			p.pos.col += len(p.line)
			p.line, p.errRead = p.r.readLine()
			if len(p.line) > 0 {
				p.pos.line++
				p.pos.col = 1
			}
			if p.errRead == io.EOF {
				p.errRead = nil
			}
		default:
			// The input ended inside the quotes.
			if !p.r.LazyQuotes && p.errRead == nil {
				return false, &ParseError{StartLine: p.recLine, Line: p.pos.line, Column: p.pos.col, Err: ErrQuote}
			}
			p.endField(start)
			return false, nil
		}
	}
}
