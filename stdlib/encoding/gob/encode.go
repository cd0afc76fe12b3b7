package gob

import (
	"encoding"
	"errors"
	"io"
	"math"
	"math/bits"
	"reflect"
	"sync"
)

// maxLength is the most bytes a message's length takes on the wire: a
// message buffer starts with that much room, so that the length can be put
// in front of the message without moving it.
const maxLength = 9

// tooBig is the size from which a message is refused, as a guard against
// corrupted lengths.
const tooBig = (1 << 30) << (^uint(0) >> 62)

// An encBuffer collects one message, behind maxLength bytes of room.
type encBuffer struct {
	data []byte
}

func newEncBuffer() *encBuffer {
	return &encBuffer{data: make([]byte, maxLength, 64)}
}

func (b *encBuffer) Write(p []byte) (int, error) {
	b.data = append(b.data, p...)
	return len(p), nil
}

func (b *encBuffer) writeString(s string) {
	b.data = append(b.data, s...)
}

// reset empties the message, keeping the room for its length.
func (b *encBuffer) reset() {
	b.data = b.data[:maxLength]
}

// writeUint writes x as gob's unsigned integer: one byte below 128,
// otherwise the negated byte count and the big-endian bytes.
func (b *encBuffer) writeUint(x uint64) {
	if x < 0x80 {
		b.data = append(b.data, byte(x))
		return
	}
	n := (bits.Len64(x) + 7) / 8
	b.data = append(b.data, byte(-n))
	for i := n - 1; i >= 0; i-- {
		b.data = append(b.data, byte(x>>(8*uint(i))))
	}
}

// writeInt writes i with its sign in bit 0: set, the other bits are
// complemented, so the most negative integer is no special case.
func (b *encBuffer) writeInt(i int64) {
	if i < 0 {
		b.writeUint(uint64(^i)<<1 | 1)
	} else {
		b.writeUint(uint64(i) << 1)
	}
}

// writeFloat writes f's bits byte-reversed, so that the exponent and the
// high bits of the mantissa come first and a float with few significant
// bits is short.
func (b *encBuffer) writeFloat(f float64) {
	b.writeUint(bits.ReverseBytes64(math.Float64bits(f)))
}

// An Encoder manages the transmission of type and data information to the
// other side of a connection. It is safe for concurrent use by multiple
// goroutines.
type Encoder struct {
	mutex sync.Mutex
	// w is a stack: an interface value's type definitions go to the
	// writer of the value that holds it (see encodeInterface).
	w     []io.Writer
	sent  map[reflect.Type]typeId // the types already defined on this stream
	buf   *encBuffer              // the message of a top-level value
	count *encBuffer              // a message's length
	err   error
}

// NewEncoder returns a new encoder that will transmit on the io.Writer.
func NewEncoder(w io.Writer) *Encoder {
	return &Encoder{
		w:     []io.Writer{w},
		sent:  map[reflect.Type]typeId{},
		buf:   newEncBuffer(),
		count: &encBuffer{},
	}
}

func (enc *Encoder) writer() io.Writer {
	return enc.w[len(enc.w)-1]
}

func (enc *Encoder) setError(err error) {
	if enc.err == nil {
		enc.err = err
	}
}

// writeMessage writes b's message to w, preceded by its length, in one
// Write, and empties b.
func (enc *Encoder) writeMessage(w io.Writer, b *encBuffer) {
	n := len(b.data) - maxLength
	if n >= tooBig {
		enc.setError(errors.New("gob: encoder: message too big"))
		return
	}
	enc.count.data = enc.count.data[:0]
	enc.count.writeUint(uint64(n))
	start := maxLength - len(enc.count.data)
	copy(b.data[start:], enc.count.data)
	_, err := w.Write(b.data[start:])
	b.reset()
	if err != nil {
		enc.setError(err)
	}
}

// Encode transmits the data item represented by the empty interface value,
// guaranteeing that all necessary type information has been transmitted
// first. Passing a nil pointer to Encoder will panic, as they cannot be
// transmitted by gob.
func (enc *Encoder) Encode(e any) error {
	return enc.EncodeValue(reflect.ValueOf(e))
}

// EncodeValue transmits the data item represented by the reflection value,
// guaranteeing that all necessary type information has been transmitted
// first. Passing a nil pointer to EncodeValue will panic, as they cannot be
// transmitted by gob.
func (enc *Encoder) EncodeValue(value reflect.Value) error {
	if value.Kind() == reflect.Invalid {
		return errors.New("gob: cannot encode nil value")
	}
	if value.Kind() == reflect.Pointer && value.IsNil() {
		panic("gob: cannot encode nil pointer of type " + value.Type().String())
	}
	enc.mutex.Lock()
	defer enc.mutex.Unlock()
	enc.w = enc.w[:1]
	ut, err := validUserType(value.Type())
	if err != nil {
		return err
	}
	enc.err = nil
	enc.buf.reset()
	enc.sendTypeDescriptor(enc.writer(), enc.buf, ut)
	if enc.err != nil {
		return enc.err
	}
	enc.sendTypeId(enc.buf, ut)
	enc.encode(enc.buf, value, ut)
	if enc.err == nil {
		enc.writeMessage(enc.writer(), enc.buf)
	}
	return enc.err
}

