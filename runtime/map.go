// This file implements Go maps: a hash table with chained entries.
//
// Keys are hashed and compared through their type descriptors (typehash,
// typeeq), so one implementation serves every key type. The table doubles
// when it holds more entries than buckets. Growing copies the entries into
// new ones, leaving the old chains intact, so an iteration in progress
// stays valid; deleted entries are marked, so an iterator skips them
// (deleting during a range loop is safe, Go spec "For statements").

package runtime

import "unsafe"

type hmap struct {
	count   int
	buckets []*mapentry
	typ     *_type // the map type: key and elem descriptors
	keyoff  uintptr
	elemoff uintptr
}

type mapentry struct {
	next    *mapentry
	hash    uintptr
	deleted bool
	// key and elem follow at keyoff and elemoff
}

// hiter is the iteration state; the compiler reserves 9 words for it and
// reads key and elem (nil when the iteration is over).
type hiter struct {
	key     unsafe.Pointer
	elem    unsafe.Pointer
	h       *hmap
	buckets []*mapentry // the array the walk began on (a grow replaces h's)
	bucket  int         // the bucket being walked, counted from the first one
	end     int         // the first bucket plus len(buckets): where the walk stops
	next    *mapentry
}

var zeroVal [1024]byte

func alignUp(n, a uintptr) uintptr {
	return (n + a - 1) &^ (a - 1)
}

func makemap(t *_type, hint int) *hmap {
	h := &hmap{typ: t}
	h.keyoff = alignUp(unsafe.Sizeof(mapentry{}), 8)
	h.elemoff = alignUp(h.keyoff+t.key().size, 8)
	n := 8
	for n < hint {
		n *= 2
	}
	h.buckets = make([]*mapentry, n)
	return h
}

func (h *hmap) keyptr(e *mapentry) unsafe.Pointer {
	return unsafe.Add(unsafe.Pointer(e), h.keyoff)
}

func (h *hmap) elemptr(e *mapentry) unsafe.Pointer {
	return unsafe.Add(unsafe.Pointer(e), h.elemoff)
}

func (h *hmap) find(key unsafe.Pointer, hash uintptr) *mapentry {
	kt := h.typ.key()
	for e := h.buckets[hash&uintptr(len(h.buckets)-1)]; e != nil; e = e.next {
		if e.hash == hash && typeeq(kt, h.keyptr(e), key) {
			return e
		}
	}
	return nil
}

func zeroPtr(size uintptr) unsafe.Pointer {
	if size <= uintptr(len(zeroVal)) {
		return unsafe.Pointer(&zeroVal[0])
	}
	return mallocnoscan(size)
}

func mapaccess1(t *_type, h *hmap, key unsafe.Pointer) unsafe.Pointer {
	p, _ := mapaccess2(t, h, key)
	return p
}

func mapaccess2(t *_type, h *hmap, key unsafe.Pointer) (unsafe.Pointer, bool) {
	if h == nil || h.count == 0 {
		typehash(t.key(), key)
		return zeroPtr(t.elem().size), false
	}
	e := h.find(key, typehash(t.key(), key))
	if e == nil {
		return zeroPtr(t.elem().size), false
	}
	return h.elemptr(e), true
}

func mapassign(t *_type, h *hmap, key unsafe.Pointer) unsafe.Pointer {
	if h == nil {
		gopanic(plainError("assignment to entry in nil map"))
	}
	hash := typehash(t.key(), key)
	if e := h.find(key, hash); e != nil {
		// The new key replaces the equal old one, as in Go: their bytes
		// may differ (+0 and -0, two strings' data), and the map must not
		// keep the old one's alive.
		memmove(h.keyptr(e), key, t.key().size)
		return h.elemptr(e)
	}
	if h.count >= len(h.buckets) {
		h.grow()
	}
	e := h.newentry()
	e.hash = hash
	memmove(h.keyptr(e), key, t.key().size)
	b := hash & uintptr(len(h.buckets)-1)
	e.next = h.buckets[b]
	h.buckets[b] = e
	h.count++
	return h.elemptr(e)
}

