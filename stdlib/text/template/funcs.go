// This file implements the functions templates call: the set a FuncMap
// adds, and the builtins (and, or, not, len, index, slice, call, print,
// printf, println, html, js, urlquery, and the comparisons).

package template

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A FuncMap maps names to the functions templates may call. Each returns
// one value, or a value and an error (a non-nil error stops the
// execution, which returns it). The arguments must be assignable to the
// parameters; interface{} and reflect.Value parameters take anything, and
// an interface{} or reflect.Value result may be anything.
type FuncMap map[string]any

// builtins returns the predefined functions. and and or are evaluated
// lazily by evalCall; the functions here give their signatures.
func builtins() FuncMap {
	return FuncMap{
		"and":      and,
		"call":     call,
		"html":     HTMLEscaper,
		"index":    index,
		"slice":    slice,
		"js":       JSEscaper,
		"len":      length,
		"not":      not,
		"or":       or,
		"print":    fmt.Sprint,
		"printf":   fmt.Sprintf,
		"println":  fmt.Sprintln,
		"urlquery": URLQueryEscaper,
		"eq":       eq,
		"ge":       ge,
		"gt":       gt,
		"le":       le,
		"lt":       lt,
		"ne":       ne,
	}
}

// builtinValues holds the builtins as reflect values, made once.
var builtinValues struct {
	sync.Once
	funcs map[string]reflect.Value
}

func builtinFuncs() map[string]reflect.Value {
	builtinValues.Do(func() {
		builtinValues.funcs = make(map[string]reflect.Value)
		addValueFuncs(builtinValues.funcs, builtins())
	})
	return builtinValues.funcs
}

// addValueFuncs adds in's functions to out as reflect values, checking
// each name and signature.
func addValueFuncs(out map[string]reflect.Value, in FuncMap) {
	for name, fn := range in {
		if !goodName(name) {
			panic(fmt.Errorf("function name %q is not a valid identifier", name))
		}
		v := reflect.ValueOf(fn)
		if v.Kind() != reflect.Func {
			panic("value for " + name + " not a function")
		}
		if !goodFunc(v.Type()) {
			panic(fmt.Errorf("can't install method/function %q with %d results", name, v.Type().NumOut()))
		}
		out[name] = v
	}
}

// goodFunc reports whether a function or method returns one value, or a
// value and an error.
func goodFunc(typ reflect.Type) bool {
	return typ.NumOut() == 1 || typ.NumOut() == 2 && typ.Out(1) == errorType
}

// goodName reports whether a function name is an identifier.
func goodName(name string) bool {
	if name == "" {
		return false
	}
	for i, r := range name {
		switch {
		case r == '_':
		case i == 0 && !unicode.IsLetter(r):
			return false
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			return false
		}
	}
	return true
}

// findFunction looks a function up in the template's set, then among the
// builtins.
func findFunction(name string, tmpl *Template) (v reflect.Value, isBuiltin, ok bool) {
	if tmpl != nil && tmpl.common != nil {
		tmpl.muFuncs.RLock()
		defer tmpl.muFuncs.RUnlock()
		if fn := tmpl.execFuncs[name]; fn.IsValid() {
			return fn, false, true
		}
	}
	if fn := builtinFuncs()[name]; fn.IsValid() {
		return fn, true, true
	}
	return reflect.Value{}, false, false
}

// prepareArg checks that value can be passed as argType, converting
// between integer types.
func prepareArg(value reflect.Value, argType reflect.Type) (reflect.Value, error) {
	if !value.IsValid() {
		if !canBeNil(argType) {
			return reflect.Value{}, fmt.Errorf("value is nil; should be of type %s", argType)
		}
		value = reflect.Zero(argType)
	}
	if value.Type().AssignableTo(argType) {
		return value, nil
	}
	if intLike(value.Kind()) && intLike(argType.Kind()) && value.Type().ConvertibleTo(argType) {
		return value.Convert(argType), nil
	}
	return reflect.Value{}, fmt.Errorf("value has type %s; should be %s", value.Type(), argType)
}

