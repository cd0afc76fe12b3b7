// This file holds Linux x86-64's error and signal numbers and their texts
// (generated from the C library's tables by a script of ours).

package syscall

// Error numbers.
const (
	EPERM           = Errno(0x1)
	ENOENT          = Errno(0x2)
	ESRCH           = Errno(0x3)
	EINTR           = Errno(0x4)
	EIO             = Errno(0x5)
	ENXIO           = Errno(0x6)
	E2BIG           = Errno(0x7)
	ENOEXEC         = Errno(0x8)
	EBADF           = Errno(0x9)
	ECHILD          = Errno(0xa)
	EAGAIN          = Errno(0xb)
	EWOULDBLOCK     = Errno(0xb)
	ENOMEM          = Errno(0xc)
	EACCES          = Errno(0xd)
	EFAULT          = Errno(0xe)
	ENOTBLK         = Errno(0xf)
	EBUSY           = Errno(0x10)
	EEXIST          = Errno(0x11)
	EXDEV           = Errno(0x12)
	ENODEV          = Errno(0x13)
	ENOTDIR         = Errno(0x14)
	EISDIR          = Errno(0x15)
	EINVAL          = Errno(0x16)
	ENFILE          = Errno(0x17)
	EMFILE          = Errno(0x18)
	ENOTTY          = Errno(0x19)
	ETXTBSY         = Errno(0x1a)
	EFBIG           = Errno(0x1b)
	ENOSPC          = Errno(0x1c)
	ESPIPE          = Errno(0x1d)
	EROFS           = Errno(0x1e)
	EMLINK          = Errno(0x1f)
	EPIPE           = Errno(0x20)
	EDOM            = Errno(0x21)
	ERANGE          = Errno(0x22)
	EDEADLK         = Errno(0x23)
	EDEADLOCK       = Errno(0x23)
	ENAMETOOLONG    = Errno(0x24)
	ENOLCK          = Errno(0x25)
	ENOSYS          = Errno(0x26)
	ENOTEMPTY       = Errno(0x27)
	ELOOP           = Errno(0x28)
	ENOMSG          = Errno(0x2a)
	EIDRM           = Errno(0x2b)
	ECHRNG          = Errno(0x2c)
	EL2NSYNC        = Errno(0x2d)
	EL3HLT          = Errno(0x2e)
	EL3RST          = Errno(0x2f)
	ELNRNG          = Errno(0x30)
	EUNATCH         = Errno(0x31)
	ENOCSI          = Errno(0x32)
	EL2HLT          = Errno(0x33)
	EBADE           = Errno(0x34)
	EBADR           = Errno(0x35)
	EXFULL          = Errno(0x36)
	ENOANO          = Errno(0x37)
	EBADRQC         = Errno(0x38)
	EBADSLT         = Errno(0x39)
	EBFONT          = Errno(0x3b)
	ENOSTR          = Errno(0x3c)
	ENODATA         = Errno(0x3d)
	ETIME           = Errno(0x3e)
	ENOSR           = Errno(0x3f)
	ENONET          = Errno(0x40)
	ENOPKG          = Errno(0x41)
	EREMOTE         = Errno(0x42)
	ENOLINK         = Errno(0x43)
	EADV            = Errno(0x44)
	ESRMNT          = Errno(0x45)
	ECOMM           = Errno(0x46)
	EPROTO          = Errno(0x47)
	EMULTIHOP       = Errno(0x48)
	EDOTDOT         = Errno(0x49)
	EBADMSG         = Errno(0x4a)
	EOVERFLOW       = Errno(0x4b)
	ENOTUNIQ        = Errno(0x4c)
	EBADFD          = Errno(0x4d)
	EREMCHG         = Errno(0x4e)
	ELIBACC         = Errno(0x4f)
	ELIBBAD         = Errno(0x50)
	ELIBSCN         = Errno(0x51)
	ELIBMAX         = Errno(0x52)
	ELIBEXEC        = Errno(0x53)
	EILSEQ          = Errno(0x54)
	ERESTART        = Errno(0x55)
	ESTRPIPE        = Errno(0x56)
	EUSERS          = Errno(0x57)
	ENOTSOCK        = Errno(0x58)
	EDESTADDRREQ    = Errno(0x59)
	EMSGSIZE        = Errno(0x5a)
	EPROTOTYPE      = Errno(0x5b)
	ENOPROTOOPT     = Errno(0x5c)
	EPROTONOSUPPORT = Errno(0x5d)
	ESOCKTNOSUPPORT = Errno(0x5e)
	ENOTSUP         = Errno(0x5f)
	EOPNOTSUPP      = Errno(0x5f)
	EPFNOSUPPORT    = Errno(0x60)
	EAFNOSUPPORT    = Errno(0x61)
	EADDRINUSE      = Errno(0x62)
	EADDRNOTAVAIL   = Errno(0x63)
	ENETDOWN        = Errno(0x64)
	ENETUNREACH     = Errno(0x65)
	ENETRESET       = Errno(0x66)
	ECONNABORTED    = Errno(0x67)
	ECONNRESET      = Errno(0x68)
	ENOBUFS         = Errno(0x69)
	EISCONN         = Errno(0x6a)
	ENOTCONN        = Errno(0x6b)
	ESHUTDOWN       = Errno(0x6c)
	ETOOMANYREFS    = Errno(0x6d)
	ETIMEDOUT       = Errno(0x6e)
	ECONNREFUSED    = Errno(0x6f)
	EHOSTDOWN       = Errno(0x70)
	EHOSTUNREACH    = Errno(0x71)
	EALREADY        = Errno(0x72)
	EINPROGRESS     = Errno(0x73)
	ESTALE          = Errno(0x74)
	EUCLEAN         = Errno(0x75)
	ENOTNAM         = Errno(0x76)
	ENAVAIL         = Errno(0x77)
	EISNAM          = Errno(0x78)
	EREMOTEIO       = Errno(0x79)
	EDQUOT          = Errno(0x7a)
	ENOMEDIUM       = Errno(0x7b)
	EMEDIUMTYPE     = Errno(0x7c)
	ECANCELED       = Errno(0x7d)
	ENOKEY          = Errno(0x7e)
	EKEYEXPIRED     = Errno(0x7f)
	EKEYREVOKED     = Errno(0x80)
	EKEYREJECTED    = Errno(0x81)
	EOWNERDEAD      = Errno(0x82)
	ENOTRECOVERABLE = Errno(0x83)
	ERFKILL         = Errno(0x84)
)

