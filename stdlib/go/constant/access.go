package constant

import (
	"fmt"
	"math/big"
	"math/bits"
)

// The accessors return the zero value of their result type for an
// Unknown, except Sign, which returns 1 so that an Unknown divisor
// does not look like a division by zero.

// BoolVal returns the bool that x, a Bool, holds, and false if x is
// Unknown. Any other kind panics.
func BoolVal(x Value) bool {
	switch x := x.(type) {
	case boolVal:
		return bool(x)
	case unknownVal:
		return false
	}
	panic(fmt.Sprintf("%v not a Bool", x))
}

// StringVal returns the text of x, a String, without quotes, and ""
// if x is Unknown. Any other kind panics.
func StringVal(x Value) string {
	switch x := x.(type) {
	case *stringVal:
		return x.string()
	case unknownVal:
		return ""
	}
	panic(fmt.Sprintf("%v not a String", x))
}

// Int64Val returns x, an Int, as an int64, and whether it fits in one;
// when it does not, the int64 means nothing. An Unknown x gives
// (0, false); any other kind panics.
func Int64Val(x Value) (int64, bool) {
	switch x := x.(type) {
	case int64Val:
		return int64(x), true
	case intVal:
		return x.val.Int64(), false // an intVal never fits in an int64
	case unknownVal:
		return 0, false
	}
	panic(fmt.Sprintf("%v not an Int", x))
}

// Uint64Val returns x, an Int, as a uint64, and whether it fits in one;
// when it does not, the uint64 means nothing. An Unknown x gives
// (0, false); any other kind panics.
func Uint64Val(x Value) (uint64, bool) {
	switch x := x.(type) {
	case int64Val:
		return uint64(x), x >= 0
	case intVal:
		return x.val.Uint64(), x.val.IsUint64()
	case unknownVal:
		return 0, false
	}
	panic(fmt.Sprintf("%v not an Int", x))
}

// Float32Val returns the float32 nearest to x and whether it equals x,
// following the rules of Float64Val.
func Float32Val(x Value) (float32, bool) {
	switch x := x.(type) {
	case int64Val:
		f := float32(x)
		return f, int64Val(f) == x
	case intVal:
		f, acc := newFloat().SetInt(x.val).Float32()
		return f, acc == big.Exact
	case ratVal:
		return x.val.Float32()
	case floatVal:
		f, acc := x.val.Float32()
		return f, acc == big.Exact
	case unknownVal:
		return 0, false
	}
	panic(fmt.Sprintf("%v not a Float", x))
}

// Float64Val returns the float64 nearest to x, an Int or a Float, and
// whether it equals x. A value too large for a float64 gives an
// infinity, and one too close to zero a zero: -0 when x is negative.
// An Unknown x gives (0, false); any other kind panics.
func Float64Val(x Value) (float64, bool) {
	switch x := x.(type) {
	case int64Val:
		f := float64(x)
		return f, int64Val(f) == x
	case intVal:
		f, acc := newFloat().SetInt(x.val).Float64()
		return f, acc == big.Exact
	case ratVal:
		return x.val.Float64()
	case floatVal:
		f, acc := x.val.Float64()
		return f, acc == big.Exact
	case unknownVal:
		return 0, false
	}
	panic(fmt.Sprintf("%v not a Float", x))
}

// Val returns x as a plain Go value, for the caller to take apart with
// a type assertion or a type switch. By Kind of x, the result is:
//
//	Bool                  a bool
//	String                a string
//	Int                   an int64 if x fits in one, else a *big.Int
//	Float                 a *big.Rat or a *big.Float
//	Unknown, Complex      nil
//
// A math/big result is x's own, and must not be changed.
func Val(x Value) any {
	switch x := x.(type) {
	case boolVal:
		return bool(x)
	case *stringVal:
		return x.string()
	case int64Val:
		return int64(x)
	case intVal:
		return x.val
	case ratVal:
		return x.val
	case floatVal:
		return x.val
	}
	return nil
}

// BitLen returns how many binary digits the absolute value of x, an
// Int, has (none for 0). An Unknown x gives 0; any other kind panics.
func BitLen(x Value) int {
	switch x := x.(type) {
	case int64Val:
		abs := uint64(x)
		if x < 0 {
			abs = -abs // right even for the most negative int64
		}
		return bits.Len64(abs)
	case intVal:
		return x.val.BitLen()
	case unknownVal:
		return 0
	}
	panic(fmt.Sprintf("%v not an Int", x))
}

// Sign returns -1, 0 or +1 as x, a number, is negative, zero or
// positive. A Complex gives 0 if both its parts are zero, and some
// other number if not. An Unknown x gives 1.
func Sign(x Value) int {
	switch x := x.(type) {
	case int64Val:
		switch {
		case x < 0:
			return -1
		case x > 0:
			return 1
		}
		return 0
	case intVal:
		return x.val.Sign()
	case ratVal:
		return x.val.Sign()
	case floatVal:
		return x.val.Sign()
	case complexVal:
		// Zero only if both parts are, negative if either is.
		return Sign(x.re) | Sign(x.im)
	case unknownVal:
		return 1
	}
	panic(fmt.Sprintf("%v not numeric", x))
}

