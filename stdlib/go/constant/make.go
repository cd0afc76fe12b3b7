package constant

import (
	"fmt"
	"go/token"
	"math"
	"math/big"
	"strconv"
)

// The representations of a numeric value as math/big numbers: bigInt
// takes an Int; bigRat an Int or a ratVal; bigFloat any Int or Float.
// A value already of the asked-for type is returned as it is, not copied.

func bigInt(x Value) *big.Int {
	if x, ok := x.(intVal); ok {
		return x.val
	}
	return big.NewInt(int64(x.(int64Val)))
}

func bigRat(x Value) *big.Rat {
	if x, ok := x.(ratVal); ok {
		return x.val
	}
	return new(big.Rat).SetInt(bigInt(x))
}

func bigFloat(x Value) *big.Float {
	switch x := x.(type) {
	case floatVal:
		return x.val
	case ratVal:
		return newFloat().SetRat(x.val)
	}
	return newFloat().SetInt(bigInt(x))
}

// newFloat returns a big.Float zero of the precision of a floatVal.
func newFloat() *big.Float { return new(big.Float).SetPrec(prec) }

// The make functions return a result of math/big arithmetic in its
// representation as a Value.

// makeInt returns x as an int64Val if it fits in one.
func makeInt(x *big.Int) Value {
	if x.IsInt64() {
		return int64Val(x.Int64())
	}
	return intVal{x}
}

// makeRat returns x as a ratVal if its numerator and denominator are
// small, else rounded to a floatVal.
func makeRat(x *big.Rat) Value {
	if smallInt(x.Num()) && smallInt(x.Denom()) {
		return ratVal{x}
	}
	return floatVal{newFloat().SetRat(x)}
}

// floatVal0 is the zero that floatVal arithmetic gives, whatever the
// sign of the big.Float zero it computed: constants have no -0.
var floatVal0 = floatVal{newFloat()}

// makeFloat returns x as a floatVal, or Unknown if x is infinite (the
// arithmetic overflowed).
func makeFloat(x *big.Float) Value {
	switch {
	case x.Sign() == 0:
		return floatVal0
	case x.IsInf():
		return unknownVal{}
	}
	return floatVal{x}
}

// makeComplex returns re + im·i, or Unknown if either part is Unknown.
func makeComplex(re, im Value) Value {
	if re.Kind() == Unknown || im.Kind() == Unknown {
		return unknownVal{}
	}
	return complexVal{re, im}
}

// smallInt reports whether x may be a ratVal's numerator or denominator.
func smallInt(x *big.Int) bool { return x.BitLen() < maxExp }

// smallFloat reports whether x, written as a fraction, would have a
// numerator and denominator small enough for a ratVal.
func smallFloat(x *big.Float) bool {
	if x.IsInf() {
		return false
	}
	exp := x.MantExp(nil)
	return -maxExp < exp && exp < maxExp
}

// MakeUnknown returns a Value of Kind Unknown.
func MakeUnknown() Value { return unknownVal{} }

// MakeBool returns b as a Value of Kind Bool.
func MakeBool(b bool) Value { return boolVal(b) }

// MakeString returns s as a Value of Kind String.
func MakeString(s string) Value { return &stringVal{s: s} }

// MakeInt64 returns x as a Value of Kind Int.
func MakeInt64(x int64) Value { return int64Val(x) }

// MakeUint64 returns x as a Value of Kind Int.
func MakeUint64(x uint64) Value {
	if x <= math.MaxInt64 {
		return int64Val(x)
	}
	return intVal{new(big.Int).SetUint64(x)}
}

// MakeFloat64 returns x, exactly, as a Value of Kind Float. A negative
// zero gives 0, as constants have no -0; an infinity or a NaN gives
// Unknown.
func MakeFloat64(x float64) Value {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return unknownVal{}
	}
	// A float64 is m × 2**e with e between -1074 and 971: as a fraction
	// it is always small enough for a ratVal. Adding 0 turns -0 into 0.
	return ratVal{new(big.Rat).SetFloat64(x + 0)}
}

