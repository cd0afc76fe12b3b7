// Package os provides a platform-independent interface to operating system
// functionality: the program's arguments and environment, exit, and files.
//
// gominic's os talks to Linux through package syscall, and wraps its
// Errno values in Go's error types (error.go). The files:
//
//	os.go       Args, Exit
//	env.go      Getenv, LookupEnv, Setenv, Unsetenv, Environ, Expand
//	file.go     File: Open, Create, OpenFile, Read, Write, Seek, Close, ...
//	stat.go     FileInfo: Stat, Lstat, File.Stat, SameFile
//	dir.go      ReadDir, File.ReadDir, Readdir, Readdirnames
//	fileops.go  Mkdir, Remove, Rename, Symlink, Readlink, Chmod, Getwd, ...
//	path.go     MkdirAll, RemoveAll
//	tempfile.go CreateTemp, MkdirTemp
//	proc.go     Getpid..., Hostname, Executable, TempDir, UserHomeDir, DirFS
//	exec.go     StartProcess, Process, ProcessState, Signal
//	error.go    PathError, LinkError, ErrNotExist and friends, IsNotExist, ...
package os

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtime_args()

//go:linkname runtime_args runtime.os_runtime_args
func runtime_args() []string

//go:linkname runtime_exit runtime.os_runtime_exit
func runtime_exit(code int)

// sigpipe ends the program by SIGPIPE.
//
//go:linkname sigpipe runtime.os_sigpipe
func sigpipe()

// Exit causes the current program to exit with the given status code.
// Conventionally, code zero indicates success, non-zero an error.
// The program terminates immediately; deferred functions are not run.
func Exit(code int) {
	runtime_exit(code)
}