// newentry allocates an entry whose heap bits are those of its key's and
// element's types (and its next pointer's): the collector scans it as
// precisely as the values it holds, so a uintptr element keeps nothing
// alive (internal/intern keeps its Values' addresses so, to let them die).
func (h *hmap) newentry() *mapentry {
	size := h.elemoff + h.typ.elem().size
	e := mallocgc(size, nil)
	p := uintptr(e)
	setHeapBits(p+8, (size+7)/8-1, false)
	if kt := h.typ.key(); kt.ptrdata != 0 {
		writeTypeBits(p+h.keyoff, kt)
	}
	if et := h.typ.elem(); et.ptrdata != 0 {
		writeTypeBits(p+h.elemoff, et)
	}
	return (*mapentry)(e)
}

// grow doubles the bucket array, copying every entry.
func (h *hmap) grow() {
	old := h.buckets
	h.buckets = make([]*mapentry, 2*len(old))
	size := h.elemoff + h.typ.elem().size
	for _, e := range old {
		for ; e != nil; e = e.next {
			c := h.newentry()
			memmove(unsafe.Pointer(c), unsafe.Pointer(e), size)
			b := c.hash & uintptr(len(h.buckets)-1)
			c.next = h.buckets[b]
			h.buckets[b] = c
		}
	}
}

func mapdelete(t *_type, h *hmap, key unsafe.Pointer) {
	hash := typehash(t.key(), key) // first: an unhashable key panics even in an empty map
	if h == nil || h.count == 0 {
		return
	}
	b := hash & uintptr(len(h.buckets)-1)
	var prev *mapentry
	for e := h.buckets[b]; e != nil; e = e.next {
		if e.hash == hash && typeeq(t.key(), h.keyptr(e), key) {
			if prev == nil {
				h.buckets[b] = e.next
			} else {
				prev.next = e.next
			}
			e.deleted = true
			h.count--
			return
		}
		prev = e
	}
}

func maplen(h *hmap) int {
	if h == nil {
		return 0
	}
	return h.count
}

func mapiterinit(t *_type, h *hmap, it *hiter) {
	it.h = h
	if h == nil || h.count == 0 {
		it.key = nil
		return
	}
	// The walk starts at a random bucket, as Go's does: no program comes to
	// rely on an order, and the idiom that deletes one entry per range
	// loop (for k := range m { delete(m, k); break }) does not walk again,
	// each time, the buckets it emptied (Go's test/maplinear.go).
	first := int(fastrandn(uint32(len(h.buckets))))
	it.buckets = h.buckets
	it.bucket = first - 1
	it.end = first + len(h.buckets)
	it.next = nil
	mapiternext(it)
}

func mapiternext(it *hiter) {
	h := it.h
	for {
		for it.next == nil {
			it.bucket++
			if it.bucket >= it.end {
				it.key = nil
				it.elem = nil
				return
			}
			it.next = it.buckets[it.bucket&(len(it.buckets)-1)]
		}
		e := it.next
		it.next = e.next
		if e.deleted {
			continue
		}
		// After a grow the entry may have moved: use the live copy.
		if len(h.buckets) != len(it.buckets) {
			live := h.find(h.keyptr(e), e.hash)
			if live == nil {
				continue
			}
			e = live
		}
		it.key = h.keyptr(e)
		it.elem = h.elemptr(e)
		return
	}
}

// typehash hashes the value of type t at p. A bucket is chosen by the
// hash's low bits, which the word mixing below leaves weak: the last step
// spreads every bit over them (MurmurHash3's finalizer, halved).
func typehash(t *_type, p unsafe.Pointer) uintptr {
	h := typehashseed(t, p, 14695981039346656037)
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	return h ^ h>>33
}

