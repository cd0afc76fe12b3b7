// Package subtle tells the cipher packages whether two buffers share
// memory: encrypting in place (dst and src the same slice) is allowed,
// but a partial overlap would read bytes already overwritten, so the
// ciphers refuse it.
package subtle

import "unsafe"

// AnyOverlap reports whether x and y share any memory.
func AnyOverlap(x, y []byte) bool {
	if len(x) == 0 || len(y) == 0 {
		return false
	}
	xFirst, xLast := address(&x[0]), address(&x[len(x)-1])
	yFirst, yLast := address(&y[0]), address(&y[len(y)-1])
	return xFirst <= yLast && yFirst <= xLast
}

// InexactOverlap reports whether x and y share memory at different
// offsets: they overlap but do not start at the same byte.
func InexactOverlap(x, y []byte) bool {
	if len(x) == 0 || len(y) == 0 || &x[0] == &y[0] {
		return false
	}
	return AnyOverlap(x, y)
}

func address(p *byte) uintptr {
	return uintptr(unsafe.Pointer(p))
}
