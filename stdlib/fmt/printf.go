// This file implements format strings: doPrintf walks the format, copying
// plain text and, at each %, parsing one directive
//
//	% [flags] [width] [.precision] verb
//
// where flags are any of "#0+- ", width and precision are decimal numbers
// or '*' (taken from the next operand, an int), and each of the three
// positions may carry an explicit argument index [n] (one-based) that
// selects the operand to use next. Mistakes never stop the printing: they
// print a complaint in place, such as %!d(MISSING) or %!(EXTRA int=3).

package fmt

import (
	"reflect"
	"unicode/utf8"
)

// tooLarge reports whether a width or precision is absurdly large (or
// negative beyond reason); such numbers are refused rather than obeyed.
func tooLarge(x int) bool {
	const max int = 1e6
	return x > max || x < -max
}

// parsenum parses a decimal number at s[start:end]; newi is the index just
// past it.
func parsenum(s string, start, end int) (num int, isnum bool, newi int) {
	if start >= end {
		return 0, false, end
	}
	for newi = start; newi < end && '0' <= s[newi] && s[newi] <= '9'; newi++ {
		if tooLarge(num) {
			return 0, false, end // overflow: a crazy long number
		}
		num = num*10 + int(s[newi]-'0')
		isnum = true
	}
	return
}

// intFromArg gets the operand a[argNum] as an int for a '*' width or
// precision; isInt is false if it is missing or not an integer in range.
func intFromArg(a []any, argNum int) (num int, isInt bool, newArgNum int) {
	newArgNum = argNum
	if argNum < len(a) {
		num, isInt = a[argNum].(int) // almost always an int
		if !isInt {
			// Any other integer type will do, if its value fits.
			switch v := reflect.ValueOf(a[argNum]); v.Kind() {
			case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
				n := v.Int()
				if int64(int(n)) == n {
					num = int(n)
					isInt = true
				}
			case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
				n := v.Uint()
				if int64(n) >= 0 && uint64(int(n)) == n {
					num = int(n)
					isInt = true
				}
			}
		}
		newArgNum = argNum + 1
		if tooLarge(num) {
			num = 0
			isInt = false
		}
	}
	return
}

// parseArgNumber parses an argument index "[n]" at the start of format.
// It returns the zero-based index, the length of the bracketed text, and
// whether it was a well-formed number.
func parseArgNumber(format string) (index int, wid int, ok bool) {
	// There must be at least 3 bytes: [n].
	if len(format) < 3 {
		return 0, 1, false
	}
	for i := 1; i < len(format); i++ {
		if format[i] == ']' {
			width, ok, newi := parsenum(format, 1, i)
			if !ok || newi != i {
				return 0, i + 1, false
			}
			return width - 1, i + 1, true
		}
	}
	return 0, 1, false
}

// argNumber parses an optional argument index at format[i:]. It returns
// the operand to use next, the index in the format after the bracket, and
// whether an index was found. A bad index clears p.goodArgNum.
func (p *pp) argNumber(argNum int, format string, i int, numArgs int) (newArgNum, newi int, found bool) {
	if len(format) <= i || format[i] != '[' {
		return argNum, i, false
	}
	p.reordered = true
	index, wid, ok := parseArgNumber(format[i:])
	if ok && 0 <= index && index < numArgs {
		return index, i + wid, true
	}
	p.goodArgNum = false
	return argNum, i + wid, ok
}

func (p *pp) badArgNum(verb rune) {
	p.buf.writeString(percentBangString)
	p.buf.writeRune(verb)
	p.buf.writeString(badIndexString)
}

func (p *pp) missingArg(verb rune) {
	p.buf.writeString(percentBangString)
	p.buf.writeRune(verb)
	p.buf.writeString(missingString)
}

