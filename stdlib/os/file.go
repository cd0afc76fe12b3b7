// This file implements File, an open file descriptor, and the whole-file
// helpers ReadFile and WriteFile. Every method wraps a failing system call's
// errno in a *PathError{Op, Path, Err}, as Go does.

package os

import (
	"errors"
	"internal/poll"
	"internal/syscall/unix"
	"io"
	"io/fs"
	"syscall"
	"time"
	"unsafe"
)

// Flags to OpenFile (Linux values). Exactly one of O_RDONLY, O_WRONLY, or
// O_RDWR must be specified; the others may be or'ed in.
const (
	O_RDONLY int = 0x0      // open the file read-only.
	O_WRONLY int = 0x1      // open the file write-only.
	O_RDWR   int = 0x2      // open the file read-write.
	O_APPEND int = 0x400    // append data to the file when writing.
	O_CREATE int = 0x40     // create a new file if none exists.
	O_EXCL   int = 0x80     // used with O_CREATE, file must not exist.
	O_SYNC   int = 0x101000 // open for synchronous I/O.
	O_TRUNC  int = 0x200    // truncate regular writable file when opened.
)

// Seek whence values.
//
// Deprecated: Use io.SeekStart, io.SeekCurrent, and io.SeekEnd.
const (
	SEEK_SET int = 0 // seek relative to the origin of the file
	SEEK_CUR int = 1 // seek relative to the current offset
	SEEK_END int = 2 // seek relative to the end
)

// A FileMode represents a file's mode and permission bits.
type FileMode = fs.FileMode

// The defined file mode bits are the most significant bits of the FileMode.
const (
	ModeDir        = fs.ModeDir        // d: is a directory
	ModeAppend     = fs.ModeAppend     // a: append-only
	ModeExclusive  = fs.ModeExclusive  // l: exclusive use
	ModeTemporary  = fs.ModeTemporary  // T: temporary file; Plan 9 only
	ModeSymlink    = fs.ModeSymlink    // L: symbolic link
	ModeDevice     = fs.ModeDevice     // D: device file
	ModeNamedPipe  = fs.ModeNamedPipe  // p: named pipe (FIFO)
	ModeSocket     = fs.ModeSocket     // S: Unix domain socket
	ModeSetuid     = fs.ModeSetuid     // u: setuid
	ModeSetgid     = fs.ModeSetgid     // g: setgid
	ModeCharDevice = fs.ModeCharDevice // c: Unix character device, when ModeDevice is set
	ModeSticky     = fs.ModeSticky     // t: sticky
	ModeIrregular  = fs.ModeIrregular  // ?: non-regular file; nothing else is known about this file

	ModeType = fs.ModeType // mask for the type bits
	ModePerm = fs.ModePerm // Unix permission bits, 0o777
)

// File represents an open file descriptor.
type File struct {
	pfd        poll.FD // the descriptor, and its registration with the poller
	name       string
	closed     bool
	appendMode bool     // opened with O_APPEND: WriteAt is refused
	dirinfo    *dirInfo // the directory being read, for ReadDir
	// nonblock: the descriptor is in non-blocking mode, and a Read or
	// Write that would block waits on the poller (an end of a Pipe, a
	// FIFO, a descriptor NewFile found non-blocking).
	nonblock bool
	// awaitWriter: a FIFO opened for reading that has not yet been read:
	// until a writer comes, read(2) reports a false end of file, so the
	// first Read waits for the FIFO to be readable (openNonblocking).
	awaitWriter bool
}

// newFileKind says how a File's descriptor was made, which decides
// whether the poller serves it (as Go's os/file_unix.go).
type newFileKind int

const (
	kindNewFile  newFileKind = iota // NewFile of a blocking descriptor
	kindOpenFile                    // OpenFile
	kindPipe                        // Pipe: non-blocking already
	kindNonBlock                    // NewFile of a non-blocking descriptor
)

// Stdin, Stdout, and Stderr are open Files pointing to the standard input,
// standard output, and standard error file descriptors.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// NewFile returns a new File with the given file descriptor and name.
//
// As in Go, a descriptor already in non-blocking mode makes a pollable
// File, whose Read and Write honour deadlines.
func NewFile(fd uintptr, name string) *File {
	kind := kindNewFile
	if nb, err := unix.IsNonblock(int(fd)); err == nil && nb {
		kind = kindNonBlock
	}
	return newFile(int(fd), name, kind)
}

