// This file implements reflection over maps, through the runtime's own
// map functions (runtime/map.go): iteration, lookup and length.

package reflect

import "unsafe"

// hiter is the runtime's map iteration state (runtime.hiter); only its
// first two words are read here: the current key and element, nil when
// the iteration is over.
type hiter struct {
	key  unsafe.Pointer
	elem unsafe.Pointer
	_    [7]uintptr
}

//go:linkname mapiterinit runtime.mapiterinit
func mapiterinit(t *rtype, m unsafe.Pointer, it *hiter)

//go:linkname mapiternext runtime.mapiternext
func mapiternext(it *hiter)

//go:linkname maplen runtime.maplen
func maplen(m unsafe.Pointer) int

//go:linkname mapaccess2 runtime.mapaccess2
func mapaccess2(t *rtype, m unsafe.Pointer, key unsafe.Pointer) (unsafe.Pointer, bool)

//go:linkname mapassign runtime.mapassign
func mapassign(t *rtype, m unsafe.Pointer, key unsafe.Pointer) unsafe.Pointer

//go:linkname mapdelete runtime.mapdelete
func mapdelete(t *rtype, m unsafe.Pointer, key unsafe.Pointer)

//go:linkname makemap runtime.makemap
func makemap(t *rtype, hint int) unsafe.Pointer

// A MapIter is an iterator for ranging over a map (see Value.MapRange).
type MapIter struct {
	m       Value
	it      hiter
	started bool
}

// MapRange returns a range iterator for a map:
//
//	iter := reflect.ValueOf(m).MapRange()
//	for iter.Next() {
//		k := iter.Key()
//		v := iter.Value()
//		...
//	}
func (v Value) MapRange() *MapIter {
	v.mustBe("MapRange", Map)
	return &MapIter{m: v}
}

// Next advances the iterator and reports whether there is another entry.
func (it *MapIter) Next() bool {
	if !it.started {
		it.started = true
		mapiterinit(it.m.typ, it.m.word(), &it.it)
	} else {
		if it.it.key == nil {
			panic("MapIter.Next called on exhausted iterator")
		}
		mapiternext(&it.it)
	}
	return it.it.key != nil
}

// Key returns the key of the iterator's current map entry.
func (it *MapIter) Key() Value {
	if it.it.key == nil {
		panic("MapIter.Key called before Next")
	}
	return copyValue(it.m.typ.key(), it.it.key, it.m.flag&flagRO)
}

// Value returns the value of the iterator's current map entry.
func (it *MapIter) Value() Value {
	if it.it.elem == nil {
		panic("MapIter.Value called before Next")
	}
	return copyValue(it.m.typ.elem(), it.it.elem, it.m.flag&flagRO)
}

// copyValue returns a Value holding a copy of the value of type t at p,
// so that later changes to the map do not show through it.
func copyValue(t *rtype, p unsafe.Pointer, fl flag) Value {
	c := mallocgc(t.size, t)
	memmove(c, p, t.size)
	return Value{t, c, fl}
}

// MapKeys returns the keys of a map, in unspecified order.
func (v Value) MapKeys() []Value {
	v.mustBe("MapKeys", Map)
	keys := make([]Value, 0, v.Len())
	it := v.MapRange()
	for it.Next() {
		keys = append(keys, it.Key())
	}
	return keys
}

// MapIndex returns the value associated with key in the map v, or the
// zero Value if key is not present. key must have the map's key type.
func (v Value) MapIndex(key Value) Value {
	v.mustBe("MapIndex", Map)
	k := key.converted("reflect.Value.MapIndex", v.typ.key())
	p, ok := mapaccess2(v.typ, v.word(), k)
	if !ok {
		return Value{}
	}
	return copyValue(v.typ.elem(), p, v.flag&flagRO)
}

// converted returns the address of v's value assigned to type t (a copy
// when it is converted to an interface type).
func (v Value) converted(context string, t *rtype) unsafe.Pointer {
	if v.typ == t {
		return v.ptr
	}
	p := mallocgc(t.size, t)
	v.assignTo(context, t, p)
	return p
}

// MakeMap creates a new map with the specified type.
func MakeMap(typ Type) Value {
	return MakeMapWithSize(typ, 0)
}

// MakeMapWithSize creates a new map with the specified type and initial
// space for approximately n elements.
func MakeMapWithSize(typ Type, n int) Value {
	if typ.Kind() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	box := new(unsafe.Pointer)
	*box = makemap(typ.common(), n)
	return Value{typ.common(), unsafe.Pointer(box), 0}
}

// SetMapIndex sets the element associated with key in the map v to elem.
// If elem is the zero Value, SetMapIndex deletes the key from the map.
func (v Value) SetMapIndex(key, elem Value) {
	v.mustBe("SetMapIndex", Map)
	v.mustBeExported("SetMapIndex")
	key.mustBeExported("SetMapIndex")
	k := key.converted("reflect.Value.SetMapIndex", v.typ.key())
	m := v.word()
	if elem.typ == nil {
		if m != nil {
			mapdelete(v.typ, m, k)
		}
		return
	}
	elem.mustBeExported("SetMapIndex")
	e := elem.converted("reflect.Value.SetMapIndex", v.typ.elem())
	memmove(mapassign(v.typ, m, k), e, v.typ.elem().size)
}

// Reset modifies iter to iterate over v (a map), or to be idle when v is
// the zero Value.
func (it *MapIter) Reset(v Value) {
	if v.IsValid() {
		v.mustBe("MapIter.Reset", Map)
	}
	it.m = v
	it.it = hiter{}
	it.started = false
}

// SetIterKey assigns to v the key of iter's current map entry.
func (v Value) SetIterKey(iter *MapIter) {
	v.Set(iter.Key())
}

// SetIterValue assigns to v the value of iter's current map entry.
func (v Value) SetIterValue(iter *MapIter) {
	v.Set(iter.Value())
}
