// This file implements the walk along a chain of wrapped errors: Unwrap
// takes one step, Is and As test every error on the chain in turn.

package errors

// Unwrap returns the result of calling the Unwrap method on err, if err's
// type contains an Unwrap method returning error. Otherwise, Unwrap returns nil.
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's chain matches target.
//
// An error is considered to match a target if it is equal to that target
// (with ==, when its type is comparable) or if it implements a method
// Is(error) bool such that Is(target) returns true.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	targetComparable := isComparable(target)
	for {
		if targetComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		if err = Unwrap(err); err == nil {
			return false
		}
	}
}

// As finds the first error in err's chain that matches target, and if one
// is found, sets target to that error value and returns true. Otherwise, it
// returns false.
//
// An error matches target if the error's concrete value is assignable to
// the value pointed to by target, or if the error has a method
// As(any) bool such that As(target) returns true.
//
// As panics if target is not a non-nil pointer to either a type that
// implements error, or to any interface type.
func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	dest := targetOf(target)
	if dest.typ == nil {
		panic("errors: target must be a non-nil pointer")
	}
	if dest.typ.kind != kindInterface && !implementsError(dest.typ) {
		panic("errors: *target must be interface or implement error")
	}
	for err != nil {
		if dest.assign(err) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}