func intLike(k reflect.Kind) bool {
	switch k {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return true
	}
	return false
}

// indexArg returns index as an int in [0, cap].
func indexArg(index reflect.Value, cap int) (int, error) {
	var x int64
	switch index.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		x = index.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		x = int64(index.Uint())
	case reflect.Invalid:
		return 0, fmt.Errorf("cannot index slice/array with nil")
	default:
		return 0, fmt.Errorf("cannot index slice/array with type %s", index.Type())
	}
	if x < 0 || int(x) < 0 || int(x) > cap {
		return 0, fmt.Errorf("index out of range: %d", x)
	}
	return int(x), nil
}

// index indexes its first argument by the others in turn: "index x 1 2"
// is x[1][2]. Each must be a map, slice, array or string.
func index(item reflect.Value, indexes ...reflect.Value) (reflect.Value, error) {
	item = indirectInterface(item)
	if !item.IsValid() {
		return reflect.Value{}, fmt.Errorf("index of untyped nil")
	}
	for _, index := range indexes {
		index = indirectInterface(index)
		var isNil bool
		if item, isNil = indirect(item); isNil {
			return reflect.Value{}, fmt.Errorf("index of nil pointer")
		}
		switch item.Kind() {
		case reflect.Array, reflect.Slice, reflect.String:
			x, err := indexArg(index, item.Len())
			if err != nil {
				return reflect.Value{}, err
			}
			item = item.Index(x)
		case reflect.Map:
			key, err := prepareArg(index, item.Type().Key())
			if err != nil {
				return reflect.Value{}, err
			}
			if x := item.MapIndex(key); x.IsValid() {
				item = x
			} else {
				item = reflect.Zero(item.Type().Elem())
			}
		default:
			return reflect.Value{}, fmt.Errorf("can't index item of type %s", item.Type())
		}
	}
	return item, nil
}

// slice slices its first argument, a string, slice or array: "slice x" is
// x[:], "slice x 1" x[1:], "slice x 1 2" x[1:2], "slice x 1 2 3" x[1:2:3].
func slice(item reflect.Value, indexes ...reflect.Value) (reflect.Value, error) {
	item = indirectInterface(item)
	if !item.IsValid() {
		return reflect.Value{}, fmt.Errorf("slice of untyped nil")
	}
	if len(indexes) > 3 {
		return reflect.Value{}, fmt.Errorf("too many slice indexes: %d", len(indexes))
	}
	var cap int
	switch item.Kind() {
	case reflect.String:
		if len(indexes) == 3 {
			return reflect.Value{}, fmt.Errorf("cannot 3-index slice a string")
		}
		cap = item.Len()
	case reflect.Array, reflect.Slice:
		cap = item.Cap()
	default:
		return reflect.Value{}, fmt.Errorf("can't slice item of type %s", item.Type())
	}
	idx := [3]int{0, item.Len()}
	for i, index := range indexes {
		x, err := indexArg(index, cap)
		if err != nil {
			return reflect.Value{}, err
		}
		idx[i] = x
	}
	if idx[0] > idx[1] {
		return reflect.Value{}, fmt.Errorf("invalid slice index: %d > %d", idx[0], idx[1])
	}
	if len(indexes) < 3 {
		return item.Slice(idx[0], idx[1]), nil
	}
	if idx[1] > idx[2] {
		return reflect.Value{}, fmt.Errorf("invalid slice index: %d > %d", idx[1], idx[2])
	}
	return item.Slice3(idx[0], idx[1], idx[2]), nil
}

// length returns the length of the item, or an error for a kind that has
// none.
func length(item reflect.Value) (int, error) {
	item, isNil := indirect(item)
	if isNil {
		return 0, fmt.Errorf("len of nil pointer")
	}
	switch item.Kind() {
	case reflect.Array, reflect.Chan, reflect.Map, reflect.Slice, reflect.String:
		return item.Len(), nil
	}
	return 0, fmt.Errorf("len of type %s", item.Type())
}

