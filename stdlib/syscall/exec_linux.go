// This file implements processes: signals, wait statuses and ForkExec.
//
// ForkExec forks, and the child arranges its descriptors and working
// directory and calls execve. Everything the child needs (C strings,
// argument vectors) is prepared before the fork, so the child only makes
// system calls. A close-on-exec pipe tells the parent whether execve
// worked: success closes it silently; failure writes the errno into it.

package syscall

import "unsafe"

// A Signal is a number describing a process signal.
// It implements the os.Signal interface.
type Signal int

func (s Signal) Signal() {}

func (s Signal) String() string {
	if text := textLine(signalTexts, int(s)); text != "" {
		return text
	}
	return "signal " + itoa(int(s))
}

// WaitStatus is the status word wait4 reports: the exit status in bits
// 8-15 or the terminating signal in bits 0-6.
type WaitStatus uint32

const (
	mask    = 0x7F
	core    = 0x80
	exited  = 0x00
	stopped = 0x7F
	shift   = 8
)

func (w WaitStatus) Exited() bool    { return w&mask == exited }
func (w WaitStatus) Signaled() bool  { return w&mask != stopped && w&mask != exited }
func (w WaitStatus) Stopped() bool   { return w&0xFF == stopped }
func (w WaitStatus) Continued() bool { return w == 0xFFFF }
func (w WaitStatus) CoreDump() bool  { return w.Signaled() && w&core != 0 }

func (w WaitStatus) ExitStatus() int {
	if !w.Exited() {
		return -1
	}
	return int(w>>shift) & 0xFF
}

func (w WaitStatus) Signal() Signal {
	if !w.Signaled() {
		return -1
	}
	return Signal(w & mask)
}

func (w WaitStatus) StopSignal() Signal {
	if !w.Stopped() {
		return -1
	}
	return Signal(w>>shift) & 0xFF
}

func (w WaitStatus) TrapCause() int {
	if w.StopSignal() != SIGTRAP {
		return -1
	}
	return int(w>>shift) >> 8
}

func Wait4(pid int, wstatus *WaitStatus, options int, rusage *Rusage) (wpid int, err error) {
	var status int32
	r, _, e := Syscall6(SYS_WAIT4, uintptr(pid), uintptr(unsafe.Pointer(&status)), uintptr(options), uintptr(unsafe.Pointer(rusage)), 0, 0)
	if e != 0 {
		return -1, e
	}
	if wstatus != nil {
		*wstatus = WaitStatus(status)
	}
	return int(r), nil
}

// Credential holds user and group identities to be assumed
// by a child process started by StartProcess.
type Credential struct {
	Uid         uint32
	Gid         uint32
	Groups      []uint32
	NoSetGroups bool
}

// SysProcAttr holds the Linux-specific attributes of a new process; gominic
// honours Setsid, Setpgid/Pgid and Noctty's neighbours are accepted and ignored.
type SysProcAttr struct {
	Chroot     string
	Credential *Credential
	Ptrace     bool
	Setsid     bool
	Setpgid    bool
	Setctty    bool
	Noctty     bool
	Ctty       int
	Foreground bool
	Pgid       int
	Pdeathsig  Signal
}

// ProcAttr holds attributes that will be applied to a new process started
// by StartProcess.
type ProcAttr struct {
	Dir   string    // Current working directory.
	Env   []string  // Environment.
	Files []uintptr // File descriptors.
	Sys   *SysProcAttr
}

// cStrings turns ss into a NUL-terminated array of C string pointers.
func cStrings(ss []string) ([]*byte, error) {
	a := make([]*byte, len(ss)+1)
	for i, s := range ss {
		p, err := BytePtrFromString(s)
		if err != nil {
			return nil, err
		}
		a[i] = p
	}
	return a, nil
}

// execArgs holds what the child needs, prepared before the fork.
type execArgs struct {
	path *byte
	argv []*byte
	envv []*byte
	dir  *byte
	fds  []int
	sys  *SysProcAttr
}

func prepareExec(argv0 string, argv []string, attr *ProcAttr) (*execArgs, error) {
	x := &execArgs{sys: attr.Sys}
	var err error
	if x.path, err = BytePtrFromString(argv0); err != nil {
		return nil, err
	}
	if x.argv, err = cStrings(argv); err != nil {
		return nil, err
	}
	env := attr.Env
	if env == nil {
		env = Environ()
	}
	if x.envv, err = cStrings(env); err != nil {
		return nil, err
	}
	if attr.Dir != "" {
		if x.dir, err = BytePtrFromString(attr.Dir); err != nil {
			return nil, err
		}
	}
	if x.sys == nil {
		x.sys = &SysProcAttr{}
	}
	x.fds = make([]int, len(attr.Files))
	for i, f := range attr.Files {
		x.fds[i] = int(f)
	}
	return x, nil
}

