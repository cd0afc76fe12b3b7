package gob

import (
	"bufio"
	"encoding"
	"errors"
	"io"
	"math"
	"math/bits"
	"reflect"
	"sync"
)

var (
	errBadUint  = errors.New("gob: encoded unsigned integer out of range")
	errBadType  = errors.New("gob: unknown type id or corrupted data")
	errRange    = errors.New("gob: bad data: field numbers out of bounds")
	errBadCount = errors.New("invalid message length")
)

// maxIgnoreNestingDepth bounds how deeply values of types the receiver
// does not know may nest, as a guard against hostile streams.
var maxIgnoreNestingDepth = 10000

// A decBuffer is the part of the stream read but not yet decoded.
type decBuffer struct {
	data []byte
	off  int
}

func (b *decBuffer) Len() int { return len(b.data) - b.off }

func (b *decBuffer) bytes() []byte { return b.data[b.off:] }

func (b *decBuffer) drop(n int) { b.off += n }

func (b *decBuffer) readByte() byte {
	if b.off >= len(b.data) {
		error_(io.EOF)
	}
	c := b.data[b.off]
	b.off++
	return c
}

// readUint reads a gob unsigned integer.
func (b *decBuffer) readUint() uint64 {
	c := b.readByte()
	if c < 0x80 {
		return uint64(c)
	}
	n := -int(int8(c))
	if n > 8 {
		error_(errBadUint)
	}
	if n > b.Len() {
		errorf("invalid uint data length %d: exceeds input size %d", n, b.Len())
	}
	var x uint64
	for _, c := range b.data[b.off : b.off+n] {
		x = x<<8 | uint64(c)
	}
	b.off += n
	return x
}

// readInt reads a gob signed integer (see writeInt).
func (b *decBuffer) readInt() int64 {
	x := b.readUint()
	if x&1 != 0 {
		return ^int64(x >> 1)
	}
	return int64(x >> 1)
}

func (b *decBuffer) readFloat() float64 {
	return math.Float64frombits(bits.ReverseBytes64(b.readUint()))
}

// readLength reads a byte count that must fit in what is left.
func (b *decBuffer) readLength(what string) int {
	n := b.readUint()
	if n > uint64(b.Len()) {
		errorf("invalid %s length %d: exceeds input size %d", what, n, b.Len())
	}
	return int(n)
}

// A Decoder manages the receipt of type and data information read from the
// remote side of a connection. It is safe for concurrent use by multiple
// goroutines.
//
// The Decoder does only basic sanity checking on decoded input sizes,
// and its limits are not configurable. Take caution when decoding gob data
// from untrusted sources.
type Decoder struct {
	mutex    sync.Mutex
	r        io.Reader
	buf      decBuffer // the stream read so far, a message at a time
	wireType map[typeId]*wireType
	// checked holds the pairs of local type and remote type id already
	// found compatible (see check).
	checked map[checkKey]bool
	// fields holds, for a local struct type and a remote one, where each
	// remote field goes (see localFields).
	fields map[checkKey][]localField
	err    error
}

type checkKey struct {
	local  reflect.Type
	remote typeId
}

// NewDecoder returns a new decoder that reads from the io.Reader.
// If r does not also implement io.ByteReader, it will be wrapped in a
// bufio.Reader.
func NewDecoder(r io.Reader) *Decoder {
	if _, ok := r.(io.ByteReader); !ok {
		r = bufio.NewReader(r)
	}
	return &Decoder{r: r, wireType: map[typeId]*wireType{}, checked: map[checkKey]bool{}, fields: map[checkKey][]localField{}}
}

// recvMessage reads the next message into the buffer.
func (dec *Decoder) recvMessage() bool {
	n, err := readUintFrom(dec.r)
	if err != nil {
		dec.err = err
		return false
	}
	if n >= tooBig {
		dec.err = errBadCount
		return false
	}
	data := make([]byte, int(n))
	if _, err := io.ReadFull(dec.r, data); err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		dec.err = err
		return false
	}
	dec.buf = decBuffer{data: data}
	return true
}

