// This file implements the relations between types that the Go spec
// defines: identity, assignability, implementation and convertibility
// (Go spec, "Type identity", "Assignability", "Conversions").
//
// Named types are identical only to themselves, and the compiler emits
// one descriptor per type, so for them identity is pointer equality. An
// unnamed type built at run time (SliceOf, FuncOf, ...) may have no
// compiler twin, so unnamed types are compared by structure.

package reflect

// Implements reports whether t implements the interface type u.
func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return implements(u.common(), t)
}

// AssignableTo reports whether a value of type t is assignable to type u.
func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	uu := u.common()
	return directlyAssignable(uu, t) || implements(uu, t)
}

// ConvertibleTo reports whether a value of type t is convertible to type u.
func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	return convertible(u.common(), t)
}

// implements reports whether type v implements interface type t: every
// method of t is in v's method set (for an interface v, among its
// methods), with the same name and signature. Both lists are sorted by
// name, so one pass suffices.
func implements(t, v *rtype) bool {
	if t.Kind() != Interface {
		return false
	}
	imethods := t.imethods()
	if len(imethods) == 0 {
		return true
	}
	j := 0
	if v.Kind() == Interface {
		vmethods := v.imethods()
		for i := range imethods {
			for j < len(vmethods) && vmethods[j].name() != imethods[i].name() {
				j++
			}
			if j == len(vmethods) || !identical(vmethods[j].typ(), imethods[i].typ(), true) {
				return false
			}
		}
		return true
	}
	methods := v.methods()
	for i := range imethods {
		for j < len(methods) && methods[j].name() != imethods[i].name() {
			j++
		}
		// A nil signature: the linker pruned a method no one can call.
		if j == len(methods) || methods[j].mtyp() == nil || !identical(methods[j].mtyp(), imethods[i].typ(), true) {
			return false
		}
	}
	return true
}

// directlyAssignable reports whether a value of type v can be assigned
// to a variable of type t without an interface conversion.
func directlyAssignable(t, v *rtype) bool {
	if t == v {
		return true
	}
	if t.tflag&tflagNamed != 0 && v.tflag&tflagNamed != 0 || t.Kind() != v.Kind() {
		return false
	}
	if t.Kind() == Chan && v.len() == 0 && identical(t.elem(), v.elem(), true) {
		return true // a bidirectional channel is assignable to a directional one
	}
	return haveIdenticalUnderlyingType(t, v, true)
}

// identical reports whether t and v are the same type.
func identical(t, v *rtype, cmpTags bool) bool {
	if t == v {
		return true
	}
	if t.tflag&tflagNamed != 0 || v.tflag&tflagNamed != 0 {
		return false
	}
	return haveIdenticalUnderlyingType(t, v, cmpTags)
}

// haveIdenticalUnderlyingType compares the structure of t and v.
func haveIdenticalUnderlyingType(t, v *rtype, cmpTags bool) bool {
	if t == v {
		return true
	}
	k := t.Kind()
	if k != v.Kind() {
		return false
	}
	if Bool <= k && k <= Complex128 || k == String || k == UnsafePointer {
		return true
	}
	switch k {
	case Array:
		return t.len() == v.len() && identical(t.elem(), v.elem(), cmpTags)
	case Chan:
		return t.len() == v.len() && identical(t.elem(), v.elem(), cmpTags)
	case Pointer, Slice:
		return identical(t.elem(), v.elem(), cmpTags)
	case Map:
		return identical(t.key(), v.key(), cmpTags) && identical(t.elem(), v.elem(), cmpTags)
	case Func:
		if t.nin() != v.nin() || t.tflag&tflagVariadic != v.tflag&tflagVariadic {
			return false
		}
		return sameParams(t, v, cmpTags)
	case Interface:
		return sameMethods(t, v, cmpTags)
	case Struct:
		return sameFields(t, v, cmpTags) && (t.pkgpath() == v.pkgpath() || allExported(t))
	}
	return false
}

// sameParams compares the parameter and result types of two func types.
func sameParams(t, v *rtype, cmpTags bool) bool {
	if len(t.params()) != len(v.params()) {
		return false
	}
	for i, p := range t.params() {
		if !identical(p, v.params()[i], cmpTags) {
			return false
		}
	}
	return true
}

// sameMethods compares the method lists of two interface types.
func sameMethods(t, v *rtype, cmpTags bool) bool {
	if len(t.imethods()) != len(v.imethods()) {
		return false
	}
	for i := range t.imethods() {
		m, n := &t.imethods()[i], &v.imethods()[i]
		if m.name() != n.name() || !identical(m.typ(), n.typ(), cmpTags) {
			return false
		}
	}
	return true
}

// sameFields compares the field lists of two struct types.
func sameFields(t, v *rtype, cmpTags bool) bool {
	if len(t.fields()) != len(v.fields()) {
		return false
	}
	for i := range t.fields() {
		f, g := &t.fields()[i], &v.fields()[i]
		if f.name.string() != g.name.string() || !identical(f.typ, g.typ, cmpTags) || f.offsetEmbed != g.offsetEmbed ||
			cmpTags && t.tag(i) != v.tag(i) {
			return false
		}
	}
	return true
}

// allExported reports whether all of struct type t's fields are exported.
func allExported(t *rtype) bool {
	for i := range t.fields() {
		if !isExported(t.fields()[i].name.string()) {
			return false
		}
	}
	return true
}

// convertible reports whether a value of type src converts to type dst
// (Go spec, "Conversions"), the rule Value.Convert implements.
func convertible(dst, src *rtype) bool {
	sk, dk := src.Kind(), dst.Kind()
	switch {
	case isNumeric(sk) && isNumeric(dk):
		return true
	case isComplex(sk) && isComplex(dk):
		return true
	case dk == String && (isInteger(sk) || sk == Slice && isByteOrRune(src.elem())):
		return true
	case sk == String && dk == Slice && isByteOrRune(dst.elem()):
		return true
	case sk == Slice && dk == Pointer && dst.elem().Kind() == Array && identical(dst.elem().elem(), src.elem(), false):
		return true
	}
	if haveIdenticalUnderlyingType(dst, src, false) {
		return true
	}
	if dk == Pointer && dst.tflag&tflagNamed == 0 && sk == Pointer && src.tflag&tflagNamed == 0 &&
		haveIdenticalUnderlyingType(dst.elem(), src.elem(), false) {
		return true
	}
	return directlyAssignable(dst, src) || implements(dst, src)
}

func isInteger(k Kind) bool { return Int <= k && k <= Uintptr }

func isNumeric(k Kind) bool { return Int <= k && k <= Float64 }

func isComplex(k Kind) bool { return k == Complex64 || k == Complex128 }

// isByteOrRune reports whether t's kind is uint8 or int32, the element
// kinds of slices that convert to and from strings.
func isByteOrRune(t *rtype) bool {
	return t.Kind() == Uint8 || t.Kind() == Int32
}