// sendTypeDescriptor makes sure the type of a value about to be sent, and
// the types it is made of, are defined on the stream: the definitions are
// messages of their own, written to w (b is their buffer).
func (enc *Encoder) sendTypeDescriptor(w io.Writer, b *encBuffer, ut *userTypeInfo) {
	rt := ut.base
	if ut.externalEnc != xNone {
		rt = ut.user
	}
	if _, ok := enc.sent[rt]; ok {
		return
	}
	if !enc.sendType(w, b, rt) && enc.err == nil {
		// A predefined type: nothing to send, but remember its id.
		id, _, err := typeInfo(ut)
		if err != nil {
			enc.setError(err)
			return
		}
		enc.sent[rt] = id
	}
}

// sendType defines rt on the stream if it needs a definition (a type
// encoding itself, a struct, map, array or slice but []byte) and has none
// yet, then the types it is made of. It reports whether it sent one.
func (enc *Encoder) sendType(w io.Writer, b *encBuffer, rt reflect.Type) bool {
	ut, err := validUserType(rt)
	if err != nil {
		enc.setError(err)
		return false
	}
	if ut.externalEnc == xNone {
		switch ut.base.Kind() {
		case reflect.Slice:
			if ut.base.Elem().Kind() == reflect.Uint8 {
				return false
			}
		case reflect.Array, reflect.Map, reflect.Struct:
		default:
			return false
		}
	}
	actual := ut.base
	if _, ok := enc.sent[actual]; ok {
		return false
	}
	id, wire, err := typeInfo(ut)
	if err != nil {
		enc.setError(err)
		return false
	}
	b.writeInt(-int64(id))
	enc.encode(b, reflect.ValueOf(wire), userType(reflect.TypeOf(wire)))
	enc.writeMessage(w, b)
	if enc.err != nil {
		return false
	}
	enc.sent[ut.base] = id
	if ut.user != ut.base {
		enc.sent[ut.user] = id
	}
	switch actual.Kind() {
	case reflect.Struct:
		for i := 0; i < actual.NumField(); i++ {
			if f := actual.Field(i); isExported(f.Name) {
				enc.sendType(w, b, f.Type)
			}
		}
	case reflect.Array, reflect.Slice:
		enc.sendType(w, b, actual.Elem())
	case reflect.Map:
		enc.sendType(w, b, actual.Key())
		enc.sendType(w, b, actual.Elem())
	}
	return true
}

// sendTypeId writes the id of the type of the value that follows.
func (enc *Encoder) sendTypeId(b *encBuffer, ut *userTypeInfo) {
	b.writeInt(int64(enc.sent[ut.base]))
}

// encode writes value as a message body: a struct as its fields, any
// other value as a struct of one field (a zero delta, then the value).
func (enc *Encoder) encode(b *encBuffer, value reflect.Value, ut *userTypeInfo) {
	defer catchError(&enc.err)
	v, ok := indirect(value, ut)
	if !ok {
		return
	}
	if ut.externalEnc == xNone && v.Kind() == reflect.Struct {
		enc.encodeStruct(b, v)
		return
	}
	b.writeUint(0)
	enc.encodeItem(b, v, ut)
}

// indirect follows v's pointers down to the value gob transmits: the base
// value, or the one whose method encodes it (taking v's address when the
// method is on the pointer). ok is false at a nil pointer.
func indirect(v reflect.Value, ut *userTypeInfo) (reflect.Value, bool) {
	n := ut.indir
	if ut.externalEnc != xNone {
		n = int(ut.encIndir)
	}
	for i := 0; i < n; i++ {
		if v.IsNil() {
			return v, false
		}
		v = v.Elem()
	}
	if n < 0 {
		if !v.CanAddr() {
			c := reflect.New(v.Type()).Elem()
			c.Set(v)
			v = c
		}
		v = v.Addr()
	}
	return v, true
}

// omitted reports whether a struct field's value v is left out of the
// struct's encoding: zero values are, but for arrays and structs.
func omitted(v reflect.Value, ut *userTypeInfo) bool {
	if ut.externalEnc != xNone {
		return v.IsZero()
	}
	switch v.Kind() {
	case reflect.Array, reflect.Struct:
		return false
	case reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Map, reflect.Interface:
		return v.IsNil()
	}
	return v.IsZero()
}

