// This file implements Unmarshal: it checks the whole input with the
// scanner first (so a syntax error is reported before anything is
// stored), then walks the valid text recursively, storing into the Go
// value through reflection with Go's rules: objects into structs (keys
// matched exactly, else ignoring case) and maps, arrays into slices and
// arrays, anything into an empty interface (map[string]any, []any,
// float64 or Number, string, bool, nil), Unmarshaler and TextUnmarshaler
// called, pointers allocated as needed. A value of the wrong type is
// skipped and the first such error reported once the rest is stored.

package json

import (
	"encoding"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Unmarshaler is the interface implemented by types that can unmarshal a
// JSON description of themselves.
type Unmarshaler interface {
	UnmarshalJSON([]byte) error
}

// An UnmarshalTypeError describes a JSON value that was not appropriate
// for a value of a specific Go type.
type UnmarshalTypeError struct {
	Value  string       // description of JSON value - "bool", "array", "number -5"
	Type   reflect.Type // type of Go value it could not be assigned to
	Offset int64        // error occurred after reading Offset bytes
	Struct string       // name of the struct type containing the field
	Field  string       // the full path from root node to the field
}

func (e *UnmarshalTypeError) Error() string {
	if e.Struct != "" || e.Field != "" {
		return "json: cannot unmarshal " + e.Value + " into Go struct field " + e.Struct + "." + e.Field + " of type " + e.Type.String()
	}
	return "json: cannot unmarshal " + e.Value + " into Go value of type " + e.Type.String()
}

// An UnmarshalFieldError describes a JSON object key that led to an
// unexported (and therefore unwritable) struct field. It is no longer
// used, kept for compatibility.
type UnmarshalFieldError struct {
	Key   string
	Type  reflect.Type
	Field reflect.StructField
}

func (e *UnmarshalFieldError) Error() string {
	return "json: cannot unmarshal object key " + strconv.Quote(e.Key) + " into unexported field " + e.Field.Name + " of type " + e.Type.String()
}

// An InvalidUnmarshalError describes an invalid argument passed to
// Unmarshal (the argument must be a non-nil pointer).
type InvalidUnmarshalError struct {
	Type reflect.Type
}

func (e *InvalidUnmarshalError) Error() string {
	if e.Type == nil {
		return "json: Unmarshal(nil)"
	}
	if e.Type.Kind() != reflect.Pointer {
		return "json: Unmarshal(non-pointer " + e.Type.String() + ")"
	}
	return "json: Unmarshal(nil " + e.Type.String() + ")"
}

// An InvalidUTF8Error is no longer returned by Marshal; it is kept for
// compatibility.
type InvalidUTF8Error struct {
	S string // the whole string value that caused the error
}

func (e *InvalidUTF8Error) Error() string {
	return "json: invalid UTF-8 in string: " + strconv.Quote(e.S)
}

// A Number represents a JSON number literal.
type Number string

// String returns the literal text of the number.
func (n Number) String() string { return string(n) }

// Float64 returns the number as a float64.
func (n Number) Float64() (float64, error) {
	return strconv.ParseFloat(string(n), 64)
}

// Int64 returns the number as an int64.
func (n Number) Int64() (int64, error) {
	return strconv.ParseInt(string(n), 10, 64)
}

var (
	numberType          = reflect.TypeOf(Number(""))
	textUnmarshalerType = reflect.TypeOf((*encoding.TextUnmarshaler)(nil)).Elem()
)

// isValidNumber reports whether s is a JSON number literal.
func isValidNumber(s string) bool {
	var sc scanner
	if s == "" || s[0] != '-' && (s[0] < '0' || s[0] > '9') {
		return false
	}
	return checkValid([]byte(s), &sc) == nil
}

// Unmarshal parses the JSON-encoded data and stores the result in the
// value pointed to by v.
func Unmarshal(data []byte, v any) error {
	var d decodeState
	if err := checkValid(data, &d.scan); err != nil {
		return err
	}
	d.init(data)
	return d.unmarshal(v)
}

// A decodeState walks one valid JSON value.
type decodeState struct {
	data                  []byte
	off                   int // the next byte to read
	scan                  scanner
	savedError            error
	useNumber             bool
	disallowUnknownFields bool
	// Where the value being stored is, for UnmarshalTypeError.
	errStruct  reflect.Type
	fieldStack []string
}

func (d *decodeState) init(data []byte) {
	d.data = data
	d.off = 0
	d.savedError = nil
	d.errStruct = nil
	d.fieldStack = d.fieldStack[:0]
}

func (d *decodeState) unmarshal(v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return &InvalidUnmarshalError{reflect.TypeOf(v)}
	}
	// Decode rv, not rv.Elem(), as Go does: the Unmarshaler and
	// TextUnmarshaler tests apply at the top level too, and type errors
	// name the pointer type the caller passed.
	if err := d.value(rv); err != nil {
		return d.addErrorContext(err)
	}
	return d.savedError
}

