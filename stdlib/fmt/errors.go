// This file implements Errorf: Sprintf that returns an error, and that
// can wrap another error with the %w verb.

package fmt

import "errors"

// Errorf formats according to a format specifier and returns the string as
// a value that satisfies error.
//
// If the format specifier includes a %w verb with an error operand, the
// returned error will implement an Unwrap method returning the operand.
// It is invalid to include more than one %w verb or to supply it with an
// operand that does not implement the error interface. The %w verb is
// otherwise a synonym for %v.
func Errorf(format string, a ...any) error {
	p := newPrinter()
	p.wrapErrs = true
	p.doPrintf(format, a)
	s := string(p.buf)
	var err error
	if p.wrappedErr == nil {
		err = errors.New(s)
	} else {
		err = &wrapError{s, p.wrappedErr}
	}
	p.free()
	return err
}

// wrapError is an error made by Errorf with %w: its text, and the error
// Unwrap returns.
type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}
