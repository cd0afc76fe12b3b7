// This file implements the operations on named files: each one system
// call, its error wrapped in a *PathError or, for the two-name calls, a
// *LinkError, with Go's operation names.

package os

import (
	"syscall"
	"time"
)

// Mkdir creates a new directory with the specified name and permission
// bits (before umask).
// If there is an error, it will be of type *PathError.
func Mkdir(name string, perm FileMode) error {
	if err := ignoringEINTR(func() error { return syscall.Mkdir(name, syscallMode(perm)) }); err != nil {
		return &PathError{Op: "mkdir", Path: name, Err: err}
	}
	return nil
}

// Remove removes the named file or (empty) directory.
// If there is an error, it will be of type *PathError.
func Remove(name string) error {
	// unlink(2) fails on a directory and rmdir(2) on anything else: try
	// both. rmdir(2) gives ENOTDIR for a file, and then unlink's error is
	// the one to report.
	e := ignoringEINTR(func() error { return syscall.Unlink(name) })
	if e == nil {
		return nil
	}
	e1 := ignoringEINTR(func() error { return syscall.Rmdir(name) })
	if e1 == nil {
		return nil
	}
	if e1 != syscall.ENOTDIR {
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: e}
}

// Rename renames (moves) oldpath to newpath.
// If newpath already exists and is not a directory, Rename replaces it.
// OS-specific restrictions may apply when oldpath and newpath are in
// different directories. If there is an error, it will be of type *LinkError.
func Rename(oldpath, newpath string) error {
	fi, err := Lstat(newpath)
	if err == nil && fi.IsDir() {
		// rename(2) would replace an empty directory: Go refuses, unless
		// both names are the same file.
		if ofi, err := Lstat(oldpath); err != nil {
			if pe, ok := err.(*PathError); ok {
				err = pe.Err
			}
			return &LinkError{"rename", oldpath, newpath, err}
		} else if newpath == oldpath || !SameFile(fi, ofi) {
			return &LinkError{"rename", oldpath, newpath, syscall.EEXIST}
		}
	}
	if err := ignoringEINTR(func() error { return syscall.Rename(oldpath, newpath) }); err != nil {
		return &LinkError{"rename", oldpath, newpath, err}
	}
	return nil
}

// Link creates newname as a hard link to the oldname file.
// If there is an error, it will be of type *LinkError.
func Link(oldname, newname string) error {
	if err := ignoringEINTR(func() error { return syscall.Link(oldname, newname) }); err != nil {
		return &LinkError{"link", oldname, newname, err}
	}
	return nil
}

// Symlink creates newname as a symbolic link to oldname.
// If there is an error, it will be of type *LinkError.
func Symlink(oldname, newname string) error {
	if err := ignoringEINTR(func() error { return syscall.Symlink(oldname, newname) }); err != nil {
		return &LinkError{"symlink", oldname, newname, err}
	}
	return nil
}

// Readlink returns the destination of the named symbolic link.
// If there is an error, it will be of type *PathError.
func Readlink(name string) (string, error) {
	for size := 128; ; size *= 2 {
		b := make([]byte, size)
		var n int
		err := ignoringEINTR(func() error {
			var e error
			n, e = syscall.Readlink(name, b)
			return e
		})
		if err != nil {
			return "", &PathError{Op: "readlink", Path: name, Err: err}
		}
		if n < size {
			return string(b[0:n]), nil
		}
	}
}

// Chmod changes the mode of the named file to mode.
// If the file is a symbolic link, it changes the mode of the link's target.
// If there is an error, it will be of type *PathError.
func Chmod(name string, mode FileMode) error {
	if err := ignoringEINTR(func() error { return syscall.Chmod(name, syscallMode(mode)) }); err != nil {
		return &PathError{Op: "chmod", Path: name, Err: err}
	}
	return nil
}

// Chown changes the numeric uid and gid of the named file.
// If the file is a symbolic link, it changes the uid and gid of the link's target.
// A uid or gid of -1 means to not change that value.
// If there is an error, it will be of type *PathError.
func Chown(name string, uid, gid int) error {
	if err := ignoringEINTR(func() error { return syscall.Chown(name, uid, gid) }); err != nil {
		return &PathError{Op: "chown", Path: name, Err: err}
	}
	return nil
}

// Lchown changes the numeric uid and gid of the named file.
// If the file is a symbolic link, it changes the uid and gid of the link itself.
// If there is an error, it will be of type *PathError.
func Lchown(name string, uid, gid int) error {
	if err := ignoringEINTR(func() error { return syscall.Lchown(name, uid, gid) }); err != nil {
		return &PathError{Op: "lchown", Path: name, Err: err}
	}
	return nil
}

// Chtimes changes the access and modification times of the named
// file, similar to the Unix utime() or utimes() functions.
// If there is an error, it will be of type *PathError.
func Chtimes(name string, atime time.Time, mtime time.Time) error {
	ts := []syscall.Timespec{
		syscall.NsecToTimespec(atime.UnixNano()),
		syscall.NsecToTimespec(mtime.UnixNano()),
	}
	if err := syscall.UtimesNano(name, ts); err != nil {
		return &PathError{Op: "chtimes", Path: name, Err: err}
	}
	return nil
}

// Truncate changes the size of the named file.
// If the file is a symbolic link, it changes the size of the link's target.
// If there is an error, it will be of type *PathError.
func Truncate(name string, size int64) error {
	if err := ignoringEINTR(func() error { return syscall.Truncate(name, size) }); err != nil {
		return &PathError{Op: "truncate", Path: name, Err: err}
	}
	return nil
}

// Chdir changes the current working directory to the named directory.
// If there is an error, it will be of type *PathError.
func Chdir(dir string) error {
	if err := syscall.Chdir(dir); err != nil {
		return &PathError{Op: "chdir", Path: dir, Err: err}
	}
	return nil
}

// Getwd returns a rooted path name corresponding to the
// current directory. If the current directory can be
// reached via multiple paths (due to symbolic links),
// Getwd may return any one of them.
func Getwd() (dir string, err error) {
	// $PWD names the directory the way the user reached it, symbolic
	// links included, when it is still the working directory.
	if dir := Getenv("PWD"); len(dir) > 0 && dir[0] == '/' {
		d, err := Stat(dir)
		dot, err1 := Stat(".")
		if err == nil && err1 == nil && SameFile(d, dot) {
			return dir, nil
		}
	}
	dir, err = syscall.Getwd()
	if err != nil {
		return "", NewSyscallError("getwd", err)
	}
	return dir, nil
}
