// Package quick implements utility functions to help with black box
// testing: Check calls a function with arbitrary arguments until it
// returns false, CheckEqual compares two functions on arbitrary inputs.
//
// The values are built through reflect, sized so that recursive types
// (a struct holding a pointer to itself, a slice of itself) end: every
// level of indirection gets a share of a size budget (complexSize at the
// top), and a pointer is nil with probability 1/size.
package quick

import (
	"flag"
	"fmt"
	"math"
	"math/rand"
	"reflect"
	"strings"
	"time"
)

var defaultMaxCount *int = flag.Int("quickchecks", 100, "The default number of iterations for each check")

// A Generator can generate random values of its own type.
type Generator interface {
	// Generate returns a random instance of the type on which it is a
	// method using the size as a size hint.
	Generate(rand *rand.Rand, size int) reflect.Value
}

// complexSize is the size budget of one generated value.
const complexSize = 50

// Value returns an arbitrary value of the given type. If the type
// implements the Generator interface, that will be used. Note: To create
// arbitrary values for structs, all the fields must be exported.
func Value(t reflect.Type, rand *rand.Rand) (value reflect.Value, ok bool) {
	return sizedValue(t, rand, complexSize)
}

// sizedValue returns an arbitrary value of type t within the size budget.
func sizedValue(t reflect.Type, rand *rand.Rand, size int) (reflect.Value, bool) {
	if g, ok := reflect.Zero(t).Interface().(Generator); ok {
		return g.Generate(rand, size), true
	}
	v := reflect.New(t).Elem()
	switch t.Kind() {
	case reflect.Bool:
		v.SetBool(rand.Int()&1 == 0)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(randInt64(rand)) // SetInt truncates to the kind's width
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		v.SetUint(uint64(randInt64(rand)))
	case reflect.Float32:
		v.SetFloat(randFloat(rand, math.MaxFloat32))
	case reflect.Float64:
		v.SetFloat(randFloat(rand, math.MaxFloat64))
	case reflect.Complex64:
		v.SetComplex(complex(randFloat(rand, math.MaxFloat32), randFloat(rand, math.MaxFloat32)))
	case reflect.Complex128:
		v.SetComplex(complex(randFloat(rand, math.MaxFloat64), randFloat(rand, math.MaxFloat64)))
	case reflect.String:
		runes := make([]rune, rand.Intn(complexSize))
		for i := range runes {
			runes[i] = rune(rand.Intn(0x10ffff))
		}
		v.SetString(string(runes))
	case reflect.Pointer:
		if rand.Intn(size) == 0 {
			break // the zero value: a nil pointer
		}
		elem, ok := sizedValue(t.Elem(), rand, size)
		if !ok {
			return reflect.Value{}, false
		}
		v.Set(reflect.New(t.Elem()))
		v.Elem().Set(elem)
	case reflect.Array:
		if !fillElems(v, t.Elem(), rand, size) {
			return reflect.Value{}, false
		}
	case reflect.Slice:
		// The elements share what the length leaves of the budget.
		n := rand.Intn(size)
		v.Set(reflect.MakeSlice(t, n, n))
		if !fillElems(v, t.Elem(), rand, size-n) {
			return reflect.Value{}, false
		}
	case reflect.Map:
		n := rand.Intn(size)
		v.Set(reflect.MakeMap(t))
		for i := 0; i < n; i++ {
			key, ok1 := sizedValue(t.Key(), rand, size)
			elem, ok2 := sizedValue(t.Elem(), rand, size)
			if !ok1 || !ok2 {
				return reflect.Value{}, false
			}
			v.SetMapIndex(key, elem)
		}
	case reflect.Struct:
		// The fields share the budget evenly, at least 1 each.
		n := v.NumField()
		share := 1
		if n > 0 && n <= size {
			share = size / n
		}
		for i := 0; i < n; i++ {
			elem, ok := sizedValue(t.Field(i).Type, rand, share)
			if !ok {
				return reflect.Value{}, false
			}
			v.Field(i).Set(elem)
		}
	default:
		return reflect.Value{}, false
	}
	return v, true
}

// fillElems sets every element of the array or slice v to an arbitrary value.
func fillElems(v reflect.Value, elemType reflect.Type, rand *rand.Rand, size int) bool {
	for i := 0; i < v.Len(); i++ {
		elem, ok := sizedValue(elemType, rand, size)
		if !ok {
			return false
		}
		v.Index(i).Set(elem)
	}
	return true
}

// randFloat returns a float uniformly distributed in (-max, max).
func randFloat(rand *rand.Rand, max float64) float64 {
	f := rand.Float64() * max
	if rand.Int()&1 == 1 {
		f = -f
	}
	return f
}

// randInt64 returns a random int64 over its whole range.
func randInt64(rand *rand.Rand) int64 {
	return int64(rand.Uint64())
}

