// This file holds the kernel's structures for Linux x86-64, field by field
// as <asm/stat.h>, <linux/time.h> and <sys/resource.h> lay them out, and
// the numbers of the system calls package syscall makes.

package syscall

// System call numbers (asm/unistd_64.h).
const (
	SYS_READ           = 0
	SYS_WRITE          = 1
	SYS_OPEN           = 2
	SYS_CLOSE          = 3
	SYS_STAT           = 4
	SYS_FSTAT          = 5
	SYS_LSTAT          = 6
	SYS_POLL           = 7
	SYS_LSEEK          = 8
	SYS_MMAP           = 9
	SYS_MPROTECT       = 10
	SYS_MUNMAP         = 11
	SYS_RT_SIGACTION   = 13
	SYS_RT_SIGPROCMASK = 14
	SYS_PREAD64        = 17
	SYS_PWRITE64       = 18
	SYS_ACCESS         = 21
	SYS_PIPE           = 22
	SYS_SCHED_YIELD    = 24
	SYS_MSYNC          = 26
	SYS_MADVISE        = 28
	SYS_DUP            = 32
	SYS_DUP2           = 33
	SYS_NANOSLEEP      = 35
	SYS_GETPID         = 39
	SYS_FORK           = 57
	SYS_EXECVE         = 59
	SYS_EXIT           = 60
	SYS_WAIT4          = 61
	SYS_KILL           = 62
	SYS_UNAME          = 63
	SYS_FCNTL          = 72
	SYS_FSYNC          = 74
	SYS_TRUNCATE       = 76
	SYS_FTRUNCATE      = 77
	SYS_GETDENTS       = 78
	SYS_GETCWD         = 79
	SYS_CHDIR          = 80
	SYS_FCHDIR         = 81
	SYS_RENAME         = 82
	SYS_MKDIR          = 83
	SYS_RMDIR          = 84
	SYS_LINK           = 86
	SYS_UNLINK         = 87
	SYS_SYMLINK        = 88
	SYS_READLINK       = 89
	SYS_CHMOD          = 90
	SYS_FCHMOD         = 91
	SYS_CHOWN          = 92
	SYS_FCHOWN         = 93
	SYS_LCHOWN         = 94
	SYS_UMASK          = 95
	SYS_GETUID         = 102
	SYS_GETGID         = 104
	SYS_SETUID         = 105
	SYS_SETGID         = 106
	SYS_GETEUID        = 107
	SYS_GETEGID        = 108
	SYS_SETPGID        = 109
	SYS_GETPPID        = 110
	SYS_SETSID         = 112
	SYS_GETGROUPS      = 115
	SYS_GETPGID        = 121
	SYS_MLOCK          = 149
	SYS_MUNLOCK        = 150
	SYS_MLOCKALL       = 151
	SYS_MUNLOCKALL     = 152
	SYS_GETDENTS64     = 217
	SYS_CLOCK_GETTIME  = 228
	SYS_EXIT_GROUP     = 231
	SYS_OPENAT         = 257
	SYS_MKDIRAT        = 258
	SYS_MKNODAT        = 259
	SYS_FCHOWNAT       = 260
	SYS_NEWFSTATAT     = 262
	SYS_UNLINKAT       = 263
	SYS_RENAMEAT       = 264
	SYS_LINKAT         = 265
	SYS_SYMLINKAT      = 266
	SYS_READLINKAT     = 267
	SYS_FCHMODAT       = 268
	SYS_FACCESSAT      = 269
	SYS_UTIMENSAT      = 280
	SYS_DUP3           = 292
	SYS_PIPE2          = 293
	SYS_GETRANDOM      = 318
)