// newFile makes the File of descriptor fd. As in Go, the poller serves
// what OpenFile opens, a Pipe, and a non-blocking descriptor: the file is
// then non-blocking. The poller refuses regular files and directories,
// which stay blocking. A blocking descriptor given to NewFile stays so
// (see poll.FD.WaitReadable).
func newFile(fd int, name string, kind newFileKind) *File {
	f := &File{name: name}
	f.pfd = poll.FD{Sysfd: fd, IsStream: true, ZeroReadIsEOF: true}
	pollable := kind != kindNewFile
	if err := f.pfd.Init("file", pollable); err != nil || !pollable {
		return f
	}
	if kind == kindOpenFile {
		syscall.SetNonblock(fd, true)
	}
	f.nonblock = true
	return f
}

// Open opens the named file for reading. If successful, methods on the
// returned file can be used for reading; the associated file descriptor has
// mode O_RDONLY. If there is an error, it will be of type *PathError.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// Create creates or truncates the named file. If the file already exists,
// it is truncated. If the file does not exist, it is created with mode 0666
// (before umask).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile is the generalized open call; most users will use Open
// or Create instead. It opens the named file with specified flag
// (O_RDONLY etc.) and permission bits perm (before umask).
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, err := openNonblocking(name, flag, syscallMode(perm))
	if err != nil {
		return nil, &PathError{Op: "open", Path: name, Err: err}
	}
	f := newFile(fd, name, kindOpenFile)
	if !f.nonblock && flag&syscall.O_ACCMODE != O_RDWR && flag&syscall.O_NONBLOCK == 0 {
		// The poller refused it (a regular file): blocking, as asked.
		syscall.SetNonblock(fd, false)
	}
	if f.nonblock && flag&syscall.O_ACCMODE == O_RDONLY {
		var st syscall.Stat_t
		f.awaitWriter = syscall.Fstat(fd, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFIFO
	}
	f.appendMode = flag&O_APPEND != 0
	return f, nil
}

// openNonblocking opens name without blocking the thread every goroutine
// shares. Go's open(2) of a FIFO blocks (a thread of its own) until the
// other end is opened too; gominic opens what it reads or writes
// non-blocking: a FIFO's reader at once (its first Read then waits for a
// writer, see awaitWriter), its writer once it has a reader (open fails
// with ENXIO until then, and is tried again every millisecond).
func openNonblocking(name string, flag int, perm uint32) (int, error) {
	sysflag := flag | syscall.O_CLOEXEC
	if flag&syscall.O_ACCMODE != O_RDWR {
		sysflag |= syscall.O_NONBLOCK
	}
	for {
		fd, err := syscall.Open(name, sysflag, perm)
		switch {
		case err == syscall.EINTR:
		case err == syscall.ENXIO && flag&syscall.O_NONBLOCK == 0 && isFIFO(name):
			time.Sleep(time.Millisecond)
		default:
			return fd, err
		}
	}
}

// isFIFO reports whether name is a named pipe.
func isFIFO(name string) bool {
	var st syscall.Stat_t
	return syscall.Stat(name, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFIFO
}

// syscallMode converts a FileMode to the mode bits open(2) expects: the
// permissions, plus the setuid (04000), setgid (02000) and sticky (01000) bits.
func syscallMode(m FileMode) uint32 {
	o := uint32(m.Perm())
	if m&ModeSetuid != 0 {
		o |= 04000
	}
	if m&ModeSetgid != 0 {
		o |= 02000
	}
	if m&ModeSticky != 0 {
		o |= 01000
	}
	return o
}

// checkValid returns an error if f cannot be used for op.
func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// wrapErr wraps an error from a system call on f as a *PathError.
func (f *File) wrapErr(op string, err error) error {
	if err == nil || err == io.EOF {
		return err
	}
	if err == poll.ErrFileClosing {
		err = ErrClosed // Close ran while the I/O waited
	}
	return &PathError{Op: op, Path: f.name, Err: err}
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor referencing the open file.
//
// As in Go, a non-blocking file (an end of a Pipe) is put back in blocking
// mode, since the descriptor may be handed to another program, and its
// deadlines no longer apply.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	if f.nonblock {
		f.pfd.SetBlocking()
		f.nonblock = false
	}
	return uintptr(f.pfd.Sysfd)
}