// doPrintf prints the operands a according to format.
func (p *pp) doPrintf(format string, a []any) {
	end := len(format)
	argNum := 0         // the operand the next verb uses
	afterIndex := false // the previous item in the format was an index [n]
	p.reordered = false
formatLoop:
	for i := 0; i < end; {
		p.goodArgNum = true

		// Copy the text up to the next %.
		lasti := i
		for i < end && format[i] != '%' {
			i++
		}
		if i > lasti {
			p.buf.writeString(format[lasti:i])
		}
		if i >= end {
			break
		}
		i++ // skip the %

		// The flags; a plain lower-case verb right after them (the common
		// case, "%d" or "%-5s" without width) is printed at once.
		p.fmt.clearflags()
	simpleFormat:
		for ; i < end; i++ {
			c := format[i]
			switch c {
			case '#':
				p.fmt.sharp = true
			case '0':
				p.fmt.zero = !p.fmt.minus // zero padding only on the left
			case '+':
				p.fmt.plus = true
			case '-':
				p.fmt.minus = true
				p.fmt.zero = false // no zero padding on the right
			case ' ':
				p.fmt.space = true
			default:
				if 'a' <= c && c <= 'z' && argNum < len(a) {
					if c == 'v' {
						p.moveVFlags()
					}
					p.printArg(a[argNum], rune(c))
					argNum++
					i++
					continue formatLoop
				}
				break simpleFormat
			}
		}

		// An argument index may come before the width.
		argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))

		// The width: a number or '*'.
		if i < end && format[i] == '*' {
			i++
			p.fmt.wid, p.fmt.widPresent, argNum = intFromArg(a, argNum)
			if !p.fmt.widPresent {
				p.buf.writeString(badWidthString)
			}
			// A negative width means '-' padding.
			if p.fmt.wid < 0 {
				p.fmt.wid = -p.fmt.wid
				p.fmt.minus = true
				p.fmt.zero = false
			}
			afterIndex = false
		} else {
			p.fmt.wid, p.fmt.widPresent, i = parsenum(format, i, end)
			if afterIndex && p.fmt.widPresent { // "%[3]2d"
				p.goodArgNum = false
			}
		}

		// The precision: '.' then a number or '*'; a lone '.' means 0.
		if i+1 < end && format[i] == '.' {
			i++
			if afterIndex { // "%[3].2d"
				p.goodArgNum = false
			}
			argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
			if i < end && format[i] == '*' {
				i++
				p.fmt.prec, p.fmt.precPresent, argNum = intFromArg(a, argNum)
				// A negative precision means none.
				if p.fmt.prec < 0 {
					p.fmt.prec = 0
					p.fmt.precPresent = false
				}
				if !p.fmt.precPresent {
					p.buf.writeString(badPrecString)
				}
				afterIndex = false
			} else {
				p.fmt.prec, p.fmt.precPresent, i = parsenum(format, i, end)
				if !p.fmt.precPresent {
					p.fmt.prec = 0
					p.fmt.precPresent = true
				}
			}
		}

		// An argument index may come just before the verb.
		if !afterIndex {
			argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
		}

		if i >= end {
			p.buf.writeString(noVerbString)
			break
		}

		verb, size := rune(format[i]), 1
		if verb >= utf8.RuneSelf {
			verb, size = utf8.DecodeRuneInString(format[i:])
		}
		i += size

		switch {
		case verb == '%': // %% takes no operand and ignores width and precision
			p.buf.writeByte('%')
		case !p.goodArgNum:
			p.badArgNum(verb)
		case argNum >= len(a):
			p.missingArg(verb)
		default:
			if verb == 'v' {
				p.moveVFlags()
			}
			p.printArg(a[argNum], verb)
			argNum++
		}
	}

	// Operands no verb used are a mistake, unless indexes reordered them.
	if !p.reordered && argNum < len(a) {
		p.printExtra(a[argNum:])
	}
}

// moveVFlags turns '#' and '+' into the %#v and %+v forms (see fmtFlags).
func (p *pp) moveVFlags() {
	p.fmt.sharpV = p.fmt.sharp
	p.fmt.sharp = false
	p.fmt.plusV = p.fmt.plus
	p.fmt.plus = false
}

// printExtra complains about unused operands: %!(EXTRA int=1, string=a).
func (p *pp) printExtra(extra []any) {
	p.fmt.clearflags()
	p.buf.writeString(extraString)
	for i, arg := range extra {
		if i > 0 {
			p.buf.writeString(commaSpaceString)
		}
		if arg == nil {
			p.buf.writeString(nilAngleString)
		} else {
			p.buf.writeString(reflect.TypeOf(arg).String())
			p.buf.writeByte('=')
			p.printArg(arg, 'v')
		}
	}
	p.buf.writeByte(')')
}
