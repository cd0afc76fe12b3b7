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

// errors holds each error number's text.
var errors = [...]string{
	1:   "operation not permitted",
	2:   "no such file or directory",
	3:   "no such process",
	4:   "interrupted system call",
	5:   "input/output error",
	6:   "no such device or address",
	7:   "argument list too long",
	8:   "exec format error",
	9:   "bad file descriptor",
	10:  "no child processes",
	11:  "resource temporarily unavailable",
	12:  "cannot allocate memory",
	13:  "permission denied",
	14:  "bad address",
	15:  "block device required",
	16:  "device or resource busy",
	17:  "file exists",
	18:  "invalid cross-device link",
	19:  "no such device",
	20:  "not a directory",
	21:  "is a directory",
	22:  "invalid argument",
	23:  "too many open files in system",
	24:  "too many open files",
	25:  "inappropriate ioctl for device",
	26:  "text file busy",
	27:  "file too large",
	28:  "no space left on device",
	29:  "illegal seek",
	30:  "read-only file system",
	31:  "too many links",
	32:  "broken pipe",
	33:  "numerical argument out of domain",
	34:  "numerical result out of range",
	35:  "resource deadlock avoided",
	36:  "file name too long",
	37:  "no locks available",
	38:  "function not implemented",
	39:  "directory not empty",
	40:  "too many levels of symbolic links",
	42:  "no message of desired type",
	43:  "identifier removed",
	44:  "channel number out of range",
	45:  "level 2 not synchronized",
	46:  "level 3 halted",
	47:  "level 3 reset",
	48:  "link number out of range",
	49:  "protocol driver not attached",
	50:  "no CSI structure available",
	51:  "level 2 halted",
	52:  "invalid exchange",
	53:  "invalid request descriptor",
	54:  "exchange full",
	55:  "no anode",
	56:  "invalid request code",
	57:  "invalid slot",
	59:  "bad font file format",
	60:  "device not a stream",
	61:  "no data available",
	62:  "timer expired",
	63:  "out of streams resources",
	64:  "machine is not on the network",
	65:  "package not installed",
	66:  "object is remote",
	67:  "link has been severed",
	68:  "advertise error",
	69:  "srmount error",
	70:  "communication error on send",
	71:  "protocol error",
	72:  "multihop attempted",
	73:  "RFS specific error",
	74:  "bad message",
	75:  "value too large for defined data type",
	76:  "name not unique on network",
	77:  "file descriptor in bad state",
	78:  "remote address changed",
	79:  "can not access a needed shared library",
	80:  "accessing a corrupted shared library",
	81:  ".lib section in a.out corrupted",
	82:  "attempting to link in too many shared libraries",
	83:  "cannot exec a shared library directly",
	84:  "invalid or incomplete multibyte or wide character",
	85:  "interrupted system call should be restarted",
	86:  "streams pipe error",
	87:  "too many users",
	88:  "socket operation on non-socket",
	89:  "destination address required",
	90:  "message too long",
	91:  "protocol wrong type for socket",
	92:  "protocol not available",
	93:  "protocol not supported",
	94:  "socket type not supported",
	95:  "operation not supported",
	96:  "protocol family not supported",
	97:  "address family not supported by protocol",
	98:  "address already in use",
	99:  "cannot assign requested address",
	100: "network is down",
	101: "network is unreachable",
	102: "network dropped connection on reset",
	103: "software caused connection abort",
	104: "connection reset by peer",
	105: "no buffer space available",
	106: "transport endpoint is already connected",
	107: "transport endpoint is not connected",
	108: "cannot send after transport endpoint shutdown",
	109: "too many references: cannot splice",
	110: "connection timed out",
	111: "connection refused",
	112: "host is down",
	113: "no route to host",
	114: "operation already in progress",
	115: "operation now in progress",
	116: "stale NFS file handle",
	117: "structure needs cleaning",
	118: "not a XENIX named type file",
	119: "no XENIX semaphores available",
	120: "is a named type file",
	121: "remote I/O error",
	122: "disk quota exceeded",
	123: "no medium found",
	124: "wrong medium type",
	125: "operation canceled",
	126: "required key not available",
	127: "key has expired",
	128: "key has been revoked",
	129: "key was rejected by service",
	130: "owner died",
	131: "state not recoverable",
	132: "operation not possible due to RF-kill",
}

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

// signals holds each signal's text.
var signals = [...]string{
	1:  "hangup",
	2:  "interrupt",
	3:  "quit",
	4:  "illegal instruction",
	5:  "trace/breakpoint trap",
	6:  "aborted",
	7:  "bus error",
	8:  "floating point exception",
	9:  "killed",
	10: "user defined signal 1",
	11: "segmentation fault",
	12: "user defined signal 2",
	13: "broken pipe",
	14: "alarm clock",
	15: "terminated",
	16: "stack fault",
	17: "child exited",
	18: "continued",
	19: "stopped (signal)",
	20: "stopped",
	21: "stopped (tty input)",
	22: "stopped (tty output)",
	23: "urgent I/O condition",
	24: "CPU time limit exceeded",
	25: "file size limit exceeded",
	26: "virtual timer expired",
	27: "profiling timer expired",
	28: "window changed",
	29: "I/O possible",
	30: "power failure",
	31: "bad system call",
}
