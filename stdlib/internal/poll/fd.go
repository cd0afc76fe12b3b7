// Package poll supports non-blocking I/O on file descriptors with polling.
// It is shared by package os and package net, as in Go: an FD is a
// descriptor registered with the runtime's poller (runtime/netpoll.go),
// whose Read, Write and Accept park the goroutine, not the thread every
// goroutine shares, while the descriptor is not ready.
package poll

// errNetClosing is the error of an I/O on a network connection after its
// Close. It is a type of its own, as Go's, so the value needs no
// initialization code.
type errNetClosing struct{}

func (e errNetClosing) Error() string { return "use of closed network connection" }

func (e errNetClosing) Timeout() bool   { return false }
func (e errNetClosing) Temporary() bool { return false }

// ErrNetClosing is returned when a network descriptor is used after
// it has been closed.
var ErrNetClosing = errNetClosing{}

// ErrFileClosing is returned when a file descriptor is used after it
// has been closed.
var ErrFileClosing error = &errorString{"use of closed file"}

// ErrNoDeadline is returned when a request is made to set a deadline
// on a file type that does not use the poller.
var ErrNoDeadline error = &errorString{"file type does not support deadline"}

// errorString is a fixed error text, as errors.New makes; a composite
// literal needs no code in the package's initializer.
type errorString struct{ s string }

func (e *errorString) Error() string { return e.s }

// errClosing returns the error of an I/O after Close: a file's or a
// network connection's.
func errClosing(isFile bool) error {
	if isFile {
		return ErrFileClosing
	}
	return ErrNetClosing
}

// ErrDeadlineExceeded is returned for an expired deadline. It is
// os.ErrDeadlineExceeded, which net's timeouts wrap too.
var ErrDeadlineExceeded error = &DeadlineExceededError{}

// DeadlineExceededError is returned for an expired deadline.
type DeadlineExceededError struct{}

// Implement the net.Error interface.
func (e *DeadlineExceededError) Error() string   { return "i/o timeout" }
func (e *DeadlineExceededError) Timeout() bool   { return true }
func (e *DeadlineExceededError) Temporary() bool { return true }
