// This file implements the kernel's random bytes for crypto/rand and
// hash/maphash: getrandom(2), which blocks only until the kernel's pool is
// first initialised at boot.

package runtime

import "unsafe"

const sysGetrandom = 318

// crypto_getrandom fills up to n bytes at p from getrandom(2) and returns
// the count, or -errno (EINTR included: the caller retries).
func crypto_getrandom(p unsafe.Pointer, n int) int {
	return int(syscall6(sysGetrandom, uintptr(p), uintptr(n), 0, 0, 0, 0))
}
