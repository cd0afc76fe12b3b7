// This file implements printing through reflection: any value whose
// type is not one of the basic types printArg handles directly.
//
// Composite values print their elements recursively, each element again
// honouring its own methods (a Stringer inside a slice prints through
// String). The forms, for %v / %+v / %#v:
//
//	struct     {1 x}          {A:1 B:x}          main.T{A:1, B:"x"}
//	slice      [1 2]          [1 2]              []int{1, 2}
//	map        map[a:1 b:2]   map[a:1 b:2]       map[string]int{"a":1, "b":2}
//	pointer    &{1 x} at the top level, else an address 0xc000012345
//	nil        <nil>, [] for a nil slice, map[] for a nil map
//
// Map keys are sorted (internal/fmtsort) so the output is deterministic.

package fmt

import (
	"internal/fmtsort"
	"reflect"
)

// printValue prints a reflected value with a verb; depth is 0 for an
// operand itself and grows for the values inside it.
func (p *pp) printValue(value reflect.Value, verb rune, depth int) {
	// An operand's methods were tried by printArg; nested values get
	// their chance here, if they can be handed out as interfaces
	// (values of unexported fields cannot: they print by their type).
	if depth > 0 && value.IsValid() && value.CanInterface() {
		p.arg = value.Interface()
		if p.handleMethods(verb) {
			return
		}
	}
	p.arg = nil
	p.value = value

	switch f := value; value.Kind() {
	case reflect.Invalid:
		if depth == 0 {
			p.buf.writeString(invReflectString)
		} else {
			switch verb {
			case 'v':
				p.buf.writeString(nilAngleString)
			default:
				p.badVerb(verb)
			}
		}
	case reflect.Bool:
		p.fmtBool(f.Bool(), verb)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		p.fmtInteger(uint64(f.Int()), signed, verb)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		p.fmtInteger(f.Uint(), unsigned, verb)
	case reflect.Float32:
		p.fmtFloat(f.Float(), 32, verb)
	case reflect.Float64:
		p.fmtFloat(f.Float(), 64, verb)
	case reflect.Complex64:
		p.fmtComplex(f.Complex(), 64, verb)
	case reflect.Complex128:
		p.fmtComplex(f.Complex(), 128, verb)
	case reflect.String:
		p.fmtString(f.String(), verb)
	case reflect.Map:
		p.printMap(f, verb, depth)
	case reflect.Struct:
		p.printStruct(f, verb, depth)
	case reflect.Interface:
		elem := f.Elem()
		if !elem.IsValid() {
			if p.fmt.sharpV {
				p.buf.writeString(f.Type().String())
				p.buf.writeString(nilParenString)
			} else {
				p.buf.writeString(nilAngleString)
			}
		} else {
			p.printValue(elem, verb, depth+1)
		}
	case reflect.Array, reflect.Slice:
		p.printList(f, verb, depth)
	case reflect.Pointer:
		// A pointer operand to a composite value prints as &value; deeper
		// down, pointers print as addresses (which also stops cycles).
		if depth == 0 && f.Pointer() != 0 {
			switch a := f.Elem(); a.Kind() {
			case reflect.Array, reflect.Slice, reflect.Struct, reflect.Map:
				p.buf.writeByte('&')
				p.printValue(a, verb, depth+1)
				return
			}
		}
		p.fmtPointer(f, verb)
	case reflect.Chan, reflect.Func, reflect.UnsafePointer:
		p.fmtPointer(f, verb)
	default:
		p.unknownType(f)
	}
}

// printMap prints map[k1:v1 k2:v2] (%#v: T{k1:v1, k2:v2}), keys sorted.
func (p *pp) printMap(f reflect.Value, verb rune, depth int) {
	if p.fmt.sharpV {
		p.buf.writeString(f.Type().String())
		if f.IsNil() {
			p.buf.writeString(nilParenString)
			return
		}
		p.buf.writeByte('{')
	} else {
		p.buf.writeString(mapString)
	}
	sorted := fmtsort.Sort(f)
	for i, key := range sorted.Key {
		if i > 0 {
			p.writeSeparator()
		}
		p.printValue(key, verb, depth+1)
		p.buf.writeByte(':')
		p.printValue(sorted.Value[i], verb, depth+1)
	}
	if p.fmt.sharpV {
		p.buf.writeByte('}')
	} else {
		p.buf.writeByte(']')
	}
}

// printStruct prints {v1 v2}; %+v adds field names {A:v1 B:v2}; %#v
// prints T{A:v1, B:v2}.
func (p *pp) printStruct(f reflect.Value, verb rune, depth int) {
	if p.fmt.sharpV {
		p.buf.writeString(f.Type().String())
	}
	p.buf.writeByte('{')
	for i := 0; i < f.NumField(); i++ {
		if i > 0 {
			p.writeSeparator()
		}
		if p.fmt.plusV || p.fmt.sharpV {
			if name := f.Type().Field(i).Name; name != "" {
				p.buf.writeString(name)
				p.buf.writeByte(':')
			}
		}
		p.printValue(getField(f, i), verb, depth+1)
	}
	p.buf.writeByte('}')
}

// getField returns the i'th field of a struct; a field of interface type
// yields the value inside it (if not nil).
func getField(v reflect.Value, i int) reflect.Value {
	val := v.Field(i)
	if val.Kind() == reflect.Interface && !val.IsNil() {
		val = val.Elem()
	}
	return val
}

// printList prints an array or slice: [e1 e2] (%#v: T{e1, e2}). Byte
// arrays and slices print as strings for %s %q %x %X.
func (p *pp) printList(f reflect.Value, verb rune, depth int) {
	switch verb {
	case 's', 'q', 'x', 'X':
		t := f.Type()
		if t.Elem().Kind() == reflect.Uint8 {
			p.fmtBytes(listBytes(f), verb, t.String())
			return
		}
	}
	if p.fmt.sharpV {
		p.buf.writeString(f.Type().String())
		if f.Kind() == reflect.Slice && f.IsNil() {
			p.buf.writeString(nilParenString)
			return
		}
		p.buf.writeByte('{')
		for i := 0; i < f.Len(); i++ {
			if i > 0 {
				p.buf.writeString(commaSpaceString)
			}
			p.printValue(f.Index(i), verb, depth+1)
		}
		p.buf.writeByte('}')
	} else {
		p.buf.writeByte('[')
		for i := 0; i < f.Len(); i++ {
			if i > 0 {
				p.buf.writeByte(' ')
			}
			p.printValue(f.Index(i), verb, depth+1)
		}
		p.buf.writeByte(']')
	}
}

// listBytes returns the bytes of a byte slice or array (of any named
// byte-like element type).
func listBytes(f reflect.Value) []byte {
	if f.Kind() == reflect.Slice {
		return f.Bytes()
	}
	bytes := make([]byte, f.Len())
	for i := range bytes {
		bytes[i] = byte(f.Index(i).Uint())
	}
	return bytes
}

// writeSeparator writes what goes between the elements of a struct or
// map: a space, or ", " for %#v.
func (p *pp) writeSeparator() {
	if p.fmt.sharpV {
		p.buf.writeString(commaSpaceString)
	} else {
		p.buf.writeByte(' ')
	}
}

// unknownType prints a value of a kind this package does not know.
func (p *pp) unknownType(v reflect.Value) {
	if !v.IsValid() {
		p.buf.writeString(nilAngleString)
		return
	}
	p.buf.writeByte('?')
	p.buf.writeString(v.Type().String())
	p.buf.writeByte('?')
}
