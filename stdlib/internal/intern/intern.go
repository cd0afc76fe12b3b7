// Package intern lets you make smaller comparable values by boxing a
// larger comparable value (such as a string) into a globally unique
// *Value: two Values are the same pointer exactly when the values they
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

// A Value pointer is the handle to an underlying comparable value.
// See func Get for how Value pointers may be used.
type Value struct {
	_ [0]func() // makes Value itself not comparable: compare *Value

	cmpVal any

	// resurrected is set (under mu) each time Get rebuilds a pointer to
	// this Value from the table, and cleared by its finalizer.
	resurrected bool
}

// Get returns the comparable value passed to the Get func
// that returned v.
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

// Get returns a pointer representing the comparable value cmpVal.
//
// The returned pointer will be the same for Get(v) and Get(v2)
// if and only if v == v2, and can be used as a map key.
func Get(cmpVal any) *Value {
	return get(keyFor(cmpVal))
}

// GetByString is identical to Get, except that it is specialized for strings.
// This avoids an allocation from putting a string into an interface{}
// to pass as an argument to Get.
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