// Read reads up to len(b) bytes from the File and stores them in b.
// It returns the number of bytes read and any error encountered.
// At end of file, Read returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if f.awaitWriter && len(b) > 0 {
		if err := f.pfd.WaitReadable(); err != nil {
			return 0, f.wrapErr("read", err)
		}
		f.awaitWriter = false
	}
	n, err = f.pfd.Read(b)
	return n, f.wrapErr("read", err)
}

// Write writes len(b) bytes from b to the File.
// It returns the number of bytes written and an error, if any.
// Write returns a non-nil error when n != len(b).
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, e := f.pfd.Write(b)
	if n != len(b) {
		err = io.ErrShortWrite
	}
	if e == syscall.EPIPE && (f.pfd.Sysfd == 1 || f.pfd.Sysfd == 2) {
		sigpipe() // as Go: a broken standard output ends the program
	}
	if e != nil {
		err = f.wrapErr("write", e)
	}
	return n, err
}

// ReadFrom implements io.ReaderFrom: it copies r to the file until EOF.
// (Go first tries copy_file_range and splice; gominic always copies
// through a buffer.)
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	return io.Copy(onlyWriter{f}, r)
}

// onlyWriter hides File's ReadFrom from io.Copy, which would otherwise call
// it again.
type onlyWriter struct {
	io.Writer
}

// WriteString is like Write, but writes the contents of string s rather than
// a slice of bytes.
func (f *File) WriteString(s string) (n int, err error) {
	// Write only reads its argument: the string's own bytes are passed,
	// not a copy (as Go does).
	b := unsafe.Slice((*byte)((*stringHeader)(unsafe.Pointer(&s)).data), len(s))
	return f.Write(b)
}

// stringHeader is the layout of a string value.
type stringHeader struct {
	data unsafe.Pointer
	len  int
}

// Seek sets the offset for the next Read or Write on file to offset,
// interpreted according to whence: 0 means relative to the origin of the
// file, 1 means relative to the current offset, and 2 means relative to the
// end. It returns the new offset and an error, if any.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	if f.dirinfo != nil {
		// Seeking a directory restarts its reading.
		f.dirinfo = nil
	}
	r, err := syscall.Seek(f.pfd.Sysfd, offset, whence)
	if err != nil {
		return 0, f.wrapErr("seek", err)
	}
	return r, nil
}

// Close closes the File, rendering it unusable for I/O.
// Close will return an error if it has already been called.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	if err := f.pfd.Close(); err != nil {
		return &PathError{Op: "close", Path: f.name, Err: err}
	}
	return nil
}

