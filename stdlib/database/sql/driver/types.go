package driver

// This file holds the value converters: how an arbitrary Go value
// passed as a query argument becomes one of the few Value types a driver
// has to understand.

import (
	"fmt"
	"reflect"
	"strconv"
	"time"
)

// ValueConverter turns a value into a driver Value: a driver gives one
// per parameter (see ColumnConverter) to accept, say, a uint16 for an
// int64 column or the string "true" for a bool one.
type ValueConverter interface {
	ConvertValue(v any) (Value, error)
}

// Valuer is implemented by types that turn themselves into a driver
// Value when passed as a query argument.
type Valuer interface {
	// Value returns the driver Value; it must not panic.
	Value() (Value, error)
}

// Bool is a ValueConverter to bool.
//
// It accepts bools; the strings (and byte slices) that strconv.ParseBool
// understands; and integers of any size whose value is 0 or 1.
var Bool boolType

type boolType struct{}

var _ ValueConverter = boolType{}

func (boolType) String() string { return "Bool" }

func (boolType) ConvertValue(src any) (Value, error) {
	switch s := src.(type) {
	case bool:
		return s, nil
	case string:
		return parseBool(s)
	case []byte:
		return parseBool(string(s))
	}
	rv := reflect.ValueOf(src)
	if isIntKind(rv.Kind()) && (rv.Int() == 0 || rv.Int() == 1) {
		return rv.Int() == 1, nil
	}
	if isIntKind(rv.Kind()) {
		return nil, fmt.Errorf("sql/driver: couldn't convert %d into type bool", rv.Int())
	}
	if isUintKind(rv.Kind()) && rv.Uint() <= 1 {
		return rv.Uint() == 1, nil
	}
	if isUintKind(rv.Kind()) {
		return nil, fmt.Errorf("sql/driver: couldn't convert %d into type bool", rv.Uint())
	}
	return nil, fmt.Errorf("sql/driver: couldn't convert %v (%T) into type bool", src, src)
}

// parseBool accepts the spellings strconv.ParseBool knows ("1", "t",
// "TRUE", ...), with the converter's own error message.
func parseBool(s string) (Value, error) {
	b, err := strconv.ParseBool(s)
	if err != nil {
		return nil, fmt.Errorf("sql/driver: couldn't convert %q into type bool", s)
	}
	return b, nil
}

func isIntKind(k reflect.Kind) bool {
	return k == reflect.Int || k == reflect.Int8 || k == reflect.Int16 ||
		k == reflect.Int32 || k == reflect.Int64
}

func isUintKind(k reflect.Kind) bool {
	return k == reflect.Uint || k == reflect.Uint8 || k == reflect.Uint16 ||
		k == reflect.Uint32 || k == reflect.Uint64
}

// Int32 is a ValueConverter to int64 that keeps within int32's range.
// It accepts integers of any size within that range and strings
// holding a decimal integer.
var Int32 int32Type

type int32Type struct{}

var _ ValueConverter = int32Type{}

func (int32Type) ConvertValue(v any) (Value, error) {
	rv := reflect.ValueOf(v)
	const max, min = 1<<31 - 1, -1 << 31
	switch {
	case isIntKind(rv.Kind()):
		if n := rv.Int(); n >= min && n <= max {
			return n, nil
		}
		return nil, fmt.Errorf("sql/driver: value %d overflows int32", v)
	case isUintKind(rv.Kind()):
		if n := rv.Uint(); n <= max {
			return int64(n), nil
		}
		return nil, fmt.Errorf("sql/driver: value %d overflows int32", v)
	case rv.Kind() == reflect.String:
		n, err := strconv.Atoi(rv.String())
		if err != nil {
			return nil, fmt.Errorf("sql/driver: value %q can't be converted to int32", v)
		}
		return int64(n), nil
	}
	return nil, fmt.Errorf("sql/driver: unsupported value %v (type %T) converting to int32", v, v)
}

// String is a converter that converts its input to a string. Strings
// and []byte pass through unchanged; anything else is formatted with
// fmt.Sprintf("%v", v).
var String stringType

type stringType struct{}

func (stringType) ConvertValue(v any) (Value, error) {
	switch v.(type) {
	case string, []byte:
		return v, nil
	}
	return fmt.Sprintf("%v", v), nil
}

