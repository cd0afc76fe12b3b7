// Tests os's process identity and environment helpers: Getpid and friends,
// Hostname, Executable, TempDir/UserHomeDir/UserCacheDir, Expand/ExpandEnv,
// Environ, and the error values' texts.
package main

import (
	"fmt"
	"os"
	"strings"
	"syscall"
)

func main() {
	fmt.Println(os.Getpid() > 1, os.Getppid() > 0, os.Getpid() == syscall.Getpid())
	fmt.Println(os.Getuid() == syscall.Getuid(), os.Geteuid() >= 0, os.Getgid() >= 0, os.Getegid() >= 0)
	_, err := os.Getgroups()
	fmt.Println(err, os.Getpagesize())
	h, err := os.Hostname()
	fmt.Println(h != "", err)
	exe, err := os.Executable()
	fmt.Println(strings.HasPrefix(exe, "/"), err)

	os.Setenv("TMPDIR", "/var/tmp")
	fmt.Println(os.TempDir())
	os.Unsetenv("TMPDIR")
	fmt.Println(os.TempDir())
	os.Setenv("HOME", "/home/gopher")
	os.Setenv("XDG_CACHE_HOME", "")
	os.Unsetenv("XDG_CONFIG_HOME")
	fmt.Println(os.UserHomeDir())
	fmt.Println(os.UserCacheDir())
	fmt.Println(os.UserConfigDir())
	os.Unsetenv("HOME")
	fmt.Println(os.UserHomeDir())
	fmt.Println(os.UserCacheDir())
	fmt.Println(os.UserConfigDir())

	os.Setenv("NAME", "gopher")
	os.Setenv("EMPTY", "")
	for _, s := range []string{"hello $NAME!", "${NAME}s", "$EMPTY.", "$$ $1 ${1} ${} ${NAME", "$", "a$", "$-x", "${*}", "no vars", "$NAME_x ${NAME}_x"} {
		fmt.Printf("%q\n", os.ExpandEnv(s))
	}
	fmt.Println(os.Expand("$a-${b}-$c", func(k string) string { return strings.ToUpper(k) }))
	v, ok := os.LookupEnv("EMPTY")
	fmt.Printf("%q %v\n", v, ok)
	found := false
	for _, kv := range os.Environ() {
		if kv == "NAME=gopher" {
			found = true
		}
	}
	fmt.Println(found, os.Setenv("", "x"), os.Setenv("A=B", "x"))

	fmt.Println(os.ErrNotExist, os.ErrExist, os.ErrPermission, os.ErrClosed, os.ErrInvalid)
	fmt.Println(os.ErrNoDeadline, os.ErrDeadlineExceeded, os.ErrProcessDone)
	fmt.Println(os.NewSyscallError("open", syscall.EACCES), os.NewSyscallError("x", nil) == nil)
	fmt.Println(os.IsPermission(&os.PathError{Op: "open", Path: "/x", Err: syscall.EACCES}))
	fmt.Println(&os.LinkError{Op: "rename", Old: "a", New: "b", Err: syscall.EXDEV})
	fmt.Println(syscall.ENOENT, syscall.EISDIR, syscall.Errno(200), syscall.SIGTERM, syscall.SIGHUP)
	for _, m := range []os.FileMode{0, 0755, 0644 | os.ModeDir, os.ModeSymlink | 0777, os.ModeNamedPipe | 0600, os.ModeSetuid | os.ModeSticky | 0700, os.ModeDevice | os.ModeCharDevice | 0620} {
		fmt.Println(m, m.IsDir(), m.IsRegular(), m.Perm(), uint32(m.Type()))
	}
	f := os.NewFile(99, "bogus")
	_, err = f.Write([]byte("x"))
	fmt.Println(err)
	var nf *os.File
	_, err = nf.Read(nil)
	fmt.Println(err, nf.Fd() == ^uintptr(0))
}