// readUintFrom reads a gob unsigned integer (a message length) from r.
func readUintFrom(r io.Reader) (uint64, error) {
	var buf [9]byte
	if _, err := io.ReadFull(r, buf[:1]); err != nil {
		return 0, err
	}
	if buf[0] < 0x80 {
		return uint64(buf[0]), nil
	}
	n := -int(int8(buf[0]))
	if n > 8 {
		return 0, errBadUint
	}
	if _, err := io.ReadFull(r, buf[:n]); err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return 0, err
	}
	var x uint64
	for _, c := range buf[:n] {
		x = x<<8 | uint64(c)
	}
	return x, nil
}

// decodeTypeSequence reads type definitions up to the id of the value
// that follows them, which it returns (-1 on an error, in dec.err). Within
// an interface value each definition is followed by the byte count of
// what comes next, skipped here.
func (dec *Decoder) decodeTypeSequence(isInterface bool) typeId {
	first := true
	for dec.err == nil {
		if dec.buf.Len() == 0 {
			if !dec.recvMessage() {
				if !first && dec.err == io.EOF {
					dec.err = io.ErrUnexpectedEOF
				}
				break
			}
		}
		var id typeId
		if !dec.protect(func() { id = typeId(dec.buf.readInt()) }) {
			break
		}
		if id >= 0 {
			return id
		}
		dec.recvType(-id)
		if dec.err != nil {
			break
		}
		if dec.buf.Len() > 0 {
			if !isInterface {
				dec.err = errors.New("extra data in buffer")
				break
			}
			dec.protect(func() { dec.buf.readUint() })
		}
		first = false
	}
	return -1
}

// protect runs f, turning an error it raises into dec.err; it reports
// whether f succeeded.
func (dec *Decoder) protect(f func()) bool {
	var err error
	func() {
		defer catchError(&err)
		f()
	}()
	if err != nil {
		if dec.err == nil {
			dec.err = err
		}
		return false
	}
	return true
}

// wire returns the definition of type id: received, or one of those
// every decoder knows.
func (dec *Decoder) wire(id typeId) *wireType {
	if w := dec.wireType[id]; w != nil {
		return w
	}
	return bootstrap[id]
}

// recvType reads the definition of type id.
func (dec *Decoder) recvType(id typeId) {
	if id < firstUserId || dec.wireType[id] != nil {
		dec.err = errors.New("gob: duplicate type received")
		return
	}
	w := new(wireType)
	if dec.decodeValue(tWireType, reflect.ValueOf(w)); dec.err == nil {
		dec.wireType[id] = w
	}
}

// Decode reads the next value from the input stream and stores
// it in the data represented by the empty interface value.
// If e is nil, the value will be discarded. Otherwise,
// the value underlying e must be a pointer to the
// correct type for the next data item received.
// If the input is at EOF, Decode returns io.EOF and
// does not modify e.
func (dec *Decoder) Decode(e any) error {
	if e == nil {
		return dec.DecodeValue(reflect.Value{})
	}
	value := reflect.ValueOf(e)
	if value.Type().Kind() != reflect.Pointer {
		dec.err = errors.New("gob: attempt to decode into a non-pointer")
		return dec.err
	}
	return dec.DecodeValue(value)
}

// DecodeValue reads the next value from the input stream.
// If v is the zero reflect.Value (v.Kind() == Invalid), DecodeValue discards the value.
// Otherwise, it stores the value into v. In that case, v must represent
// a non-nil pointer to data or be an assignable reflect.Value (v.CanSet())
// If the input is at EOF, DecodeValue returns io.EOF and
// does not modify v.
func (dec *Decoder) DecodeValue(v reflect.Value) error {
	if v.IsValid() {
		if v.Kind() == reflect.Pointer && !v.IsNil() {
			// That's okay, we'll store through the pointer.
		} else if !v.CanSet() {
			return errors.New("gob: DecodeValue of unassignable value")
		}
	}
	dec.mutex.Lock()
	defer dec.mutex.Unlock()
	dec.buf = decBuffer{}
	dec.err = nil
	id := dec.decodeTypeSequence(false)
	if dec.err == nil {
		dec.decodeValue(id, v)
	}
	return dec.err
}