// hashword mixes one word into the hash: xor it in, multiply by an odd
// constant (2^64 over the golden ratio), which carries each bit into all
// those above it, and rotate, which brings the high bits back down.
func hashword(h, w uintptr) uintptr {
	h = (h ^ w) * 0x9e3779b97f4a7c15
	return h<<29 | h>>35
}

// hashbytes mixes the n bytes at p into h, eight at a time, the last
// few as one word.
func hashbytes(h uintptr, p unsafe.Pointer, n uintptr) uintptr {
	for ; n >= 8; n -= 8 {
		h = hashword(h, *(*uintptr)(p))
		p = unsafe.Add(p, 8)
	}
	if n > 0 {
		var w uintptr
		for i := uintptr(0); i < n; i++ {
			w |= uintptr(*(*byte)(unsafe.Add(p, i))) << (8 * i)
		}
		h = hashword(h, w)
	}
	return h
}

func typehashseed(t *_type, p unsafe.Pointer, h uintptr) uintptr {
	switch t.kind {
	case kindString:
		// The length first: without it, struct{a, b string} would hash
		// {"ab", "c"} and {"a", "bc"} alike.
		s := *(*string)(p)
		return hashbytes(hashword(h, uintptr(len(s))), stringptr(s), uintptr(len(s)))
	case kindFloat32:
		return hashfloat32(h, p)
	case kindFloat64:
		return hashfloat64(h, p)
	case kindComplex64:
		return hashfloat32(hashfloat32(h, p), unsafe.Add(p, 4))
	case kindComplex128:
		return hashfloat64(hashfloat64(h, p), unsafe.Add(p, 8))
	case kindInterface:
		e := (*eface)(p)
		typ := e.typ
		if len(t.imethods()) > 0 {
			typ = itabtype((*itab)(unsafe.Pointer(typ)))
		}
		if typ == nil {
			return h
		}
		if typ.tflag&tflagComparable == 0 {
			gopanic(errorString("hash of unhashable type " + typ.string()))
		}
		h = hashbytes(h, unsafe.Pointer(&typ), 8)
		if typ.direct() {
			return hashbytes(h, unsafe.Pointer(&e.data), 8)
		}
		return typehashseed(typ, e.data, h)
	case kindArray:
		for i := uintptr(0); i < t.len(); i++ {
			h = typehashseed(t.elem(), unsafe.Add(p, i*t.elem().size), h)
		}
		return h
	case kindStruct:
		for i := 0; i < len(t.fields()); i++ {
			f := &t.fields()[i]
			if f.name.string() == "_" {
				continue // blank fields take no part in equality, so none in the hash
			}
			h = typehashseed(f.typ, unsafe.Add(p, f.offset()), h)
		}
		return h
	}
	return hashbytes(h, p, t.size)
}

// Floats hash by value: +0 and -0 are equal keys, so both hash as zero;
// every NaN is a key of its own.
func hashfloat32(h uintptr, p unsafe.Pointer) uintptr {
	f := *(*float32)(p)
	if f == 0 {
		return hashbytes(h, unsafe.Pointer(&zeroVal[0]), 4)
	}
	if f != f {
		return nanhash(h)
	}
	return hashbytes(h, p, 4)
}

func hashfloat64(h uintptr, p unsafe.Pointer) uintptr {
	f := *(*float64)(p)
	if f == 0 {
		return hashbytes(h, unsafe.Pointer(&zeroVal[0]), 8)
	}
	if f != f {
		return nanhash(h)
	}
	return hashbytes(h, p, 8)
}

// nanSeq numbers the NaN keys hashed so far.
var nanSeq uintptr

// nanhash gives each NaN key a hash of its own, as Go's random one does:
// a NaN never equals another key, so equal hashes would only chain every
// NaN of a map into one bucket (inserting n of them would take n² steps).
func nanhash(h uintptr) uintptr {
	nanSeq++
	return hashbytes(h, unsafe.Pointer(&nanSeq), 8)
}
