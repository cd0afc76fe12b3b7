// This file implements the process's identity and the system's: ids, the
// host name, the executable's path, the page size, and the conventional
// directories (temporary files, home, cache, configuration).

package os

import (
	"errors"
	"io/fs"
	"syscall"
)

// Getpid returns the process id of the caller.
func Getpid() int { return syscall.Getpid() }

// Getppid returns the process id of the caller's parent.
func Getppid() int { return syscall.Getppid() }

// Getuid returns the numeric user id of the caller.
func Getuid() int { return syscall.Getuid() }

// Geteuid returns the numeric effective user id of the caller.
func Geteuid() int { return syscall.Geteuid() }

// Getgid returns the numeric group id of the caller.
func Getgid() int { return syscall.Getgid() }

// Getegid returns the numeric effective group id of the caller.
func Getegid() int { return syscall.Getegid() }

// Getgroups returns a list of the numeric ids of groups that the caller belongs to.
func Getgroups() ([]int, error) {
	gids, err := syscall.Getgroups()
	return gids, NewSyscallError("getgroups", err)
}

// Getpagesize returns the underlying system's memory page size.
func Getpagesize() int { return syscall.Getpagesize() }

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error) {
	// /proc gives the name without a system call's 64-byte limit.
	if b, err := ReadFile("/proc/sys/kernel/hostname"); err == nil && len(b) > 0 {
		if b[len(b)-1] == '\n' {
			b = b[:len(b)-1]
		}
		return string(b), nil
	}
	var un syscall.Utsname
	if err := syscall.Uname(&un); err != nil {
		return "", NewSyscallError("uname", err)
	}
	var buf []byte
	for _, c := range un.Nodename {
		if c == 0 {
			break
		}
		buf = append(buf, byte(c))
	}
	return string(buf), nil
}

// Executable returns the path name for the executable that started
// the current process.
func Executable() (string, error) {
	path, err := Readlink("/proc/self/exe")
	if err != nil {
		return "", err
	}
	// The kernel marks a file removed since it started: drop the mark.
	const deletedTag = " (deleted)"
	if len(path) > len(deletedTag) && path[len(path)-len(deletedTag):] == deletedTag {
		path = path[:len(path)-len(deletedTag)]
	}
	return path, nil
}

// TempDir returns the default directory to use for temporary files:
// $TMPDIR if non-empty, else /tmp.
func TempDir() string {
	if dir := Getenv("TMPDIR"); dir != "" {
		return dir
	}
	return "/tmp"
}

// UserHomeDir returns the current user's home directory, $HOME.
func UserHomeDir() (string, error) {
	if v := Getenv("HOME"); v != "" {
		return v, nil
	}
	return "", errors.New("$HOME is not defined")
}

// UserCacheDir returns the default root directory to use for user-specific
// cached data: $XDG_CACHE_HOME if non-empty, else $HOME/.cache.
func UserCacheDir() (string, error) {
	return xdgDir("XDG_CACHE_HOME", "/.cache")
}

// UserConfigDir returns the default root directory to use for user-specific
// configuration data: $XDG_CONFIG_HOME if non-empty, else $HOME/.config.
func UserConfigDir() (string, error) {
	return xdgDir("XDG_CONFIG_HOME", "/.config")
}

// xdgDir is $variable, or the directory under $HOME it defaults to.
func xdgDir(variable, underHome string) (string, error) {
	if dir := Getenv(variable); dir != "" {
		return dir, nil
	}
	home := Getenv("HOME")
	if home == "" {
		return "", errors.New("neither $" + variable + " nor $HOME are defined")
	}
	return home + underHome, nil
}

// DirFS returns a file system (an fs.FS) for the tree of files rooted at the directory dir.
func DirFS(dir string) fs.FS {
	return dirFS(dir)
}

// dirFS is the file system of the tree under a directory.
type dirFS string

func (dir dirFS) Open(name string) (fs.File, error) {
	fullname, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	f, err := Open(fullname)
	if err != nil {
		return nil, err // nil fs.File
	}
	return f, nil
}

func (dir dirFS) Stat(name string) (fs.FileInfo, error) {
	fullname, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	f, err := Stat(fullname)
	if err != nil {
		return nil, err
	}
	return f, nil
}

// join returns the path for name in dir.
func (dir dirFS) join(name string) (string, error) {
	if dir == "" {
		return "", errors.New("os: DirFS with empty root")
	}
	if !fs.ValidPath(name) {
		return "", ErrInvalid
	}
	for i := 0; i < len(name); i++ {
		if name[i] == 0 {
			return "", ErrInvalid
		}
	}
	if IsPathSeparator(dir[len(dir)-1]) {
		return string(dir) + name, nil
	}
	return string(dir) + string(PathSeparator) + name, nil
}
