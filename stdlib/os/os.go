// Package os provides a platform-independent interface to operating system
// functionality: the program's arguments and environment, exit, and files.
//
// gominic's os talks to Linux through a handful of runtime functions
// (runtime/os_linux.go and runtime/proc.go) that return the kernel's raw
// result, >= 0 on success or -errno on failure; this package turns -errno
// into Go's error values (error.go). The files:
//
//	os.go     Args, Exit
//	env.go    Getenv, LookupEnv, Setenv, Unsetenv, Environ
//	file.go   File: Open, Create, OpenFile, Read, Write, Seek, Close, ...
//	error.go  errno, PathError, ErrNotExist and friends, IsNotExist, ...
package os

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtime_args()

//go:linkname runtime_args runtime.os_runtime_args
func runtime_args() []string

//go:linkname runtime_exit runtime.os_runtime_exit
func runtime_exit(code int)

// Exit causes the current program to exit with the given status code.
// Conventionally, code zero indicates success, non-zero an error.
// The program terminates immediately; deferred functions are not run.
func Exit(code int) {
	runtime_exit(code)
}