// MakeFromLiteral returns the value of the Go literal lit, written as
// in source code. tok says what sort of literal it is: token.INT,
// token.FLOAT, token.IMAG, token.CHAR or token.STRING; any other token
// panics. The last argument is unused and must be 0. A malformed
// literal gives Unknown.
func MakeFromLiteral(lit string, tok token.Token, zero uint) Value {
	if zero != 0 {
		panic("MakeFromLiteral called with non-zero last argument")
	}
	var x Value
	switch tok {
	case token.INT:
		// Base 0 reads Go's prefixes (0b, 0o, 0x and the old octal 0)
		// and its underscores between digits.
		if i, ok := new(big.Int).SetString(lit, 0); ok {
			x = makeInt(i)
		}
	case token.FLOAT:
		x = makeFloatFromLiteral(lit)
	case token.IMAG:
		if n := len(lit); n > 0 && lit[n-1] == 'i' {
			if im := makeFloatFromLiteral(lit[:n-1]); im != nil {
				x = makeComplex(int64Val(0), im)
			}
		}
	case token.CHAR:
		// The character is the first one between the quotes: what
		// follows it is not looked at.
		if n := len(lit); n >= 2 {
			if r, _, _, err := strconv.UnquoteChar(lit[1:n-1], '\''); err == nil {
				x = int64Val(r)
			}
		}
	case token.STRING:
		if s, err := strconv.Unquote(lit); err == nil {
			x = MakeString(s)
		}
	default:
		panic(fmt.Sprintf("%v is not a valid token", tok))
	}
	if x == nil {
		return unknownVal{}
	}
	return x
}

// makeFloatFromLiteral returns the Float value of a floating-point
// literal (decimal or hexadecimal), or nil if lit is not one. The
// value is exact, a ratVal, unless its exponent is too large for a
// fraction; a value too large even for a floatVal is Unknown.
func makeFloatFromLiteral(lit string) Value {
	f, ok := newFloat().SetString(lit)
	if !ok {
		return nil
	}
	if !smallFloat(f) {
		return makeFloat(f)
	}
	// A literal such as 1e-1000000000 underflows to a zero float, but
	// would take very long to read as a fraction, exactly.
	if f.Sign() == 0 {
		lit = "0"
	}
	if r, ok := new(big.Rat).SetString(lit); ok {
		return ratVal{r}
	}
	return makeFloat(f)
}

// Make returns x as a Value, whose Kind x's Go type decides:
//
//	bool                    Bool
//	string                  String
//	int64, *big.Int         Int
//	*big.Rat, *big.Float    Float
//	any other type          Unknown
//
// A math/big argument may be kept in the Value rather than copied, so
// it must not be changed afterwards.
func Make(x any) Value {
	switch x := x.(type) {
	case bool:
		return boolVal(x)
	case string:
		return MakeString(x)
	case int64:
		return int64Val(x)
	case *big.Int:
		return makeInt(x)
	case *big.Rat:
		return makeRat(x)
	case *big.Float:
		return makeFloat(x)
	}
	return unknownVal{}
}

// MakeFromBytes returns the Int, never negative, whose binary digits
// are bytes, least significant byte first (little-endian); no bytes at
// all give 0. Bytes is its inverse.
func MakeFromBytes(bytes []byte) Value {
	// big.Int reads bytes big-endian: reverse a copy.
	n := len(bytes)
	be := make([]byte, n)
	for i, b := range bytes {
		be[n-1-i] = b
	}
	return makeInt(new(big.Int).SetBytes(be))
}

// MakeImag returns the Complex 0 + x·i for an Int or Float x, and
// Unknown for an Unknown x. Any other kind panics.
func MakeImag(x Value) Value {
	switch x.(type) {
	case unknownVal:
		return x
	case int64Val, intVal, ratVal, floatVal:
		return complexVal{int64Val(0), x}
	}
	panic(fmt.Sprintf("%v not Int or Float", x))
}
