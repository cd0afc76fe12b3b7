// This file implements Marshal: the JSON encoding of Go values, walked
// through reflection, with Go's rules (RFC 8259 output; maps with sorted
// keys; []byte as base64; Marshaler and TextMarshaler called, also on a
// pointer to an addressable value; floats in the shortest form that
// round-trips, 'e' notation only for very small or large magnitudes).

package json

import (
	"bytes"
	"encoding"
	"internal/omitempty"
	"math"
	"reflect"
	"sort"
	"strconv"
	"sync"
	"unicode/utf8"
)

// Marshaler is the interface implemented by types that can marshal
// themselves into valid JSON.
type Marshaler interface {
	MarshalJSON() ([]byte, error)
}

// An UnsupportedTypeError is returned by Marshal when attempting to
// encode an unsupported value type.
type UnsupportedTypeError struct {
	Type reflect.Type
}

func (e *UnsupportedTypeError) Error() string {
	return "json: unsupported type: " + e.Type.String()
}

// An UnsupportedValueError is returned by Marshal when attempting to
// encode an unsupported value (NaN, infinities, cycles).
type UnsupportedValueError struct {
	Value reflect.Value
	Str   string
}

func (e *UnsupportedValueError) Error() string {
	return "json: unsupported value: " + e.Str
}

// A MarshalerError represents an error from calling a MarshalJSON or
// MarshalText method.
type MarshalerError struct {
	Type       reflect.Type
	Err        error
	sourceFunc string
}

func (e *MarshalerError) Error() string {
	srcFunc := e.sourceFunc
	if srcFunc == "" {
		srcFunc = "MarshalJSON"
	}
	return "json: error calling " + srcFunc + " for type " + e.Type.String() + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *MarshalerError) Unwrap() error { return e.Err }

var (
	marshalerType     = reflect.TypeOf((*Marshaler)(nil)).Elem()
	textMarshalerType = reflect.TypeOf((*encoding.TextMarshaler)(nil)).Elem()
)

// Marshal returns the JSON encoding of v.
func Marshal(v any) ([]byte, error) {
	e := &encodeState{escapeHTML: true}
	if err := e.marshal(v); err != nil {
		return nil, err
	}
	return e.Bytes(), nil
}

// MarshalIndent is like Marshal but applies Indent to format the output.
func MarshalIndent(v any, prefix, indent string) ([]byte, error) {
	b, err := Marshal(v)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := Indent(&buf, b, prefix, indent); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// An encodeState encodes one value into its Buffer, as Go's does: the
// methods write through the buffer, and scratch holds a number's digits
// on their way there without an allocation.
type encodeState struct {
	bytes.Buffer
	scratch    [64]byte
	escapeHTML bool
	ptrLevel   int              // pointers followed so far
	ptrSeen    map[any]struct{} // pointers followed past the first thousand, to find cycles
}

// jsonError wraps an error the encoder panics with, so marshal tells it
// from other panics.
type jsonError struct{ error }

// startDetectingCyclesAfter is how deep pointers may nest before the
// encoder starts recording them to find cycles.
const startDetectingCyclesAfter = 1000

func (e *encodeState) marshal(v any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			je, ok := r.(jsonError)
			if !ok {
				panic(r)
			}
			err = je.error
		}
	}()
	e.reflectValue(reflect.ValueOf(v))
	return nil
}

func (e *encodeState) fail(err error) {
	panic(jsonError{err})
}

// reflectValue encodes v.
func (e *encodeState) reflectValue(v reflect.Value) {
	if !v.IsValid() {
		e.WriteString("null")
		return
	}
	e.typedValue(v, methodsOf(v.Type()))
}

