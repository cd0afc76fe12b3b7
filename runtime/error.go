// This file implements run-time errors: the values the runtime panics with,
// with Go's exact messages.

package runtime

import "unsafe"

// Error identifies a run-time error.
type Error interface {
	error
	RuntimeError()
}

// plainError is a run-time error whose message has no "runtime error: " prefix.
type plainError string

func (e plainError) RuntimeError() {}
func (e plainError) Error() string { return string(e) }

// errorString is a run-time error: the one type Go's runtime panics with
// for most of them, so %T of a recovered one is Go's runtime.errorString.
type errorString string

func (e errorString) RuntimeError() {}
func (e errorString) Error() string { return "runtime error: " + string(e) }

// The errors of integer division and of math/bits (which links them, as
// Go's does).
var (
	divideError   = error(errorString("integer divide by zero"))
	overflowError = error(errorString("integer overflow"))
)

// An errorAddressString is a fault's error that knows the address
// (after debug.SetPanicOnFault): Addr tells it.
type errorAddressString struct {
	msg  string
	addr uintptr
}

func (e errorAddressString) RuntimeError() {}
func (e errorAddressString) Error() string { return "runtime error: " + e.msg }

// Addr returns the address where the fault happened.
func (e errorAddressString) Addr() uintptr { return e.addr }

// A boundsError is an index or slice expression out of range.
type boundsError struct {
	x      int64
	y      int
	signed bool
	code   uint8
}

const (
	boundsIndex = iota
	boundsSliceAlen
	boundsSliceAcap
	boundsSliceB
	boundsSlice3Alen
	boundsSlice3Acap
	boundsSlice3B
	boundsSlice3C
	boundsConvert // (*[y]T)(s) with len(s) == x < y
)

func (e boundsError) RuntimeError() {}

func (e boundsError) Error() string {
	x := itoa(e.x)
	if !e.signed {
		x = utoa(uint64(e.x))
	}
	if e.signed && e.x < 0 {
		// A negative index is out of range whatever the bound: Go does
		// not print the bound (boundsNegErrorFmt).
		return "runtime error: " + boundsNegErrorText(e.code, x)
	}
	y := itoa(int64(e.y))
	switch e.code {
	case boundsIndex:
		return "runtime error: index out of range [" + x + "] with length " + y
	case boundsSliceAlen:
		return "runtime error: slice bounds out of range [:" + x + "] with length " + y
	case boundsSliceAcap:
		return "runtime error: slice bounds out of range [:" + x + "] with capacity " + y
	case boundsSliceB:
		return "runtime error: slice bounds out of range [" + x + ":" + y + "]"
	case boundsSlice3Alen:
		return "runtime error: slice bounds out of range [::" + x + "] with length " + y
	case boundsSlice3Acap:
		return "runtime error: slice bounds out of range [::" + x + "] with capacity " + y
	case boundsSlice3B:
		return "runtime error: slice bounds out of range [:" + x + ":" + y + "]"
	case boundsSlice3C:
		return "runtime error: slice bounds out of range [" + x + ":" + y + ":]"
	}
	return "runtime error: cannot convert slice with length " + x + " to pointer to array with length " + y
}

func boundsNegErrorText(code uint8, x string) string {
	switch code {
	case boundsIndex:
		return "index out of range [" + x + "]"
	case boundsSliceAlen, boundsSliceAcap:
		return "slice bounds out of range [:" + x + "]"
	case boundsSliceB:
		return "slice bounds out of range [" + x + ":]"
	case boundsSlice3Alen, boundsSlice3Acap:
		return "slice bounds out of range [::" + x + "]"
	case boundsSlice3B:
		return "slice bounds out of range [:" + x + ":]"
	}
	return "slice bounds out of range [" + x + "::]"
}

func itoa(v int64) string {
	if v < 0 {
		return "-" + utoa(uint64(-v))
	}
	return utoa(uint64(v))
}

func utoa(u uint64) string {
	if u == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	for u > 0 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	return string(buf[i:])
}

func panicIndex(x int64, y int)     { gopanic(boundsError{x, y, true, boundsIndex}) }
func panicSliceAlen(x int64, y int) { gopanic(boundsError{x, y, true, boundsSliceAlen}) }
func panicSliceAcap(x int64, y int) { gopanic(boundsError{x, y, true, boundsSliceAcap}) }

