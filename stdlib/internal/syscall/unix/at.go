// Package unix holds the system calls package os needs beyond package
// syscall's API: the *at(2) calls with their flags, which walk a tree
// relative to an open directory, whatever the length of its paths.
package unix

import (
	"syscall"
	"unsafe"
)

const (
	AT_REMOVEDIR        = 0x200
	AT_SYMLINK_NOFOLLOW = 0x100
)

// Unlinkat removes path, relative to directory dirfd: a directory if
// flags has AT_REMOVEDIR, another file if not.
func Unlinkat(dirfd int, path string, flags int) error {
	p, err := syscall.BytePtrFromString(path)
	if err != nil {
		return err
	}
	_, _, e := syscall.Syscall(syscall.SYS_UNLINKAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)), uintptr(flags))
	if e != 0 {
		return e
	}
	return nil
}

// Openat opens path relative to directory dirfd.
func Openat(dirfd int, path string, flags int, perm uint32) (int, error) {
	return syscall.Openat(dirfd, path, flags, perm)
}

// Fstatat fills stat for path relative to directory dirfd (of a symbolic
// link itself if flags has AT_SYMLINK_NOFOLLOW).
func Fstatat(dirfd int, path string, stat *syscall.Stat_t, flags int) error {
	p, err := syscall.BytePtrFromString(path)
	if err != nil {
		return err
	}
	_, _, e := syscall.Syscall6(syscall.SYS_NEWFSTATAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)),
		uintptr(unsafe.Pointer(stat)), uintptr(flags), 0, 0)
	if e != 0 {
		return e
	}
	return nil
}
