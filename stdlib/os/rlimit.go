package os

import "syscall"

// Some systems keep the soft limit on open files low (256 on macOS, 1024
// on many Linux distributions) for old programs whose select(2) cannot
// see higher descriptors. A Go program does not use select, so, as Go's
// runtime decided (go.dev/issue/46279), it raises its own soft limit to
// the hard limit when it starts; a program that wants the old limit sets
// it back.
func init() {
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err == nil && lim.Cur != lim.Max {
		lim.Cur = lim.Max
		syscall.Setrlimit(syscall.RLIMIT_NOFILE, &lim)
	}
}
