// This file implements interface conversions, assertions and equality.

package runtime

import "unsafe"

// itabtype returns the concrete type of an itab (nil for a nil interface).
func itabtype(tab *itab) *_type {
	if tab == nil {
		return nil
	}
	return tab.typ
}

// An itabEntry remembers the answer for one (interface, type) pair: the
// itab, or nil and the first method the type lacks. Remembering failures
// too keeps a failing assertion from allocating every time.
type itabEntry struct {
	inter   *_type
	typ     *_type
	tab     *itab
	missing string
	next    *itabEntry
}

// itabBuckets holds the itabEntries, chained per bucket by the hash of
// their pair: a program with many types and interfaces (go/ast's nodes
// in type switches) finds one in a few steps, as in Go's itabTable. The
// buckets are a fixed array (in .bss, no bytes in the file): a program
// makes hundreds of itabs, not the thousands that would make chains long.
var itabBuckets [1024]*itabEntry

// itabBucket returns the bucket for (inter, typ).
func itabBucket(inter, typ *_type) **itabEntry {
	h := hashword(hashword(0, uintptr(unsafe.Pointer(inter))), uintptr(unsafe.Pointer(typ)))
	return &itabBuckets[h%uintptr(len(itabBuckets))]
}

// getitab finds or builds the itab for (inter, typ); it returns nil and
// the first missing method's name when typ does not implement inter.
func getitab(inter, typ *_type) (*itab, string) {
	bucket := itabBucket(inter, typ)
	for e := *bucket; e != nil; e = e.next {
		if e.inter == inter && e.typ == typ {
			return e.tab, e.missing
		}
	}
	var tab *itab
	missing := ""
	imethods := inter.imethods()
	n := len(imethods)
	for i := 0; i < n && missing == ""; i++ {
		if _, ok := findimethod(typ, &imethods[i]); !ok {
			missing = methodName(imethods[i].name())
		}
	}
	if missing == "" {
		mem := mallocgc(uintptr(16+8*n), nil)
		tab = (*itab)(mem)
		tab.inter = inter
		tab.typ = typ
		for i := 0; i < n; i++ {
			*(*unsafe.Pointer)(unsafe.Add(mem, 16+8*i)), _ = findimethod(typ, &imethods[i])
		}
	}
	*bucket = &itabEntry{inter, typ, tab, missing, *bucket}
	return tab, missing
}

// findimethod returns the code of typ's method matching interface method
// im by id and signature (signatures compare by descriptor address): an
// unexported method matches only one of the interface's own package.
// The code is nil for a method the linker pruned because nothing calls it
// through an interface: the type still has the method.
func findimethod(typ *_type, im *imethod) (unsafe.Pointer, bool) {
	methods := typ.methods()
	for j := 0; j < len(methods); j++ {
		m := &methods[j]
		if m.mtyp() == im.typ() && m.name() == im.name() {
			return m.ifn(), true
		}
	}
	return nil, false
}

// assertE2I converts a value of dynamic type typ to interface inter, or
// panics. For the empty interface the result's first word is typ itself.
func assertE2I(inter, typ *_type) unsafe.Pointer {
	if typ == nil {
		gopanic(&TypeAssertionError{nil, nil, inter, ""})
	}
	if len(inter.imethods()) == 0 {
		return unsafe.Pointer(typ)
	}
	tab, missing := getitab(inter, typ)
	if tab == nil {
		gopanic(&TypeAssertionError{nil, typ, inter, missing})
	}
	return unsafe.Pointer(tab)
}

// assertE2I2 is assertE2I for the comma-ok form: nil instead of a panic.
func assertE2I2(inter, typ *_type) unsafe.Pointer {
	if typ == nil {
		return nil
	}
	if len(inter.imethods()) == 0 {
		return unsafe.Pointer(typ)
	}
	tab, _ := getitab(inter, typ)
	return unsafe.Pointer(tab)
}

// efaceeq compares two data words of the same dynamic type t.
func efaceeq(t *_type, x, y unsafe.Pointer) bool {
	if t == nil {
		return true
	}
	if t.tflag&tflagComparable == 0 {
		gopanic(errorString("comparing uncomparable type " + t.string()))
	}
	if t.direct() {
		return x == y
	}
	return typeeq(t, x, y)
}

