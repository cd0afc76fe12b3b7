// This file implements the file system calls: paths are copied into
// NUL-terminated buffers, relative paths go to the *at(2) calls with
// AT_FDCWD, as Go does on linux/amd64.

package syscall

import "unsafe"

// fdcwd is AT_FDCWD as a system call argument (the constant is negative).
var fdcwd = ^uintptr(-AT_FDCWD - 1)

// atCall makes a *at(2) system call on path, relative to the working
// directory, with up to three more arguments.
func atCall(trap uintptr, path string, a2, a3, a4 uintptr) (uintptr, error) {
	p, err := BytePtrFromString(path)
	if err != nil {
		return 0, err
	}
	r, _, e := Syscall6(trap, fdcwd, uintptr(unsafe.Pointer(p)), a2, a3, a4, 0)
	return r, errnoErr(e)
}

// fdCall makes a system call on a descriptor and returns its error.
func fdCall(trap uintptr, fd int, a2, a3 uintptr) (uintptr, error) {
	r, _, e := Syscall(trap, uintptr(fd), a2, a3)
	return r, errnoErr(e)
}

func Open(path string, mode int, perm uint32) (fd int, err error) {
	return Openat(AT_FDCWD, path, mode, perm)
}

func Openat(dirfd int, path string, flags int, mode uint32) (fd int, err error) {
	p, err := BytePtrFromString(path)
	if err != nil {
		return -1, err
	}
	r, _, e := Syscall6(SYS_OPENAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)), uintptr(flags|O_LARGEFILE), uintptr(mode), 0, 0)
	if e != 0 {
		return -1, e
	}
	return int(r), nil
}

func Creat(path string, mode uint32) (fd int, err error) {
	return Open(path, O_CREAT|O_WRONLY|O_TRUNC, mode)
}

func Close(fd int) (err error) {
	_, err = fdCall(SYS_CLOSE, fd, 0, 0)
	return
}

func Read(fd int, p []byte) (n int, err error) {
	r, err := fdCall(SYS_READ, fd, ptr(p), uintptr(len(p)))
	if err != nil {
		return -1, err
	}
	return int(r), nil
}

func Write(fd int, p []byte) (n int, err error) {
	r, err := fdCall(SYS_WRITE, fd, ptr(p), uintptr(len(p)))
	if err != nil {
		return -1, err
	}
	return int(r), nil
}

func Pread(fd int, p []byte, offset int64) (n int, err error) {
	r, _, e := Syscall6(SYS_PREAD64, uintptr(fd), ptr(p), uintptr(len(p)), uintptr(offset), 0, 0)
	if e != 0 {
		return -1, e
	}
	return int(r), nil
}

func Pwrite(fd int, p []byte, offset int64) (n int, err error) {
	r, _, e := Syscall6(SYS_PWRITE64, uintptr(fd), ptr(p), uintptr(len(p)), uintptr(offset), 0, 0)
	if e != 0 {
		return -1, e
	}
	return int(r), nil
}

func Seek(fd int, offset int64, whence int) (off int64, err error) {
	r, err := fdCall(SYS_LSEEK, fd, uintptr(offset), uintptr(whence))
	if err != nil {
		return -1, err
	}
	return int64(r), nil
}

func Fstat(fd int, stat *Stat_t) (err error) {
	_, err = fdCall(SYS_FSTAT, fd, uintptr(unsafe.Pointer(stat)), 0)
	return
}

func Stat(path string, stat *Stat_t) (err error) {
	_, err = atCall(SYS_NEWFSTATAT, path, uintptr(unsafe.Pointer(stat)), 0, 0)
	return
}

func Lstat(path string, stat *Stat_t) (err error) {
	_, err = atCall(SYS_NEWFSTATAT, path, uintptr(unsafe.Pointer(stat)), AT_SYMLINK_NOFOLLOW, 0)
	return
}

func Mkdir(path string, mode uint32) (err error) {
	_, err = atCall(SYS_MKDIRAT, path, uintptr(mode), 0, 0)
	return
}

// Mknod makes a file system node: a device, or a named pipe when mode
// holds S_IFIFO.
func Mknod(path string, mode uint32, dev int) (err error) {
	_, err = atCall(SYS_MKNODAT, path, uintptr(mode), uintptr(dev), 0)
	return
}

// Mkfifo makes a named pipe (FIFO).
func Mkfifo(path string, mode uint32) (err error) {
	return Mknod(path, mode|S_IFIFO, 0)
}

