// Package reflect implements a small run-time reflection library: enough
// to let fmt print any value, with the names and semantics of Go's own
// reflect package.
//
// Everything reflect knows about a type comes from the type descriptor the
// compiler emits for it (gominic/compile/typedesc.py) and that every
// interface value carries in its first word. This file mirrors that
// descriptor as rtype and wraps it in the Type interface.
package reflect

import "unsafe"

// A Kind represents the specific kind of type that a Type represents.
// The numbering is shared with the compiler's descriptors.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name for the Pointer kind.
const Ptr = Pointer

var kindNames = []string{
	Invalid:       "invalid",
	Bool:          "bool",
	Int:           "int",
	Int8:          "int8",
	Int16:         "int16",
	Int32:         "int32",
	Int64:         "int64",
	Uint:          "uint",
	Uint8:         "uint8",
	Uint16:        "uint16",
	Uint32:        "uint32",
	Uint64:        "uint64",
	Uintptr:       "uintptr",
	Float32:       "float32",
	Float64:       "float64",
	Complex64:     "complex64",
	Complex128:    "complex128",
	Array:         "array",
	Chan:          "chan",
	Func:          "func",
	Interface:     "interface",
	Map:           "map",
	Pointer:       "ptr",
	Slice:         "slice",
	String:        "string",
	Struct:        "struct",
	UnsafePointer: "unsafe.Pointer",
}

// String returns the name of k ("int", "struct", "ptr", ...).
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind" + itoa(int(k))
}

// itoa formats a small non-negative integer (reflect does not import strconv).
func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var digits [20]byte
	i := len(digits)
	for n > 0 {
		i--
		digits[i] = byte('0' + n%10)
		n /= 10
	}
	return string(digits[i:])
}

// The descriptor layout below must match runtime/type.go (_type,
// structfield, method) and gominic/compile/typedesc.py field for field.

// tflag bits of a descriptor.
const (
	tflagNamed      = 1
	tflagComparable = 2
	tflagDirect     = 4 // pointer-shaped: the value itself is an interface's data word
	tflagVariadic   = 8
	tflagUncommon   = 16 // an uncommonType follows the kind's tail
)

// rtype is the header of a type descriptor, the common implementation of
// Type; a kind-specific tail follows it (ptrType, ...), then, for a type
// with a package path or methods, an uncommonType, as in Go's abi. Its
// addresses are 32 bits wide (runtime/type.go says why): a type made
// here has its string and bitmap below 4 GB (newName, setGCData).
type rtype struct {
	size    uintptr
	ptrdata uintptr // bytes of the prefix holding pointers (runtime/type.go): the collector's
	hash    uint32
	kind    uint8
	align   uint8
	tflag   uint8
	_       uint8
	str     name   // the type as %T prints it (a named type's name is its tail)
	gcdata  uint32 // *byte: pointer bitmap of that prefix
	// ptrToThis is *T for a named type T with pointer methods (else 0),
	// set by the compiler only.
	ptrToThis uint32
}

// A name is a string in a descriptor: the 32-bit address of its bytes,
// and its length.
type name struct {
	addr uint32
	len  uint32
}

func (n name) string() string {
	var s string
	*(*stringHeader)(unsafe.Pointer(&s)) = stringHeader{unsafe.Pointer(uintptr(n.addr)), int(n.len)}
	return s
}

// uncommonType is what only named types, pointers to them and unnamed
// structs with unexported fields have.
type uncommonType struct {
	pkgpath  name   // a named type's package path
	methods  uint32 // *method: the first of nmethods, a 32-bit address as a method's
	nmethods uint32
}

// The tails: every kind with an element type has it first, every kind
// with a field list has it first. They name their header rather than
// embed it, so that they get none of *rtype's methods (and the compiler
// no wrappers for them). A list is the address of its first element
// and its length, a slice without capacity, read as runtime/type.go
// says (and why not through a generic helper).

// ptrType is a Pointer or Slice type.
type ptrType struct {
	rtype rtype
	elem  *rtype
}

// arrayType is an Array type (len: its length) or a Chan type (len: its
// direction).
type arrayType struct {
	rtype rtype
	elem  *rtype
	len   uintptr
}

type mapType struct {
	rtype rtype
	elem  *rtype
	key   *rtype
}

// interfaceType lists an Interface's methods, sorted by id.
type interfaceType struct {
	rtype    rtype
	methods  uint32 // *imethod: the first of nmethods, a 32-bit address as a method's
	nmethods uint32
}

