// Package expvar publishes named variables of a program, such as a
// server's request counters, and serves them as one JSON object over
// HTTP at /debug/vars.
//
// Reads and updates of the variables are atomic, so any goroutine may
// change them while the page is being served.
//
// Besides the handler, importing the package publishes two variables:
//
//	cmdline   os.Args
//	memstats  runtime.Memstats
//
// A program that wants only the handler and these two variables can
// import the package for its side effects:
//
//	import _ "expvar"
//
// Every variable prints itself as a JSON value (its String method), so
// the page at /debug/vars is one JSON object made by writing each
// published name next to its variable's String. Names are kept sorted,
// both for the whole page and inside a Map, so the output is stable.
package expvar

import (
	"encoding/json"
	"fmt"
	"log"
	"math"
	"net/http"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// Var is what every published variable implements.
type Var interface {
	// String returns the variable's value written as JSON. A type
	// whose String gives something else (time.Time, say) cannot
	// serve as a Var.
	String() string
}

// Int is a Var holding an int64.
type Int struct {
	i int64
}

// Value returns the current value.
func (v *Int) Value() int64 { return atomic.LoadInt64(&v.i) }

// String returns the value in decimal, which is also its JSON form.
func (v *Int) String() string { return strconv.FormatInt(v.Value(), 10) }

// Add adds delta to the value.
func (v *Int) Add(delta int64) { atomic.AddInt64(&v.i, delta) }

// Set sets the value.
func (v *Int) Set(value int64) { atomic.StoreInt64(&v.i, value) }

// Float is a Var holding a float64.
// It stores the float's bits so that loads and stores are atomic.
type Float struct {
	f uint64
}

// Value returns the current value.
func (v *Float) Value() float64 { return math.Float64frombits(atomic.LoadUint64(&v.f)) }

// String returns the shortest decimal that reads back as the value.
func (v *Float) String() string { return strconv.FormatFloat(v.Value(), 'g', -1, 64) }

// Add adds delta to the value. There is no atomic float addition, so it
// retries a compare-and-swap until no other Add came in between.
func (v *Float) Add(delta float64) {
	for {
		old := atomic.LoadUint64(&v.f)
		sum := math.Float64bits(math.Float64frombits(old) + delta)
		if atomic.CompareAndSwapUint64(&v.f, old, sum) {
			return
		}
	}
}

// Set sets the value.
func (v *Float) Set(value float64) { atomic.StoreUint64(&v.f, math.Float64bits(value)) }

// String is a Var holding a string.
type String struct {
	s atomic.Value // always holds a string once set
}

// Value returns the current value.
func (v *String) Value() string {
	s, _ := v.s.Load().(string)
	return s
}

// String returns the value as a quoted JSON string.
func (v *String) String() string { return jsonOf(v.Value()) }

// Set sets the value.
func (v *String) Set(value string) { v.s.Store(value) }

// Func is a Var whose value is computed on every read: String calls
// the function and encodes its result as JSON.
type Func func() any

// Value returns what the function returns.
func (f Func) Value() any { return f() }

// String returns the function's result encoded as JSON.
func (f Func) String() string { return jsonOf(f()) }

// jsonOf encodes v as JSON. A value json cannot encode gives the empty
// string, as the Var contract has nothing better to offer.
func jsonOf(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// KeyValue is one entry of a Map, or one published variable.
type KeyValue struct {
	Key   string
	Value Var
}

// insertKey adds key to the sorted slice keys unless it is there already.
func insertKey(keys []string, key string) []string {
	i := sort.SearchStrings(keys, key)
	if i < len(keys) && keys[i] == key {
		return keys
	}
	keys = append(keys, "")
	copy(keys[i+1:], keys[i:])
	keys[i] = key
	return keys
}

// Map is a Var holding named Vars, shown as a JSON object.
// Values live in a sync.Map, so readers never wait; the sorted list of
// keys beside it, which gives Do its order, has a lock of its own.
type Map struct {
	m      sync.Map // key -> Var
	keysMu sync.RWMutex
	keys   []string // sorted
}

// String returns the map as a JSON object with its keys in order.
// A key set to a nil Var shows as null.
func (v *Map) String() string {
	var b strings.Builder
	b.WriteString("{")
	sep := ""
	v.Do(func(kv KeyValue) {
		fmt.Fprintf(&b, "%s%q: ", sep, kv.Key)
		if kv.Value == nil {
			b.WriteString("null")
		} else {
			b.WriteString(kv.Value.String())
		}
		sep = ", "
	})
	b.WriteString("}")
	return b.String()
}

// Init empties the map and returns it.
func (v *Map) Init() *Map {
	v.keysMu.Lock()
	defer v.keysMu.Unlock()
	for _, k := range v.keys {
		v.m.Delete(k)
	}
	v.keys = v.keys[:0]
	return v
}

// addKey records key in the sorted key list.
func (v *Map) addKey(key string) {
	v.keysMu.Lock()
	defer v.keysMu.Unlock()
	v.keys = insertKey(v.keys, key)
}

// Get returns the variable for key, or nil if there is none.
func (v *Map) Get(key string) Var {
	got, _ := v.m.Load(key)
	av, _ := got.(Var)
	return av
}

// Set binds key to av.
func (v *Map) Set(key string, av Var) {
	if _, loaded := v.m.LoadOrStore(key, av); loaded {
		v.m.Store(key, av)
		return
	}
	v.addKey(key)
}

// lookupOrAdd returns the value under key, first storing fresh there if
// the key is new.
func (v *Map) lookupOrAdd(key string, fresh Var) any {
	got, loaded := v.m.LoadOrStore(key, fresh)
	if !loaded {
		v.addKey(key)
	}
	return got
}

// Add adds delta to the *Int value stored under the given map key,
// creating it first if the key is new. A key bound to anything other
// than an *Int is left alone.
func (v *Map) Add(key string, delta int64) {
	if i, ok := v.lookupOrAdd(key, new(Int)).(*Int); ok {
		i.Add(delta)
	}
}

// AddFloat adds delta to the *Float value stored under the given map
// key, creating it first if the key is new. A key bound to anything
// other than a *Float is left alone.
func (v *Map) AddFloat(key string, delta float64) {
	if f, ok := v.lookupOrAdd(key, new(Float)).(*Float); ok {
		f.Add(delta)
	}
}

// Delete removes key, if present.
func (v *Map) Delete(key string) {
	v.keysMu.Lock()
	defer v.keysMu.Unlock()
	i := sort.SearchStrings(v.keys, key)
	if i < len(v.keys) && v.keys[i] == key {
		v.keys = append(v.keys[:i], v.keys[i+1:]...)
		v.m.Delete(key)
	}
}

// Do calls f on every entry in key order. Keys cannot be added or
// removed meanwhile, but the values may still change.
func (v *Map) Do(f func(KeyValue)) {
	v.keysMu.RLock()
	defer v.keysMu.RUnlock()
	for _, k := range v.keys {
		got, _ := v.m.Load(k)
		av, _ := got.(Var)
		f(KeyValue{k, av})
	}
}

// The published variables are kept the way a Map keeps its entries.
var (
	vars      sync.Map // name -> Var
	varKeysMu sync.RWMutex
	varKeys   []string // sorted
)

// Publish makes v visible under name, typically from an init function.
// Publishing a name twice is a programming error: it calls log.Panicln.
func Publish(name string, v Var) {
	if _, loaded := vars.LoadOrStore(name, v); loaded {
		log.Panicln("Reuse of exported var name:", name)
	}
	varKeysMu.Lock()
	defer varKeysMu.Unlock()
	varKeys = insertKey(varKeys, name)
}

// Get returns the variable published under name, or nil.
func Get(name string) Var {
	got, _ := vars.Load(name)
	v, _ := got.(Var)
	return v
}

// NewInt publishes and returns a new Int named name.
func NewInt(name string) *Int {
	v := new(Int)
	Publish(name, v)
	return v
}

// NewFloat publishes and returns a new Float named name.
func NewFloat(name string) *Float {
	v := new(Float)
	Publish(name, v)
	return v
}

// NewMap publishes and returns a new, empty Map named name.
func NewMap(name string) *Map {
	v := new(Map)
	Publish(name, v)
	return v
}

// NewString publishes and returns a new String named name.
func NewString(name string) *String {
	v := new(String)
	Publish(name, v)
	return v
}

// Do calls f on every published variable in name order. Nothing can be
// published meanwhile, but the values may still change.
func Do(f func(KeyValue)) {
	varKeysMu.RLock()
	defer varKeysMu.RUnlock()
	for _, k := range varKeys {
		got, _ := vars.Load(k)
		f(KeyValue{k, got.(Var)})
	}
}

// expvarHandler writes every published variable as one JSON object, a
// variable a line.
func expvarHandler(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	fmt.Fprint(w, "{\n")
	sep := ""
	Do(func(kv KeyValue) {
		fmt.Fprintf(w, "%s%q: %s", sep, kv.Key, kv.Value)
		sep = ",\n"
	})
	fmt.Fprint(w, "\n}\n")
}

// Handler returns the handler that serves the published variables, for
// programs that want the page somewhere other than /debug/vars.
func Handler() http.Handler { return http.HandlerFunc(expvarHandler) }

// cmdline is the "cmdline" variable: the program's arguments.
func cmdline() any { return os.Args }

// memstats is the "memstats" variable: the runtime's memory statistics,
// by value so that json sees the struct's fields.
func memstats() any {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m
}

func init() {
	http.HandleFunc("/debug/vars", expvarHandler)
	Publish("cmdline", Func(cmdline))
	Publish("memstats", Func(memstats))
}
