// This file implements os's errors. A failing system call gives -errno;
// errno's Error text is the C library's strerror wording Go also uses
// ("no such file or directory"), and file operations wrap it in a
// *PathError naming the operation and file: "open x: no such file or
// directory". errno's Is method lets errors.Is(err, ErrNotExist) see
// through the wrapping.

package os

import "io/fs"

// Portable analogs of some common system call errors.
var (
	// ErrInvalid indicates an invalid argument.
	// Methods on File will return this error when the receiver is nil.
	ErrInvalid = fs.ErrInvalid // "invalid argument"

	ErrPermission = fs.ErrPermission // "permission denied"
	ErrExist      = fs.ErrExist      // "file already exists"
	ErrNotExist   = fs.ErrNotExist   // "file does not exist"
	ErrClosed     = fs.ErrClosed     // "file already closed"
)

// PathError records an error and the operation and file path that caused it.
type PathError = fs.PathError

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// NewSyscallError returns, as an error, a new SyscallError
// with the given system call name and error details.
// As a convenience, if err is nil, NewSyscallError returns nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// errno is a Linux error number (Go's syscall.Errno).
type errno uintptr

// Error numbers os tests for.
const (
	errEPERM     = errno(1)
	errENOENT    = errno(2)
	errEINTR     = errno(4)
	errEBADF     = errno(9)
	errEACCES    = errno(13)
	errEEXIST    = errno(17)
	errEINVAL    = errno(22)
	errENOTEMPTY = errno(39)
)

// errnoText holds strerror's text, indexed by error number.
var errnoText = [...]string{
	1:  "operation not permitted",
	2:  "no such file or directory",
	3:  "no such process",
	4:  "interrupted system call",
	5:  "input/output error",
	6:  "no such device or address",
	7:  "argument list too long",
	8:  "exec format error",
	9:  "bad file descriptor",
	10: "no child processes",
	11: "resource temporarily unavailable",
	12: "cannot allocate memory",
	13: "permission denied",
	14: "bad address",
	15: "block device required",
	16: "device or resource busy",
	17: "file exists",
	18: "invalid cross-device link",
	19: "no such device",
	20: "not a directory",
	21: "is a directory",
	22: "invalid argument",
	23: "too many open files in system",
	24: "too many open files",
	25: "inappropriate ioctl for device",
	26: "text file busy",
	27: "file too large",
	28: "no space left on device",
	29: "illegal seek",
	30: "read-only file system",
	31: "too many links",
	32: "broken pipe",
	33: "numerical argument out of domain",
	34: "numerical result out of range",
	35: "resource deadlock avoided",
	36: "file name too long",
	37: "no locks available",
	38: "function not implemented",
	39: "directory not empty",
	40: "too many levels of symbolic links",
}

func (e errno) Error() string {
	if 0 <= int(e) && int(e) < len(errnoText) && errnoText[e] != "" {
		return errnoText[e]
	}
	return "errno " + itoa(int(e))
}

// Is reports whether e is an instance of one of the portable errors.
func (e errno) Is(target error) bool {
	switch target {
	case ErrPermission:
		return e == errEACCES || e == errEPERM
	case ErrExist:
		return e == errEEXIST || e == errENOTEMPTY
	case ErrNotExist:
		return e == errENOENT
	}
	return false
}

// itoa formats a non-negative int in decimal (os does not import strconv).
func itoa(v int) string {
	var digits [20]byte
	i := len(digits)
	for {
		i--
		digits[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			return string(digits[i:])
		}
	}
}

// IsExist returns a boolean indicating whether the error is known to report
// that a file or directory already exists.
func IsExist(err error) bool {
	return underlyingErrorIs(err, ErrExist)
}

// IsNotExist returns a boolean indicating whether the error is known to
// report that a file or directory does not exist.
func IsNotExist(err error) bool {
	return underlyingErrorIs(err, ErrNotExist)
}

// IsPermission returns a boolean indicating whether the error is known to
// report that permission is denied.
func IsPermission(err error) bool {
	return underlyingErrorIs(err, ErrPermission)
}

// underlyingErrorIs unwraps only os's own wrappers (unlike errors.Is, which
// follows every Unwrap), then compares.
func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(errno)
	return ok && e.Is(target)
}

// underlyingError returns the underlying error for known os error types.
func underlyingError(err error) error {
	switch err := err.(type) {
	case *PathError:
		return err.Err
	case *SyscallError:
		return err.Err
	}
	return err
}

// errorFromResult turns a raw system call result into an error:
// nil for r >= 0, the errno for r = -errno.
func errorFromResult(r int) error {
	if r >= 0 {
		return nil
	}
	return errno(-r)
}
