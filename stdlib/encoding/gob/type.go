// Package gob manages streams of gobs - binary values exchanged between an
// Encoder (transmitter) and a Decoder (receiver), in Go 1.19's wire format:
// a stream of length-prefixed messages, each either a type definition
// (a negative type id and a wireType describing the type) or a value (a
// type id and the value's encoding). Values are walked with reflect.
package gob

import (
	"encoding"
	"errors"
	"fmt"
	"reflect"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A typeId names a type on the wire. The ids below 64 are predefined,
// the rest are handed out, once per Go type and process, as types are
// first encoded.
type typeId int32

// The predefined type ids, fixed by the wire format.
const (
	tBool      typeId = 1
	tInt       typeId = 2
	tUint      typeId = 3
	tFloat     typeId = 4
	tBytes     typeId = 5
	tString    typeId = 6
	tComplex   typeId = 7
	tInterface typeId = 8
	// The ids of the types that describe types: a decoder knows them a
	// priori, so it can read the wireType that defines the first user type.
	tWireType   typeId = 16
	tArrayType  typeId = 17
	tCommonType typeId = 18
	tSliceType  typeId = 19
	tStructType typeId = 20
	tFieldType  typeId = 21
	tFieldSlice typeId = 22 // []*fieldType
	tMapType    typeId = 23
	tGobEncType typeId = 24
	firstUserId typeId = 64
)

var builtinNames = map[typeId]string{
	tBool: "bool", tInt: "int", tUint: "uint", tFloat: "float", tBytes: "bytes", tString: "string",
	tComplex: "complex", tInterface: "interface", tWireType: "wireType", tArrayType: "arrayType",
	tCommonType: "CommonType", tSliceType: "sliceType", tStructType: "structType", tFieldType: "fieldType",
	tFieldSlice: "[]*fieldType", tMapType: "mapType", tGobEncType: "gobEncoderType",
}

// CommonType holds elements of all types. It is a historical artifact,
// kept for binary compatibility and exported only for the benefit of the
// package's encoding of type descriptors. It is not intended for direct
// use by clients.
type CommonType struct {
	Name string
	Id   typeId
}

// The descriptions of user types, as they travel in a type definition.
// Exactly one field of a wireType is set.
type wireType struct {
	ArrayT           *arrayType
	SliceT           *sliceType
	StructT          *structType
	MapT             *mapType
	GobEncoderT      *gobEncoderType
	BinaryMarshalerT *gobEncoderType
	TextMarshalerT   *gobEncoderType
}

type arrayType struct {
	CommonType
	Elem typeId
	Len  int
}

type sliceType struct {
	CommonType
	Elem typeId
}

type structType struct {
	CommonType
	Field []*fieldType
}

type fieldType struct {
	Name string
	Id   typeId
}

type mapType struct {
	CommonType
	Key  typeId
	Elem typeId
}

type gobEncoderType struct {
	CommonType
}

// common returns the CommonType of the type a wireType defines.
func (w *wireType) common() *CommonType {
	switch {
	case w.ArrayT != nil:
		return &w.ArrayT.CommonType
	case w.SliceT != nil:
		return &w.SliceT.CommonType
	case w.StructT != nil:
		return &w.StructT.CommonType
	case w.MapT != nil:
		return &w.MapT.CommonType
	case w.GobEncoderT != nil:
		return &w.GobEncoderT.CommonType
	case w.BinaryMarshalerT != nil:
		return &w.BinaryMarshalerT.CommonType
	case w.TextMarshalerT != nil:
		return &w.TextMarshalerT.CommonType
	}
	return &CommonType{Name: "unknown type"}
}

// How a type encodes itself, when it does: the methods gob prefers, in
// this order.
const (
	xNone = iota
	xGob
	xBinary
)

var (
	gobEncoderIface     = reflect.TypeOf((*GobEncoder)(nil)).Elem()
	gobDecoderIface     = reflect.TypeOf((*GobDecoder)(nil)).Elem()
	binaryMarshalerType = reflect.TypeOf((*encoding.BinaryMarshaler)(nil)).Elem()
	binaryUnmarshalType = reflect.TypeOf((*encoding.BinaryUnmarshaler)(nil)).Elem()
)

// userTypeInfo is what gob needs to know of a Go type: the type without
// its pointers (base), how many there are (indir), and whether the type
// encodes or decodes itself, and through how many pointers its method is
// reached (-1: the method is on the pointer to the value).
type userTypeInfo struct {
	user        reflect.Type
	base        reflect.Type
	indir       int
	externalEnc int
	externalDec int
	encIndir    int8
	decIndir    int8
}

// userTypeCache maps a reflect.Type to its *userTypeInfo. It is read for
// every value encoded or decoded, so, as in Go, reading takes no lock.
var userTypeCache sync.Map

// validUserType returns the userTypeInfo of rt, or an error for a type
// that is an endless chain of pointers.
func validUserType(rt reflect.Type) (*userTypeInfo, error) {
	if ut, ok := userTypeCache.Load(rt); ok {
		return ut.(*userTypeInfo), nil
	}
	ut := &userTypeInfo{user: rt, base: rt}
	for ut.base.Kind() == reflect.Pointer {
		ut.base = ut.base.Elem()
		if ut.base == rt || ut.indir > 100 {
			return nil, errors.New("can't represent recursive pointer type " + rt.String())
		}
		ut.indir++
	}
	if ok, indir := implementsInterface(rt, gobEncoderIface); ok {
		ut.externalEnc, ut.encIndir = xGob, indir
	} else if ok, indir := implementsInterface(rt, binaryMarshalerType); ok {
		ut.externalEnc, ut.encIndir = xBinary, indir
	}
	// MarshalText and UnmarshalText are not used, as in Go: the types
	// that have them (net.IP) were encoded without them before Go 1.2,
	// and streams of those must still decode (go.dev/issue/6760).
	if ok, indir := implementsInterface(rt, gobDecoderIface); ok {
		ut.externalDec, ut.decIndir = xGob, indir
	} else if ok, indir := implementsInterface(rt, binaryUnmarshalType); ok {
		ut.externalDec, ut.decIndir = xBinary, indir
	}
	// Two goroutines may make the same info: the first one stored wins.
	stored, _ := userTypeCache.LoadOrStore(rt, ut)
	return stored.(*userTypeInfo), nil
}

// implementsInterface reports whether typ, or what one of its pointers
// points to, or a pointer to typ, implements iface; indir counts the
// pointers followed (-1 for the pointer to typ).
func implementsInterface(typ, iface reflect.Type) (ok bool, indir int8) {
	rt := typ
	for {
		if rt.Implements(iface) {
			return true, indir
		}
		if rt.Kind() != reflect.Pointer {
			break
		}
		indir++
		if indir > 100 {
			return false, 0
		}
		rt = rt.Elem()
	}
	if typ.Kind() != reflect.Pointer && reflect.PointerTo(typ).Implements(iface) {
		return true, -1
	}
	return false, 0
}

// userType is validUserType for a type known to be valid; otherwise it
// raises the error.
func userType(rt reflect.Type) *userTypeInfo {
	ut, err := validUserType(rt)
	if err != nil {
		error_(err)
	}
	return ut
}

// The process-wide table of type ids: the definitions of the Go types
// that need one (the base type, or the user type for one that encodes
// itself), by Go type and by id.
var (
	typeLock  sync.Mutex
	types     = map[reflect.Type]*wireType{}
	idToWire  = map[typeId]*wireType{}
	nextId    = firstUserId
	basicKind = map[reflect.Kind]typeId{
		reflect.Bool: tBool,
		reflect.Int:  tInt, reflect.Int8: tInt, reflect.Int16: tInt, reflect.Int32: tInt, reflect.Int64: tInt,
		reflect.Uint: tUint, reflect.Uint8: tUint, reflect.Uint16: tUint, reflect.Uint32: tUint,
		reflect.Uint64: tUint, reflect.Uintptr: tUint,
		reflect.Float32: tFloat, reflect.Float64: tFloat,
		reflect.Complex64: tComplex, reflect.Complex128: tComplex,
		reflect.String: tString, reflect.Interface: tInterface,
	}
	// bootstrap holds the definitions of the types that describe types
	// (ids 16 to 24), which every decoder knows.
	bootstrap = map[typeId]*wireType{}
)

// typeInfo returns the type id of ut and, for a type that needs a
// definition on the wire, its wireType (nil for a predefined one).
//
// As in Go's encoder, a type that encodes itself through a pointer (say
// *big.Int) has two ids: its values go by the id of the base type, while
// the definition sent for it carries the user type's own id.
func typeInfo(ut *userTypeInfo) (id typeId, wire *wireType, err error) {
	typeLock.Lock()
	defer typeLock.Unlock()
	defer catchError(&err)
	if ut.externalEnc == xNone {
		id = idOf(ut, ut.base.Name())
		return id, types[ut.base], nil
	}
	id = idOf(ut, ut.user.Name())
	w, ok := types[ut.user]
	if !ok {
		w = externalType(ut, ut.user, ut.user.Name())
	}
	return id, w, nil
}

// idOf defines ut's base type, and first the types it is made of
// (typeLock held); name is the name its definition carries. It returns
// the type's id. The order in which ids are handed out is Go's: a struct
// takes its id before its fields', an array, slice or map after its
// parts'; a part met again while it is being defined (a recursive type)
// has id 0 until its user gives it one (see setPartId).
func idOf(ut *userTypeInfo, name string) typeId {
	rt := ut.base
	if w, ok := types[rt]; ok {
		return w.common().Id
	}
	if ut.externalEnc != xNone {
		return externalType(ut, rt, name).common().Id
	}
	if id, ok := basicKind[rt.Kind()]; ok {
		return id
	}
	common := CommonType{Name: name}
	w := new(wireType)
	switch rt.Kind() {
	case reflect.Slice:
		if rt.Elem().Kind() == reflect.Uint8 {
			return tBytes
		}
		st := &sliceType{CommonType: common}
		w.SliceT = st
		types[rt] = w
		st.Elem = idOf(userType(rt.Elem()), rt.Elem().Name())
		setTypeId(w)
		st.Elem = setPartId(st.Elem, rt.Elem())
	case reflect.Array:
		at := &arrayType{CommonType: common, Len: rt.Len()}
		w.ArrayT = at
		types[rt] = w
		at.Elem = idOf(userType(rt.Elem()), rt.Elem().Name())
		setTypeId(w)
		at.Elem = setPartId(at.Elem, rt.Elem())
	case reflect.Map:
		mt := &mapType{CommonType: common}
		w.MapT = mt
		types[rt] = w
		mt.Key = idOf(userType(rt.Key()), rt.Key().Name())
		mt.Elem = idOf(userType(rt.Elem()), rt.Elem().Name())
		setTypeId(w)
		mt.Key = setPartId(mt.Key, rt.Key())
		mt.Elem = setPartId(mt.Elem, rt.Elem())
	case reflect.Struct:
		st := &structType{CommonType: common}
		w.StructT = st
		types[rt] = w
		setTypeId(w)
		for _, sf := range sentFields(rt) {
			f, fut := rt.Field(sf.index), sf.ut
			id := setPartId(idOf(fut, typeName(fut.base)), f.Type)
			st.Field = append(st.Field, &fieldType{Name: f.Name, Id: id})
		}
	default:
		error_(errors.New("gob NewTypeObject can't handle type: " + rt.String()))
	}
	return w.common().Id
}

// setTypeId gives the type w defines the next id, unless it has one.
func setTypeId(w *wireType) typeId {
	c := w.common()
	if c.Id == 0 {
		nextId++
		c.Id = nextId
		idToWire[nextId] = w
	}
	return c.Id
}

// setPartId returns id, the id of part t of a type, or when t is still
// being defined (id 0), gives it its id now.
func setPartId(id typeId, t reflect.Type) typeId {
	if id != 0 {
		return id
	}
	return setTypeId(types[userType(t).base])
}

// externalType defines key, a type that encodes itself as ut says.
func externalType(ut *userTypeInfo, key reflect.Type, name string) *wireType {
	w := new(wireType)
	t := &gobEncoderType{CommonType{Name: name}}
	switch ut.externalEnc {
	case xGob:
		w.GobEncoderT = t
	case xBinary:
		w.BinaryMarshalerT = t
	}
	types[key] = w
	setTypeId(w)
	return w
}

// typeName is the name the definition of a struct field's type carries:
// the Go name of a named type, the type's spelling otherwise (other types
// carry their Go name, empty for unnamed types, as in Go's streams).
func typeName(rt reflect.Type) string {
	if rt.Name() != "" {
		return rt.Name()
	}
	return rt.String()
}

// fieldCache maps a struct's reflect.Type to its sentFields, read without
// a lock as userTypeCache is.
var fieldCache sync.Map

// A sentField is a field gob transmits: its index in the struct, and the
// userTypeInfo of its type.
type sentField struct {
	index int
	ut    *userTypeInfo
}

// sentFields returns the fields of struct type rt that gob transmits: the
// exported ones that are not (pointers to) channels or functions. Their
// order numbers the fields on the wire. A field of a type gob cannot
// represent raises its error.
func sentFields(rt reflect.Type) []sentField {
	if fields, ok := fieldCache.Load(rt); ok {
		return fields.([]sentField)
	}
	fields := []sentField{}
	for i := 0; i < rt.NumField(); i++ {
		if f := rt.Field(i); isSent(&f) {
			fields = append(fields, sentField{i, userType(f.Type)})
		}
	}
	stored, _ := fieldCache.LoadOrStore(rt, fields)
	return stored.([]sentField)
}

func isSent(f *reflect.StructField) bool {
	if !isExported(f.Name) {
		return false
	}
	t := f.Type
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Kind() != reflect.Chan && t.Kind() != reflect.Func
}

func isExported(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsUpper(r)
}

// idName spells a type id for error messages: a type this process has
// defined too is spelled whole (as Go's decoder does, whichever process
// the id came from), a received one by its name.
func (d *Decoder) idName(id typeId) string {
	typeLock.Lock()
	_, known := idToWire[id]
	if _, ok := builtinNames[id]; ok || known {
		defer typeLock.Unlock()
		return typeString(id, map[typeId]bool{})
	}
	typeLock.Unlock()
	if w := d.wire(id); w != nil {
		return w.common().Name
	}
	return fmt.Sprintf("type id %d", id)
}

// typeString spells type id of this process's table (typeLock held): a
// struct with its fields, arrays, slices and maps by their parts, each
// type met again by its name.
func typeString(id typeId, seen map[typeId]bool) string {
	if name, ok := builtinNames[id]; ok {
		return name
	}
	w := idToWire[id]
	if w == nil {
		return "<nil>"
	}
	c := w.common()
	if seen[id] {
		return c.Name
	}
	seen[id] = true
	switch {
	case w.StructT != nil:
		s := c.Name + " = struct { "
		for _, f := range w.StructT.Field {
			s += f.Name + " " + typeString(f.Id, seen) + "; "
		}
		return s + "}"
	case w.ArrayT != nil:
		return fmt.Sprintf("[%d]%s", w.ArrayT.Len, typeString(w.ArrayT.Elem, seen))
	case w.SliceT != nil:
		return "[]" + typeString(w.SliceT.Elem, seen)
	case w.MapT != nil:
		key := typeString(w.MapT.Key, seen)
		return fmt.Sprintf("map[%s]%s", key, typeString(w.MapT.Elem, seen))
	}
	return c.Name
}

// GobEncoder is the interface describing data that provides its own
// representation for encoding values for transmission to a GobDecoder.
type GobEncoder interface {
	// GobEncode returns a byte slice representing the encoding of the
	// receiver for transmission to a GobDecoder, usually of the same
	// concrete type.
	GobEncode() ([]byte, error)
}

// GobDecoder is the interface describing data that provides its own
// routine for decoding transmitted values sent by a GobEncoder.
type GobDecoder interface {
	// GobDecode overwrites the receiver, which must be a pointer,
	// with the value represented by the byte slice, which was written
	// by GobEncode, usually for the same concrete type.
	GobDecode([]byte) error
}

// The names interface values travel under.
var (
	registerLock       sync.Mutex
	nameToConcreteType = map[string]reflect.Type{}
	concreteTypeToName = map[reflect.Type]string{}
)

// RegisterName is like Register but uses the provided name rather than the
// type's default.
func RegisterName(name string, value any) {
	if name == "" {
		// reserved for nil
		panic("attempt to register empty name")
	}
	ut := userType(reflect.TypeOf(value))
	registerLock.Lock()
	defer registerLock.Unlock()
	// A name stands for one user type and a base type for one name.
	if t, dup := nameToConcreteType[name]; dup && t != ut.user {
		panic(fmt.Sprintf("gob: registering duplicate types for %q: %s != %s", name, t, ut.user))
	}
	if n, dup := concreteTypeToName[ut.base]; dup && n != name {
		panic(fmt.Sprintf("gob: registering duplicate names for %s: %q != %q", ut.user, n, name))
	}
	nameToConcreteType[name] = reflect.TypeOf(value)
	concreteTypeToName[ut.base] = name
}

// Register records a type, identified by a value for the type, under its
// internal type name. That name will identify the concrete type of a value
// sent or received as an interface variable. Only types that will be
// transferred as implementations of interface values need to be registered.
// Expecting to be used only during initialization, it panics if the mapping
// between types and names is not a bijection.
func Register(value any) {
	rt := reflect.TypeOf(value)
	// A named type is qualified by its package path rather than its
	// package name; others, pointers to named types included (as in Go
	// 1.19's streams), go by their printed name.
	name := rt.String()
	if rt.Name() != "" && rt.PkgPath() != "" {
		name = rt.PkgPath() + "." + rt.Name()
	}
	RegisterName(name, value)
}

func registerBasics() {
	Register(int(0))
	Register(int8(0))
	Register(int16(0))
	Register(int32(0))
	Register(int64(0))
	Register(uint(0))
	Register(uint8(0))
	Register(uint16(0))
	Register(uint32(0))
	Register(uint64(0))
	Register(float32(0))
	Register(float64(0))
	Register(complex64(0i))
	Register(complex128(0i))
	Register(uintptr(0))
	Register(false)
	Register("")
	Register([]byte(nil))
	Register([]int(nil))
	Register([]int8(nil))
	Register([]int16(nil))
	Register([]int32(nil))
	Register([]int64(nil))
	Register([]uint(nil))
	Register([]uint8(nil))
	Register([]uint16(nil))
	Register([]uint32(nil))
	Register([]uint64(nil))
	Register([]float32(nil))
	Register([]float64(nil))
	Register([]complex64(nil))
	Register([]complex128(nil))
	Register([]uintptr(nil))
	Register([]bool(nil))
	Register([]string(nil))
}

func init() {
	// The types that describe types take the ids 16 to 24, in the order
	// Go's gob gives them: the wire format fixes them.
	nextId = tWireType - 1
	id, _, err := typeInfo(userType(reflect.TypeOf(wireType{})))
	if err != nil || id != tWireType || nextId != tGobEncType {
		panic("gob: the bootstrap types did not take their ids")
	}
	for id := tWireType; id <= tGobEncType; id++ {
		bootstrap[id] = idToWire[id]
	}
	nextId = firstUserId
	registerBasics()
}

// A gobError wraps the errors the encoder and decoder raise with panic
// deep inside a value, to be caught at the top (catchError).
type gobError struct {
	err error
}

// errorf raises an error prefixed "gob: ".
func errorf(format string, args ...any) {
	error_(fmt.Errorf("gob: "+format, args...))
}

func error_(err error) {
	panic(gobError{err})
}

// catchError turns a raised gobError into *err; other panics go on.
func catchError(err *error) {
	if e := recover(); e != nil {
		ge, ok := e.(gobError)
		if !ok {
			panic(e)
		}
		*err = ge.err
	}
}
