// Package syscall contains an interface to the low-level operating system
// primitives: Linux x86-64 system calls.
//
// Every call goes through Syscall6, which the runtime serves with the
// syscall instruction. The kernel returns -errno on failure; the wrappers
// split that into a result and an Errno, whose text is the C library's
// strerror wording ("no such file or directory").
//
// gominic's runtime runs all goroutines on one thread, so a blocking
// call (read on an empty pipe, wait4) blocks the whole program, as a
// blocking call in a Go program with GOMAXPROCS=1 and no other threads would.
package syscall

import (
	"internal/oserror"
	"unsafe"
)

//go:linkname rawSyscall6 runtime.syscall_rawSyscall6
func rawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) uintptr

// Syscall6 makes system call trap with six arguments. r1 is the result,
// err the error number (0 on success).
func Syscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno) {
	r := rawSyscall6(trap, a1, a2, a3, a4, a5, a6)
	if r > ^uintptr(4095) { // -4095..-1: an error number
		return ^uintptr(0), 0, Errno(-r)
	}
	return r, 0, 0
}

// Syscall makes system call trap with three arguments.
func Syscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno) {
	return Syscall6(trap, a1, a2, a3, 0, 0, 0)
}

// RawSyscall is Syscall: gominic's scheduler has no "entering a system
// call" bookkeeping to skip.
func RawSyscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno) {
	return Syscall6(trap, a1, a2, a3, 0, 0, 0)
}

// RawSyscall6 is Syscall6 (see RawSyscall).
func RawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno) {
	return Syscall6(trap, a1, a2, a3, a4, a5, a6)
}

// errnoErr returns e as an error, nil for 0: a nil Errno inside an error
// interface would not compare equal to nil.
func errnoErr(e Errno) error {
	if e == 0 {
		return nil
	}
	return e
}

// An Errno is an unsigned number describing an error condition.
// It implements the error interface. The zero Errno is by convention
// a non-error, so code to convert from Errno to error should use:
//
//	err = nil
//	if errno != 0 {
//		err = errno
//	}
type Errno uintptr

func (e Errno) Error() string {
	if s := textLine(errorTexts, int(e)); s != "" {
		return s
	}
	return "errno " + itoa(int(e))
}

// textLine returns line n of text (counting from 0), "" if it has none.
// The texts of error and signal numbers are kept one per line of one
// string (zerrors_linux_amd64.go): an array of strings would cost every
// program that can print an error 16 bytes of data a number. Error paths
// can afford the scan.
func textLine(text string, n int) string {
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			if n == 0 {
				return text[start:i]
			}
			n--
			start = i + 1
		}
	}
	if n == 0 {
		return text[start:]
	}
	return ""
}

// Is lets errors.Is(err, fs.ErrNotExist) and its kin see a system error
// as the portable error it stands for.
func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES || e == EPERM
	case oserror.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case oserror.ErrNotExist:
		return e == ENOENT
	}
	return false
}

func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout()
}

func (e Errno) Timeout() bool {
	return e == EAGAIN || e == EWOULDBLOCK || e == ETIMEDOUT
}

// itoa formats an int in decimal (syscall does not import strconv).
func itoa(v int) string {
	if v < 0 {
		return "-" + uitoa(uint(-v))
	}
	return uitoa(uint(v))
}

func uitoa(v uint) string {
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

// ByteSliceFromString returns a NUL-terminated slice containing the bytes
// in s. If s contains a NUL byte at any location, it returns (nil, EINVAL).
func ByteSliceFromString(s string) ([]byte, error) {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return nil, EINVAL
		}
	}
	a := make([]byte, len(s)+1)
	copy(a, s)
	return a, nil
}

// BytePtrFromString returns a pointer to a NUL-terminated array of bytes
// containing the text of s. If s contains a NUL byte at any location, it
// returns (nil, EINVAL).
func BytePtrFromString(s string) (*byte, error) {
	a, err := ByteSliceFromString(s)
	if err != nil {
		return nil, err
	}
	return &a[0], nil
}

// StringBytePtr returns a pointer to a NUL-terminated array of bytes.
//
// Deprecated: Use BytePtrFromString instead.
func StringBytePtr(s string) *byte {
	p, _ := BytePtrFromString(s)
	return p
}

// ByteSliceToString returns the bytes of s up to its first NUL.
func byteSliceToString(s []byte) string {
	for i, c := range s {
		if c == 0 {
			return string(s[:i])
		}
	}
	return string(s)
}

// ptr is the address of the first byte of b, or 0 for an empty slice.
func ptr(b []byte) uintptr {
	if len(b) == 0 {
		return 0
	}
	return uintptr(unsafe.Pointer(&b[0]))
}

// Getpagesize returns the size of a memory page.
func Getpagesize() int { return 4096 }

// Conn is implemented by some types in the net and os packages to provide
// access to the underlying file descriptor or handle.
type Conn interface {
	// SyscallConn returns a raw network connection.
	SyscallConn() (RawConn, error)
}

// A RawConn is a raw network connection.
type RawConn interface {
	// Control invokes f on the underlying connection's file
	// descriptor or handle.
	Control(f func(fd uintptr)) error

	// Read invokes f on the underlying connection's file
	// descriptor or handle; f is expected to try to read from the
	// file descriptor.
	Read(f func(fd uintptr) (done bool)) error

	// Write is like Read but for writing.
	Write(f func(fd uintptr) (done bool)) error
}