// panicSliceB reports s[x:y] with x > y: Go prints the low bound first.
func panicSliceB(x int64, y int)     { gopanic(boundsError{x, y, true, boundsSliceB}) }
func panicSlice3Alen(x int64, y int) { gopanic(boundsError{x, y, true, boundsSlice3Alen}) }
func panicSlice3Acap(x int64, y int) { gopanic(boundsError{x, y, true, boundsSlice3Acap}) }
func panicSlice3B(x int64, y int)    { gopanic(boundsError{x, y, true, boundsSlice3B}) }
func panicSlice3C(x int64, y int)    { gopanic(boundsError{x, y, true, boundsSlice3C}) }

// The U forms report an index of an unsigned type, printed as unsigned
// (an index of 1<<64-1 is not -1).
func panicIndexU(x int64, y int)      { gopanic(boundsError{x, y, false, boundsIndex}) }
func panicSliceAlenU(x int64, y int)  { gopanic(boundsError{x, y, false, boundsSliceAlen}) }
func panicSliceAcapU(x int64, y int)  { gopanic(boundsError{x, y, false, boundsSliceAcap}) }
func panicSliceBU(x int64, y int)     { gopanic(boundsError{x, y, false, boundsSliceB}) }
func panicSlice3AlenU(x int64, y int) { gopanic(boundsError{x, y, false, boundsSlice3Alen}) }
func panicSlice3AcapU(x int64, y int) { gopanic(boundsError{x, y, false, boundsSlice3Acap}) }
func panicSlice3BU(x int64, y int)    { gopanic(boundsError{x, y, false, boundsSlice3B}) }
func panicSlice3CU(x int64, y int)    { gopanic(boundsError{x, y, false, boundsSlice3C}) }

func panicSliceConvert(x int64, y int) { gopanic(boundsError{x, y, true, boundsConvert}) }

// unsafeslicecheck validates unsafe.Slice(p, n) for elements of elemSize bytes.
func unsafeslicecheck(p unsafe.Pointer, elemSize uintptr, n int) {
	if n < 0 || elemSize > 0 && uintptr(n) > maxAlloc/elemSize {
		gopanic(errorString("unsafe.Slice: len out of range"))
	}
	if p == nil && n > 0 {
		gopanic(errorString("unsafe.Slice: ptr is nil and len is not zero"))
	}
	if uintptr(n)*elemSize > -uintptr(p) && p != nil { // the memory must not wrap around
		gopanic(errorString("unsafe.Slice: len out of range"))
	}
}

func panicdivide() { gopanic(divideError) }
func panicshift()  { gopanic(errorString("negative shift amount")) }

func panicmakeslicelen() { gopanic(errorString("makeslice: len out of range")) }
func panicmakeslicecap() { gopanic(errorString("makeslice: cap out of range")) }
func panicgrowslice()    { gopanic(errorString("growslice: cap out of range")) }

// panicwrap reports a value method called through a nil pointer (the
// compiler's (*T).M wrapper checks).
func panicwrap(pkg, typ, meth string) {
	gopanic(plainError("value method " + pkg + "." + typ + "." + meth + " called using nil *" + typ + " pointer"))
}

// A TypeAssertionError is a failed type assertion.
type TypeAssertionError struct {
	iface   *_type
	have    *_type
	want    *_type
	missing string
}

func (e *TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string {
	inter := "interface"
	if e.iface != nil {
		inter = e.iface.string()
	}
	if e.have == nil {
		return "interface conversion: " + inter + " is nil, not " + e.want.string()
	}
	if e.missing == "" {
		msg := "interface conversion: " + inter + " is " + e.have.string() + ", not " + e.want.string()
		if e.have.string() == e.want.string() {
			// Two types spelled alike: say why they differ, as Go does.
			if e.have.pkgpath() != e.want.pkgpath() {
				msg += " (types from different packages)"
			} else {
				msg += " (types from different scopes)"
			}
		}
		return msg
	}
	return "interface conversion: " + e.have.string() + " is not " + e.want.string() + ": missing method " + e.missing
}

func panicdottype(have, want, iface *_type) {
	gopanic(&TypeAssertionError{iface, have, want, ""})
}