// saveError records the first error that lets decoding go on.
func (d *decodeState) saveError(err error) {
	if d.savedError == nil {
		d.savedError = d.addErrorContext(err)
	}
}

// addErrorContext names the struct field being stored in a type error.
func (d *decodeState) addErrorContext(err error) error {
	if te, ok := err.(*UnmarshalTypeError); ok && (d.errStruct != nil || len(d.fieldStack) > 0) {
		te.Struct = d.errStruct.Name()
		te.Field = strings.Join(d.fieldStack, ".")
	}
	return err
}

func (d *decodeState) typeError(what string, t reflect.Type, off int) {
	d.saveError(&UnmarshalTypeError{Value: what, Type: t, Offset: int64(off)})
}

func (d *decodeState) skipSpace() {
	for d.off < len(d.data) && isSpace(d.data[d.off]) {
		d.off++
	}
}

// skip moves past the value at d.off and returns its text.
func (d *decodeState) skip() []byte {
	d.skipSpace()
	start := d.off
	switch d.data[d.off] {
	case '{', '[':
		depth := 0
		for {
			c := d.data[d.off]
			d.off++
			switch c {
			case '{', '[':
				depth++
			case '}', ']':
				depth--
			case '"':
				d.off = d.stringEnd(d.off - 1)
			}
			if depth == 0 {
				return d.data[start:d.off]
			}
		}
	case '"':
		d.off = d.stringEnd(d.off)
	default:
		for d.off < len(d.data) && !isDelim(d.data[d.off]) {
			d.off++
		}
	}
	return d.data[start:d.off]
}

func isDelim(c byte) bool {
	return c == ',' || c == '}' || c == ']' || c == ':' || isSpace(c)
}