// encodeStruct writes the fields of struct v that are sent and not zero,
// each after the delta of its field number, then a zero delta.
func (enc *Encoder) encodeStruct(b *encBuffer, v reflect.Value) {
	fields := sentFields(v.Type())
	if len(fields) == 0 && v.NumField() > 0 {
		errorf("type %s has no exported fields", v.Type())
	}
	fieldnum := -1
	for i, sf := range fields {
		ut := sf.ut
		f, ok := indirect(v.Field(sf.index), ut)
		if !ok || omitted(f, ut) {
			continue
		}
		b.writeUint(uint64(i - fieldnum))
		fieldnum = i
		enc.encodeItem(b, f, ut)
	}
	b.writeUint(0)
}

// encodeElem writes an element of an array, slice or map, which is sent
// even when it is zero but cannot be a nil pointer.
func (enc *Encoder) encodeElem(b *encBuffer, v reflect.Value, what string) {
	ut := userType(v.Type())
	v, ok := indirect(v, ut)
	if !ok {
		errorf("%s: nil element", what)
	}
	enc.encodeItem(b, v, ut)
}

// encodeItem writes the value v (past its pointers, see indirect).
func (enc *Encoder) encodeItem(b *encBuffer, v reflect.Value, ut *userTypeInfo) {
	if ut.externalEnc != xNone {
		enc.encodeExternal(b, v, ut)
		return
	}
	switch v.Kind() {
	case reflect.Bool:
		if v.Bool() {
			b.writeUint(1)
		} else {
			b.writeUint(0)
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		b.writeInt(v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		b.writeUint(v.Uint())
	case reflect.Float32, reflect.Float64:
		b.writeFloat(v.Float())
	case reflect.Complex64, reflect.Complex128:
		c := v.Complex()
		b.writeFloat(real(c))
		b.writeFloat(imag(c))
	case reflect.String:
		s := v.String()
		b.writeUint(uint64(len(s)))
		b.writeString(s)
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			b.writeUint(uint64(v.Len()))
			b.Write(v.Bytes())
			return
		}
		enc.encodeArray(b, v)
	case reflect.Array:
		enc.encodeArray(b, v)
	case reflect.Map:
		b.writeUint(uint64(v.Len()))
		iter := v.MapRange()
		for iter.Next() {
			enc.encodeElem(b, iter.Key(), "encodeReflectValue")
			enc.encodeElem(b, iter.Value(), "encodeReflectValue")
		}
	case reflect.Struct:
		enc.encodeStruct(b, v)
	case reflect.Interface:
		enc.encodeInterface(b, v)
	default:
		errorf("can't encode type %s", v.Type())
	}
}

func (enc *Encoder) encodeArray(b *encBuffer, v reflect.Value) {
	n := v.Len()
	b.writeUint(uint64(n))
	for i := 0; i < n; i++ {
		enc.encodeElem(b, v.Index(i), "encodeArray")
	}
}

// encodeExternal writes what the value's own method encodes it to, as a
// byte count and the bytes.
func (enc *Encoder) encodeExternal(b *encBuffer, v reflect.Value, ut *userTypeInfo) {
	var data []byte
	var err error
	switch ut.externalEnc {
	case xGob:
		data, err = v.Interface().(GobEncoder).GobEncode()
	case xBinary:
		data, err = v.Interface().(encoding.BinaryMarshaler).MarshalBinary()
	}
	if err != nil {
		error_(err)
	}
	b.writeUint(uint64(len(data)))
	b.Write(data)
}

// encodeInterface writes an interface value: the name its concrete type
// is registered under (empty for nil), then that type's id and the value
// as a message of its own, with a byte count so that a receiver that
// cannot store it can skip it. Definitions of the concrete type go to the
// current writer: at the top, they cut the enclosing message short, and
// the decoder, which reads the stream as one buffer, picks them up there.
func (enc *Encoder) encodeInterface(b *encBuffer, iv reflect.Value) {
	if iv.IsNil() {
		b.writeUint(0)
		return
	}
	elem := iv.Elem()
	if elem.Kind() == reflect.Pointer && elem.IsNil() {
		errorf("gob: cannot encode nil pointer of type %s inside interface", elem.Type())
	}
	ut := userType(elem.Type())
	registerLock.Lock()
	name, ok := concreteTypeToName[ut.base]
	registerLock.Unlock()
	if !ok {
		errorf("type not registered for interface: %s", ut.base)
	}
	b.writeUint(uint64(len(name)))
	b.writeString(name)
	enc.sendTypeDescriptor(enc.writer(), b, ut)
	enc.sendTypeId(b, ut)
	enc.w = append(enc.w, b)
	data := newEncBuffer()
	enc.encode(data, elem, ut)
	if enc.err != nil {
		error_(enc.err)
	}
	enc.w = enc.w[:len(enc.w)-1]
	enc.writeMessage(b, data)
	if enc.err != nil {
		error_(enc.err)
	}
}
