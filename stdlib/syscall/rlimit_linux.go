// This file implements the resource limits of getrlimit(2) and
// setrlimit(2), and the resource usage of getrusage(2).

package syscall

import "unsafe"

const (
	SYS_GETRLIMIT = 97
	SYS_GETRUSAGE = 98
	SYS_SETRLIMIT = 160
)

// Resources whose limits getrlimit(2) reads and setrlimit(2) sets.
const (
	RLIMIT_CPU    = 0x0
	RLIMIT_FSIZE  = 0x1
	RLIMIT_DATA   = 0x2
	RLIMIT_STACK  = 0x3
	RLIMIT_CORE   = 0x4
	RLIMIT_NOFILE = 0x7
	RLIMIT_AS     = 0x9
	RLIM_INFINITY = -0x1
)

// An Rlimit is a resource's soft (current) and hard (maximum) limits.
type Rlimit struct {
	Cur uint64
	Max uint64
}

func Getrlimit(resource int, rlim *Rlimit) (err error) {
	_, err = fdCall(SYS_GETRLIMIT, resource, uintptr(unsafe.Pointer(rlim)), 0)
	return
}

func Setrlimit(resource int, rlim *Rlimit) (err error) {
	_, err = fdCall(SYS_SETRLIMIT, resource, uintptr(unsafe.Pointer(rlim)), 0)
	return
}

// Whose resource usage getrusage(2) reports.
const (
	RUSAGE_CHILDREN = -0x1
	RUSAGE_SELF     = 0x0
	RUSAGE_THREAD   = 0x1
)

func Getrusage(who int, rusage *Rusage) (err error) {
	_, err = fdCall(SYS_GETRUSAGE, who, uintptr(unsafe.Pointer(rusage)), 0)
	return
}
