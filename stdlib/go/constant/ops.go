package constant

import (
	"fmt"
	"go/token"
	"math"
	"math/big"
	"strings"
)

// The representations of a Value in the order in which match brings
// two operands to one of them. From orderInt64 on, each numeric one
// holds every value of those before it (a floatVal only to prec bits).
// A nil Value, which is no representation, comes first.
const (
	orderNil = iota
	orderUnknown
	orderBoolOrString
	orderInt64
	orderBigInt
	orderRat
	orderFloat
	orderComplex
)

func order(x Value) int {
	switch x.(type) {
	case unknownVal:
		return orderUnknown
	case boolVal, *stringVal:
		return orderBoolOrString
	case int64Val:
		return orderInt64
	case intVal:
		return orderBigInt
	case ratVal:
		return orderRat
	case floatVal:
		return orderFloat
	case complexVal:
		return orderComplex
	}
	return orderNil
}

// match returns the operands x and y of an operation in one
// representation, the later one in the order above: the earlier
// operand is brought to it by lift. Operands of the same order are
// returned as they are: either they already share a representation,
// or they are a Bool and a String, which have none in common; the
// operation then fails when it expects the second operand to be of
// the first one's type.
//
// The Kinds of operands are not checked, so that misuse gives the
// results Go's own go/constant gives (such as 0 + "hi" = "hi" + "hi",
// see lift): a type checker only asks for operations the Go
// specification defines.
func match(x, y Value) (_, _ Value) {
	switch ox, oy := order(x), order(y); {
	case ox < oy:
		x, y = lift(x, y)
	case ox > oy:
		y, x = lift(y, x)
	}
	return x, y
}

// lift returns lo, which is earlier in the order than hi, in hi's
// representation, and hi. Any value becomes a Complex as its real
// part, even an Unknown (so a Complex compared with an Unknown is
// compared part by part); a number becomes a later number. A Value that is not a number
// cannot become one, and instead takes the place of hi too: then an
// operation on an Unknown (or nil) operand sees two of them, and so
// does one on a Bool or String operand and a number.
func lift(lo, hi Value) (_, _ Value) {
	if _, ok := hi.(complexVal); ok {
		return complexVal{lo, int64Val(0)}, hi
	}
	if order(lo) < orderInt64 {
		return lo, lo
	}
	switch hi.(type) {
	case intVal:
		return intVal{bigInt(lo)}, hi
	case ratVal:
		return ratVal{bigRat(lo)}, hi
	}
	return floatVal{bigFloat(lo)}, hi
}

// UnaryOp returns op y, for op one of token.ADD, token.SUB, token.XOR
// and token.NOT (+, -, ^ and !), and panics if op does not apply to y.
// A prec other than 0 is the size in bits of an unsigned type: ^ then
// keeps only that many low bits, where with 0 it gives -y-1. An Unknown
// y gives Unknown.
func UnaryOp(op token.Token, y Value, prec uint) Value {
	if z := unaryOp(op, y, prec); z != nil {
		return z
	}
	panic(fmt.Sprintf("invalid unary operation %s%v", op, y))
}

// unaryOp returns op y, or nil if op is not defined for y. An Unknown
// operand gives Unknown for the four unary operators only.
func unaryOp(op token.Token, y Value, prec uint) Value {
	switch op {
	case token.ADD:
		if order(y) == orderUnknown || order(y) >= orderInt64 {
			return y
		}
	case token.SUB:
		return negate(y)
	case token.XOR:
		switch order(y) {
		case orderUnknown:
			return y
		case orderInt64, orderBigInt:
			return complement(bigInt(y), prec)
		}
	case token.NOT:
		switch y := y.(type) {
		case unknownVal:
			return y
		case boolVal:
			return !y
		}
	}
	return nil
}

// negate returns -x, or nil if x is neither a number nor Unknown.
func negate(x Value) Value {
	switch x := x.(type) {
	case unknownVal:
		return x
	case int64Val:
		if x == math.MinInt64 { // whose negation does not fit
			return makeInt(new(big.Int).Neg(bigInt(x)))
		}
		return -x
	case intVal:
		return makeInt(new(big.Int).Neg(x.val))
	case ratVal:
		return makeRat(new(big.Rat).Neg(x.val))
	case floatVal:
		return makeFloat(newFloat().Neg(x.val))
	case complexVal:
		// A part need not be a number (see lift): UnaryOp then
		// panics naming it.
		return makeComplex(UnaryOp(token.SUB, x.re, 0), UnaryOp(token.SUB, x.im, 0))
	}
	return nil
}

// complement returns ^x. An Int constant has no size, so its
// complement is that of a signed integer: ^x = -x-1, negative for a
// positive x. For an unsigned type of n bits, the complement of x is
// that result in n bits, so for n = bits > 0 only the low n bits are
// kept.
func complement(x *big.Int, bits uint) Value {
	z := new(big.Int).Not(x)
	if bits > 0 {
		mask := new(big.Int).Lsh(big.NewInt(1), bits)
		z.And(z, mask.Sub(mask, big.NewInt(1)))
	}
	return makeInt(z)
}