// cheapeq is the first pass of comparing a run of fields, or an array's
// strings, as Go's generated equality: what is cheap to compare (scalars,
// the lengths of strings) is compared for all of them before any string's
// bytes, so that values differing in a cheap part are unequal without
// reading the rest (fixedbugs/issue8606b.go: a string whose bytes cannot
// be read).
func cheapeq(t *_type, x, y unsafe.Pointer) bool {
	switch t.kind {
	case kindString:
		return len(*(*string)(x)) == len(*(*string)(y))
	case kindArray, kindStruct, kindInterface:
		return true // compared in the second pass
	}
	return typeeq(t, x, y)
}

// canpanic reports whether comparing two values of type t can panic: an
// interface may hold an uncomparable dynamic type (Go's eqCanPanic).
func canpanic(t *_type) bool {
	switch t.kind {
	case kindInterface:
		return true
	case kindArray:
		return canpanic(t.elem())
	case kindStruct:
		for i := 0; i < len(t.fields()); i++ {
			if canpanic(t.fields()[i].typ) {
				return true
			}
		}
	}
	return false
}

// fieldseq compares the fields [lo, hi) of struct type t, blank ones
// skipped, in two passes: cheapeq, then typeeq.
func fieldseq(t *_type, lo, hi int, x, y unsafe.Pointer) bool {
	for pass := 0; pass < 2; pass++ {
		for i := lo; i < hi; i++ {
			f := &t.fields()[i]
			if f.name.string() == "_" {
				continue
			}
			fx, fy := unsafe.Add(x, f.offset()), unsafe.Add(y, f.offset())
			if pass == 0 && !cheapeq(f.typ, fx, fy) || pass == 1 && !typeeq(f.typ, fx, fy) {
				return false
			}
		}
	}
	return true
}

// typeeq compares two values of type t stored at x and y.
func typeeq(t *_type, x, y unsafe.Pointer) bool {
	switch t.kind {
	case kindString:
		return eqstring(*(*string)(x), *(*string)(y))
	case kindFloat32:
		return *(*float32)(x) == *(*float32)(y)
	case kindFloat64:
		return *(*float64)(x) == *(*float64)(y)
	case kindComplex64:
		return *(*complex64)(x) == *(*complex64)(y)
	case kindComplex128:
		return *(*complex128)(x) == *(*complex128)(y)
	case kindInterface:
		a, b := (*eface)(x), (*eface)(y)
		ta, tb := a.typ, b.typ
		if len(t.imethods()) > 0 {
			ta, tb = itabtype((*itab)(unsafe.Pointer(ta))), itabtype((*itab)(unsafe.Pointer(tb)))
		}
		if ta != tb {
			return false
		}
		return efaceeq(ta, a.data, b.data)
	case kindArray:
		// Go's order (reflectdata.geneq): the lengths of all strings
		// before any string's bytes, other elements one by one.
		e := t.elem()
		for i := uintptr(0); i < t.len() && e.kind == kindString; i++ {
			if !cheapeq(e, unsafe.Add(x, i*e.size), unsafe.Add(y, i*e.size)) {
				return false
			}
		}
		for i := uintptr(0); i < t.len(); i++ {
			if !typeeq(e, unsafe.Add(x, i*e.size), unsafe.Add(y, i*e.size)) {
				return false
			}
		}
		return true
	case kindStruct:
		// Go's order (compare.EqStruct): a field whose comparison can
		// panic is compared in its place, the runs of fields between such
		// fields each by fieldseq.
		lo := 0
		for i := 0; i <= len(t.fields()); i++ {
			if i < len(t.fields()) && !canpanic(t.fields()[i].typ) {
				continue
			}
			if !fieldseq(t, lo, i, x, y) || i < len(t.fields()) && !fieldseq(t, i, i+1, x, y) {
				return false
			}
			lo = i + 1
		}
		return true
	case kindSlice, kindMap, kindFunc:
		gopanic(errorString("comparing uncomparable type " + t.string()))
	}
	return memcmp(x, y, t.size) == 0
}
