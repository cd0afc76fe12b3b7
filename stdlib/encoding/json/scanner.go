// This file implements the JSON scanner: a state machine fed one byte at
// a time, which says for each byte what it does to the value being read
// (begins a literal, an object key, ends an array, ...). Valid, Compact,
// Indent and the Decoder's search for the end of a value all run on it,
// so all report syntax errors with the same words and offsets as Go's
// encoding/json (RFC 8259 grammar).

package json

import "strconv"

// A SyntaxError is a description of a JSON syntax error. Offset is the
// number of bytes read before the error (including the bad byte).
type SyntaxError struct {
	msg    string
	Offset int64
}

func (e *SyntaxError) Error() string { return e.msg }

// Valid reports whether data is a valid JSON encoding.
func Valid(data []byte) bool {
	var s scanner
	return checkValid(data, &s) == nil
}

// checkValid runs the scanner over data and returns its syntax error, if any.
func checkValid(data []byte, s *scanner) error {
	s.reset()
	for _, c := range data {
		s.bytes++
		if s.step(c) == scanError {
			return s.err
		}
	}
	if s.eof() == scanError {
		return s.err
	}
	return nil
}

// What a byte does, as step reports it.
const (
	scanContinue     = iota // nothing of note: inside a literal, say
	scanBeginLiteral        // begins a string, number, true, false or null
	scanBeginObject         // {
	scanObjectKey           // : after an object key
	scanObjectValue         // , after an object value
	scanEndObject           // }
	scanBeginArray          // [
	scanArrayValue          // , after an array element
	scanEndArray            // ]
	scanSkipSpace           // white space between tokens
	scanEnd                 // the top-level value ended (at the byte before)
	scanError               // a syntax error; see scanner.err
)

// The scanner's states.
const (
	stateBeginValue         = iota // a value must start
	stateBeginValueOrEmpty         // after [: a value or ]
	stateBeginStringOrEmpty        // after {: a key or }
	stateBeginString               // after , in an object: a key
	stateEndValue                  // after a value, within an object or array or at the top
	stateEndTop                    // after the top-level value: only space
	stateInString                  // within a string
	stateInStringEsc               // after a backslash
	stateInStringEscU              // within the 4 hex digits of \u (esc counts them)
	stateNeg                       // after -
	state1                         // within the integer part, after a non-zero digit
	state0                         // after a leading 0
	stateDot                       // after the decimal point
	stateDot0                      // within the fraction's digits
	stateE                         // after e or E
	stateESign                     // after the exponent's sign
	stateE0                        // within the exponent's digits
	stateLiteral                   // within true, false or null (lit, esc say where)
	stateError                     // a syntax error happened
)

// The kinds of composite value the scanner is inside of.
const (
	parseObjectKey   = iota // parsing an object key (before the colon)
	parseObjectValue        // parsing an object value (after the colon)
	parseArrayValue         // parsing an array element
)

// maxNestingDepth bounds the nesting of objects and arrays, as Go's does.
const maxNestingDepth = 10000

// A scanner is a JSON scanning state machine.
type scanner struct {
	state  int
	parse  []int  // the stack of composite values we are in
	lit    string // the literal being matched, in stateLiteral
	esc    int    // the next position in lit, or the hex digits of \u read
	err    error
	bytes  int64 // bytes consumed, updated by the caller
	endTop bool  // the top-level value has ended
}

// reset prepares the scanner for a new value.
func (s *scanner) reset() {
	s.state = stateBeginValue
	s.parse = s.parse[:0]
	s.err = nil
	s.endTop = false
}

// eof tells the scanner that the input ended; it returns scanEnd if a
// complete value was read, else scanError.
func (s *scanner) eof() int {
	if s.err != nil {
		return scanError
	}
	if s.endTop {
		return scanEnd
	}
	s.step(' ')
	if s.endTop {
		return scanEnd
	}
	if s.err == nil {
		s.err = &SyntaxError{"unexpected end of JSON input", s.bytes}
	}
	return scanError
}

func isSpace(c byte) bool {
	return c <= ' ' && (c == ' ' || c == '\t' || c == '\r' || c == '\n')
}

// step advances the scanner by one byte.
func (s *scanner) step(c byte) int {
	switch s.state {
	case stateBeginValueOrEmpty:
		if isSpace(c) {
			return scanSkipSpace
		}
		if c == ']' {
			return s.endValue(c)
		}
		return s.beginValue(c)
	case stateBeginValue:
		return s.beginValue(c)
	case stateBeginStringOrEmpty:
		if isSpace(c) {
			return scanSkipSpace
		}
		if c == '}' {
			n := len(s.parse)
			s.parse[n-1] = parseObjectValue
			return s.endValue(c)
		}
		return s.beginString(c)
	case stateBeginString:
		return s.beginString(c)
	case stateEndValue:
		return s.endValue(c)
	case stateEndTop:
		if !isSpace(c) {
			s.error(c, "after top-level value")
		}
		return scanEnd
	case stateInString:
		return s.inString(c)
	case stateInStringEsc:
		switch c {
		case 'b', 'f', 'n', 'r', 't', '\\', '/', '"':
			s.state = stateInString
			return scanContinue
		case 'u':
			s.state, s.esc = stateInStringEscU, 0
			return scanContinue
		}
		return s.error(c, "in string escape code")
	case stateInStringEscU:
		if '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' {
			s.esc++
			if s.esc == 4 {
				s.state = stateInString
			}
			return scanContinue
		}
		return s.error(c, "in \\u hexadecimal character escape")
	case stateLiteral:
		if c == s.lit[s.esc] {
			s.esc++
			if s.esc == len(s.lit) {
				s.state = stateEndValue
			}
			return scanContinue
		}
		return s.error(c, "in literal "+s.lit+" (expecting "+quoteChar(s.lit[s.esc])+")")
	case stateError:
		return scanError
	}
	return s.number(c)
}

