// This file implements the system calls package os needs: thin wrappers
// that return the kernel's raw result (>= 0 on success, -errno on failure),
// so package os can turn -errno into its error values.

package runtime

import "unsafe"

const (
	sysLseek    = 8
	sysUnlinkat = 263

	atFdcwd  = -100    // openat/unlinkat: relative to the working directory
	oCloexec = 0x80000 // never leak descriptors into an exec'd program
)

// os_read reads up to n bytes from fd into p (read(2)); 0 means end of file.
func os_read(fd int, p unsafe.Pointer, n int) int {
	return int(syscall6(sysRead, uintptr(fd), uintptr(p), uintptr(n), 0, 0, 0))
}

// os_open opens path relative to the working directory and returns the
// new descriptor.
func os_open(path string, flags int, mode int) int {
	p := cstring(path)
	fdcwd := atFdcwd
	return int(syscall6(sysOpenat, uintptr(fdcwd), uintptr(p), uintptr(flags|oCloexec), uintptr(mode), 0, 0))
}

// os_close closes fd (close(2)).
func os_close(fd int) int {
	return int(syscall6(sysClose, uintptr(fd), 0, 0, 0, 0, 0))
}

// os_unlink removes the file path (unlinkat(2) with no flags).
func os_unlink(path string) int {
	p := cstring(path)
	fdcwd := atFdcwd
	return int(syscall6(sysUnlinkat, uintptr(fdcwd), uintptr(p), 0, 0, 0, 0))
}

// os_seek moves fd's offset (lseek(2)) and returns the new offset.
func os_seek(fd int, offset int64, whence int) int64 {
	return int64(syscall6(sysLseek, uintptr(fd), uintptr(offset), uintptr(whence), 0, 0, 0))
}

// cstring copies a Go string into a NUL-terminated buffer, as the kernel
// expects path names.
func cstring(s string) unsafe.Pointer {
	p := mallocnoscan(uintptr(len(s) + 1))
	if len(s) > 0 {
		memmove(p, stringptr(s), uintptr(len(s)))
	}
	return p
}