// call calls its first argument, a function returning one value or a value
// and an error, with the others.
func call(fn reflect.Value, args ...reflect.Value) (reflect.Value, error) {
	fn = indirectInterface(fn)
	if !fn.IsValid() {
		return reflect.Value{}, fmt.Errorf("call of nil")
	}
	typ := fn.Type()
	if typ.Kind() != reflect.Func {
		return reflect.Value{}, fmt.Errorf("non-function of type %s", typ)
	}
	if !goodFunc(typ) {
		return reflect.Value{}, fmt.Errorf("function called with %d args; should be 1 or 2", typ.NumOut())
	}
	numIn := typ.NumIn()
	if typ.IsVariadic() && len(args) < numIn-1 {
		return reflect.Value{}, fmt.Errorf("wrong number of args: got %d want at least %d", len(args), numIn-1)
	}
	if !typ.IsVariadic() && len(args) != numIn {
		return reflect.Value{}, fmt.Errorf("wrong number of args: got %d want %d", len(args), numIn)
	}
	argv := make([]reflect.Value, len(args))
	for i, arg := range args {
		var argType reflect.Type
		if typ.IsVariadic() && i >= numIn-1 {
			argType = typ.In(numIn - 1).Elem()
		} else {
			argType = typ.In(i)
		}
		var err error
		if argv[i], err = prepareArg(indirectInterface(arg), argType); err != nil {
			return reflect.Value{}, fmt.Errorf("arg %d: %w", i, err)
		}
	}
	return safeCall(fn, argv)
}

// safeCall calls fun with args and returns its value and error; a panic in
// the call is returned as the error.
func safeCall(fun reflect.Value, args []reflect.Value) (val reflect.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			} else {
				err = fmt.Errorf("%v", r)
			}
		}
	}()
	ret := fun.Call(args)
	if len(ret) == 2 && !ret[1].IsNil() {
		return ret[0], ret[1].Interface().(error)
	}
	return ret[0], nil
}

// truth reports whether a value is true by the rules of if.
func truth(arg reflect.Value) bool {
	t, _ := isTrue(indirectInterface(arg))
	return t
}

// and computes the Boolean AND of its arguments, returning the first
// false argument it encounters, or the last argument. (evalCall runs it,
// evaluating its arguments only as far as needed.)
func and(arg0 reflect.Value, args ...reflect.Value) reflect.Value {
	panic("unreachable")
}

// or computes the Boolean OR of its arguments, returning the first true
// argument it encounters, or the last argument. (evalCall runs it.)
func or(arg0 reflect.Value, args ...reflect.Value) reflect.Value {
	panic("unreachable")
}

// not returns the Boolean negation of its argument.
func not(arg reflect.Value) bool {
	return !truth(arg)
}

// The comparisons' errors.
var (
	errBadComparisonType = errors.New("invalid type for comparison")
	errBadComparison     = errors.New("incompatible types for comparison")
	errNoComparison      = errors.New("missing argument for comparison")
)

// A kind is how a value compares: the basic kinds, integers of any size
// alike.
type kind int

const (
	invalidKind kind = iota
	boolKind
	complexKind
	intKind
	floatKind
	stringKind
	uintKind
)

func basicKind(v reflect.Value) (kind, error) {
	switch v.Kind() {
	case reflect.Bool:
		return boolKind, nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return intKind, nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return uintKind, nil
	case reflect.Float32, reflect.Float64:
		return floatKind, nil
	case reflect.Complex64, reflect.Complex128:
		return complexKind, nil
	case reflect.String:
		return stringKind, nil
	}
	return invalidKind, errBadComparisonType
}

// isNil reports whether v is the zero Value or a nil of a kind that has one.
func isNil(v reflect.Value) bool {
	if !v.IsValid() {
		return true
	}
	switch v.Kind() {
	case reflect.Chan, reflect.Func, reflect.Interface, reflect.Map, reflect.Pointer, reflect.Slice:
		return v.IsNil()
	}
	return false
}

