// Package os provides the program's arguments, standard files and exit.
package os

import "unsafe"

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtime_args()

//go:linkname runtime_args runtime.os_runtime_args
func runtime_args() []string

//go:linkname runtime_exit runtime.os_runtime_exit
func runtime_exit(code int)

// Exit causes the program to exit with the given status, running no deferred calls.
func Exit(code int) {
	runtime_exit(code)
}

// A File is an open file descriptor.
type File struct {
	fd   int
	name string
}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

//go:linkname syscall_write runtime.os_write
func syscall_write(fd int, p unsafe.Pointer, n int) int

// Write writes b to the file.
func (f *File) Write(b []byte) (n int, err error) {
	for n < len(b) {
		m := syscall_write(f.fd, unsafe.Pointer(&b[n]), len(b)-n)
		if m <= 0 {
			break
		}
		n += m
	}
	return n, nil
}