// errorTexts holds each error number's text, on the line of its number (line 0 is
// empty, as is the line of a number without a text); textLine reads it.
const errorTexts = `
operation not permitted
no such file or directory
no such process
interrupted system call
input/output error
no such device or address
argument list too long
exec format error
bad file descriptor
no child processes
resource temporarily unavailable
cannot allocate memory
permission denied
bad address
block device required
device or resource busy
file exists
invalid cross-device link
no such device
not a directory
is a directory
invalid argument
too many open files in system
too many open files
inappropriate ioctl for device
text file busy
file too large
no space left on device
illegal seek
read-only file system
too many links
broken pipe
numerical argument out of domain
numerical result out of range
resource deadlock avoided
file name too long
no locks available
function not implemented
directory not empty
too many levels of symbolic links

no message of desired type
identifier removed
channel number out of range
level 2 not synchronized
level 3 halted
level 3 reset
link number out of range
protocol driver not attached
no CSI structure available
level 2 halted
invalid exchange
invalid request descriptor
exchange full
no anode
invalid request code
invalid slot

bad font file format
device not a stream
no data available
timer expired
out of streams resources
machine is not on the network
package not installed
object is remote
link has been severed
advertise error
srmount error
communication error on send
protocol error
multihop attempted
RFS specific error
bad message
value too large for defined data type
name not unique on network
file descriptor in bad state
remote address changed
can not access a needed shared library
accessing a corrupted shared library
.lib section in a.out corrupted
attempting to link in too many shared libraries
cannot exec a shared library directly
invalid or incomplete multibyte or wide character
interrupted system call should be restarted
streams pipe error
too many users
socket operation on non-socket
destination address required
message too long
protocol wrong type for socket
protocol not available
protocol not supported
socket type not supported
operation not supported
protocol family not supported
address family not supported by protocol
address already in use
cannot assign requested address
network is down
network is unreachable
network dropped connection on reset
software caused connection abort
connection reset by peer
no buffer space available
transport endpoint is already connected
transport endpoint is not connected
cannot send after transport endpoint shutdown
too many references: cannot splice
connection timed out
connection refused
host is down
no route to host
operation already in progress
operation now in progress
stale NFS file handle
structure needs cleaning
not a XENIX named type file
no XENIX semaphores available
is a named type file
remote I/O error
disk quota exceeded
no medium found
wrong medium type
operation canceled
required key not available
key has expired
key has been revoked
key was rejected by service
owner died
state not recoverable
operation not possible due to RF-kill`

// Signals.
const (
	SIGHUP    = Signal(0x1)
	SIGINT    = Signal(0x2)
	SIGQUIT   = Signal(0x3)
	SIGILL    = Signal(0x4)
	SIGTRAP   = Signal(0x5)
	SIGABRT   = Signal(0x6)
	SIGBUS    = Signal(0x7)
	SIGFPE    = Signal(0x8)
	SIGKILL   = Signal(0x9)
	SIGUSR1   = Signal(0xa)
	SIGSEGV   = Signal(0xb)
	SIGUSR2   = Signal(0xc)
	SIGPIPE   = Signal(0xd)
	SIGALRM   = Signal(0xe)
	SIGTERM   = Signal(0xf)
	SIGSTKFLT = Signal(0x10)
	SIGCHLD   = Signal(0x11)
	SIGCONT   = Signal(0x12)
	SIGSTOP   = Signal(0x13)
	SIGTSTP   = Signal(0x14)
	SIGTTIN   = Signal(0x15)
	SIGTTOU   = Signal(0x16)
	SIGURG    = Signal(0x17)
	SIGXCPU   = Signal(0x18)
	SIGXFSZ   = Signal(0x19)
	SIGVTALRM = Signal(0x1a)
	SIGPROF   = Signal(0x1b)
	SIGWINCH  = Signal(0x1c)
	SIGIO     = Signal(0x1d)
	SIGPWR    = Signal(0x1e)
	SIGSYS    = Signal(0x1f)
	SIGIOT    = Signal(0x6)
	SIGPOLL   = Signal(0x1d)
	SIGUNUSED = Signal(0x1f)
)

// signalTexts holds each signal's text, on the line of its number (line 0 is
// empty, as is the line of a number without a text); textLine reads it.
const signalTexts = `
hangup
interrupt
quit
illegal instruction
trace/breakpoint trap
aborted
bus error
floating point exception
killed
user defined signal 1
segmentation fault
user defined signal 2
broken pipe
alarm clock
terminated
stack fault
child exited
continued
stopped (signal)
stopped
stopped (tty input)
stopped (tty output)
urgent I/O condition
CPU time limit exceeded
file size limit exceeded
virtual timer expired
profiling timer expired
window changed
I/O possible
power failure
bad system call`
