// Package intern replaces a large comparable value (a string, say) by a
// small one, a pointer to a *Value unique to that value in the program:
// two *Values are the same pointer exactly when the values they
// box are equal, so comparing two of them is a pointer comparison.
//
// The package keeps a table from each boxed value to its *Value, but the
// table must not keep a Value alive by itself, or every string ever
// interned would stay in memory. So the table holds each Value's address
// as a uintptr, which the garbage collector does not follow, and a
// finalizer removes the entry once no one else points to the Value. This
// relies on gominic's collector never moving objects, as Go's does not.
//
// One race needs care: Get may turn a table entry back into a pointer
// just as the collector has found the Value unreachable and queued its
// finalizer. Get therefore marks such a Value "resurrected"; a finalizer
// that finds the mark clears it and waits one more collection (by
// setting itself again), by which time the collector has seen the new
// pointer if it is still held.
package intern

import (
	"runtime"
	"sync"
	"unsafe"
)

// A Value boxes one comparable value; Get hands out one *Value per
// distinct value, so *Values compare like the values they box.
type Value struct {
	_ [0]func() // makes Value itself not comparable: compare *Value

	cmpVal any

	// resurrected is set (under mu) each time Get rebuilds a pointer to
	// this Value from the table, and cleared by its finalizer.
	resurrected bool
}

// Get returns the value v boxes: the argument of the Get call that
// made v.
func (v *Value) Get() any { return v.cmpVal }

// key is how a value is looked up in the table. Strings, the common
// case, are kept in a field of their own so that looking one up does not
// need to box it into an interface (which would allocate).
type key struct {
	s        string
	cmpVal   any
	isString bool // tells key{s: ""} from the key of a nil interface
}

// keyFor returns the table key of cmpVal.
func keyFor(cmpVal any) key {
	if s, ok := cmpVal.(string); ok {
		return key{s: s, isString: true}
	}
	return key{cmpVal: cmpVal}
}

// boxed returns the value the key stands for.
func (k key) boxed() any {
	if k.isString {
		return k.s
	}
	return k.cmpVal
}

var (
	mu     sync.Mutex          // guards valMap and every Value's resurrected
	valMap = map[key]uintptr{} // the address of each live *Value
)

// Get returns the *Value boxing cmpVal. Two calls return the same
// pointer exactly when their arguments are equal, which makes the
// pointer usable as a cheap map key or comparison.
func Get(cmpVal any) *Value {
	return get(keyFor(cmpVal))
}

// GetByString is Get for a string: taking the string as it is, not as an
// interface, saves the allocation of boxing it.
func GetByString(s string) *Value {
	return get(key{s: s, isString: true})
}

// get returns the Value of k, from the table or made anew.
func get(k key) *Value {
	mu.Lock()
	defer mu.Unlock()
	if addr, ok := valMap[k]; ok {
		v := (*Value)(unsafe.Pointer(addr))
		v.resurrected = true
		return v
	}
	v := &Value{cmpVal: k.boxed()}
	// The finalizer is set while v is still held as a pointer, before
	// only the uintptr in the table remains.
	runtime.SetFinalizer(v, finalize)
	valMap[k] = uintptr(unsafe.Pointer(v))
	return v
}

// finalize runs once v was found unreachable: it drops v from the table,
// unless Get handed v out again since the last collection.
func finalize(v *Value) {
	mu.Lock()
	defer mu.Unlock()
	if v.resurrected {
		v.resurrected = false
		runtime.SetFinalizer(v, finalize)
		return
	}
	delete(valMap, keyFor(v.cmpVal))
}
