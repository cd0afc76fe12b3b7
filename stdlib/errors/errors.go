// Package errors implements functions to manipulate errors.
//
// An error value is anything with an Error() string method. New makes the
// simplest one: a pointer to a struct holding the text, so two calls to New
// with the same text give two distinct (unequal) errors.
//
// Errors can wrap other errors: an error whose type has a method
// Unwrap() error exposes the error it wraps. Is and As walk this chain, from
// the outermost error inward, looking for a match. (fmt.Errorf with %w
// builds such wrappers.)
package errors

// New returns an error that formats as the given text. Each call to New
// returns a distinct error value even if the text is identical.
func New(text string) error {
	return &errorString{text}
}

// errorString is a trivial implementation of error.
type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}
