package big

// This file implements Float arithmetic: each operation computes the exact
// result of the magnitudes (or enough of the quotient plus a sticky bit)
// and rounds once.

// uadd sets z to |x| + |y| (both finite and non-zero), aligning the
// mantissas at the smaller exponent of their least significant bits.
func (z *Float) uadd(x, y *Float) {
	ex := int64(x.exp) - int64(len(x.mant))*_W
	ey := int64(y.exp) - int64(len(y.mant))*_W
	al := alias(z.mant, x.mant) || alias(z.mant, y.mant)
	switch {
	case ex < ey:
		t := nat(nil).shl(y.mant, uint(ey-ex))
		if !al {
			t = z.mant.shl(y.mant, uint(ey-ex))
		}
		z.mant = z.mant.add(x.mant, t)
	case ex > ey:
		t := nat(nil).shl(x.mant, uint(ex-ey))
		if !al {
			t = z.mant.shl(x.mant, uint(ex-ey))
		}
		z.mant = z.mant.add(t, y.mant)
		ex = ey
	default:
		z.mant = z.mant.add(x.mant, y.mant)
	}
	z.setExpAndRound(ex+int64(len(z.mant))*_W-fnorm(z.mant), 0)
}

// usub sets z to |x| - |y| for |x| > |y| (both finite and non-zero).
func (z *Float) usub(x, y *Float) {
	ex := int64(x.exp) - int64(len(x.mant))*_W
	ey := int64(y.exp) - int64(len(y.mant))*_W
	al := alias(z.mant, x.mant) || alias(z.mant, y.mant)
	switch {
	case ex < ey:
		t := nat(nil).shl(y.mant, uint(ey-ex))
		if !al {
			t = z.mant.shl(y.mant, uint(ey-ex))
		}
		z.mant = z.mant.sub(x.mant, t)
	case ex > ey:
		t := nat(nil).shl(x.mant, uint(ex-ey))
		if !al {
			t = z.mant.shl(x.mant, uint(ex-ey))
		}
		z.mant = z.mant.sub(t, y.mant)
		ex = ey
	default:
		z.mant = z.mant.sub(x.mant, y.mant)
	}
	if len(z.mant) == 0 {
		z.acc = Exact
		z.form = zero
		z.neg = false
		return
	}
	z.setExpAndRound(ex+int64(len(z.mant))*_W-fnorm(z.mant), 0)
}

// umul sets z to |x| × |y| (both finite and non-zero).
func (z *Float) umul(x, y *Float) {
	e := int64(x.exp) + int64(y.exp)
	if x == y {
		z.mant = z.mant.sqr(x.mant)
	} else {
		z.mant = z.mant.mul(x.mant, y.mant)
	}
	z.setExpAndRound(e-fnorm(z.mant), 0)
}

// uquo sets z to |x| / |y| (both finite and non-zero): x's mantissa is
// padded with zero words so that the integer quotient has more bits than
// z.prec; a non-zero remainder makes the sticky bit.
func (z *Float) uquo(x, y *Float) {
	n := int(z.prec/_W) + 1
	xadj := x.mant
	if d := n - len(x.mant) + len(y.mant); d > 0 {
		xadj = make(nat, len(x.mant)+d)
		copy(xadj[d:], x.mant)
	}
	var r nat
	z.mant, r = z.mant.div(nil, xadj, y.mant)
	// x/y = (xadj/y) · 2^(x.exp - y.exp - (len(xadj) - len(y.mant))·W),
	// and the quotient as a fraction 0.q is q · 2^-(len(q)·W).
	e := int64(x.exp) - int64(y.exp) - int64(len(xadj)-len(y.mant)-len(z.mant))*_W
	var sbit uint
	if len(r) > 0 {
		sbit = 1
	}
	z.setExpAndRound(e-fnorm(z.mant), sbit)
}