func Rmdir(path string) error {
	_, err := atCall(SYS_UNLINKAT, path, AT_REMOVEDIR, 0, 0)
	return err
}

func Unlink(path string) error {
	_, err := atCall(SYS_UNLINKAT, path, 0, 0, 0)
	return err
}

// Unlinkat removes the file path names relative to directory dirfd.
func Unlinkat(dirfd int, path string) error {
	p, err := BytePtrFromString(path)
	if err != nil {
		return err
	}
	_, _, e := Syscall(SYS_UNLINKAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)), 0)
	return errnoErr(e)
}

// twoPathCall makes a system call taking (AT_FDCWD, from, AT_FDCWD, to, flags).
func twoPathCall(trap uintptr, from, to string, flags uintptr) error {
	p, err := BytePtrFromString(from)
	if err != nil {
		return err
	}
	q, err := BytePtrFromString(to)
	if err != nil {
		return err
	}
	_, _, e := Syscall6(trap, fdcwd, uintptr(unsafe.Pointer(p)), fdcwd, uintptr(unsafe.Pointer(q)), flags, 0)
	return errnoErr(e)
}

func Rename(oldpath, newpath string) (err error) {
	return twoPathCall(SYS_RENAMEAT, oldpath, newpath, 0)
}

func Link(oldpath, newpath string) (err error) {
	return twoPathCall(SYS_LINKAT, oldpath, newpath, 0)
}

func Symlink(oldpath, newpath string) (err error) {
	p, err := BytePtrFromString(oldpath)
	if err != nil {
		return err
	}
	q, err := BytePtrFromString(newpath)
	if err != nil {
		return err
	}
	_, _, e := Syscall(SYS_SYMLINKAT, uintptr(unsafe.Pointer(p)), fdcwd, uintptr(unsafe.Pointer(q)))
	return errnoErr(e)
}

func Readlink(path string, buf []byte) (n int, err error) {
	r, err := atCall(SYS_READLINKAT, path, ptr(buf), uintptr(len(buf)), 0)
	if err != nil {
		return -1, err
	}
	return int(r), nil
}

func Chmod(path string, mode uint32) (err error) {
	_, err = atCall(SYS_FCHMODAT, path, uintptr(mode), 0, 0)
	return
}

func Fchmod(fd int, mode uint32) (err error) {
	_, err = fdCall(SYS_FCHMOD, fd, uintptr(mode), 0)
	return
}

func Chown(path string, uid int, gid int) (err error) {
	_, err = atCall(SYS_FCHOWNAT, path, uintptr(uid), uintptr(gid), 0)
	return
}

func Lchown(path string, uid int, gid int) (err error) {
	_, err = atCall(SYS_FCHOWNAT, path, uintptr(uid), uintptr(gid), AT_SYMLINK_NOFOLLOW)
	return
}

func Fchown(fd int, uid int, gid int) (err error) {
	_, err = fdCall(SYS_FCHOWN, fd, uintptr(uid), uintptr(gid))
	return
}

func Truncate(path string, length int64) (err error) {
	p, err := BytePtrFromString(path)
	if err != nil {
		return err
	}
	_, _, e := Syscall(SYS_TRUNCATE, uintptr(unsafe.Pointer(p)), uintptr(length), 0)
	return errnoErr(e)
}

func Ftruncate(fd int, length int64) (err error) {
	_, err = fdCall(SYS_FTRUNCATE, fd, uintptr(length), 0)
	return
}

func Fsync(fd int) (err error) {
	_, err = fdCall(SYS_FSYNC, fd, 0, 0)
	return
}

func Chdir(path string) (err error) {
	p, err := BytePtrFromString(path)
	if err != nil {
		return err
	}
	_, _, e := Syscall(SYS_CHDIR, uintptr(unsafe.Pointer(p)), 0, 0)
	return errnoErr(e)
}

func Fchdir(fd int) (err error) {
	_, err = fdCall(SYS_FCHDIR, fd, 0, 0)
	return
}

// Getcwd writes the working directory, NUL-terminated, into buf.
func Getcwd(buf []byte) (n int, err error) {
	r, _, e := Syscall(SYS_GETCWD, ptr(buf), uintptr(len(buf)), 0)
	if e != 0 {
		return 0, e
	}
	return int(r), nil
}

// Getwd returns the working directory.
func Getwd() (wd string, err error) {
	var buf [PathMax]byte
	n, err := Getcwd(buf[0:])
	if err != nil {
		return "", err
	}
	// Getcwd returns the number of bytes written to buf, including the NUL.
	if n < 1 || n > len(buf) || buf[n-1] != 0 {
		return "", EINVAL
	}
	return string(buf[0 : n-1]), nil
}