// typedValue encodes v, whose type has the marshaling methods m: the
// encoding of a struct field, or of the elements of a slice, array or map,
// looks them up once for all its values.
func (e *encodeState) typedValue(v reflect.Value, m int) {
	if m != 0 && e.marshaler(v, m) {
		return
	}
	switch v.Kind() {
	case reflect.Bool:
		e.Write(strconv.AppendBool(e.scratch[:0], v.Bool()))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		e.Write(strconv.AppendInt(e.scratch[:0], v.Int(), 10))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		e.Write(strconv.AppendUint(e.scratch[:0], v.Uint(), 10))
	case reflect.Float32, reflect.Float64:
		e.float(v)
	case reflect.String:
		if v.Type() == numberType {
			e.number(v)
			return
		}
		e.string(v.String(), e.escapeHTML)
	case reflect.Interface:
		if v.IsNil() {
			e.WriteString("null")
			return
		}
		e.reflectValue(v.Elem())
	case reflect.Struct:
		e.structValue(v)
	case reflect.Map:
		e.mapValue(v)
	case reflect.Slice:
		e.sliceValue(v)
	case reflect.Array:
		e.array(v)
	case reflect.Pointer:
		e.pointer(v)
	default:
		e.fail(&UnsupportedTypeError{v.Type()})
	}
}

// Which marshaling methods a type has, as methodsOf reports them.
const (
	hasMarshalJSON    = 1 << iota // the type implements Marshaler
	hasMarshalText                // the type implements encoding.TextMarshaler
	ptrHasMarshalJSON             // a pointer to the type implements Marshaler
	ptrHasMarshalText             // a pointer to the type implements encoding.TextMarshaler
)

// methodCache maps a type to its methodsOf bits.
var methodCache sync.Map

// methodsOf tells which marshaling methods t and *t have.
func methodsOf(t reflect.Type) int {
	if m, ok := methodCache.Load(t); ok {
		return m.(int)
	}
	m := 0
	if t.Implements(marshalerType) {
		m |= hasMarshalJSON
	}
	if t.Implements(textMarshalerType) {
		m |= hasMarshalText
	}
	if t.Kind() != reflect.Pointer {
		pt := reflect.PointerTo(t)
		if pt.Implements(marshalerType) {
			m |= ptrHasMarshalJSON
		}
		if pt.Implements(textMarshalerType) {
			m |= ptrHasMarshalText
		}
	}
	methodCache.Store(t, m)
	return m
}

// marshaler encodes v, whose type has the methods m, through its
// MarshalJSON or MarshalText method, or that of its address when v is
// addressable; it reports whether it did.
func (e *encodeState) marshaler(v reflect.Value, m int) bool {
	t := v.Type()
	if v.CanAddr() && (m&ptrHasMarshalJSON != 0 || m&ptrHasMarshalText != 0 && m&hasMarshalJSON == 0) {
		v, t = v.Addr(), reflect.PointerTo(t)
		m = methodsOf(t)
	}
	isJSON := m&hasMarshalJSON != 0
	if !isJSON && m&hasMarshalText == 0 {
		return false
	}
	if v.Kind() == reflect.Pointer && v.IsNil() || v.Kind() == reflect.Interface && v.IsNil() {
		e.WriteString("null")
		return true
	}
	if isJSON {
		b, err := v.Interface().(Marshaler).MarshalJSON()
		if err == nil {
			b, err = appendCompact(nil, b, e.escapeHTML)
			e.Write(b)
		}
		if err != nil {
			e.fail(&MarshalerError{t, err, "MarshalJSON"})
		}
		return true
	}
	b, err := v.Interface().(encoding.TextMarshaler).MarshalText()
	if err != nil {
		e.fail(&MarshalerError{t, err, "MarshalText"})
	}
	e.stringBytes(b, e.escapeHTML)
	return true
}

