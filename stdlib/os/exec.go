// This file implements processes: StartProcess forks and executes a
// program (syscall.ForkExec), a Process is its id, and Wait collects its
// exit status as a ProcessState.

package os

import (
	"errors"
	"syscall"
	"time"
)

// ErrProcessDone indicates a Process has finished.
var ErrProcessDone = errors.New("os: process already finished")

// A Signal represents an operating system signal.
type Signal interface {
	String() string
	Signal() // to distinguish from other Stringers
}

// The only signal values guaranteed to be present in the os package on all
// systems are os.Interrupt (send the process an interrupt) and os.Kill (force
// the process to exit).
var (
	Interrupt Signal = syscall.SIGINT
	Kill      Signal = syscall.SIGKILL
)

// Process stores the information about a process created by StartProcess.
type Process struct {
	Pid  int
	done bool // Wait has collected it
}

// ProcAttr holds the attributes that will be applied to a new process
// started by StartProcess.
type ProcAttr struct {
	// If Dir is non-empty, the child changes into the directory before
	// creating the process.
	Dir string
	// If Env is non-nil, it gives the environment variables for the
	// new process in the form returned by Environ.
	// If it is nil, the result of Environ will be used.
	Env []string
	// Files specifies the open files inherited by the new process. The
	// first three entries correspond to standard input, standard output, and
	// standard error. A nil entry corresponds to that file being closed
	// when the process starts.
	Files []*File

	// Operating system-specific process creation attributes.
	Sys *syscall.SysProcAttr
}

// StartProcess starts a new process with the program, arguments and
// attributes specified by name, argv and attr. The argv slice will become
// os.Args in the new process, so it normally starts with the program name.
//
// If there is an error, it will be of type *PathError.
func StartProcess(name string, argv []string, attr *ProcAttr) (*Process, error) {
	// Check the directory first, for a clearer error than the child's.
	if attr != nil && attr.Sys == nil && attr.Dir != "" {
		if _, err := Stat(attr.Dir); err != nil {
			pe := err.(*PathError)
			pe.Op = "chdir"
			return nil, pe
		}
	}
	if attr == nil {
		attr = &ProcAttr{}
	}
	sysattr := &syscall.ProcAttr{Dir: attr.Dir, Env: attr.Env, Sys: attr.Sys}
	if sysattr.Env == nil {
		sysattr.Env = Environ()
	}
	for _, f := range attr.Files {
		sysattr.Files = append(sysattr.Files, f.Fd())
	}
	pid, _, e := syscall.StartProcess(name, argv, sysattr)
	if e != nil {
		return nil, &PathError{Op: "fork/exec", Path: name, Err: e}
	}
	return &Process{Pid: pid}, nil
}

// FindProcess looks for a running process by its pid. On Unix systems,
// FindProcess always succeeds and returns a Process for the given pid,
// regardless of whether the process exists.
func FindProcess(pid int) (*Process, error) {
	return &Process{Pid: pid}, nil
}

// Release releases any resources associated with the Process p,
// rendering it unusable in the future.
func (p *Process) Release() error {
	p.Pid = -1
	return nil
}

// Kill causes the Process to exit immediately.
func (p *Process) Kill() error {
	return p.Signal(Kill)
}

// Signal sends a signal to the Process.
func (p *Process) Signal(sig Signal) error {
	if p.Pid == -1 {
		return errors.New("os: process already released")
	}
	if p.Pid == 0 {
		return errors.New("os: process not initialized")
	}
	if p.done {
		return ErrProcessDone
	}
	s, ok := sig.(syscall.Signal)
	if !ok {
		return errors.New("os: unsupported signal type")
	}
	if e := syscall.Kill(p.Pid, s); e != nil {
		if e == syscall.ESRCH {
			return ErrProcessDone
		}
		return NewSyscallError("kill", e)
	}
	return nil
}

// Wait waits for the Process to exit, and then returns a
// ProcessState describing its status and an error, if any.
func (p *Process) Wait() (*ProcessState, error) {
	if p.Pid == -1 {
		return nil, syscall.EINVAL
	}
	var status syscall.WaitStatus
	var rusage syscall.Rusage
	// gominic's goroutines share one thread, so a blocking wait4 would stop
	// them all (the goroutines copying the child's output among them):
	// poll instead, sleeping between tries, up to 5ms.
	pause := 50 * time.Microsecond
	for {
		pid, err := syscall.Wait4(p.Pid, &status, syscall.WNOHANG, &rusage)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, NewSyscallError("wait", err)
		}
		if pid != 0 {
			p.done = true
			return &ProcessState{pid: pid, status: status, rusage: &rusage}, nil
		}
		time.Sleep(pause)
		if pause < 5*time.Millisecond {
			pause *= 2
		}
	}
}

// ProcessState stores information about a process, as reported by Wait.
type ProcessState struct {
	pid    int
	status syscall.WaitStatus
	rusage *syscall.Rusage
}

// Pid returns the process id of the exited process.
func (p *ProcessState) Pid() int { return p.pid }

// Exited reports whether the program has exited.
func (p *ProcessState) Exited() bool { return p.status.Exited() }

// Success reports whether the program exited successfully.
func (p *ProcessState) Success() bool { return p.status.ExitStatus() == 0 }

// Sys returns system-dependent exit information about the process:
// a syscall.WaitStatus.
func (p *ProcessState) Sys() any { return p.status }

// SysUsage returns system-dependent resource usage information about the
// exited process: a *syscall.Rusage.
func (p *ProcessState) SysUsage() any { return p.rusage }

// UserTime returns the user CPU time of the exited process and its children.
func (p *ProcessState) UserTime() time.Duration {
	return time.Duration(p.rusage.Utime.Nano()) * time.Nanosecond
}

// SystemTime returns the system CPU time of the exited process and its children.
func (p *ProcessState) SystemTime() time.Duration {
	return time.Duration(p.rusage.Stime.Nano()) * time.Nanosecond
}

// ExitCode returns the exit code of the exited process, or -1
// if the process hasn't exited or was terminated by a signal.
func (p *ProcessState) ExitCode() int {
	if p == nil {
		return -1
	}
	return p.status.ExitStatus()
}

func (p *ProcessState) String() string {
	if p == nil {
		return "<nil>"
	}
	status := p.status
	res := ""
	switch {
	case status.Exited():
		res = "exit status " + itoa(status.ExitStatus())
	case status.Signaled():
		res = "signal: " + status.Signal().String()
	case status.Stopped():
		res = "stop signal: " + status.StopSignal().String()
		if status.StopSignal() == syscall.SIGTRAP && status.TrapCause() != 0 {
			res += " (trap " + itoa(status.TrapCause()) + ")"
		}
	case status.Continued():
		res = "continued"
	}
	if status.CoreDump() {
		res += " (core dumped)"
	}
	return res
}

// itoa formats an int in decimal.
func itoa(v int) string {
	if v < 0 {
		return "-" + uitoa(uint(-v))
	}
	return uitoa(uint(v))
}