// decodeValue decodes the value of remote type id that follows into v,
// or skips it when v is invalid: a struct field by field, any other value
// as a struct of one field.
func (dec *Decoder) decodeValue(id typeId, v reflect.Value) {
	defer catchError(&dec.err)
	if !v.IsValid() {
		dec.checkIgnore(id, 0, map[typeId]bool{})
		if w := dec.wire(id); w != nil && w.StructT != nil {
			dec.ignoreStruct(id)
		} else {
			dec.ignoreSingle(id)
		}
		return
	}
	ut := userType(v.Type())
	if ut.externalDec == xNone && ut.base.Kind() == reflect.Struct {
		w := dec.wire(id)
		if w == nil || w.StructT == nil {
			dec.mismatch(ut.base, id)
		}
		dec.check(v.Type(), id)
		// Only for a received type, as Go's decoder.
		if r := dec.wireType[id]; r != nil && ut.base.NumField() > 0 && len(r.StructT.Field) > 0 &&
			!anyFieldMatches(ut.base, r.StructT) {
			errorf("type mismatch: no fields matched compiling decoder for %s", ut.base.Name())
		}
		dec.decodeStruct(id, allocate(v, ut))
		return
	}
	dec.check(v.Type(), id)
	if dec.buf.readUint() != 0 {
		errorf("decode: corrupted data: non-zero delta for singleton")
	}
	dec.decodeInto(id, v, userType(v.Type()), v.Type().String())
}

// mismatch raises the error for a local type that cannot hold values of
// remote type id.
func (dec *Decoder) mismatch(local reflect.Type, id typeId) {
	if _, ok := builtinNames[id]; !ok && dec.wire(id) == nil {
		error_(errBadType)
	}
	if local.Kind() == reflect.Interface && id != tInterface {
		error_(errors.New("gob: local interface type " + local.String() +
			" can only be decoded from remote interface type; received concrete type " + dec.idName(id)))
	}
	error_(errors.New("gob: decoding into local type " + local.String() + ", received remote type " + dec.idName(id)))
}

// anyFieldMatches reports whether a field of the remote struct has a
// field of that name in local struct type rt.
func anyFieldMatches(rt reflect.Type, st *structType) bool {
	for _, f := range st.Field {
		if _, ok := rt.FieldByName(f.Name); ok && isExported(f.Name) {
			return true
		}
	}
	return false
}

// allocate follows v's pointers, allocating the nil ones, down to the
// value the decoder stores into: the base value, or for a type that
// decodes itself, the value its method takes (the base's address when
// the method is on a pointer).
func allocate(v reflect.Value, ut *userTypeInfo) reflect.Value {
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		v = v.Elem()
	}
	if ut.externalDec != xNone && (ut.decIndir == -1 || int(ut.decIndir) < ut.indir) {
		v = v.Addr()
	}
	return v
}

// check verifies, before decoding, that values of remote type id can be
// stored in local type rt, down through the fields of structs and the
// elements of arrays, slices and maps, as Go's decoder compiles its
// decoding engine; each pair is checked once.
func (dec *Decoder) check(rt reflect.Type, id typeId) {
	key := checkKey{rt, id}
	if dec.checked[key] {
		return
	}
	dec.checked[key] = true
	if !dec.compatibleType(rt, id, map[reflect.Type]typeId{}) {
		dec.mismatch(rt, id)
	}
	ut := userType(rt)
	if ut.externalDec != xNone {
		return
	}
	w := dec.wire(id)
	switch t := ut.base; t.Kind() {
	case reflect.Struct:
		if w == nil || w.StructT == nil {
			dec.mismatch(t, id)
		}
		for _, wf := range w.StructT.Field {
			if wf.Name == "" {
				errorf("empty name for remote field of type %s", w.StructT.Name)
			}
			f, ok := t.FieldByName(wf.Name)
			if !ok || !isExported(wf.Name) {
				dec.checkIgnore(wf.Id, 0, map[typeId]bool{})
				continue
			}
			if !dec.compatibleType(f.Type, wf.Id, map[reflect.Type]typeId{}) {
				errorf("wrong type (%s) for received field %s.%s", f.Type, w.StructT.Name, wf.Name)
			}
			dec.check(f.Type, wf.Id)
		}
	case reflect.Array:
		dec.check(t.Elem(), w.ArrayT.Elem)
	case reflect.Slice:
		if w != nil { // else []byte
			dec.check(t.Elem(), w.SliceT.Elem)
		}
	case reflect.Map:
		dec.check(t.Key(), w.MapT.Key)
		dec.check(t.Elem(), w.MapT.Elem)
	}
}