// float encodes a float as ES6 does: the shortest decimal that reads
// back as the same value, in exponent form below 1e-6 or from 1e21 up.
func (e *encodeState) float(v reflect.Value) {
	bits := 64
	if v.Kind() == reflect.Float32 {
		bits = 32
	}
	f := v.Float()
	if math.IsInf(f, 0) || math.IsNaN(f) {
		e.fail(&UnsupportedValueError{v, strconv.FormatFloat(f, 'g', -1, bits)})
	}
	fmt := byte('f')
	if abs := math.Abs(f); abs != 0 {
		if bits == 64 && (abs < 1e-6 || abs >= 1e21) || bits == 32 && (float32(abs) < 1e-6 || float32(abs) >= 1e21) {
			fmt = 'e'
		}
	}
	b := strconv.AppendFloat(e.scratch[:0], f, fmt, -1, bits)
	if fmt == 'e' {
		// Shorten e-09 to e-9.
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	e.Write(b)
}

// number encodes a Number: its literal text, checked.
func (e *encodeState) number(v reflect.Value) {
	s := v.String()
	if s == "" {
		s = "0" // an empty Number is zero, as Go encodes it
	}
	if !isValidNumber(s) {
		e.fail(errorString("json: invalid number literal " + strconv.Quote(s)))
	}
	e.WriteString(s)
}

// errorString is a plain error.
type errorString string

func (e errorString) Error() string { return string(e) }

func (e *encodeState) structValue(v reflect.Value) {
	e.WriteByte('{')
	first := true
	fields := cachedTypeFields(v.Type()).list
	for i := range fields {
		f := &fields[i]
		fv, ok := fieldByIndex(v, f.index)
		if !ok || f.omitEmpty && omitempty.IsEmpty(fv) {
			continue
		}
		if !first {
			e.WriteByte(',')
		}
		first = false
		if e.escapeHTML {
			e.string(f.name, true)
			e.WriteByte(':')
		} else {
			e.Write(f.nameBytes)
		}
		if f.quoted {
			e.quotedValue(fv)
			continue
		}
		e.typedValue(fv, f.methods)
	}
	e.WriteByte('}')
}

// fieldByIndex follows index through embedded structs; a nil embedded
// pointer on the way means the field is absent.
func fieldByIndex(v reflect.Value, index []int) (reflect.Value, bool) {
	for k, i := range index {
		if k > 0 && v.Kind() == reflect.Pointer {
			if v.IsNil() {
				return reflect.Value{}, false
			}
			v = v.Elem()
		}
		v = v.Field(i)
	}
	return v, true
}

// quotedValue encodes a scalar field with the ,string option: its JSON
// encoding inside a JSON string.
func (e *encodeState) quotedValue(v reflect.Value) {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			e.WriteString("null")
			return
		}
		v = v.Elem()
	}
	inner := &encodeState{escapeHTML: e.escapeHTML}
	inner.reflectValue(v)
	if v.Kind() == reflect.String {
		e.stringBytes(inner.Bytes(), e.escapeHTML)
		return
	}
	e.WriteByte('"')
	e.Write(inner.Bytes())
	e.WriteByte('"')
}

// A mapKey is a map entry's JSON name and value (taken while iterating:
// a NaN key cannot be looked up again).
type mapKey struct {
	name  string
	value reflect.Value
}

func (e *encodeState) mapValue(v reflect.Value) {
	kt := v.Type().Key()
	switch kt.Kind() {
	case reflect.String, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
	default:
		if !kt.Implements(textMarshalerType) {
			e.fail(&UnsupportedTypeError{v.Type()})
		}
	}
	if v.IsNil() {
		e.WriteString("null")
		return
	}
	e.enterPointer(v)
	keys := make([]mapKey, 0, v.Len())
	it := v.MapRange()
	for it.Next() {
		k := it.Key()
		name, err := keyName(k)
		if err != nil {
			e.fail(errorString("json: encoding error for type " + strconv.Quote(v.Type().String()) + ": " + strconv.Quote(err.Error())))
		}
		keys = append(keys, mapKey{name, it.Value()})
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].name < keys[j].name })
	e.WriteByte('{')
	m := methodsOf(v.Type().Elem())
	for i, k := range keys {
		if i > 0 {
			e.WriteByte(',')
		}
		e.string(k.name, e.escapeHTML)
		e.WriteByte(':')
		e.typedValue(k.value, m)
	}
	e.WriteByte('}')
	e.ptrLevel--
}