// ucmp returns -1, 0, or +1, depending on whether
// |x| < |y|, |x| == |y|, or |x| > |y|.
// x and y must have a non-empty mantissa and valid exponent.
func (x *Float) ucmp(y *Float) int {
	switch {
	case x.exp < y.exp:
		return -1
	case x.exp > y.exp:
		return +1
	}
	i, j := len(x.mant), len(y.mant)
	for i > 0 || j > 0 {
		var xm, ym Word
		if i > 0 {
			i--
			xm = x.mant[i]
		}
		if j > 0 {
			j--
			ym = y.mant[j]
		}
		switch {
		case xm < ym:
			return -1
		case xm > ym:
			return +1
		}
	}
	return 0
}

// Add sets z to the rounded sum x+y and returns z. If z's precision is 0,
// it is changed to the larger of x's or y's precision before the
// operation. Rounding is performed according to z's precision and
// rounding mode; and z's accuracy reports the result error relative to the
// exact (not rounded) result. Add panics with ErrNaN if x and y are
// infinities with opposite signs. The value of z is undefined in that
// case.
func (z *Float) Add(x, y *Float) *Float {
	if z.prec == 0 {
		z.prec = umax32(x.prec, y.prec)
	}
	if x.form == finite && y.form == finite {
		yneg := y.neg // z may alias y
		z.neg = x.neg
		if x.neg == yneg {
			z.uadd(x, y)
		} else if x.ucmp(y) > 0 {
			z.usub(x, y)
		} else {
			z.neg = !z.neg
			z.usub(y, x)
		}
		if z.form == zero && z.mode == ToNegativeInf && z.acc == Exact {
			z.neg = true
		}
		return z
	}
	if x.form == inf && y.form == inf && x.neg != y.neg {
		z.acc = Exact
		z.form = zero
		z.neg = false
		panic(ErrNaN{"addition of infinities with opposite signs"})
	}
	if x.form == zero && y.form == zero {
		z.acc = Exact
		z.form = zero
		z.neg = x.neg && y.neg // -0 + -0 == -0
		return z
	}
	if x.form == inf || y.form == zero {
		return z.Set(x)
	}
	return z.Set(y)
}

// Sub sets z to the rounded difference x-y and returns z.
// Precision, rounding, and accuracy reporting are as for Add.
// Sub panics with ErrNaN if x and y are infinities with equal
// signs. The value of z is undefined in that case.
func (z *Float) Sub(x, y *Float) *Float {
	if z.prec == 0 {
		z.prec = umax32(x.prec, y.prec)
	}
	if x.form == finite && y.form == finite {
		yneg := y.neg
		z.neg = x.neg
		if x.neg != yneg {
			z.uadd(x, y)
		} else if x.ucmp(y) > 0 {
			z.usub(x, y)
		} else {
			z.neg = !z.neg
			z.usub(y, x)
		}
		if z.form == zero && z.mode == ToNegativeInf && z.acc == Exact {
			z.neg = true
		}
		return z
	}
	if x.form == inf && y.form == inf && x.neg == y.neg {
		z.acc = Exact
		z.form = zero
		z.neg = false
		panic(ErrNaN{"subtraction of infinities with equal signs"})
	}
	if x.form == zero && y.form == zero {
		z.acc = Exact
		z.form = zero
		z.neg = x.neg && !y.neg // -0 - +0 == -0
		return z
	}
	if x.form == inf || y.form == zero {
		return z.Set(x)
	}
	return z.Neg(y)
}

// Mul sets z to the rounded product x*y and returns z.
// Precision, rounding, and accuracy reporting are as for Add.
// Mul panics with ErrNaN if one operand is zero and the other
// operand an infinity. The value of z is undefined in that case.
func (z *Float) Mul(x, y *Float) *Float {
	if z.prec == 0 {
		z.prec = umax32(x.prec, y.prec)
	}
	z.neg = x.neg != y.neg
	if x.form == finite && y.form == finite {
		z.umul(x, y)
		return z
	}
	z.acc = Exact
	if x.form == zero && y.form == inf || x.form == inf && y.form == zero {
		z.form = zero
		z.neg = false
		panic(ErrNaN{"multiplication of zero with infinity"})
	}
	if x.form == inf || y.form == inf {
		z.form = inf
		return z
	}
	z.form = zero
	return z
}