// canCompare reports whether two values are of one kind, or one is nil.
func canCompare(v1, v2 reflect.Value) bool {
	return v1.Kind() == v2.Kind() || v1.Kind() == reflect.Invalid || v2.Kind() == reflect.Invalid
}

// eq evaluates the comparison a == b || a == c || ...
func eq(arg1 reflect.Value, arg2 ...reflect.Value) (bool, error) {
	arg1 = indirectInterface(arg1)
	if len(arg2) == 0 {
		return false, errNoComparison
	}
	k1, _ := basicKind(arg1)
	for _, arg := range arg2 {
		arg = indirectInterface(arg)
		k2, _ := basicKind(arg)
		var truth bool
		switch {
		case k1 == intKind && k2 == uintKind:
			truth = arg1.Int() >= 0 && uint64(arg1.Int()) == arg.Uint()
		case k1 == uintKind && k2 == intKind:
			truth = arg.Int() >= 0 && arg1.Uint() == uint64(arg.Int())
		case k1 != k2:
			if arg1.IsValid() && arg.IsValid() {
				return false, errBadComparison
			}
		case k1 == boolKind:
			truth = arg1.Bool() == arg.Bool()
		case k1 == complexKind:
			truth = arg1.Complex() == arg.Complex()
		case k1 == floatKind:
			truth = arg1.Float() == arg.Float()
		case k1 == intKind:
			truth = arg1.Int() == arg.Int()
		case k1 == stringKind:
			truth = arg1.String() == arg.String()
		case k1 == uintKind:
			truth = arg1.Uint() == arg.Uint()
		default:
			if !canCompare(arg1, arg) {
				return false, fmt.Errorf("non-comparable types %s: %v, %s: %v", arg1, arg1.Type(), arg.Type(), arg)
			}
			if isNil(arg1) || isNil(arg) {
				truth = isNil(arg) == isNil(arg1)
			} else {
				if !arg.Type().Comparable() {
					return false, fmt.Errorf("non-comparable type %s: %v", arg, arg.Type())
				}
				truth = arg1.Interface() == arg.Interface()
			}
		}
		if truth {
			return true, nil
		}
	}
	return false, nil
}

// ne evaluates the comparison a != b.
func ne(arg1, arg2 reflect.Value) (bool, error) {
	equal, err := eq(arg1, arg2)
	return !equal, err
}

// lt evaluates the comparison a < b.
func lt(arg1, arg2 reflect.Value) (bool, error) {
	arg1 = indirectInterface(arg1)
	k1, err := basicKind(arg1)
	if err != nil {
		return false, err
	}
	arg2 = indirectInterface(arg2)
	k2, err := basicKind(arg2)
	if err != nil {
		return false, err
	}
	switch {
	case k1 == intKind && k2 == uintKind:
		return arg1.Int() < 0 || uint64(arg1.Int()) < arg2.Uint(), nil
	case k1 == uintKind && k2 == intKind:
		return arg2.Int() >= 0 && arg1.Uint() < uint64(arg2.Int()), nil
	case k1 != k2:
		return false, errBadComparison
	case k1 == boolKind, k1 == complexKind:
		return false, errBadComparisonType
	case k1 == floatKind:
		return arg1.Float() < arg2.Float(), nil
	case k1 == intKind:
		return arg1.Int() < arg2.Int(), nil
	case k1 == stringKind:
		return arg1.String() < arg2.String(), nil
	case k1 == uintKind:
		return arg1.Uint() < arg2.Uint(), nil
	}
	panic("invalid kind")
}

// le evaluates the comparison <= b.
func le(arg1, arg2 reflect.Value) (bool, error) {
	lessThan, err := lt(arg1, arg2)
	if lessThan || err != nil {
		return lessThan, err
	}
	return eq(arg1, arg2)
}

// gt evaluates the comparison a > b.
func gt(arg1, arg2 reflect.Value) (bool, error) {
	lessOrEqual, err := le(arg1, arg2)
	if err != nil {
		return false, err
	}
	return !lessOrEqual, nil
}