// ForkExec forks and executes argv0 with arguments argv, the environment
// and descriptors of attr. It returns the child's process id.
func ForkExec(argv0 string, argv []string, attr *ProcAttr) (pid int, err error) {
	if attr == nil {
		attr = &ProcAttr{}
	}
	x, err := prepareExec(argv0, argv, attr)
	if err != nil {
		return 0, err
	}
	var p [2]int
	if err := Pipe2(p[:], O_CLOEXEC); err != nil {
		return 0, err
	}
	r, _, e := RawSyscall(SYS_FORK, 0, 0, 0)
	if e != 0 {
		Close(p[0])
		Close(p[1])
		return 0, e
	}
	if r == 0 {
		childExec(x, p[1])
	}
	pid = int(r)
	Close(p[1])
	var buf [8]byte
	n, _ := Read(p[0], buf[:])
	Close(p[0])
	if n == len(buf) {
		// execve failed: reap the child, which exited at once.
		var ws WaitStatus
		Wait4(pid, &ws, 0, nil)
		return 0, *(*Errno)(unsafe.Pointer(&buf[0]))
	}
	return pid, nil
}

// childExec runs in the forked child: it never returns.
func childExec(x *execArgs, pipe int) {
	e := childSetup(x, pipe)
	if e == 0 {
		_, _, e = RawSyscall(SYS_EXECVE, uintptr(unsafe.Pointer(x.path)),
			uintptr(unsafe.Pointer(&x.argv[0])), uintptr(unsafe.Pointer(&x.envv[0])))
	}
	RawSyscall(SYS_WRITE, uintptr(pipe), uintptr(unsafe.Pointer(&e)), 8)
	for {
		RawSyscall(SYS_EXIT, 253, 0, 0)
	}
}

// childSetup gives the child its session, working directory and
// descriptors 0, 1, 2, ... from x.fds (-1: closed).
func childSetup(x *execArgs, pipe int) Errno {
	var e Errno
	if x.sys.Setsid {
		if _, _, e = RawSyscall(SYS_SETSID, 0, 0, 0); e != 0 {
			return e
		}
	}
	if x.sys.Setpgid {
		if _, _, e = RawSyscall(SYS_SETPGID, 0, uintptr(x.sys.Pgid), 0); e != 0 {
			return e
		}
	}
	if x.dir != nil {
		if _, _, e = RawSyscall(SYS_CHDIR, uintptr(unsafe.Pointer(x.dir)), 0, 0); e != 0 {
			return e
		}
	}
	// First move every descriptor out of the way of the numbers being
	// assigned, so that dup3(fds[i], i) never clobbers a later source.
	next := len(x.fds)
	if pipe >= next {
		next = pipe + 1
	}
	for i, fd := range x.fds {
		if fd >= 0 && fd < i {
			if _, _, e = RawSyscall(SYS_DUP3, uintptr(fd), uintptr(next), O_CLOEXEC); e != 0 {
				return e
			}
			x.fds[i] = next
			next++
		}
	}
	for i, fd := range x.fds {
		switch {
		case fd == -1:
			RawSyscall(SYS_CLOSE, uintptr(i), 0, 0)
		case fd == i:
			_, _, e = RawSyscall(SYS_FCNTL, uintptr(fd), F_SETFD, 0)
		default:
			_, _, e = RawSyscall(SYS_DUP3, uintptr(fd), uintptr(i), 0)
		}
		if e != 0 {
			return e
		}
	}
	return 0
}

// StartProcess wraps ForkExec for package os.
func StartProcess(argv0 string, argv []string, attr *ProcAttr) (pid int, handle uintptr, err error) {
	pid, err = ForkExec(argv0, argv, attr)
	return pid, 0, err
}

// Exec invokes the execve(2) system call.
func Exec(argv0 string, argv []string, envv []string) (err error) {
	x, err := prepareExec(argv0, argv, &ProcAttr{Env: envv})
	if err != nil {
		return err
	}
	_, _, e := RawSyscall(SYS_EXECVE, uintptr(unsafe.Pointer(x.path)),
		uintptr(unsafe.Pointer(&x.argv[0])), uintptr(unsafe.Pointer(&x.envv[0])))
	return e
}