// compatibleType reports whether values of remote type fw can be stored in
// local type fr (inProgress breaks the recursion of recursive types).
func (dec *Decoder) compatibleType(fr reflect.Type, fw typeId, inProgress map[reflect.Type]typeId) bool {
	if rhs, ok := inProgress[fr]; ok {
		return rhs == fw
	}
	inProgress[fr] = fw
	ut := userType(fr)
	wire := dec.wire(fw)
	ok := wire != nil
	// A value a method encoded needs the matching method to decode it,
	// and the other way round. No Go type decodes with UnmarshalText
	// (see validUserType), so text a remote MarshalText wrote cannot be
	// decoded.
	if (ut.externalDec == xGob) != (ok && wire.GobEncoderT != nil) ||
		(ut.externalDec == xBinary) != (ok && wire.BinaryMarshalerT != nil) ||
		ok && wire.TextMarshalerT != nil {
		return false
	}
	if ut.externalDec != xNone {
		return true
	}
	switch t := ut.base; t.Kind() {
	case reflect.Bool:
		return fw == tBool
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return fw == tInt
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return fw == tUint
	case reflect.Float32, reflect.Float64:
		return fw == tFloat
	case reflect.Complex64, reflect.Complex128:
		return fw == tComplex
	case reflect.String:
		return fw == tString
	case reflect.Interface:
		return fw == tInterface
	case reflect.Array:
		if !ok || wire.ArrayT == nil {
			return false
		}
		return t.Len() == wire.ArrayT.Len && dec.compatibleType(t.Elem(), wire.ArrayT.Elem, inProgress)
	case reflect.Map:
		if !ok || wire.MapT == nil {
			return false
		}
		return dec.compatibleType(t.Key(), wire.MapT.Key, inProgress) &&
			dec.compatibleType(t.Elem(), wire.MapT.Elem, inProgress)
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return fw == tBytes
		}
		if !ok || wire.SliceT == nil {
			return false
		}
		return dec.compatibleType(userType(t.Elem()).base, wire.SliceT.Elem, inProgress)
	case reflect.Struct:
		return true
	}
	return false
}

// decodeStruct reads the fields of a struct of remote type id into v,
// matching them by name; the remote fields v lacks are skipped.
func (dec *Decoder) decodeStruct(id typeId, v reflect.Value) {
	st := dec.wire(id).StructT
	local := dec.localFields(v.Type(), id, st)
	fieldnum := -1
	for dec.nextField(st, &fieldnum) {
		wf := st.Field[fieldnum]
		lf := local[fieldnum]
		if lf.index == nil {
			dec.ignore(wf.Id)
			continue
		}
		dec.decodeInto(wf.Id, fieldByIndex(v, lf.index), lf.ut, wf.Name)
	}
}

// A localField is where a remote struct field goes: the index of the
// local field with its name (nil when there is none) and its type's
// userTypeInfo.
type localField struct {
	index []int
	ut    *userTypeInfo
}

// localFields returns the localField of each field of the remote struct
// type id in t: the names are looked up once per pair of types, not once
// per value.
func (dec *Decoder) localFields(t reflect.Type, id typeId, st *structType) []localField {
	key := checkKey{t, id}
	if fields, ok := dec.fields[key]; ok {
		return fields
	}
	fields := make([]localField, len(st.Field))
	for i, wf := range st.Field {
		if f, ok := t.FieldByName(wf.Name); ok && isExported(wf.Name) {
			fields[i] = localField{f.Index, userType(f.Type)}
		}
	}
	dec.fields[key] = fields
	return fields
}