func Getdents(fd int, buf []byte) (n int, err error) {
	r, err := fdCall(SYS_GETDENTS64, fd, ptr(buf), uintptr(len(buf)))
	if err != nil {
		return -1, err
	}
	return int(r), nil
}

// ReadDirent reads directory entries (struct linux_dirent64) into buf.
func ReadDirent(fd int, buf []byte) (n int, err error) {
	return Getdents(fd, buf)
}

func Dup(oldfd int) (fd int, err error) {
	r, err := fdCall(SYS_DUP, oldfd, 0, 0)
	return int(r), err
}

func Dup2(oldfd int, newfd int) (err error) {
	_, err = fdCall(SYS_DUP2, oldfd, uintptr(newfd), 0)
	return
}

func Dup3(oldfd int, newfd int, flags int) (err error) {
	_, err = fdCall(SYS_DUP3, oldfd, uintptr(newfd), uintptr(flags))
	return
}

func Pipe(p []int) error {
	return Pipe2(p, 0)
}

func Pipe2(p []int, flags int) error {
	if len(p) != 2 {
		return EINVAL
	}
	var pp [2]int32
	_, _, e := Syscall(SYS_PIPE2, uintptr(unsafe.Pointer(&pp)), uintptr(flags), 0)
	if e != 0 {
		return e
	}
	p[0], p[1] = int(pp[0]), int(pp[1])
	return nil
}

// CloseOnExec marks fd to be closed by execve.
func CloseOnExec(fd int) { fcntl(fd, F_SETFD, FD_CLOEXEC) }

func fcntl(fd int, cmd int, arg int) (val int, err error) {
	r, err := fdCall(SYS_FCNTL, fd, uintptr(cmd), uintptr(arg))
	return int(r), err
}

// SetNonblock sets or clears fd's O_NONBLOCK flag.
func SetNonblock(fd int, nonblocking bool) (err error) {
	flag, err := fcntl(fd, F_GETFL, 0)
	if err != nil {
		return err
	}
	if nonblocking {
		flag |= O_NONBLOCK
	} else {
		flag &^= O_NONBLOCK
	}
	_, err = fcntl(fd, F_SETFL, flag)
	return err
}

func Access(path string, mode uint32) (err error) {
	_, err = atCall(SYS_FACCESSAT, path, uintptr(mode), 0, 0)
	return
}

// UtimesNano sets the access and modification times of path.
func UtimesNano(path string, ts []Timespec) (err error) {
	if len(ts) != 2 {
		return EINVAL
	}
	_, err = atCall(SYS_UTIMENSAT, path, uintptr(unsafe.Pointer(&ts[0])), 0, 0)
	return
}

func Umask(mask int) (oldmask int) {
	r, _, _ := Syscall(SYS_UMASK, uintptr(mask), 0, 0)
	return int(r)
}

func Getpid() (pid int)   { return idCall(SYS_GETPID) }
func Getppid() (ppid int) { return idCall(SYS_GETPPID) }
func Getuid() (uid int)   { return idCall(SYS_GETUID) }
func Geteuid() (euid int) { return idCall(SYS_GETEUID) }
func Getgid() (gid int)   { return idCall(SYS_GETGID) }
func Getegid() (egid int) { return idCall(SYS_GETEGID) }

// idCall makes a system call that cannot fail and returns an id.
func idCall(trap uintptr) int {
	r, _, _ := Syscall(trap, 0, 0, 0)
	return int(r)
}

func Getgroups() (gids []int, err error) {
	var buf [256]uint32
	r, _, e := Syscall(SYS_GETGROUPS, uintptr(len(buf)), uintptr(unsafe.Pointer(&buf)), 0)
	if e != 0 {
		return nil, e
	}
	gids = make([]int, r)
	for i := range gids {
		gids[i] = int(buf[i])
	}
	return gids, nil
}

func Uname(buf *Utsname) (err error) {
	_, _, e := Syscall(SYS_UNAME, uintptr(unsafe.Pointer(buf)), 0, 0)
	return errnoErr(e)
}

func Kill(pid int, sig Signal) (err error) {
	_, _, e := Syscall(SYS_KILL, uintptr(pid), uintptr(sig), 0)
	return errnoErr(e)
}

func Exit(code int) {
	Syscall(SYS_EXIT_GROUP, uintptr(code), 0, 0)
}