// open(2) flags, *at(2) flags, file types and modes.
const (
	O_RDONLY    = 0x0
	O_WRONLY    = 0x1
	O_RDWR      = 0x2
	O_ACCMODE   = 0x3
	O_CREAT     = 0x40
	O_EXCL      = 0x80
	O_NOCTTY    = 0x100
	O_TRUNC     = 0x200
	O_APPEND    = 0x400
	O_NONBLOCK  = 0x800
	O_NDELAY    = 0x800
	O_DSYNC     = 0x1000
	O_ASYNC     = 0x2000
	O_DIRECT    = 0x4000
	O_LARGEFILE = 0x0
	O_DIRECTORY = 0x10000
	O_NOFOLLOW  = 0x20000
	O_NOATIME   = 0x40000
	O_CLOEXEC   = 0x80000
	O_SYNC      = 0x101000
	O_RSYNC     = 0x101000
	O_FSYNC     = 0x101000

	AT_FDCWD            = -0x64
	AT_REMOVEDIR        = 0x200
	AT_SYMLINK_NOFOLLOW = 0x100
	AT_SYMLINK_FOLLOW   = 0x400
	AT_EACCESS          = 0x200

	S_IFMT   = 0xf000
	S_IFBLK  = 0x6000
	S_IFCHR  = 0x2000
	S_IFDIR  = 0x4000
	S_IFIFO  = 0x1000
	S_IFLNK  = 0xa000
	S_IFREG  = 0x8000
	S_IFSOCK = 0xc000
	S_ISGID  = 0x400
	S_ISUID  = 0x800
	S_ISVTX  = 0x200
	S_IRUSR  = 0x100
	S_IWUSR  = 0x80
	S_IXUSR  = 0x40
	S_IRWXU  = 0x1c0

	DT_UNKNOWN = 0x0
	DT_FIFO    = 0x1
	DT_CHR     = 0x2
	DT_DIR     = 0x4
	DT_BLK     = 0x6
	DT_REG     = 0x8
	DT_LNK     = 0xa
	DT_SOCK    = 0xc

	F_GETFD    = 0x1
	F_SETFD    = 0x2
	F_GETFL    = 0x3
	F_SETFL    = 0x4
	FD_CLOEXEC = 0x1

	SEEK_SET = 0x0
	SEEK_CUR = 0x1
	SEEK_END = 0x2

	WNOHANG    = 0x1
	WUNTRACED  = 0x2
	WCONTINUED = 0x8

	ImplementationString = "gominic"
	PathMax              = 0x1000
)

type Timespec struct {
	Sec  int64
	Nsec int64
}

type Timeval struct {
	Sec  int64
	Usec int64
}

// Unix returns the time stored in ts as seconds plus nanoseconds.
func (ts *Timespec) Unix() (sec int64, nsec int64) { return ts.Sec, ts.Nsec }

// Nano returns the time stored in ts as nanoseconds.
func (ts *Timespec) Nano() int64 { return ts.Sec*1e9 + ts.Nsec }

// Unix returns the time stored in tv as seconds plus nanoseconds.
func (tv *Timeval) Unix() (sec int64, nsec int64) { return tv.Sec, tv.Usec * 1000 }

// Nano returns the time stored in tv as nanoseconds.
func (tv *Timeval) Nano() int64 { return tv.Sec*1e9 + tv.Usec*1000 }

// NsecToTimespec converts a number of nanoseconds into a Timespec.
func NsecToTimespec(nsec int64) Timespec { return Timespec{Sec: nsec / 1e9, Nsec: nsec % 1e9} }

// NsecToTimeval converts a number of nanoseconds into a Timeval.
func NsecToTimeval(nsec int64) Timeval {
	nsec += 999 // round up to microsecond
	return Timeval{Sec: nsec / 1e9, Usec: nsec % 1e9 / 1e3}
}

// TimespecToNsec returns the time stored in ts as nanoseconds.
func TimespecToNsec(ts Timespec) int64 { return ts.Nano() }

// TimevalToNsec returns the time stored in tv as nanoseconds.
func TimevalToNsec(tv Timeval) int64 { return tv.Nano() }

type Stat_t struct {
	Dev       uint64
	Ino       uint64
	Nlink     uint64
	Mode      uint32
	Uid       uint32
	Gid       uint32
	X__pad0   int32
	Rdev      uint64
	Size      int64
	Blksize   int64
	Blocks    int64
	Atim      Timespec
	Mtim      Timespec
	Ctim      Timespec
	X__unused [3]int64
}

type Rusage struct {
	Utime    Timeval
	Stime    Timeval
	Maxrss   int64
	Ixrss    int64
	Idrss    int64
	Isrss    int64
	Minflt   int64
	Majflt   int64
	Nswap    int64
	Inblock  int64
	Oublock  int64
	Msgsnd   int64
	Msgrcv   int64
	Nsignals int64
	Nvcsw    int64
	Nivcsw   int64
}

type Utsname struct {
	Sysname    [65]int8
	Nodename   [65]int8
	Release    [65]int8
	Version    [65]int8
	Machine    [65]int8
	Domainname [65]int8
}
