// Tests package errors: New (distinct values), Unwrap, Is along a chain of
// wrappers and with an Is method, As with pointer, value and interface
// targets and with an As method, As into `error` itself, As through a
// *strconv.NumError, and As's panics for bad targets.
package main

import (
	"errors"
	"os"
	"strconv"
)

var out []byte

func line(parts ...string) {
	for i, p := range parts {
		if i > 0 {
			out = append(out, ' ')
		}
		out = append(out, p...)
	}
	out = append(out, '\n')
}

func b(v bool) string { return strconv.FormatBool(v) }

type ValidationError struct{ Field string }

func (e *ValidationError) Error() string { return "invalid " + e.Field }

type TempError struct{ Op string }

func (t TempError) Error() string   { return t.Op + ": temporary failure" }
func (t TempError) Temporary() bool { return true }

type wrapper struct {
	msg string
	err error
}

func (w *wrapper) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrapper) Unwrap() error { return w.err }

// matchAll claims to be every error in an Is test, and fills *TempError
// targets in an As test.
type matchAll struct{}

func (matchAll) Error() string        { return "matchAll" }
func (matchAll) Is(target error) bool { return true }
func (matchAll) As(target any) bool {
	if p, ok := target.(*TempError); ok {
		*p = TempError{"set by As"}
		return true
	}
	return false
}

type sliceErr []int

func (s sliceErr) Error() string { return "slice error" }

var ErrNotFound = errors.New("not found")

func main() {
	line(ErrNotFound.Error(), b(errors.New("x") == errors.New("x")), b(ErrNotFound == ErrNotFound))
	e := &wrapper{"outer", &wrapper{"inner", ErrNotFound}}
	line(e.Error(), b(errors.Is(e, ErrNotFound)), b(errors.Is(e, errors.New("not found"))), b(errors.Is(nil, nil)),
		b(errors.Is(e, nil)), b(errors.Is(nil, ErrNotFound)))
	line(errors.Unwrap(e).Error(), b(errors.Unwrap(errors.Unwrap(errors.Unwrap(e))) == nil), b(errors.Unwrap(ErrNotFound) == nil))

	var ve *ValidationError
	w2 := &wrapper{"w", &ValidationError{"field"}}
	line(b(errors.As(w2, &ve)), ve.Field)
	var te TempError
	w3 := &wrapper{"w3", TempError{"dial"}}
	line(b(errors.As(w3, &te)), te.Op, b(errors.As(w2, &te)))
	type temporary interface{ Temporary() bool }
	var tmp temporary
	line(b(errors.As(w3, &tmp)), b(tmp != nil), b(tmp.Temporary()))
	var tmp2 temporary
	line(b(errors.As(w2, &tmp2)), b(tmp2 == nil), b(errors.Is(w3, TempError{"dial"})), b(errors.Is(w3, TempError{"x"})))
	var anyErr error
	line(b(errors.As(w3, &anyErr)), anyErr.Error())
	var anything any
	line(b(errors.As(w3, &anything)), anything.(error).Error())

	line(b(errors.Is(&wrapper{"m", matchAll{}}, ErrNotFound)))
	var te2 TempError
	line(b(errors.As(&wrapper{"m", matchAll{}}, &te2)), te2.Op)
	var s string

	// Uncomparable error types are skipped by ==, not a panic.
	line(b(errors.Is(sliceErr{1}, sliceErr{1})), b(errors.Is(&wrapper{"s", sliceErr{1}}, ErrNotFound)))

	_, err := strconv.Atoi("12a")
	var numErr *strconv.NumError
	if errors.As(err, &numErr) {
		line(numErr.Func, numErr.Num, numErr.Err.Error(), b(errors.Is(err, strconv.ErrSyntax)), b(errors.Is(err, strconv.ErrRange)))
	}
	line(err.Error())

	for _, target := range []any{nil, 42, (*ValidationError)(nil), &s} {
		func() {
			defer func() { line("panic:", recover().(string)) }()
			errors.As(ErrNotFound, target)
		}()
	}
	os.Stdout.Write(out)
}