// structType lists a Struct's fields; tags points to the array of their
// tags (nil when no field has one).
type structType struct {
	rtype   rtype
	fields  *structField // the first of nfields
	nfields uint32
	tags    unsafe.Pointer
}

// funcType lists the types of a Func's nin parameters then nout
// results; calls is its call table (call.go).
type funcType struct {
	rtype  rtype
	params **rtype
	calls  *callTable
	nin    uint32
	nout   uint32
}

// elem is the element type of a Pointer, Slice, Array, Chan or Map type.
func (t *rtype) elem() *rtype {
	return (*ptrType)(unsafe.Pointer(t)).elem
}

// len is an Array type's length, a Chan type's direction.
func (t *rtype) len() uintptr {
	return (*arrayType)(unsafe.Pointer(t)).len
}

// key is a Map type's key type.
func (t *rtype) key() *rtype {
	return (*mapType)(unsafe.Pointer(t)).key
}

// fields are a Struct's fields.
func (t *rtype) fields() []structField {
	st := (*structType)(unsafe.Pointer(t))
	if st.fields == nil {
		return nil
	}
	return (*[1 << 32]structField)(unsafe.Pointer(st.fields))[:st.nfields:st.nfields]
}

// imethods are an Interface's methods.
func (t *rtype) imethods() []imethod {
	it := (*interfaceType)(unsafe.Pointer(t))
	if it.methods == 0 {
		return nil
	}
	return (*[1 << 32]imethod)(unsafe.Pointer(uintptr(it.methods)))[:it.nmethods:it.nmethods]
}

// uncommon is t's uncommonType, nil if it has none.
func (t *rtype) uncommon() *uncommonType {
	if t.tflag&tflagUncommon == 0 {
		return nil
	}
	return (*uncommonType)(unsafe.Add(unsafe.Pointer(t), tailEnd(Kind(t.kind))))
}

// tailEnd is the size of a descriptor of kind k without its uncommonType.
func tailEnd(k Kind) uintptr {
	switch k {
	case Pointer, Slice:
		return unsafe.Sizeof(ptrType{})
	case Array, Chan:
		return unsafe.Sizeof(arrayType{})
	case Map:
		return unsafe.Sizeof(mapType{})
	case Interface:
		return unsafe.Sizeof(interfaceType{})
	case Struct:
		return unsafe.Sizeof(structType{})
	case Func:
		return unsafe.Sizeof(funcType{})
	}
	return unsafe.Sizeof(rtype{})
}

// methods is t's method set, sorted by name.
func (t *rtype) methods() []method {
	if u := t.uncommon(); u != nil && u.methods != 0 {
		return (*[1 << 32]method)(unsafe.Pointer(uintptr(u.methods)))[:u.nmethods:u.nmethods]
	}
	return nil
}

// pkgpath is a named type's package path; for an unnamed struct, that of
// its unexported fields.
func (t *rtype) pkgpath() string {
	if u := t.uncommon(); u != nil {
		return u.pkgpath.string()
	}
	return ""
}

// params are a Func type's parameter types, then its result types.
func (t *rtype) params() []*rtype {
	ft := (*funcType)(unsafe.Pointer(t))
	if ft.params == nil {
		return nil
	}
	n := ft.nin + ft.nout
	return (*[1 << 32]*rtype)(unsafe.Pointer(ft.params))[:n:n]
}

// nin is a Func type's number of parameters.
func (t *rtype) nin() uintptr {
	return uintptr((*funcType)(unsafe.Pointer(t)).nin)
}

// structField describes a struct field.
type structField struct {
	name        name
	typ         *rtype
	offsetEmbed uintptr // the field's offset << 1 | 1 for an embedded field (as Go's)
}

func (f *structField) offset() uintptr {
	return f.offsetEmbed >> 1
}

func (f *structField) embedded() bool {
	return f.offsetEmbed&1 != 0
}

func offsetEmbed(offset uintptr, embedded bool) uintptr {
	if embedded {
		return offset<<1 | 1
	}
	return offset << 1
}

// tag returns the tag of struct type t's i'th field: a tagged struct's
// tags word points to the array of its fields' tags.
func (t *rtype) tag(i int) string {
	tags := (*structType)(unsafe.Pointer(t)).tags
	if tags == nil {
		return ""
	}
	return *(*string)(unsafe.Add(tags, uintptr(i)*unsafe.Sizeof("")))
}

// method is an entry of a type's method table, sorted by name; its
// addresses are 32 bits wide, as runtime.method says why (0: pruned).
type method struct {
	id       name
	mtypAddr uint32
	ifnAddr  uint32 // code taking the interface data word as receiver
}