// BinaryOp returns x op y, for an arithmetic or logical operator op
// (token.ADD, token.AND_NOT, token.LAND and so on), and panics if op
// does not apply to the operands. Comparisons and shifts are made by
// Compare and Shift instead. An Unknown operand gives Unknown.
//
// token.QUO divides exactly, so that two Ints may give a Float; the
// integer division of Go's / on Ints, truncated to an Int, is
// token.QUO_ASSIGN. Dividing by zero panics.
func BinaryOp(x Value, op token.Token, y Value) Value {
	a, b := match(x, y)
	if z := binaryOp(a, op, b); z != nil {
		return z
	}
	panic(fmt.Sprintf("invalid binary operation %v %s %v", x, op, y))
}

// binaryOp returns x op y for operands brought together by match, or
// nil if op is not defined for them. Operands match could not bring
// to one representation fail a type assertion.
func binaryOp(x Value, op token.Token, y Value) Value {
	switch x := x.(type) {
	case unknownVal:
		return x
	case boolVal:
		return boolOp(x, op, y.(boolVal))
	case *stringVal:
		if op == token.ADD {
			return &stringVal{left: x, right: y.(*stringVal)}
		}
	case int64Val:
		return int64Op(int64(x), op, int64(y.(int64Val)))
	case intVal:
		return intOp(x.val, op, y.(intVal).val)
	case ratVal:
		return ratOp(x.val, op, y.(ratVal).val)
	case floatVal:
		return floatOp(x.val, op, y.(floatVal).val)
	case complexVal:
		return complexOp(x, op, y.(complexVal))
	}
	return nil
}

func boolOp(x boolVal, op token.Token, y boolVal) Value {
	switch op {
	case token.LAND:
		return x && y
	case token.LOR:
		return x || y
	}
	return nil
}

// fitsBits reports whether x is an n-bit signed integer.
func fitsBits(x int64, n uint) bool {
	return -1<<(n-1) <= x && x < 1<<(n-1)
}

func int64Op(x int64, op token.Token, y int64) Value {
	// A sum or difference of two 63-bit integers, and a product of two
	// 32-bit ones, fits in an int64. Larger operands may overflow it.
	switch op {
	case token.ADD, token.SUB:
		if !fitsBits(x, 63) || !fitsBits(y, 63) {
			return intOp(big.NewInt(x), op, big.NewInt(y))
		}
	case token.MUL:
		if !fitsBits(x, 32) || !fitsBits(y, 32) {
			return intOp(big.NewInt(x), op, big.NewInt(y))
		}
	}
	switch op {
	case token.ADD:
		return int64Val(x + y)
	case token.SUB:
		return int64Val(x - y)
	case token.MUL:
		return int64Val(x * y)
	case token.QUO:
		return makeRat(big.NewRat(x, y))
	case token.QUO_ASSIGN:
		return int64Val(x / y)
	case token.REM:
		return int64Val(x % y)
	case token.AND:
		return int64Val(x & y)
	case token.OR:
		return int64Val(x | y)
	case token.XOR:
		return int64Val(x ^ y)
	case token.AND_NOT:
		return int64Val(x &^ y)
	}
	return nil
}

func intOp(x *big.Int, op token.Token, y *big.Int) Value {
	z := new(big.Int)
	switch op {
	case token.ADD:
		z.Add(x, y)
	case token.SUB:
		z.Sub(x, y)
	case token.MUL:
		z.Mul(x, y)
	case token.QUO:
		return makeRat(new(big.Rat).SetFrac(x, y))
	case token.QUO_ASSIGN:
		z.Quo(x, y)
	case token.REM:
		z.Rem(x, y)
	case token.AND:
		z.And(x, y)
	case token.OR:
		z.Or(x, y)
	case token.XOR:
		z.Xor(x, y)
	case token.AND_NOT:
		z.AndNot(x, y)
	default:
		return nil
	}
	return makeInt(z)
}

func ratOp(x *big.Rat, op token.Token, y *big.Rat) Value {
	z := new(big.Rat)
	switch op {
	case token.ADD:
		z.Add(x, y)
	case token.SUB:
		z.Sub(x, y)
	case token.MUL:
		z.Mul(x, y)
	case token.QUO:
		z.Quo(x, y)
	default:
		return nil
	}
	return makeRat(z)
}

func floatOp(x *big.Float, op token.Token, y *big.Float) Value {
	z := newFloat()
	switch op {
	case token.ADD:
		z.Add(x, y)
	case token.SUB:
		z.Sub(x, y)
	case token.MUL:
		z.Mul(x, y)
	case token.QUO:
		z.Quo(x, y)
	default:
		return nil
	}
	return makeFloat(z)
}