// A Config structure contains options for running a test.
type Config struct {
	// MaxCount sets the maximum number of iterations.
	// If zero, MaxCountScale is used.
	MaxCount int
	// MaxCountScale is a non-negative scale factor applied to the
	// default maximum (100, or the -quickchecks flag).
	MaxCountScale float64
	// Rand specifies a source of random numbers.
	// If nil, a default pseudo-random source will be used.
	Rand *rand.Rand
	// Values specifies a function to generate a slice of arbitrary
	// reflect.Values that are congruent with the arguments to the
	// function being tested. If nil, Value generates them.
	Values func([]reflect.Value, *rand.Rand)
}

var defaultConfig Config

// random is the source of arguments: the Config's, or one seeded from the clock.
func (c *Config) random() *rand.Rand {
	if c.Rand == nil {
		return rand.New(rand.NewSource(time.Now().UnixNano()))
	}
	return c.Rand
}

// maxCount is the number of checks to run.
func (c *Config) maxCount() int {
	switch {
	case c.MaxCount != 0:
		return c.MaxCount
	case c.MaxCountScale != 0:
		return int(c.MaxCountScale * float64(*defaultMaxCount))
	}
	return *defaultMaxCount
}

// A SetupError is the result of an error in the way that check is being
// used, independent of the functions being tested.
type SetupError string

func (s SetupError) Error() string { return string(s) }

// A CheckError is the result of Check finding an error.
type CheckError struct {
	Count int
	In    []any
}

func (s *CheckError) Error() string {
	return fmt.Sprintf("#%d: failed on input %s", s.Count, toString(s.In))
}

// A CheckEqualError is the result CheckEqual finding an error.
type CheckEqualError struct {
	CheckError
	Out1 []any
	Out2 []any
}

func (s *CheckEqualError) Error() string {
	return fmt.Sprintf("#%d: failed on input %s. Output 1: %s. Output 2: %s", s.Count, toString(s.In), toString(s.Out1), toString(s.Out2))
}

// Check looks for an input to f, any function that returns bool, such
// that f returns false. It calls f repeatedly, with arbitrary values for
// each argument. If f returns false on a given input, Check returns that
// input as a *CheckError.
func Check(f any, config *Config) error {
	if config == nil {
		config = &defaultConfig
	}
	fn := reflect.ValueOf(f)
	if fn.Kind() != reflect.Func {
		return SetupError("argument is not a function")
	}
	ft := fn.Type()
	if ft.NumOut() != 1 {
		return SetupError("function does not return one value")
	}
	if ft.Out(0).Kind() != reflect.Bool {
		return SetupError("function does not return a bool")
	}
	args := make([]reflect.Value, ft.NumIn())
	rand := config.random()
	for i, n := 0, config.maxCount(); i < n; i++ {
		if err := arbitraryValues(args, ft, config, rand); err != nil {
			return err
		}
		if !fn.Call(args)[0].Bool() {
			return &CheckError{i + 1, toInterfaces(args)}
		}
	}
	return nil
}

// CheckEqual looks for an input on which f and g return different
// results. It calls f and g repeatedly with arbitrary values for each
// argument. If f and g return different answers, CheckEqual returns a
// *CheckEqualError describing the input and the outputs.
func CheckEqual(f, g any, config *Config) error {
	if config == nil {
		config = &defaultConfig
	}
	x, y := reflect.ValueOf(f), reflect.ValueOf(g)
	if x.Kind() != reflect.Func || y.Kind() != reflect.Func {
		return SetupError("arguments are not functions")
	}
	if x.Type() != y.Type() {
		return SetupError("functions have different types")
	}
	args := make([]reflect.Value, x.Type().NumIn())
	rand := config.random()
	for i, n := 0, config.maxCount(); i < n; i++ {
		if err := arbitraryValues(args, x.Type(), config, rand); err != nil {
			return err
		}
		out1 := toInterfaces(x.Call(args))
		out2 := toInterfaces(y.Call(args))
		if !reflect.DeepEqual(out1, out2) {
			return &CheckEqualError{CheckError{i + 1, toInterfaces(args)}, out1, out2}
		}
	}
	return nil
}

// arbitraryValues fills args with arbitrary values for the parameters of f.
func arbitraryValues(args []reflect.Value, f reflect.Type, config *Config, rand *rand.Rand) error {
	if config.Values != nil {
		config.Values(args, rand)
		return nil
	}
	for i := range args {
		v, ok := Value(f.In(i), rand)
		if !ok {
			return SetupError(fmt.Sprintf("cannot create arbitrary value of type %s for argument %d", f.In(i), i))
		}
		args[i] = v
	}
	return nil
}

func toInterfaces(values []reflect.Value) []any {
	out := make([]any, len(values))
	for i, v := range values {
		out[i] = v.Interface()
	}
	return out
}

func toString(values []any) string {
	parts := make([]string, len(values))
	for i, v := range values {
		parts[i] = fmt.Sprintf("%#v", v)
	}
	return strings.Join(parts, ", ")
}