func (m *method) name() string {
	return m.id.string()
}

func (m *method) mtyp() *rtype {
	return (*rtype)(unsafe.Pointer(uintptr(m.mtypAddr)))
}

func (m *method) ifn() unsafe.Pointer {
	return unsafe.Pointer(uintptr(m.ifnAddr))
}

// An imethod is an interface's method (runtime/type.go): its id and
// signature, 32-bit addresses as a method's.
type imethod struct {
	id      name
	typAddr uint32
}

func (m *imethod) name() string {
	return m.id.string()
}

func (m *imethod) typ() *rtype {
	return (*rtype)(unsafe.Pointer(uintptr(m.typAddr)))
}

// An eface is the layout of an empty interface value (any).
type eface struct {
	typ  *rtype
	data unsafe.Pointer
}

// An iface is the layout of a non-empty interface value.
type iface struct {
	tab  *itab
	data unsafe.Pointer
}

// An itab pairs an interface type with the dynamic type stored in it.
type itab struct {
	inter *rtype
	typ   *rtype
}

// Type is the representation of a Go type.
type Type interface {
	// Kind returns the specific kind of this type.
	Kind() Kind
	// String returns the type as Go source would spell it ("[]int", "main.T").
	String() string
	// Name returns a defined type's name within its package, else "".
	Name() string
	// PkgPath returns a defined type's package path, else "".
	PkgPath() string
	// Size returns the number of bytes a value of the type occupies.
	Size() uintptr
	// Align returns the alignment in bytes of a value of the type.
	Align() int
	// Bits returns the size of a numeric type in bits.
	Bits() int
	// Comparable reports whether values of the type can be compared with ==.
	Comparable() bool
	// Elem returns the element type of an Array, Chan, Map, Pointer or Slice.
	Elem() Type
	// Key returns a map type's key type.
	Key() Type
	// Len returns an array type's length.
	Len() int
	// NumField returns a struct type's field count.
	NumField() int
	// Field returns a struct type's i'th field.
	Field(i int) StructField
	// NumMethod returns the number of exported methods in the method set
	// (for an interface type, the number of its methods).
	NumMethod() int
	// Method returns the i'th method in the type's method set.
	Method(i int) Method
	// MethodByName returns the method with that name in the type's
	// method set, and whether it was found.
	MethodByName(name string) (Method, bool)
	// NumIn returns a function type's parameter count.
	NumIn() int
	// In returns a function type's i'th parameter type.
	In(i int) Type
	// NumOut returns a function type's result count.
	NumOut() int
	// Out returns a function type's i'th result type.
	Out(i int) Type
	// IsVariadic reports whether a function type's last parameter is ...T.
	IsVariadic() bool
	// FieldAlign returns the alignment of a value of the type used as a struct field.
	FieldAlign() int
	// ChanDir returns a channel type's direction.
	ChanDir() ChanDir
	// FieldByIndex returns the nested field of a struct type reached by index.
	FieldByIndex(index []int) StructField
	// FieldByName returns the struct field with the given name, looking
	// through embedded fields, and whether it was found.
	FieldByName(name string) (StructField, bool)
	// FieldByNameFunc returns the struct field whose name satisfies match,
	// looking through embedded fields breadth first, and whether it was found.
	FieldByNameFunc(match func(string) bool) (StructField, bool)
	// Implements reports whether the type implements the interface type u.
	Implements(u Type) bool
	// AssignableTo reports whether a value of the type is assignable to type u.
	AssignableTo(u Type) bool
	// ConvertibleTo reports whether a value of the type is convertible to type u.
	ConvertibleTo(u Type) bool

	common() *rtype
}