// ge evaluates the comparison a >= b.
func ge(arg1, arg2 reflect.Value) (bool, error) {
	lessThan, err := lt(arg1, arg2)
	if err != nil {
		return false, err
	}
	return !lessThan, nil
}

// HTMLEscape writes b to w with the characters HTML gives meaning to
// written as entities: " ' & < >, and NUL as U+FFFD.
func HTMLEscape(w io.Writer, b []byte) {
	last := 0
	for i, c := range b {
		var esc string
		switch c {
		case 0:
			esc = "\uFFFD"
		case '"':
			esc = "&#34;" // shorter than "&quot;"
		case '\'':
			esc = "&#39;" // shorter than "&apos;", which HTML4 lacks
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		default:
			continue
		}
		w.Write(b[last:i])
		io.WriteString(w, esc)
		last = i + 1
	}
	w.Write(b[last:])
}

// HTMLEscapeString returns s escaped as HTMLEscape escapes.
func HTMLEscapeString(s string) string {
	if !strings.ContainsAny(s, "'\"&<>\000") {
		return s
	}
	var b bytes.Buffer
	HTMLEscape(&b, []byte(s))
	return b.String()
}

// HTMLEscaper returns its arguments, printed as print prints them, escaped
// for HTML.
func HTMLEscaper(args ...any) string {
	return HTMLEscapeString(evalArgs(args))
}

// JSEscape writes b to w escaped for a JavaScript string: \ ' " with a
// backslash; < > & =, control characters and unprintable runes as \uXXXX.
func JSEscape(w io.Writer, b []byte) {
	const hex = "0123456789ABCDEF"
	last := 0
	for i := 0; i < len(b); i++ {
		c := b[i]
		if !jsIsSpecial(rune(c)) {
			continue
		}
		w.Write(b[last:i])
		if c < utf8.RuneSelf {
			switch c {
			case '\\', '\'', '"':
				w.Write([]byte{'\\', c})
			default: // < > & = too, which HTML would read
				io.WriteString(w, `\u00`+string(hex[c>>4])+string(hex[c&0xf]))
			}
		} else {
			r, size := utf8.DecodeRune(b[i:])
			if unicode.IsPrint(r) {
				w.Write(b[i : i+size])
			} else {
				fmt.Fprintf(w, "\\u%04X", r)
			}
			i += size - 1
		}
		last = i + 1
	}
	w.Write(b[last:])
}

// JSEscapeString returns s escaped as JSEscape escapes.
func JSEscapeString(s string) string {
	if strings.IndexFunc(s, jsIsSpecial) < 0 {
		return s
	}
	var b bytes.Buffer
	JSEscape(&b, []byte(s))
	return b.String()
}

func jsIsSpecial(r rune) bool {
	switch r {
	case '\\', '\'', '"', '<', '>', '&', '=':
		return true
	}
	return r < ' ' || utf8.RuneSelf <= r
}

// JSEscaper returns its arguments, printed as print prints them, escaped
// for JavaScript.
func JSEscaper(args ...any) string {
	return JSEscapeString(evalArgs(args))
}

// URLQueryEscaper returns its arguments, printed as print prints them,
// escaped for a URL query as net/url's QueryEscape escapes.
func URLQueryEscaper(args ...any) string {
	return queryEscape(evalArgs(args))
}

// queryEscape escapes s for a URL query: letters, digits and "-_.~" stay,
// a space becomes "+", every other byte "%XX".
func queryEscape(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', strings.IndexByte("-_.~", c) >= 0:
			b.WriteByte(c)
		case c == ' ':
			b.WriteByte('+')
		default:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&0xf])
		}
	}
	return b.String()
}

// evalArgs formats the list of arguments into a string: a single string
// as itself, anything else as fmt.Sprint prints its printable values.
func evalArgs(args []any) string {
	if len(args) == 1 {
		if s, ok := args[0].(string); ok {
			return s
		}
	}
	for i, arg := range args {
		if a, ok := printableValue(reflect.ValueOf(arg)); ok {
			args[i] = a
		} // else let fmt do its thing
	}
	return fmt.Sprint(args...)
}