// complexOp computes with the parts of x = a+bi and y = c+di:
//
//	x + y = (a+c) + (b+d)i
//	x - y = (a-c) + (b-d)i
//	x * y = (ac-bd) + (bc+ad)i
//	x / y = (ac+bd)/s + (bc-ad)/s i, where s = cc+dd
//
// A part of x may be an operand lift made complex, such as a String,
// for which a product panics. The products are formed in the order
// above (ac, bd, bc, ad, then cc, dd), so that the panic names the
// same one as Go's go/constant does.
func complexOp(x complexVal, op token.Token, y complexVal) Value {
	a, b, c, d := x.re, x.im, y.re, y.im
	var re, im Value
	switch op {
	case token.ADD:
		re, im = add(a, c), add(b, d)
	case token.SUB:
		re, im = sub(a, c), sub(b, d)
	case token.MUL:
		ac, bd, bc, ad := mul(a, c), mul(b, d), mul(b, c), mul(a, d)
		re, im = sub(ac, bd), add(bc, ad)
	case token.QUO:
		ac, bd, bc, ad := mul(a, c), mul(b, d), mul(b, c), mul(a, d)
		s := add(mul(c, c), mul(d, d))
		re, im = quo(add(ac, bd), s), quo(sub(bc, ad), s)
	default:
		return nil
	}
	return makeComplex(re, im)
}

func add(x, y Value) Value { return BinaryOp(x, token.ADD, y) }
func sub(x, y Value) Value { return BinaryOp(x, token.SUB, y) }
func mul(x, y Value) Value { return BinaryOp(x, token.MUL, y) }
func quo(x, y Value) Value { return BinaryOp(x, token.QUO, y) }

// Shift returns x shifted by s bits to the left (op is token.SHL) or to
// the right (token.SHR), for an Int x. An Unknown x is returned as it
// is; any other kind panics.
func Shift(x Value, op token.Token, s uint) Value {
	switch x := x.(type) {
	case unknownVal:
		return x
	case int64Val, intVal:
		// A shift by 0 leaves x as it is, and op is then not looked at.
		if s == 0 {
			return x
		}
		switch op {
		case token.SHL:
			return makeInt(new(big.Int).Lsh(bigInt(x), s))
		case token.SHR:
			return makeInt(new(big.Int).Rsh(bigInt(x), s))
		}
	}
	panic(fmt.Sprintf("invalid shift %v %s %d", x, op, s))
}

// Compare reports whether x op y holds, for a comparison operator op
// (token.EQL, token.LSS and so on), and panics if op does not apply to
// the operands. An Unknown operand makes the result false, except
// beside a Complex: the two are then compared part by part, which gives
// false for ==, and so true for !=.
func Compare(x Value, op token.Token, y Value) bool {
	a, b := match(x, y)
	switch a := a.(type) {
	case unknownVal:
		return false
	case boolVal:
		same := a == b.(boolVal)
		switch op {
		case token.EQL:
			return same
		case token.NEQ:
			return !same
		}
	case complexVal:
		b := b.(complexVal)
		re := Compare(a.re, token.EQL, b.re)
		im := Compare(a.im, token.EQL, b.im)
		switch op {
		case token.EQL:
			return re && im
		case token.NEQ:
			return !re || !im
		}
	case *stringVal:
		if r, ok := holds(strings.Compare(a.string(), b.(*stringVal).string()), op); ok {
			return r
		}
	case int64Val:
		if r, ok := holds(compareInt64(a, b.(int64Val)), op); ok {
			return r
		}
	case intVal:
		return holdsBig(a.val.Cmp(b.(intVal).val), op)
	case ratVal:
		return holdsBig(a.val.Cmp(b.(ratVal).val), op)
	case floatVal:
		return holdsBig(a.val.Cmp(b.(floatVal).val), op)
	}
	panic(fmt.Sprintf("invalid comparison %v %s %v", x, op, y))
}

// compareInt64 returns -1, 0 or +1 as x is less than, equal to or
// greater than y.
func compareInt64(x, y int64Val) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// holds reports whether x op y holds, given c, which is -1, 0 or +1
// as x is less than, equal to or greater than y; ok reports whether op
// is a comparison.
func holds(c int, op token.Token) (result, ok bool) {
	switch op {
	case token.EQL:
		return c == 0, true
	case token.NEQ:
		return c != 0, true
	case token.LSS:
		return c < 0, true
	case token.LEQ:
		return c <= 0, true
	case token.GTR:
		return c > 0, true
	case token.GEQ:
		return c >= 0, true
	}
	return false, false
}

// holdsBig is holds for the math/big representations, which panics if
// op is no comparison. Its message names c, not the operands, as the
// message of Go's own go/constant does ("invalid comparison -1 + 0").
func holdsBig(c int, op token.Token) bool {
	if r, ok := holds(c, op); ok {
		return r
	}
	panic(fmt.Sprintf("invalid comparison %d %s 0", c, op))
}
