package os

import (
	"internal/syscall/unix"
	"io"
	"syscall"
)

// RemoveAll removes path and any children it contains.
// It removes everything it can but returns the first error
// it encounters. If the path does not exist, RemoveAll
// returns nil (no error).
// If there is an error, it will be of type *PathError.
//
// The tree is walked with the *at(2) calls, each name relative to its
// open parent directory, as Go does on Unix: a path longer than the
// kernel's PATH_MAX (4096 bytes) is removed too.
func RemoveAll(path string) error {
	if path == "" {
		// Fail silently to retain compatibility with previous behavior.
		return nil
	}
	if endsWithDot(path) {
		return &PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}
	if err := Remove(path); err == nil || IsNotExist(err) {
		return nil
	}
	dir, base := splitPath(path)
	parent, err := Open(dir)
	if IsNotExist(err) {
		return nil
	}
	if err != nil {
		return err
	}
	defer parent.Close()
	if err := removeAllFrom(parent, base); err != nil {
		if pe, ok := err.(*PathError); ok {
			pe.Path = dir + string(PathSeparator) + pe.Path
		}
		return err
	}
	return nil
}

// removeAllFrom removes name, a child of directory parent, and its own
// children. An error's path is relative to parent.
func removeAllFrom(parent *File, name string) error {
	pfd := int(parent.Fd())
	err := unix.Unlinkat(pfd, name, 0)
	if err == nil || IsNotExist(err) {
		return nil
	}
	// EISDIR: a directory, to empty first. EPERM and EACCES may also
	// come for a directory (or from a parent we cannot write).
	if err != syscall.EISDIR && err != syscall.EPERM && err != syscall.EACCES {
		return &PathError{Op: "unlinkat", Path: name, Err: err}
	}
	var st syscall.Stat_t
	if serr := unix.Fstatat(pfd, name, &st, unix.AT_SYMLINK_NOFOLLOW); serr != nil {
		if IsNotExist(serr) {
			return nil
		}
		return &PathError{Op: "fstatat", Path: name, Err: serr}
	}
	if st.Mode&syscall.S_IFMT != syscall.S_IFDIR {
		return &PathError{Op: "unlinkat", Path: name, Err: err}
	}
	first := emptyDirAt(pfd, name)
	err = unix.Unlinkat(pfd, name, unix.AT_REMOVEDIR)
	if err == nil || IsNotExist(err) {
		return nil
	}
	if first != nil {
		return first
	}
	return &PathError{Op: "unlinkat", Path: name, Err: err}
}

// emptyDirAt removes the children of directory name in directory pfd, a
// batch of names at a time. Removing entries may reorder the directory
// under an open reader (go.dev/issue/20841), so each batch opens it
// again; a batch in which nothing could be removed is skipped over
// without reopening, so that unremovable entries cannot loop forever.
// It returns the first error, its path relative to pfd.
func emptyDirAt(pfd int, name string) error {
	const batch = 1024
	var first error
	for {
		fd, err := unix.Openat(pfd, name, O_RDONLY|syscall.O_DIRECTORY|syscall.O_NOFOLLOW|syscall.O_CLOEXEC, 0)
		if err != nil {
			if IsNotExist(err) {
				return nil
			}
			return &PathError{Op: "openfdat", Path: name, Err: err}
		}
		dir := NewFile(uintptr(fd), name)
		n := 0
		for {
			names, rerr := dir.Readdirnames(batch)
			if rerr != nil && rerr != io.EOF {
				dir.Close()
				if IsNotExist(rerr) {
					return nil
				}
				return &PathError{Op: "readdirnames", Path: name, Err: rerr}
			}
			n = len(names)
			failed := 0
			for _, child := range names {
				if err := removeAllFrom(dir, child); err != nil {
					if pe, ok := err.(*PathError); ok {
						pe.Path = name + string(PathSeparator) + pe.Path
					}
					failed++
					if first == nil {
						first = err
					}
				}
			}
			if failed < batch {
				break
			}
		}
		dir.Close()
		if n < batch {
			return first
		}
	}
}

// splitPath returns the directory holding path's last element, and that
// element ("a/b/" gives "a" and "b"; "b" gives "." and "b").
func splitPath(path string) (dir, base string) {
	for len(path) > 1 && IsPathSeparator(path[len(path)-1]) {
		path = path[:len(path)-1]
	}
	i := len(path) - 1
	for i >= 0 && !IsPathSeparator(path[i]) {
		i--
	}
	base = path[i+1:]
	switch {
	case i < 0:
		dir = "."
	case i == 0:
		dir = path[:1]
	default:
		dir = path[:i]
		for len(dir) > 1 && IsPathSeparator(dir[len(dir)-1]) {
			dir = dir[:len(dir)-1]
		}
	}
	return dir, base
}