// A StructField describes one field of a struct type.
type StructField struct {
	Name      string
	PkgPath   string // empty for exported fields
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool {
	return f.PkgPath == ""
}

// TypeOf returns the dynamic type of i, or nil if i is a nil interface.
func TypeOf(i any) Type {
	e := (*eface)(unsafe.Pointer(&i))
	return toType(e.typ)
}

// toType turns a descriptor into a Type, keeping nil a nil interface.
func toType(t *rtype) Type {
	if t == nil {
		return nil
	}
	return t
}

func (t *rtype) common() *rtype { return t }

func (t *rtype) Kind() Kind { return Kind(t.kind) }

func (t *rtype) String() string { return t.str.string() }

func (t *rtype) Name() string {
	if t.tflag&tflagNamed == 0 {
		return ""
	}
	// The name follows the last dot that is not inside the brackets of
	// type arguments: "main.Pair[main.K,int]" is named "Pair[main.K,int]".
	s := t.String()
	i := len(s) - 1
	brackets := 0
	for i >= 0 && (s[i] != '.' || brackets != 0) {
		switch s[i] {
		case ']':
			brackets++
		case '[':
			brackets--
		}
		i--
	}
	return s[i+1:]
}

func (t *rtype) PkgPath() string {
	if t.tflag&tflagNamed == 0 {
		return ""
	}
	return t.pkgpath()
}

func (t *rtype) FieldAlign() int { return int(t.align) }

func (t *rtype) Size() uintptr { return t.size }

func (t *rtype) Align() int { return int(t.align) }

func (t *rtype) Comparable() bool { return t.tflag&tflagComparable != 0 }

// direct reports whether values of t are stored in an interface's data word itself.
func (t *rtype) direct() bool { return t.tflag&tflagDirect != 0 }

func (t *rtype) Bits() int {
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return int(t.size) * 8
}

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return toType(t.elem())
	}
	panic("reflect: Elem of invalid type " + t.String())
}

// A ChanDir is a channel type's direction.
type ChanDir int

const (
	RecvDir ChanDir             = 1 << iota // <-chan
	SendDir                                 // chan<-
	BothDir = RecvDir | SendDir             // chan
)

func (d ChanDir) String() string {
	switch d {
	case SendDir:
		return "chan<-"
	case RecvDir:
		return "<-chan"
	case BothDir:
		return "chan"
	}
	return "ChanDir" + itoa(int(d))
}

// chanDirs maps a descriptor's channel direction (the compiler numbers
// both, send, receive as 0, 1, 2) to a ChanDir.
var chanDirs = [3]ChanDir{BothDir, SendDir, RecvDir}

func (t *rtype) ChanDir() ChanDir {
	t.mustBe(Chan, "ChanDir")
	return chanDirs[t.len()]
}

func (t *rtype) Key() Type {
	t.mustBe(Map, "Key")
	return toType(t.key())
}

func (t *rtype) Len() int {
	t.mustBe(Array, "Len")
	return int(t.len())
}

func (t *rtype) NumField() int {
	t.mustBe(Struct, "NumField")
	return len(t.fields())
}

func (t *rtype) Field(i int) StructField {
	t.mustBe(Struct, "Field")
	if i < 0 || i >= len(t.fields()) {
		panic("reflect: Field index out of bounds")
	}
	f := &t.fields()[i]
	sf := StructField{
		Name:      f.name.string(),
		Type:      toType(f.typ),
		Tag:       StructTag(t.tag(i)),
		Offset:    f.offset(),
		Index:     []int{i},
		Anonymous: f.embedded(),
	}
	if !isExported(f.name.string()) {
		sf.PkgPath = t.pkgpath()
	}
	return sf
}

func (t *rtype) NumMethod() int {
	if t.Kind() == Interface {
		return len(t.imethods())
	}
	n := 0
	for _, m := range t.methods() {
		if isExported(methodName(m.name())) {
			n++
		}
	}
	return n
}

func (t *rtype) NumIn() int {
	t.mustBe(Func, "NumIn")
	return int(t.nin())
}

func (t *rtype) In(i int) Type {
	t.mustBe(Func, "In")
	if uint(i) >= uint(t.nin()) {
		panic("reflect: Function index out of range")
	}
	return toType(t.params()[i])
}

func (t *rtype) NumOut() int {
	t.mustBe(Func, "NumOut")
	return len(t.params()) - int(t.nin())
}

func (t *rtype) Out(i int) Type {
	t.mustBe(Func, "Out")
	if i < 0 || int(t.nin())+i >= len(t.params()) {
		panic("reflect: Function index out of range")
	}
	return toType(t.params()[int(t.nin())+i])
}

func (t *rtype) IsVariadic() bool {
	t.mustBe(Func, "IsVariadic")
	return t.tflag&tflagVariadic != 0
}

// mustBe panics unless t has kind k; method names the caller.
func (t *rtype) mustBe(k Kind, method string) {
	if t.Kind() != k {
		panic("reflect: " + method + " of non-" + k.String() + " type " + t.String())
	}
}

// isExported reports whether an identifier starts with an upper-case
// letter. Only ASCII letters are recognised.
func isExported(name string) bool {
	return len(name) > 0 && 'A' <= name[0] && name[0] <= 'Z'
}