// fieldByIndex is v.FieldByIndex, allocating the nil pointers to embedded
// structs on the way.
func fieldByIndex(v reflect.Value, index []int) reflect.Value {
	for i, x := range index {
		if i > 0 && v.Kind() == reflect.Pointer {
			if v.IsNil() {
				v.Set(reflect.New(v.Type().Elem()))
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}

// decodeInto reads a value of remote type id into v (settable, of a type
// check found compatible), allocating its pointers; name is what an
// overflow error names (see overflow).
func (dec *Decoder) decodeInto(id typeId, v reflect.Value, ut *userTypeInfo, name string) {
	v = allocate(v, ut)
	if ut.externalDec != xNone {
		dec.decodeExternal(v, ut)
		return
	}
	b := &dec.buf
	switch v.Kind() {
	case reflect.Bool:
		v.SetBool(b.readUint() != 0)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		x := b.readInt()
		if v.OverflowInt(x) {
			overflow(name)
		}
		v.SetInt(x)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		x := b.readUint()
		if v.OverflowUint(x) {
			overflow(name)
		}
		v.SetUint(x)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(readFloatFor(b, v, name))
	case reflect.Complex64, reflect.Complex128:
		re := readFloatFor(b, v, name)
		im := readFloatFor(b, v, name)
		v.SetComplex(complex(re, im))
	case reflect.String:
		v.SetString(dec.readString())
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			n := b.readLength("slice")
			grow(v, n)
			reflect.Copy(v, reflect.ValueOf(b.bytes()[:n]))
			b.drop(n)
			return
		}
		dec.decodeSlice(dec.wire(id).SliceT.Elem, v, name)
	case reflect.Array:
		at := dec.wire(id).ArrayT
		if n := b.readUint(); n != uint64(v.Len()) {
			errorf("length mismatch in decodeArray")
		}
		elemUT := userType(v.Type().Elem())
		for i := 0; i < v.Len(); i++ {
			dec.decodeInto(at.Elem, v.Index(i), elemUT, name)
		}
	case reflect.Map:
		mt := dec.wire(id).MapT
		n := b.readUint()
		if v.IsNil() {
			// n comes from the stream: a bounded hint only.
			hint := n
			if hint > uint64(b.Len()) {
				hint = uint64(b.Len())
			}
			v.Set(reflect.MakeMapWithSize(v.Type(), int(hint)))
		}
		keyUT, elemUT := userType(v.Type().Key()), userType(v.Type().Elem())
		for i := uint64(0); i < n; i++ {
			key := reflect.New(v.Type().Key()).Elem()
			dec.decodeInto(mt.Key, key, keyUT, name)
			elem := reflect.New(v.Type().Elem()).Elem()
			dec.decodeInto(mt.Elem, elem, elemUT, name)
			v.SetMapIndex(key, elem)
		}
	case reflect.Struct:
		dec.decodeStruct(id, v)
	case reflect.Interface:
		dec.decodeInterface(v)
	default:
		errorf("decode can't handle type %s", v.Type())
	}
}

// overflow raises the error for a number too large for its variable:
// name is the struct field it is read for, or the type of a value decoded
// whole.
func overflow(name string) {
	error_(errors.New("value for \"" + name + "\" out of range"))
}

// readFloatFor reads a float for v, which may be too small for it.
func readFloatFor(b *decBuffer, v reflect.Value, name string) float64 {
	f := b.readFloat()
	if v.Kind() == reflect.Float32 || v.Kind() == reflect.Complex64 {
		if a := math.Abs(f); math.MaxFloat32 < a && a <= math.MaxFloat64 {
			overflow(name)
		}
	}
	return f
}

// grow sets slice v's length to n, reusing its array when it is large
// enough.
func grow(v reflect.Value, n int) {
	if v.Cap() < n {
		v.Set(reflect.MakeSlice(v.Type(), n, n))
	} else {
		v.SetLen(n)
	}
}

func (dec *Decoder) decodeSlice(elemId typeId, v reflect.Value, name string) {
	u := dec.buf.readUint()
	size := uint64(v.Type().Elem().Size())
	n := int(u)
	if n < 0 || uint64(n) != u || u*size > tooBig || (size > 0 && u*size/size != u) {
		// Not checked against the buffer's length: a slice of interfaces
		// reads on past the message.
		errorf("%s slice too big: %d elements of %d bytes", v.Type().Elem(), u, size)
	}
	grow(v, n)
	elemUT := userType(v.Type().Elem())
	for i := 0; i < n; i++ {
		if dec.buf.Len() == 0 {
			errorf("decoding array or slice: length exceeds input size (%d elements)", n)
		}
		dec.decodeInto(elemId, v.Index(i), elemUT, name)
	}
}

// decodeExternal hands the bytes of a value that encoded itself to its
// decoding method (v is the value with the method).
func (dec *Decoder) decodeExternal(v reflect.Value, ut *userTypeInfo) {
	n := dec.buf.readUint()
	if n > uint64(dec.buf.Len()) {
		errorf("GobDecoder: invalid data length %d: exceeds input size %d", n, dec.buf.Len())
	}
	data := dec.buf.bytes()[:n]
	dec.buf.drop(int(n))
	var err error
	switch ut.externalDec {
	case xGob:
		err = v.Interface().(GobDecoder).GobDecode(data)
	case xBinary:
		err = v.Interface().(encoding.BinaryUnmarshaler).UnmarshalBinary(data)
	}
	if err != nil {
		error_(err)
	}
}

// decodeInterface reads an interface value (see encodeInterface) into v.
func (dec *Decoder) decodeInterface(v reflect.Value) {
	nr := dec.buf.readUint()
	if nr > 1<<31 {
		errorf("invalid type name length %d", nr)
	}
	if nr > uint64(dec.buf.Len()) {
		errorf("invalid type name length %d: exceeds input size", nr)
	}
	name := string(dec.buf.bytes()[:nr])
	dec.buf.drop(int(nr))
	if name == "" {
		v.Set(reflect.Zero(v.Type()))
		return
	}
	if len(name) > 1024 {
		errorf("name too long (%d bytes): %.20q...", len(name), name)
	}
	registerLock.Lock()
	typ, ok := nameToConcreteType[name]
	registerLock.Unlock()
	if !ok {
		errorf("name not registered for interface: %q", name)
	}
	id := dec.decodeTypeSequence(true)
	if id < 0 {
		error_(dec.err)
	}
	// The byte count of the value, for receivers that skip it.
	dec.buf.readUint()
	x := reflect.New(typ)
	dec.decodeValue(id, x)
	if dec.err != nil {
		error_(dec.err)
	}
	if !typ.AssignableTo(v.Type()) {
		errorf("%s is not assignable to type %s", typ, v.Type())
	}
	v.Set(x.Elem())
}

// checkIgnore verifies, before decoding, that values of remote type id,
// which the receiver has no place for, can be skipped: their types are
// defined and nest at most maxIgnoreNestingDepth levels between structs
// (depth is the level of id).
func (dec *Decoder) checkIgnore(id typeId, depth int, seen map[typeId]bool) {
	if depth > maxIgnoreNestingDepth {
		error_(errors.New("invalid nesting depth"))
	}
	if _, ok := builtinNames[id]; ok || seen[id] {
		return
	}
	seen[id] = true
	w := dec.wire(id)
	switch {
	case w == nil:
		errorf("bad data: undefined type %s", dec.idName(id))
	case w.ArrayT != nil:
		dec.checkIgnore(w.ArrayT.Elem, depth+1, seen)
	case w.SliceT != nil:
		dec.checkIgnore(w.SliceT.Elem, depth+1, seen)
	case w.MapT != nil:
		dec.checkIgnore(w.MapT.Key, depth+1, seen)
		dec.checkIgnore(w.MapT.Elem, depth+1, seen)
	case w.StructT != nil:
		for _, f := range w.StructT.Field {
			dec.checkIgnore(f.Id, 0, seen)
		}
	}
}

// ignore skips a value of remote type id (checked by checkIgnore).
func (dec *Decoder) ignore(id typeId) {
	b := &dec.buf
	switch id {
	case tBool, tInt, tUint, tFloat:
		b.readUint()
		return
	case tComplex:
		b.readUint()
		b.readUint()
		return
	case tBytes, tString:
		n := b.readUint()
		if n > uint64(b.Len()) {
			errorf("slice length too large")
		}
		b.drop(int(n))
		return
	case tInterface:
		dec.ignoreInterface()
		return
	}
	w := dec.wire(id)
	switch {
	case w == nil:
		errorf("bad data: undefined type %s", dec.idName(id))
	case w.ArrayT != nil:
		if n := b.readUint(); n != uint64(w.ArrayT.Len) {
			errorf("length mismatch in ignoreArray")
		}
		dec.ignoreElems(w.ArrayT.Len, w.ArrayT.Elem)
	case w.SliceT != nil:
		n := b.readUint()
		if n > uint64(b.Len()) {
			errorf("slice length too large")
		}
		dec.ignoreElems(int(n), w.SliceT.Elem)
	case w.MapT != nil:
		n := b.readUint()
		for i := uint64(0); i < n; i++ {
			dec.ignore(w.MapT.Key)
			dec.ignore(w.MapT.Elem)
		}
	case w.StructT != nil:
		dec.ignoreStruct(id)
	default:
		n := b.readUint()
		if n > uint64(b.Len()) {
			errorf("GobDecoder: invalid data length %d: exceeds input size %d", n, b.Len())
		}
		b.drop(int(n))
	}
}

func (dec *Decoder) ignoreElems(n int, elem typeId) {
	for i := 0; i < n; i++ {
		if dec.buf.Len() == 0 {
			errorf("decoding array or slice: length exceeds input size (%d elements)", n)
		}
		dec.ignore(elem)
	}
}

func (dec *Decoder) ignoreStruct(id typeId) {
	st := dec.wire(id).StructT
	fieldnum := -1
	for dec.nextField(st, &fieldnum) {
		dec.ignore(st.Field[fieldnum].Id)
	}
}

// nextField moves *fieldnum to the next field sent of a struct of wire
// type st (fields travel as deltas from the previous one): false at the
// struct's end.
func (dec *Decoder) nextField(st *structType, fieldnum *int) bool {
	if dec.buf.Len() == 0 {
		return false
	}
	delta := dec.buf.readUint()
	if delta == 0 {
		return false
	}
	if delta > uint64(len(st.Field)) || *fieldnum+int(delta) >= len(st.Field) {
		error_(errRange)
	}
	*fieldnum += int(delta)
	return true
}

// ignoreSingle skips a top-level value that is not a struct.
func (dec *Decoder) ignoreSingle(id typeId) {
	if dec.buf.readUint() != 0 {
		errorf("decode: corrupted data: non-zero delta for singleton")
	}
	dec.ignore(id)
}

// ignoreInterface skips an interface value, reading the type definitions
// it may carry.
func (dec *Decoder) ignoreInterface() {
	n := dec.interfaceLength("name")
	dec.buf.drop(n)
	if n == 0 {
		return // nil
	}
	if dec.decodeTypeSequence(true) < 0 {
		error_(dec.err)
	}
	dec.buf.drop(dec.interfaceLength("data length"))
}

// interfaceLength reads a byte count of an interface value.
func (dec *Decoder) interfaceLength(what string) int {
	n := dec.buf.readUint()
	if n > uint64(dec.buf.Len()) {
		errorf("bad interface encoding: %s too large for buffer", what)
	}
	return int(n)
}

func (dec *Decoder) readString() string {
	n := dec.buf.readLength("string")
	s := string(dec.buf.bytes()[:n])
	dec.buf.drop(n)
	return s
}