// Quo sets z to the rounded quotient x/y and returns z.
// Precision, rounding, and accuracy reporting are as for Add.
// Quo panics with ErrNaN if both operands are zero or infinities.
// The value of z is undefined in that case.
func (z *Float) Quo(x, y *Float) *Float {
	if z.prec == 0 {
		z.prec = umax32(x.prec, y.prec)
	}
	z.neg = x.neg != y.neg
	if x.form == finite && y.form == finite {
		z.uquo(x, y)
		return z
	}
	z.acc = Exact
	if x.form == zero && y.form == zero || x.form == inf && y.form == inf {
		z.form = zero
		z.neg = false
		panic(ErrNaN{"division of zero by zero or infinity by infinity"})
	}
	if x.form == zero || y.form == inf {
		z.form = zero
		return z
	}
	z.form = inf
	return z
}

// Cmp compares x and y and returns:
//
//	-1 if x <  y
//	 0 if x == y (incl. -0 == 0, -Inf == -Inf, and +Inf == +Inf)
//	+1 if x >  y
func (x *Float) Cmp(y *Float) int {
	mx := x.ord()
	my := y.ord()
	switch {
	case mx < my:
		return -1
	case mx > my:
		return +1
	}
	// mx == my: both finite non-zero, or equal classes.
	switch mx {
	case -1:
		return y.ucmp(x)
	case +1:
		return x.ucmp(y)
	}
	return 0
}

// ord classifies x and returns:
//
//	-2 if -Inf == x
//	-1 if -Inf < x < 0
//	 0 if x == 0 (signed or unsigned)
//	+1 if 0 < x < +Inf
//	+2 if x == +Inf
func (x *Float) ord() int {
	var m int
	switch x.form {
	case finite:
		m = 1
	case zero:
		return 0
	case inf:
		m = 2
	}
	if x.neg {
		m = -m
	}
	return m
}

// Sqrt sets z to the rounded square root of x, and returns it.
//
// If z's precision is 0, it is changed to x's precision before the
// operation. Rounding is performed according to z's precision and
// rounding mode, but z's accuracy is not computed. Specifically, the
// result of z.Acc() is undefined.
//
// The function panics if z < 0. The value of z is undefined in that
// case.
func (z *Float) Sqrt(x *Float) *Float {
	if z.prec == 0 {
		z.prec = x.prec
	}
	if x.Sign() == -1 {
		panic(ErrNaN{"square root of negative operand"})
	}
	if x.form != finite {
		z.acc = Exact
		z.form = x.form
		z.neg = x.neg // IEEE754 says √(-0) = -0
		return z
	}
	// The square root of the mantissa as an integer with enough bits
	// (at least prec+2) and a sticky bit for an inexact root; an odd
	// exponent moves one bit into the mantissa.
	prec := int64(z.prec)
	b := int64(x.exp)
	m := nat(nil).set(x.mant)
	mbits := int64(len(m)) * _W
	// x = m · 2^(b - mbits); make the exponent even and the integer
	// large enough: m' = m · 2^s with (b - mbits - s) even and
	// bitlen(m') >= 2(prec+2).
	s := 2*(prec+2) - mbits
	if s < 0 {
		s = 0
	}
	if (b-mbits-s)&1 != 0 {
		s++
	}
	m = m.shl(m, uint(s))
	root := nat(nil).sqrt(m)
	var sbit uint
	if nat(nil).sqr(root).cmp(m) != 0 {
		sbit = 1
	}
	z.mant = z.mant.set(root)
	z.neg = false
	e := (b-mbits-s)/2 + int64(len(z.mant))*_W
	z.setExpAndRound(e-fnorm(z.mant), sbit)
	return z
}