// Bytes returns the absolute value of x, which must be an Int, in
// binary, least significant byte first (little-endian).
func Bytes(x Value) []byte {
	if x.Kind() != Int {
		panic(fmt.Sprintf("%v not an Int", x))
	}
	// big.Int gives them big-endian, without leading zeros: reverse them.
	b := bigInt(x).Bytes()
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return b
}

// Num returns the numerator of x, an Int or a Float, written as a
// fraction in lowest terms: an Int with the sign of x. A Float too large,
// or too close to zero, for a fraction gives Unknown, as does an
// Unknown x.
func Num(x Value) Value {
	if r := fraction(x); r != nil {
		return makeInt(r.Num())
	}
	return unknownVal{}
}

// Denom returns the denominator of x, an Int or a Float, written as a
// fraction in lowest terms: a positive Int (1 for an Int x). It gives
// Unknown where Num does.
func Denom(x Value) Value {
	if r := fraction(x); r != nil {
		return makeInt(r.Denom())
	}
	return unknownVal{}
}

// fraction returns x, an Int, Float or Unknown, as a fraction, or nil if
// x is Unknown or a floatVal whose fraction would be too large.
func fraction(x Value) *big.Rat {
	switch x := x.(type) {
	case int64Val, intVal, ratVal:
		return bigRat(x)
	case floatVal:
		if smallFloat(x.val) {
			r, _ := x.val.Rat(nil)
			return r
		}
		return nil
	case unknownVal:
		return nil
	}
	panic(fmt.Sprintf("%v not Int or Float", x))
}

// Real returns the real part of x, a number: x itself unless it is a
// Complex. An Unknown x gives Unknown.
func Real(x Value) Value {
	switch x := x.(type) {
	case unknownVal, int64Val, intVal, ratVal, floatVal:
		return x
	case complexVal:
		return x.re
	}
	panic(fmt.Sprintf("%v not numeric", x))
}

// Imag returns the imaginary part of x, a number: 0 unless x is a
// Complex. An Unknown x gives Unknown.
func Imag(x Value) Value {
	switch x := x.(type) {
	case unknownVal:
		return x
	case int64Val, intVal, ratVal, floatVal:
		return int64Val(0)
	case complexVal:
		return x.im
	}
	panic(fmt.Sprintf("%v not numeric", x))
}

// ToInt returns x as an Int if its value is an integer, and Unknown if
// not. A Float within rounding error of an integer counts as one, and
// so does a Complex whose imaginary part is zero and real part one.
func ToInt(x Value) Value {
	switch x := x.(type) {
	case int64Val, intVal:
		return x
	case ratVal:
		if x.val.IsInt() {
			return makeInt(x.val.Num())
		}
	case floatVal:
		// Beyond the exponents of fractions, the integer could be huge.
		if smallFloat(x.val) {
			if i := nearInt(x.val); i != nil {
				return makeInt(i)
			}
		}
	case complexVal:
		return ToInt(ToFloat(x))
	}
	return unknownVal{}
}

// roundingSlack is the number of low mantissa bits of a floatVal that
// nearInt takes as rounding error.
const roundingSlack = 4

// nearInt returns the integer f is, or nil if it is none. f counts as an
// integer also when it is off by a few units in its last mantissa bits,
// as a value such as 1/3*3 is after rounding: then rounding f to a
// slightly lower precision, in one direction or the other, gives the
// integer.
func nearInt(f *big.Float) *big.Int {
	i := new(big.Int)
	if _, acc := f.Int(i); acc == big.Exact {
		return i
	}
	for _, mode := range []big.RoundingMode{big.ToZero, big.AwayFromZero} {
		g := new(big.Float).SetPrec(prec - roundingSlack).SetMode(mode).Set(f)
		if _, acc := g.Int(i); acc == big.Exact {
			return i
		}
	}
	return nil
}

// ToFloat returns x as a Float if it is a number with no imaginary
// part (or a zero one), and Unknown if not.
func ToFloat(x Value) Value {
	switch x := x.(type) {
	case int64Val:
		return ratVal{bigRat(x)}
	case intVal:
		if smallInt(x.val) {
			return ratVal{bigRat(x)}
		}
		return floatVal{bigFloat(x)}
	case ratVal, floatVal:
		return x
	case complexVal:
		if Sign(x.im) == 0 {
			return ToFloat(x.re)
		}
	}
	return unknownVal{}
}

// ToComplex returns x as a Complex if it is a number, and Unknown if not.
func ToComplex(x Value) Value {
	switch x := x.(type) {
	case int64Val, intVal, ratVal, floatVal:
		return complexVal{x, int64Val(0)}
	case complexVal:
		return x
	}
	return unknownVal{}
}
