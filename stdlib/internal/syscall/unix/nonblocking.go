package unix

import "syscall"

// IsNonblock reports whether descriptor fd has O_NONBLOCK set.
func IsNonblock(fd int) (nonblocking bool, err error) {
	flags, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_GETFL, 0)
	if e != 0 {
		return false, e
	}
	return flags&syscall.O_NONBLOCK != 0, nil
}