// Null is a type that implements ValueConverter by allowing nil values
// but otherwise delegating to another ValueConverter.
type Null struct {
	Converter ValueConverter
}

func (n Null) ConvertValue(v any) (Value, error) {
	if v == nil {
		return nil, nil
	}
	return n.Converter.ConvertValue(v)
}

// NotNull is a ValueConverter that rejects nil and hands any other value
// to Converter.
type NotNull struct {
	Converter ValueConverter
}

func (n NotNull) ConvertValue(v any) (Value, error) {
	if v == nil {
		return nil, fmt.Errorf("nil value not allowed")
	}
	return n.Converter.ConvertValue(v)
}

// IsValue reports whether v is a valid Value parameter type: nil,
// []byte, bool, float64, int64, string, time.Time, or a decimal (a type
// with a Decompose method).
func IsValue(v any) bool {
	if v == nil {
		return true
	}
	switch v.(type) {
	case []byte, bool, float64, int64, string, time.Time, decimalDecompose:
		return true
	}
	return false
}

// IsScanValue is equivalent to IsValue. It exists for compatibility.
func IsScanValue(v any) bool {
	return IsValue(v)
}

// DefaultParameterConverter is the ValueConverter package sql uses for
// the arguments of a Stmt that has no ColumnConverter.
//
// It returns Values unchanged; asks a Valuer for its Value; follows
// pointers (nil becomes nil); and widens the other basic kinds —
// integers to int64, floats to float64, bools, strings and byte slices —
// so that named types such as `type Celsius float32` are accepted too.
// Any other kind is an error.
var DefaultParameterConverter defaultConverter

type defaultConverter struct{}

var _ ValueConverter = defaultConverter{}

var valuerReflectType = reflect.TypeOf((*Valuer)(nil)).Elem()

// callValuerValue calls vr.Value, except that a nil pointer whose
// Value method is declared on the element type converts to nil: calling
// it would dereference nil and panic.
func callValuerValue(vr Valuer) (Value, error) {
	rv := reflect.ValueOf(vr)
	if rv.Kind() == reflect.Pointer && rv.IsNil() && rv.Type().Elem().Implements(valuerReflectType) {
		return nil, nil
	}
	return vr.Value()
}

func (defaultConverter) ConvertValue(v any) (Value, error) {
	if IsValue(v) {
		return v, nil
	}
	if vr, ok := v.(Valuer); ok {
		sv, err := callValuerValue(vr)
		if err != nil {
			return nil, err
		}
		if !IsValue(sv) {
			return nil, fmt.Errorf("non-Value type %T returned from Value", sv)
		}
		return sv, nil
	}
	return convertByKind(v)
}

// convertByKind widens v by its reflect.Kind, for types that are not
// Values themselves but share a Value's representation.
func convertByKind(v any) (Value, error) {
	rv := reflect.ValueOf(v)
	switch k := rv.Kind(); {
	case k == reflect.Pointer:
		if rv.IsNil() {
			return nil, nil
		}
		return defaultConverter{}.ConvertValue(rv.Elem().Interface())
	case isIntKind(k):
		return rv.Int(), nil
	case k == reflect.Uint64:
		// A uint64 with its top bit set has no int64 representation.
		if u := rv.Uint(); u < 1<<63 {
			return int64(u), nil
		}
		return nil, fmt.Errorf("uint64 values with high bit set are not supported")
	case isUintKind(k):
		return int64(rv.Uint()), nil
	case k == reflect.Float32 || k == reflect.Float64:
		return rv.Float(), nil
	case k == reflect.Bool:
		return rv.Bool(), nil
	case k == reflect.Slice:
		if ek := rv.Type().Elem().Kind(); ek != reflect.Uint8 {
			return nil, fmt.Errorf("unsupported type %T, a slice of %s", v, ek)
		}
		return rv.Bytes(), nil
	case k == reflect.String:
		return rv.String(), nil
	}
	return nil, fmt.Errorf("unsupported type %T, a %s", v, rv.Kind())
}

// decimalDecompose is implemented by decimal types; a Value may be one.
// The method decomposes the decimal into its sign, big-endian
// coefficient and base-10 exponent; form is 0 for a finite number, 1 for
// infinity, 2 for NaN.
type decimalDecompose interface {
	Decompose(buf []byte) (form byte, negative bool, coefficient []byte, exponent int32)
}