// beginValue starts a value with c.
func (s *scanner) beginValue(c byte) int {
	if isSpace(c) {
		return scanSkipSpace
	}
	switch c {
	case '{':
		s.state = stateBeginStringOrEmpty
		return s.push(parseObjectKey, scanBeginObject)
	case '[':
		s.state = stateBeginValueOrEmpty
		return s.push(parseArrayValue, scanBeginArray)
	case '"':
		s.state = stateInString
		return scanBeginLiteral
	case '-':
		s.state = stateNeg
		return scanBeginLiteral
	case '0':
		s.state = state0
		return scanBeginLiteral
	case 't':
		return s.beginLiteral("true")
	case 'f':
		return s.beginLiteral("false")
	case 'n':
		return s.beginLiteral("null")
	}
	if '1' <= c && c <= '9' {
		s.state = state1
		return scanBeginLiteral
	}
	return s.error(c, "looking for beginning of value")
}

// beginLiteral starts matching true, false or null, whose first byte was read.
func (s *scanner) beginLiteral(lit string) int {
	s.state, s.lit, s.esc = stateLiteral, lit, 1
	return scanBeginLiteral
}

// beginString starts an object key with c.
func (s *scanner) beginString(c byte) int {
	if isSpace(c) {
		return scanSkipSpace
	}
	if c == '"' {
		s.state = stateInString
		return scanBeginLiteral
	}
	return s.error(c, "looking for beginning of object key string")
}

// push enters an object or array.
func (s *scanner) push(p, op int) int {
	s.parse = append(s.parse, p)
	if len(s.parse) > maxNestingDepth {
		s.state = stateError
		s.err = &SyntaxError{"exceeded max depth", s.bytes}
		return scanError
	}
	return op
}

// endValue handles c after a complete value: what may follow depends on
// what the value is part of.
func (s *scanner) endValue(c byte) int {
	n := len(s.parse)
	if n == 0 {
		s.state = stateEndTop
		s.endTop = true
		return s.step(c)
	}
	if isSpace(c) {
		s.state = stateEndValue
		return scanSkipSpace
	}
	switch s.parse[n-1] {
	case parseObjectKey:
		if c == ':' {
			s.parse[n-1] = parseObjectValue
			s.state = stateBeginValue
			return scanObjectKey
		}
		return s.error(c, "after object key")
	case parseObjectValue:
		if c == ',' {
			s.parse[n-1] = parseObjectKey
			s.state = stateBeginString
			return scanObjectValue
		}
		if c == '}' {
			s.pop()
			return scanEndObject
		}
		return s.error(c, "after object key:value pair")
	}
	if c == ',' {
		s.state = stateBeginValue
		return scanArrayValue
	}
	if c == ']' {
		s.pop()
		return scanEndArray
	}
	return s.error(c, "after array element")
}

// pop leaves an object or array.
func (s *scanner) pop() {
	s.parse = s.parse[:len(s.parse)-1]
	if len(s.parse) == 0 {
		s.state = stateEndTop
		s.endTop = true
	} else {
		s.state = stateEndValue
	}
}

func (s *scanner) inString(c byte) int {
	switch {
	case c == '"':
		s.state = stateEndValue
	case c == '\\':
		s.state = stateInStringEsc
	case c < 0x20:
		return s.error(c, "in string literal")
	}
	return scanContinue
}

// number steps through a number literal.
func (s *scanner) number(c byte) int {
	digit := '0' <= c && c <= '9'
	switch s.state {
	case stateNeg:
		if c == '0' {
			s.state = state0
			return scanContinue
		}
		if digit {
			s.state = state1
			return scanContinue
		}
		return s.error(c, "in numeric literal")
	case state1:
		if digit {
			return scanContinue
		}
		return s.afterInteger(c)
	case state0:
		return s.afterInteger(c)
	case stateDot:
		if digit {
			s.state = stateDot0
			return scanContinue
		}
		return s.error(c, "after decimal point in numeric literal")
	case stateDot0:
		if digit {
			return scanContinue
		}
		if c == 'e' || c == 'E' {
			s.state = stateE
			return scanContinue
		}
		return s.endValue(c)
	case stateE:
		if c == '+' || c == '-' {
			s.state = stateESign
			return scanContinue
		}
		fallthrough
	case stateESign:
		if digit {
			s.state = stateE0
			return scanContinue
		}
		return s.error(c, "in exponent of numeric literal")
	}
	// stateE0
	if digit {
		return scanContinue
	}
	return s.endValue(c)
}

// afterInteger handles c after a number's integer part.
func (s *scanner) afterInteger(c byte) int {
	switch c {
	case '.':
		s.state = stateDot
		return scanContinue
	case 'e', 'E':
		s.state = stateE
		return scanContinue
	}
	return s.endValue(c)
}

// error records a syntax error at byte c, found in context.
func (s *scanner) error(c byte, context string) int {
	s.state = stateError
	s.err = &SyntaxError{"invalid character " + quoteChar(c) + " " + context, s.bytes}
	return scanError
}

// quoteChar formats c as a quoted character literal.
func quoteChar(c byte) string {
	if c == '\'' {
		return `'\''`
	}
	if c == '"' {
		return `'"'`
	}
	q := strconv.Quote(string(rune(c)))
	return "'" + q[1:len(q)-1] + "'"
}
