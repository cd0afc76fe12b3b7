// Package constant holds the values of untyped Go constants and
// computes with them exactly, as the Go specification asks of constant
// expressions.
//
// Unknown is a value of its own, for a constant whose value could not
// be found (after an error, say). An operation with an Unknown operand
// yields Unknown, unless its documentation says otherwise.
//
// Each kind of Value has a Go type of its own, and the numeric kinds
// have two each; the first is used while the value fits it:
//
//	Int      int64Val (the value fits in an int64), else intVal (*big.Int)
//	Float    ratVal (*big.Rat whose numerator and denominator are under
//	         maxExp bits), else floatVal (*big.Float of prec bits)
//	Complex  complexVal, a real and an imaginary part of Int or Float kind
//
// A Float that has become a floatVal stays one, even when it could be
// written as a fraction again: its value was rounded, and a fraction
// would claim an exactness it no longer has.
package constant

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// A Kind says which sort of constant a Value holds.
type Kind int

const (
	// the value is not known
	Unknown Kind = iota

	// kinds that are not numbers
	Bool
	String

	// kinds of numbers
	Int
	Float
	Complex
)

var kindNames = [...]string{
	Unknown: "Unknown",
	Bool:    "Bool",
	String:  "String",
	Int:     "Int",
	Float:   "Float",
	Complex: "Complex",
}