// stringEnd returns the offset after the string literal starting at i.
func (d *decodeState) stringEnd(i int) int {
	for i++; ; i++ {
		switch d.data[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
}

// value stores the value at d.off into v (or skips it if v is invalid).
func (d *decodeState) value(v reflect.Value) error {
	d.skipSpace()
	if !v.IsValid() {
		d.skip()
		return nil
	}
	switch d.data[d.off] {
	case '{':
		return d.object(v)
	case '[':
		return d.array(v)
	}
	item := d.skip()
	return d.literalStore(item, v, false)
}

// indirect walks down v, allocating pointers as needed, until it reaches
// a non-pointer, or a type with an UnmarshalJSON or (unless decoding
// null) UnmarshalText method, which it returns. Decoding null stops at
// the last settable pointer, which null then sets to nil.
func indirect(v reflect.Value, decodingNull bool) (Unmarshaler, encoding.TextUnmarshaler, reflect.Value) {
	v0 := v
	haveAddr := false
	// A named addressable value may have pointer methods: start with
	// its address.
	if v.Kind() != reflect.Pointer && v.Type().Name() != "" && v.CanAddr() {
		haveAddr = true
		v = v.Addr()
	}
	for {
		// An interface holding a non-nil pointer is decoded through.
		if v.Kind() == reflect.Interface && !v.IsNil() {
			e := v.Elem()
			if e.Kind() == reflect.Pointer && !e.IsNil() && (!decodingNull || e.Elem().Kind() == reflect.Pointer) {
				haveAddr = false
				v = e
				continue
			}
		}
		if v.Kind() != reflect.Pointer || decodingNull && v.CanSet() {
			break
		}
		// An interface holding the pointer to itself: stop.
		if isSelfReference(v) {
			v = v.Elem()
			break
		}
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		if v.Type().NumMethod() > 0 && v.CanInterface() {
			if u, ok := v.Interface().(Unmarshaler); ok {
				return u, nil, reflect.Value{}
			}
			if !decodingNull {
				if u, ok := v.Interface().(encoding.TextUnmarshaler); ok {
					return nil, u, reflect.Value{}
				}
			}
		}
		if haveAddr {
			v = v0 // back to the original, with its own flags
			haveAddr = false
		} else {
			v = v.Elem()
		}
	}
	return nil, nil, v
}

// isSelfReference reports whether the interface the pointer v points to
// holds v itself (var x any; x = &x). Go compares v.Elem().Elem() == v;
// our reflect.Value keeps a pointer taken out of an interface in a box of
// its own, so the types and pointers are compared instead.
func isSelfReference(v reflect.Value) bool {
	e := v.Elem()
	if e.Kind() != reflect.Interface || e.IsNil() {
		return false
	}
	x := e.Elem()
	return x.Type() == v.Type() && x.Pointer() == v.Pointer()
}

// array stores a JSON array.
func (d *decodeState) array(v reflect.Value) error {
	start := d.off
	u, ut, pv := indirect(v, false)
	if u != nil {
		return u.UnmarshalJSON(d.skip())
	}
	if ut != nil {
		d.typeError("array", v.Type(), start+1)
		d.skip()
		return nil
	}
	v = pv
	switch v.Kind() {
	case reflect.Interface:
		if v.NumMethod() == 0 {
			x, err := d.arrayInterface()
			if err != nil {
				return err
			}
			v.Set(reflect.ValueOf(x))
			return nil
		}
		d.typeError("array", v.Type(), start+1)
		d.skip()
		return nil
	case reflect.Array, reflect.Slice:
	default:
		d.typeError("array", v.Type(), start+1)
		d.skip()
		return nil
	}
	d.off++ // [
	i := 0
	for {
		d.skipSpace()
		if d.data[d.off] == ']' {
			d.off++
			break
		}
		if v.Kind() == reflect.Slice && i >= v.Cap() {
			v.Set(reflect.AppendSlice(v.Slice(0, v.Len()), reflect.MakeSlice(v.Type(), v.Cap()+1, v.Cap()+1)).Slice(0, i))
		}
		if v.Kind() == reflect.Slice && i >= v.Len() {
			v.SetLen(i + 1)
		}
		var err error
		if i < v.Len() {
			err = d.value(v.Index(i))
		} else {
			err = d.value(reflect.Value{}) // beyond the array's end: skipped
		}
		if err != nil {
			return err
		}
		i++
		d.skipSpace()
		if d.data[d.off] == ',' {
			d.off++
		}
	}
	if i < v.Len() {
		if v.Kind() == reflect.Array {
			z := reflect.Zero(v.Type().Elem())
			for ; i < v.Len(); i++ {
				v.Index(i).Set(z)
			}
		} else {
			v.SetLen(i)
		}
	}
	if i == 0 && v.Kind() == reflect.Slice {
		v.Set(reflect.MakeSlice(v.Type(), 0, 0))
	}
	return nil
}

// object stores a JSON object.
func (d *decodeState) object(v reflect.Value) error {
	start := d.off
	u, ut, pv := indirect(v, false)
	if u != nil {
		return u.UnmarshalJSON(d.skip())
	}
	if ut != nil {
		d.typeError("object", v.Type(), start+1)
		d.skip()
		return nil
	}
	v = pv
	t := v.Type()
	if v.Kind() == reflect.Interface && v.NumMethod() == 0 {
		x, err := d.objectInterface()
		if err != nil {
			return err
		}
		v.Set(reflect.ValueOf(x))
		return nil
	}
	var fields *structFields
	switch v.Kind() {
	case reflect.Map:
		switch t.Key().Kind() {
		case reflect.String, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
			reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		default:
			if !reflect.PointerTo(t.Key()).Implements(textUnmarshalerType) {
				d.typeError("object", t, start+1)
				d.skip()
				return nil
			}
		}
		if v.IsNil() {
			v.Set(reflect.MakeMap(t))
		}
	case reflect.Struct:
		fields = cachedTypeFields(t)
	default:
		d.typeError("object", t, start+1)
		d.skip()
		return nil
	}
	origStruct, origDepth := d.errStruct, len(d.fieldStack)
	d.off++ // {
	for {
		d.skipSpace()
		if d.data[d.off] == '}' {
			d.off++
			return nil
		}
		keyStart := d.off
		key, _ := unquoteBytes(d.skip())
		d.skipSpace()
		d.off++ // :
		var subv reflect.Value
		var f *field
		if v.Kind() == reflect.Map {
			subv = reflect.New(t.Elem()).Elem()
		} else {
			f = fields.byName(key)
			if f != nil {
				subv = d.fieldValue(v, f)
				d.fieldStack = append(d.fieldStack, f.name)
				d.errStruct = t
			} else if d.disallowUnknownFields {
				d.saveError(errorString("json: unknown field " + strconv.Quote(string(key))))
			}
		}
		var err error
		if f != nil && f.quoted {
			err = d.quotedValue(subv)
		} else {
			err = d.value(subv)
		}
		if err != nil {
			return err
		}
		if v.Kind() == reflect.Map {
			if kv, ok := d.mapKey(t.Key(), key, keyStart); ok {
				v.SetMapIndex(kv, subv)
			}
		}
		d.skipSpace()
		if d.data[d.off] == ',' {
			d.off++
		}
		d.errStruct = origStruct
		d.fieldStack = d.fieldStack[:origDepth]
	}
}

// fieldValue finds field f in struct v, allocating embedded pointers on
// the way; the zero Value if one cannot be set.
func (d *decodeState) fieldValue(v reflect.Value, f *field) reflect.Value {
	for k, i := range f.index {
		if k > 0 && v.Kind() == reflect.Pointer {
			if v.IsNil() {
				if !v.CanSet() {
					d.saveError(errorString("json: cannot set embedded pointer to unexported struct: " + v.Type().Elem().String()))
					return reflect.Value{}
				}
				v.Set(reflect.New(v.Type().Elem()))
			}
			v = v.Elem()
		}
		v = v.Field(i)
	}
	return v
}

// quotedValue stores the value of a field with the ,string option: a
// JSON string holding a literal.
func (d *decodeState) quotedValue(v reflect.Value) error {
	d.skipSpace()
	item := d.skip()
	switch item[0] {
	case 'n':
		return d.literalStore(item, v, false)
	case '"':
		s, _ := unquoteBytes(item)
		return d.literalStore(s, v, true)
	}
	if v.IsValid() {
		d.saveError(errorString("json: invalid use of ,string struct tag, trying to unmarshal unquoted value into " + v.Type().String()))
	}
	return nil
}

// mapKey converts an object key to a map key of type kt.
func (d *decodeState) mapKey(kt reflect.Type, key []byte, off int) (reflect.Value, bool) {
	if reflect.PointerTo(kt).Implements(textUnmarshalerType) {
		kv := reflect.New(kt)
		if err := kv.Interface().(encoding.TextUnmarshaler).UnmarshalText(key); err != nil {
			d.saveError(err)
			return reflect.Value{}, false
		}
		return kv.Elem(), true
	}
	switch kt.Kind() {
	case reflect.String:
		return reflect.ValueOf(string(key)).Convert(kt), true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(string(key), 10, 64)
		kv := reflect.New(kt).Elem()
		if err != nil || kv.OverflowInt(n) {
			d.typeError("number "+string(key), kt, off+1)
			return reflect.Value{}, false
		}
		kv.SetInt(n)
		return kv, true
	}
	n, err := strconv.ParseUint(string(key), 10, 64)
	kv := reflect.New(kt).Elem()
	if err != nil || kv.OverflowUint(n) {
		d.typeError("number "+string(key), kt, off+1)
		return reflect.Value{}, false
	}
	kv.SetUint(n)
	return kv, true
}

// invalidQuoted is the error for a ,string field whose string does not
// hold a literal of the field's type.
func invalidQuoted(item []byte, v reflect.Value) error {
	return errorString("json: invalid use of ,string struct tag, trying to unmarshal " + strconv.Quote(string(item)) + " into " + v.Type().String())
}

// literalStore stores the literal item (a string, number, true, false or
// null) into v; fromQuoted says it came from inside a ,string field's string.
func (d *decodeState) literalStore(item []byte, v reflect.Value, fromQuoted bool) error {
	if len(item) == 0 {
		d.saveError(invalidQuoted(item, v))
		return nil
	}
	off := d.off
	isNull := item[0] == 'n'
	u, ut, pv := indirect(v, isNull)
	if u != nil {
		return u.UnmarshalJSON(item)
	}
	if ut != nil {
		if item[0] != '"' {
			if fromQuoted {
				d.saveError(invalidQuoted(item, v))
				return nil
			}
			what := "number"
			switch item[0] {
			case 'n':
				what = "null"
			case 't', 'f':
				what = "bool"
			}
			d.typeError(what, v.Type(), off)
			return nil
		}
		s, ok := unquoteBytes(item)
		if !ok {
			return invalidQuoted(item, v)
		}
		return ut.UnmarshalText(s)
	}
	v = pv
	switch c := item[0]; c {
	case 'n':
		if fromQuoted && string(item) != "null" {
			d.saveError(invalidQuoted(item, v))
			break
		}
		switch v.Kind() {
		case reflect.Interface, reflect.Pointer, reflect.Map, reflect.Slice:
			v.Set(reflect.Zero(v.Type()))
		}
	case 't', 'f':
		value := c == 't'
		if fromQuoted && string(item) != "true" && string(item) != "false" {
			d.saveError(invalidQuoted(item, v))
			break
		}
		switch {
		case v.Kind() == reflect.Bool:
			v.SetBool(value)
		case v.Kind() == reflect.Interface && v.NumMethod() == 0:
			v.Set(reflect.ValueOf(value))
		case fromQuoted:
			d.saveError(invalidQuoted(item, v))
		default:
			d.typeError("bool", v.Type(), off)
		}
	case '"':
		s, ok := unquoteBytes(item)
		if !ok {
			if fromQuoted {
				return invalidQuoted(item, v)
			}
			return errorString("json: invalid string literal")
		}
		switch v.Kind() {
		case reflect.Slice:
			if v.Type().Elem().Kind() != reflect.Uint8 {
				d.typeError("string", v.Type(), off)
				break
			}
			b, err := decodeBase64(s)
			if err != nil {
				d.saveError(err)
				break
			}
			v.SetBytes(b)
		case reflect.String:
			if v.Type() == numberType && !isValidNumber(string(s)) {
				return errorString("json: invalid number literal, trying to unmarshal " + strconv.Quote(string(item)) + " into Number")
			}
			v.SetString(string(s))
		case reflect.Interface:
			if v.NumMethod() == 0 {
				v.Set(reflect.ValueOf(string(s)))
			} else {
				d.typeError("string", v.Type(), off)
			}
		default:
			d.typeError("string", v.Type(), off)
		}
	default:
		if c != '-' && (c < '0' || c > '9') {
			if fromQuoted {
				return invalidQuoted(item, v)
			}
			return errorString("json: invalid literal")
		}
		if fromQuoted && !isValidNumber(string(item)) {
			return invalidQuoted(item, v)
		}
		return d.numberStore(string(item), v, fromQuoted, off)
	}
	return nil
}

// numberStore stores the number literal s into v.
func (d *decodeState) numberStore(s string, v reflect.Value, fromQuoted bool, off int) error {
	switch v.Kind() {
	case reflect.Interface:
		if v.NumMethod() != 0 {
			d.typeError("number", v.Type(), off)
			return nil
		}
		n, err := d.convertNumber(s, off)
		if err != nil {
			d.saveError(err)
			return nil
		}
		v.Set(reflect.ValueOf(n))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || v.OverflowInt(n) {
			d.typeError("number "+s, v.Type(), off)
			return nil
		}
		v.SetInt(n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil || v.OverflowUint(n) {
			d.typeError("number "+s, v.Type(), off)
			return nil
		}
		v.SetUint(n)
	case reflect.Float32, reflect.Float64:
		n, err := strconv.ParseFloat(s, v.Type().Bits())
		if err != nil || v.OverflowFloat(n) {
			d.typeError("number "+s, v.Type(), off)
			return nil
		}
		v.SetFloat(n)
	default:
		if v.Kind() == reflect.String && v.Type() == numberType {
			v.SetString(s)
			return nil
		}
		if fromQuoted {
			return errorString("json: invalid use of ,string struct tag, trying to unmarshal " + strconv.Quote(s) + " into " + v.Type().String())
		}
		d.typeError("number", v.Type(), off)
	}
	return nil
}

// convertNumber is the value of a number in an interface: float64, or
// Number with UseNumber.
func (d *decodeState) convertNumber(s string, off int) (any, error) {
	if d.useNumber {
		return Number(s), nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return nil, &UnmarshalTypeError{Value: "number " + s, Type: reflect.TypeOf(0.0), Offset: int64(off)}
	}
	return f, nil
}

// valueInterface returns the value at d.off as an any.
func (d *decodeState) valueInterface() (any, error) {
	d.skipSpace()
	switch d.data[d.off] {
	case '{':
		return d.objectInterface()
	case '[':
		return d.arrayInterface()
	}
	item := d.skip()
	switch item[0] {
	case 'n':
		return nil, nil
	case 't':
		return true, nil
	case 'f':
		return false, nil
	case '"':
		s, _ := unquoteBytes(item)
		return string(s), nil
	}
	return d.convertNumber(string(item), d.off)
}

func (d *decodeState) arrayInterface() ([]any, error) {
	v := make([]any, 0)
	d.off++ // [
	for {
		d.skipSpace()
		if d.data[d.off] == ']' {
			d.off++
			return v, nil
		}
		x, err := d.valueInterface()
		if err != nil {
			return nil, err
		}
		v = append(v, x)
		d.skipSpace()
		if d.data[d.off] == ',' {
			d.off++
		}
	}
}

func (d *decodeState) objectInterface() (map[string]any, error) {
	m := make(map[string]any)
	d.off++ // {
	for {
		d.skipSpace()
		if d.data[d.off] == '}' {
			d.off++
			return m, nil
		}
		key, _ := unquoteBytes(d.skip())
		d.skipSpace()
		d.off++ // :
		x, err := d.valueInterface()
		if err != nil {
			return nil, err
		}
		m[string(key)] = x
		d.skipSpace()
		if d.data[d.off] == ',' {
			d.off++
		}
	}
}

// getu4 decodes the 4 hex digits after \u at s[0:6], or returns -1.
func getu4(s []byte) rune {
	if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
		return -1
	}
	var r rune
	for _, c := range s[2:6] {
		switch {
		case '0' <= c && c <= '9':
			c = c - '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}

// decodeSurrogates joins a UTF-16 surrogate pair, or returns U+FFFD.
func decodeSurrogates(r1, r2 rune) rune {
	if 0xD800 <= r1 && r1 < 0xDC00 && 0xDC00 <= r2 && r2 < 0xE000 {
		return (r1-0xD800)<<10 | (r2 - 0xDC00) + 0x10000
	}
	return utf8.RuneError
}

// unquoteBytes decodes a JSON string literal: escapes resolved, UTF-16
// surrogate pairs joined, invalid UTF-8 and lone surrogates replaced by
// U+FFFD.
func unquoteBytes(s []byte) ([]byte, bool) {
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return nil, false
	}
	s = s[1 : len(s)-1]
	// Most strings need no change: return them as they are.
	r := 0
	for r < len(s) {
		c := s[r]
		if c == '\\' || c == '"' || c < ' ' || c >= utf8.RuneSelf {
			break
		}
		r++
	}
	if r == len(s) {
		return s, true
	}
	b := make([]byte, 0, len(s)+2*utf8.UTFMax)
	b = append(b, s[:r]...)
	for r < len(s) {
		c := s[r]
		switch {
		case c == '\\':
			r++
			if r >= len(s) {
				return nil, false
			}
			switch s[r] {
			case '"', '\\', '/', '\'':
				b = append(b, s[r])
				r++
			case 'b':
				b = append(b, '\b')
				r++
			case 'f':
				b = append(b, '\f')
				r++
			case 'n':
				b = append(b, '\n')
				r++
			case 'r':
				b = append(b, '\r')
				r++
			case 't':
				b = append(b, '\t')
				r++
			case 'u':
				r--
				rr := getu4(s[r:])
				if rr < 0 {
					return nil, false
				}
				r += 6
				if 0xD800 <= rr && rr < 0xE000 {
					rr1 := getu4(s[r:])
					if dec := decodeSurrogates(rr, rr1); dec != utf8.RuneError {
						r += 6
						b = utf8.AppendRune(b, dec)
						break
					}
					rr = utf8.RuneError
				}
				b = utf8.AppendRune(b, rr)
			default:
				return nil, false
			}
		case c == '"' || c < ' ':
			return nil, false
		case c < utf8.RuneSelf:
			b = append(b, c)
			r++
		default:
			rr, size := utf8.DecodeRune(s[r:])
			r += size
			b = utf8.AppendRune(b, rr)
		}
	}
	return b, true
}