// keyName is the JSON name of map key k: a string itself, the text of a
// TextMarshaler, an integer in decimal.
func keyName(k reflect.Value) (string, error) {
	if k.Kind() == reflect.String {
		return k.String(), nil
	}
	if tm, ok := k.Interface().(encoding.TextMarshaler); ok {
		if k.Kind() == reflect.Pointer && k.IsNil() {
			return "", nil
		}
		b, err := tm.MarshalText()
		return string(b), err
	}
	switch k.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(k.Int(), 10), nil
	}
	return strconv.FormatUint(k.Uint(), 10), nil
}

func (e *encodeState) sliceValue(v reflect.Value) {
	if v.IsNil() {
		e.WriteString("null")
		return
	}
	et := v.Type().Elem()
	if et.Kind() == reflect.Uint8 {
		pt := reflect.PointerTo(et)
		if !pt.Implements(marshalerType) && !pt.Implements(textMarshalerType) {
			e.WriteByte('"')
			e.Write(appendBase64(nil, v.Bytes()))
			e.WriteByte('"')
			return
		}
	}
	e.enterPointer(v)
	e.array(v)
	e.ptrLevel--
}

func (e *encodeState) array(v reflect.Value) {
	e.WriteByte('[')
	n := v.Len()
	m := methodsOf(v.Type().Elem())
	for i := 0; i < n; i++ {
		if i > 0 {
			e.WriteByte(',')
		}
		e.typedValue(v.Index(i), m)
	}
	e.WriteByte(']')
}

func (e *encodeState) pointer(v reflect.Value) {
	if v.IsNil() {
		e.WriteString("null")
		return
	}
	e.enterPointer(v)
	e.reflectValue(v.Elem())
	e.ptrLevel--
}

// enterPointer counts one more level of pointers (maps, slices) and,
// once deep enough, fails on a pointer already on the way down: a cycle.
func (e *encodeState) enterPointer(v reflect.Value) {
	e.ptrLevel++
	if e.ptrLevel <= startDetectingCyclesAfter {
		return
	}
	var key any = v.Pointer()
	if v.Kind() == reflect.Slice {
		key = [2]uintptr{v.Pointer(), uintptr(v.Len())}
	}
	if e.ptrSeen == nil {
		e.ptrSeen = map[any]struct{}{}
	}
	if _, ok := e.ptrSeen[key]; ok {
		e.fail(&UnsupportedValueError{v, "encountered a cycle via " + v.Type().String()})
	}
	e.ptrSeen[key] = struct{}{}
}

const hexDigits = "0123456789abcdef"

// string writes s as a JSON string (see appendString).
func (e *encodeState) string(s string, escapeHTML bool) {
	e.Write(appendString(e.scratch[:0], s, escapeHTML))
}

// stringBytes writes b as a JSON string, encoded exactly as string does.
func (e *encodeState) stringBytes(b []byte, escapeHTML bool) {
	e.string(string(b), escapeHTML)
}

// safeSet says which ASCII bytes a JSON string holds as they are: not
// the control characters, the quote or the backslash; htmlSafeSet, when
// HTML escaping is on, not <, > and & either.
var safeSet, htmlSafeSet = asciiSafeSets()

func asciiSafeSets() (safe, htmlSafe [utf8.RuneSelf]bool) {
	for c := byte(' '); c < utf8.RuneSelf; c++ {
		safe[c] = c != '"' && c != '\\'
		htmlSafe[c] = safe[c] && c != '<' && c != '>' && c != '&'
	}
	return
}

// appendString appends s as a JSON string: quotes, backslashes and
// control characters escaped, invalid UTF-8 replaced by U+FFFD, U+2028
// and U+2029 escaped (for JavaScript), and <, >, & too if escapeHTML.
func appendString(dst []byte, s string, escapeHTML bool) []byte {
	safe := &safeSet
	if escapeHTML {
		safe = &htmlSafeSet
	}
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if safe[c] {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '\\', '"':
				dst = append(dst, '\\', c)
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