// ReadFile reads the named file and returns the contents.
// A successful call returns err == nil, not err == EOF.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()

	data := make([]byte, 0, 512)
	for {
		if len(data) >= cap(data) {
			d := append(data[:cap(data)], 0)
			data = d[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// WriteFile writes data to the named file, creating it if necessary.
// If the file does not exist, WriteFile creates it with permissions perm
// (before umask); otherwise WriteFile truncates it before writing, without
// changing permissions.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// errNegativeOffset is ReadAt's and WriteAt's error for an offset below 0.
var errNegativeOffset = errors.New("negative offset")

// errWriteAtInAppendMode is WriteAt's error for a file opened with O_APPEND.
var errWriteAtInAppendMode = errors.New("os: invalid use of WriteAt on file opened with O_APPEND")

// ReadAt reads len(b) bytes from the File starting at byte offset off.
// It returns the number of bytes read and the error, if any.
// ReadAt always returns a non-nil error when n < len(b).
// At end of file, that error is io.EOF.
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errNegativeOffset}
	}
	for len(b) > 0 {
		m, e := syscall.Pread(f.pfd.Sysfd, b, off)
		if e == syscall.EINTR {
			continue
		}
		if e != nil {
			err = f.wrapErr("read", e)
			break
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// WriteAt writes len(b) bytes to the File starting at byte offset off.
// It returns the number of bytes written and an error, if any.
// WriteAt returns a non-nil error when n != len(b).
//
// If file was opened with the O_APPEND flag, WriteAt returns an error.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.appendMode {
		return 0, errWriteAtInAppendMode
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errNegativeOffset}
	}
	for len(b) > 0 {
		m, e := syscall.Pwrite(f.pfd.Sysfd, b, off)
		if e == syscall.EINTR {
			continue
		}
		if e != nil {
			err = f.wrapErr("write", e)
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// Sync commits the current contents of the file to stable storage.
func (f *File) Sync() error {
	if err := f.checkValid("sync"); err != nil {
		return err
	}
	return f.wrapErr("sync", syscall.Fsync(f.pfd.Sysfd))
}

// Truncate changes the size of the file.
// It does not change the I/O offset.
func (f *File) Truncate(size int64) error {
	if err := f.checkValid("truncate"); err != nil {
		return err
	}
	return f.wrapErr("truncate", syscall.Ftruncate(f.pfd.Sysfd, size))
}

// Chmod changes the mode of the file to mode.
func (f *File) Chmod(mode FileMode) error {
	if err := f.checkValid("chmod"); err != nil {
		return err
	}
	return f.wrapErr("chmod", syscall.Fchmod(f.pfd.Sysfd, syscallMode(mode)))
}

// Chown changes the numeric uid and gid of the named file.
func (f *File) Chown(uid, gid int) error {
	if err := f.checkValid("chown"); err != nil {
		return err
	}
	return f.wrapErr("chown", syscall.Fchown(f.pfd.Sysfd, uid, gid))
}

// Chdir changes the current working directory to the file,
// which must be a directory.
func (f *File) Chdir() error {
	if err := f.checkValid("chdir"); err != nil {
		return err
	}
	return f.wrapErr("chdir", syscall.Fchdir(f.pfd.Sysfd))
}

// SetDeadline sets the read and write deadlines for a File: a Read or
// Write still waiting then fails with an error wrapping
// ErrDeadlineExceeded. A zero t means no deadline. Only the files the
// poller serves (the ends of a Pipe, say) have deadlines; other files
// report ErrNoDeadline (as Go for regular files).
func (f *File) SetDeadline(t time.Time) error {
	if err := f.checkValid("SetDeadline"); err != nil {
		return err
	}
	return f.pfd.SetDeadline(t)
}

// SetReadDeadline sets the deadline for future Read calls (see SetDeadline).
func (f *File) SetReadDeadline(t time.Time) error {
	if err := f.checkValid("SetReadDeadline"); err != nil {
		return err
	}
	return f.pfd.SetReadDeadline(t)
}

// SetWriteDeadline sets the deadline for future Write calls (see SetDeadline).
func (f *File) SetWriteDeadline(t time.Time) error {
	if err := f.checkValid("SetWriteDeadline"); err != nil {
		return err
	}
	return f.pfd.SetWriteDeadline(t)
}

// SyscallConn returns a raw file.
// This implements the syscall.Conn interface.
func (f *File) SyscallConn() (syscall.RawConn, error) {
	if err := f.checkValid("SyscallConn"); err != nil {
		return nil, err
	}
	return rawConn{f}, nil
}

// rawConn gives a File's descriptor to the functions of syscall.RawConn.
type rawConn struct{ f *File }

func (c rawConn) Control(fn func(uintptr)) error {
	fn(uintptr(c.f.pfd.Sysfd))
	return nil
}

func (c rawConn) Read(fn func(uintptr) bool) error {
	for !fn(uintptr(c.f.pfd.Sysfd)) {
	}
	return nil
}

func (c rawConn) Write(fn func(uintptr) bool) error {
	for !fn(uintptr(c.f.pfd.Sysfd)) {
	}
	return nil
}

// Pipe returns a connected pair of Files; reads from r return bytes written
// to w. It returns the files and an error, if any.
func Pipe() (r *File, w *File, err error) {
	var p [2]int
	if e := syscall.Pipe2(p[:], syscall.O_CLOEXEC|syscall.O_NONBLOCK); e != nil {
		return nil, nil, NewSyscallError("pipe2", e)
	}
	return newFile(p[0], "|0", kindPipe), newFile(p[1], "|1", kindPipe), nil
}