// String returns the kind's name, or "Kind(n)" for a number n that is no kind.
func (k Kind) String() string {
	if 0 <= k && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// A Value holds the value of one Go constant; its Kind says of what sort.
type Value interface {
	// Kind returns which sort of value this is.
	Kind() Kind

	// String returns the value in a short, readable form, quoted for a
	// String. A number may be rounded and a long String cut short: use
	// ExactString for the exact value.
	String() string

	// ExactString returns the value exactly, in a readable form, quoted
	// for a String. StringVal returns a String's text without quotes.
	ExactString() string

	// implementsValue keeps other packages from implementing Value.
	implementsValue()
}

// prec is the number of mantissa bits of a floatVal. The spec asks for
// at least 256; compilers commonly use 512.
const prec = 512

// maxExp bounds the size, in bits, of a ratVal's numerator and
// denominator: fractions with larger ones become floatVals.
const maxExp = 4 << 10

type (
	unknownVal struct{}
	boolVal    bool
	int64Val   int64                    // an Int that fits in an int64
	intVal     struct{ val *big.Int }   // an Int that does not
	ratVal     struct{ val *big.Rat }   // a Float that is a small enough fraction
	floatVal   struct{ val *big.Float } // a Float that is not
	complexVal struct{ re, im Value }   // parts of Kind Int or Float
)

// stringVal is a String value. Long constant strings are often built by
// chains of additions ("a" + "b" + "c" ...), and copying the growing
// left operand at each step would take time quadratic in the length of
// the chain. So a sum keeps its two operands, and its text is spelled
// out the first time it is asked for; the text then replaces them.
type stringVal struct {
	mu          sync.Mutex // Values may be shared by goroutines
	s           string     // the text, when left and right are nil
	left, right *stringVal // the operands of a sum not yet spelled out
}

func (unknownVal) Kind() Kind { return Unknown }
func (boolVal) Kind() Kind    { return Bool }
func (*stringVal) Kind() Kind { return String }
func (int64Val) Kind() Kind   { return Int }
func (intVal) Kind() Kind     { return Int }
func (ratVal) Kind() Kind     { return Float }
func (floatVal) Kind() Kind   { return Float }
func (complexVal) Kind() Kind { return Complex }

func (unknownVal) implementsValue() {}
func (boolVal) implementsValue()    {}
func (*stringVal) implementsValue() {}
func (int64Val) implementsValue()   {}
func (intVal) implementsValue()     {}
func (ratVal) implementsValue()     {}
func (floatVal) implementsValue()   {}
func (complexVal) implementsValue() {}

// parts returns x's text, or the operands of x if it is a sum not yet
// spelled out.
func (x *stringVal) parts() (s string, left, right *stringVal) {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.s, x.left, x.right
}

// string returns the text of x, spelling out a sum. The operands are
// visited with a stack rather than by recursion, as a chain of a
// thousand additions is a tree a thousand levels deep.
func (x *stringVal) string() string {
	s, left, right := x.parts()
	if left == nil {
		return s
	}
	var b strings.Builder
	stack := []*stringVal{right, left} // the next operand to write is on top
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		s, left, right := top.parts()
		if left == nil {
			b.WriteString(s)
		} else {
			stack = append(stack, right, left)
		}
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	x.s, x.left, x.right = b.String(), nil, nil
	return x.s
}

func (unknownVal) String() string { return "unknown" }
func (x boolVal) String() string  { return strconv.FormatBool(bool(x)) }

// maxStringLen is the number of runes, quotes included, past which
// String shortens a quoted String value.
const maxStringLen = 72

// String returns the quoted text of x. If that is longer than
// maxStringLen runes, its end, closing quote included, is cut so that
// with "..." it is maxStringLen runes long.
func (x *stringVal) String() string {
	q := strconv.Quote(x.string())
	if utf8.RuneCountInString(q) <= maxStringLen {
		return q
	}
	keep := 0 // bytes in the first maxStringLen-3 runes
	for n := 0; n < maxStringLen-3; n++ {
		_, size := utf8.DecodeRuneInString(q[keep:])
		keep += size
	}
	return q[:keep] + "..."
}

func (x int64Val) String() string { return strconv.FormatInt(int64(x), 10) }
func (x intVal) String() string   { return x.val.String() }
func (x ratVal) String() string   { return floatVal{bigFloat(x)}.String() }

// String returns x to six significant digits, as %.6g would.
func (x floatVal) String() string {
	f := x.val
	// Values a float64 holds (neither overflowing to an infinity nor
	// underflowing to zero) are formatted by fmt, exactly.
	if g, _ := f.Float64(); !math.IsInf(g, 0) && (g == 0) == (f.Sign() == 0) {
		return fmt.Sprintf("%.6g", g)
	}
	m, e := decimalApprox(f)
	return fmt.Sprintf("%.6ge%+d", m, e)
}

// decimalApprox returns m and e with f ≈ m × 10**e and 1 <= |m| < 10,
// which m shows to about six digits. Formatting f exactly could take
// long for the huge exponents a floatVal allows.
//
// f = mant × 2**exp with 1/2 <= |mant| < 1, and 2**exp = 10**d with
// d = exp × log10(2). Splitting d into its integer part e and the rest,
// f = (mant × 10**(d-e)) × 10**e.
func decimalApprox(f *big.Float) (m float64, e int64) {
	var mant big.Float
	exp := f.MantExp(&mant)
	m, _ = mant.Float64()
	d := float64(exp) * (math.Ln2 / math.Ln10)
	e = int64(d)
	m *= math.Pow(10, d-float64(e))
	// Now 0.05 <= |m| < 10, up to rounding; bring it to [1, 10). An |m|
	// just under 1 is left as it is: %.6g rounds it to 1, while ten times
	// it would round to 10 and print as "10e+N".
	switch abs := math.Abs(m); {
	case abs < 1-0.5e-6:
		m *= 10
		e--
	case abs >= 10:
		m /= 10
		e++
	}
	return m, e
}

func (x complexVal) String() string { return fmt.Sprintf("(%s + %si)", x.re, x.im) }

func (x unknownVal) ExactString() string { return x.String() }
func (x boolVal) ExactString() string    { return x.String() }
func (x *stringVal) ExactString() string { return strconv.Quote(x.string()) }
func (x int64Val) ExactString() string   { return x.String() }
func (x intVal) ExactString() string     { return x.String() }

// ExactString returns x as a fraction "n/d", or as the integer n if d is 1.
func (x ratVal) ExactString() string {
	if x.val.IsInt() {
		return x.val.Num().String()
	}
	return x.val.String()
}

// ExactString returns x with a hexadecimal mantissa and a binary exponent.
func (x floatVal) ExactString() string { return x.val.Text('p', 0) }

func (x complexVal) ExactString() string {
	return fmt.Sprintf("(%s + %si)", x.re.ExactString(), x.im.ExactString())
}
