// This file implements the poller's kernel side on Linux: epoll(7).
//
// Every registered descriptor is watched for input, output, hang-up and
// errors, edge-triggered (EPOLLET): the kernel reports a change once, and
// netpollready remembers it for the next wait (netpoll.go). The event's
// data word holds the descriptor's *pollDesc, which allpolls keeps alive.

package runtime

import "unsafe"

const (
	sysEpollWait   = 232
	sysEpollCtl    = 233
	sysEpollCreate = 291 // epoll_create1

	_EPOLLIN       = 0x1
	_EPOLLOUT      = 0x4
	_EPOLLERR      = 0x8
	_EPOLLHUP      = 0x10
	_EPOLLRDHUP    = 0x2000
	_EPOLLET       = 0x80000000
	_EPOLL_CLOEXEC = 0x80000

	_EPOLL_CTL_ADD = 1
	_EPOLL_CTL_DEL = 2
)

// epollevent is the kernel's struct epoll_event, packed on amd64: the
// data word is not aligned.
type epollevent struct {
	events uint32
	data   [8]byte
}

// netpollinit makes the epoll instance; it returns 0 or an errno.
func netpollinit() int {
	fd := int(syscall6(sysEpollCreate, _EPOLL_CLOEXEC, 0, 0, 0, 0, 0))
	if fd < 0 {
		return -fd
	}
	netpollfd = fd
	return 0
}

// netpollopen watches fd for pd; it returns 0 or an errno.
func netpollopen(fd uintptr, pd *pollDesc) int {
	ev := epollevent{events: _EPOLLIN | _EPOLLOUT | _EPOLLRDHUP | _EPOLLET}
	*(**pollDesc)(unsafe.Pointer(&ev.data)) = pd
	return -int(syscall6(sysEpollCtl, uintptr(netpollfd), _EPOLL_CTL_ADD, fd, uintptr(unsafe.Pointer(&ev)), 0, 0))
}

// netpollclose stops watching fd.
func netpollclose(fd uintptr) {
	var ev epollevent
	syscall6(sysEpollCtl, uintptr(netpollfd), _EPOLL_CTL_DEL, fd, uintptr(unsafe.Pointer(&ev)), 0, 0)
}

// netpollEvents is epoll_wait's buffer (a global: a local whose address
// goes to the kernel would be moved to the heap).
var netpollEvents [128]epollevent

// netpoll asks the kernel which descriptors are ready, waiting at most
// delay nanoseconds (forever when delay < 0; not at all when 0), and
// readies the goroutines waiting for them.
func netpoll(delay int64) {
	var ms int
	switch {
	case delay < 0:
		ms = -1
	case delay == 0:
		ms = 0
	case delay < 1000000:
		ms = 1
	case delay < 1000000*1000000000:
		ms = int(delay / 1000000)
	default:
		ms = 1000000000 // about a week and a half: the caller polls again
	}
	n := int(syscall6(sysEpollWait, uintptr(netpollfd), uintptr(unsafe.Pointer(&netpollEvents[0])), uintptr(len(netpollEvents)), uintptr(ms), 0, 0))
	lastpoll = nanotime()
	for i := 0; i < n; i++ {
		ev := &netpollEvents[i]
		mode := 0
		if ev.events&(_EPOLLIN|_EPOLLRDHUP|_EPOLLHUP|_EPOLLERR) != 0 {
			mode += 'r'
		}
		if ev.events&(_EPOLLOUT|_EPOLLHUP|_EPOLLERR) != 0 {
			mode += 'w'
		}
		if mode != 0 {
			netpollready(*(**pollDesc)(unsafe.Pointer(&ev.data)), mode)
		}
	}
}
