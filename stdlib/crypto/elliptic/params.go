package elliptic

import "math/big"

// CurveParams holds the numbers that define a curve y² = x³ - 3x + B
// modulo P, and is itself a Curve, implemented generically (and in a time
// that depends on the numbers).
//
// The generic implementation works for any curve y² = x³ - 3x + b over
// the integers modulo a prime P, in Jacobian coordinates with math/big.
// A CurveParams that is the Params of one of the four standard curves
// hands its operations to that curve's constant-time implementation.
type CurveParams struct {
	P       *big.Int // the prime modulus: coordinates are integers mod P
	N       *big.Int // the (prime) number of points the base point generates
	B       *big.Int // b in y² = x³ - 3x + b
	Gx, Gy  *big.Int // the base point, generator of the group
	BitSize int      // bits of P
	Name    string   // the curve's usual name, such as "P-256"
}

func (curve *CurveParams) Params() *CurveParams { return curve }

// standardCurve returns the standard curve whose Params are exactly
// curve (the same pointer), if there is one.
func standardCurve(curve *CurveParams) (Curve, bool) {
	for _, c := range []*nistCurve{p224, p256, p384, p521} {
		if c.init().params == curve {
			return c, true
		}
	}
	return nil, false
}

// polynomial returns x³ - 3x + b mod P, the right-hand side of the curve's
// equation.
func (curve *CurveParams) polynomial(x *big.Int) *big.Int {
	r := new(big.Int).Mul(x, x)
	r.Mul(r, x)
	threeX := new(big.Int).Lsh(x, 1)
	threeX.Add(threeX, x)
	r.Sub(r, threeX)
	r.Add(r, curve.B)
	return r.Mod(r, curve.P)
}

// IsOnCurve reports whether (x, y), both in [0, P), satisfies the curve's
// equation.
func (curve *CurveParams) IsOnCurve(x, y *big.Int) bool {
	if c, ok := standardCurve(curve); ok {
		return c.IsOnCurve(x, y)
	}
	if x.Sign() < 0 || x.Cmp(curve.P) >= 0 || y.Sign() < 0 || y.Cmp(curve.P) >= 0 {
		return false
	}
	y2 := new(big.Int).Mul(y, y)
	y2.Mod(y2, curve.P)
	return curve.polynomial(x).Cmp(y2) == 0
}

// jacobian is a point (X:Y:Z) standing for the affine (X/Z², Y/Z³); Z = 0
// is the point at infinity.
type jacobian struct{ x, y, z *big.Int }

// toJacobian returns the affine (x, y), where (0, 0) is infinity.
func toJacobian(x, y *big.Int) jacobian {
	z := new(big.Int)
	if x.Sign() != 0 || y.Sign() != 0 {
		z.SetInt64(1)
	}
	return jacobian{x, y, z}
}

// affine returns p's affine coordinates, (0, 0) for infinity.
func (curve *CurveParams) affine(p jacobian) (x, y *big.Int) {
	if p.z.Sign() == 0 {
		return new(big.Int), new(big.Int)
	}
	zInv := new(big.Int).ModInverse(p.z, curve.P)
	zInv2 := new(big.Int).Mul(zInv, zInv)
	x = new(big.Int).Mul(p.x, zInv2)
	x.Mod(x, curve.P)
	zInv2.Mul(zInv2, zInv)
	y = new(big.Int).Mul(p.y, zInv2)
	y.Mod(y, curve.P)
	return x, y
}

// mod returns x reduced into [0, P).
func (curve *CurveParams) mod(x *big.Int) *big.Int { return x.Mod(x, curve.P) }

// add returns p + q, with the formulas "add-2007-bl" of the Explicit-
// Formulas Database (hyperelliptic.org/EFD, Jacobian coordinates). They
// fail when p = q, which is therefore handed to double.
func (curve *CurveParams) add(p, q jacobian) jacobian {
	if p.z.Sign() == 0 {
		return q
	}
	if q.z.Sign() == 0 {
		return p
	}
	mul := func(a, b *big.Int) *big.Int { return curve.mod(new(big.Int).Mul(a, b)) }
	z1z1 := mul(p.z, p.z)
	z2z2 := mul(q.z, q.z)
	u1 := mul(p.x, z2z2)
	u2 := mul(q.x, z1z1)
	s1 := mul(p.y, mul(q.z, z2z2))
	s2 := mul(q.y, mul(p.z, z1z1))
	h := curve.mod(new(big.Int).Sub(u2, u1))
	r := curve.mod(new(big.Int).Sub(s2, s1))
	if h.Sign() == 0 && r.Sign() == 0 {
		return curve.double(p)
	}
	r.Lsh(r, 1)
	i := new(big.Int).Lsh(h, 1)
	i = mul(i, i)
	j := mul(h, i)
	v := mul(u1, i)

	// X3 = r² - J - 2V
	x3 := new(big.Int).Mul(r, r)
	x3.Sub(x3, j)
	x3.Sub(x3, new(big.Int).Lsh(v, 1))
	curve.mod(x3)
	// Y3 = r(V - X3) - 2·S1·J
	y3 := new(big.Int).Sub(v, x3)
	y3.Mul(y3, r)
	y3.Sub(y3, new(big.Int).Lsh(mul(s1, j), 1))
	curve.mod(y3)
	// Z3 = ((Z1 + Z2)² - Z1Z1 - Z2Z2)·H
	z3 := new(big.Int).Add(p.z, q.z)
	z3.Mul(z3, z3)
	z3.Sub(z3, z1z1)
	z3.Sub(z3, z2z2)
	z3 = mul(curve.mod(z3), h)
	return jacobian{x3, y3, z3}
}

// double returns 2p, with the formulas "dbl-2001-b" of the Explicit-
// Formulas Database, which use a = -3.
func (curve *CurveParams) double(p jacobian) jacobian {
	mul := func(a, b *big.Int) *big.Int { return curve.mod(new(big.Int).Mul(a, b)) }
	delta := mul(p.z, p.z)
	gamma := mul(p.y, p.y)
	beta := mul(p.x, gamma)
	// alpha = 3(X1 - delta)(X1 + delta)
	alpha := mul(new(big.Int).Sub(p.x, delta), new(big.Int).Add(p.x, delta))
	alpha = curve.mod(alpha.Mul(alpha, big.NewInt(3)))

	// X3 = alpha² - 8·beta
	x3 := mul(alpha, alpha)
	x3 = curve.mod(x3.Sub(x3, new(big.Int).Lsh(beta, 3)))
	// Z3 = (Y1 + Z1)² - gamma - delta
	z3 := new(big.Int).Add(p.y, p.z)
	z3.Mul(z3, z3)
	z3.Sub(z3, gamma)
	z3 = curve.mod(z3.Sub(z3, delta))
	// Y3 = alpha(4·beta - X3) - 8·gamma²
	y3 := new(big.Int).Lsh(beta, 2)
	y3 = mul(alpha, y3.Sub(y3, x3))
	y3.Sub(y3, new(big.Int).Lsh(mul(gamma, gamma), 3))
	return jacobian{x3, curve.mod(y3), z3}
}

func (curve *CurveParams) Add(x1, y1, x2, y2 *big.Int) (*big.Int, *big.Int) {
	if c, ok := standardCurve(curve); ok {
		return c.Add(x1, y1, x2, y2)
	}
	panicIfNotOnCurve(curve, x1, y1)
	panicIfNotOnCurve(curve, x2, y2)
	return curve.affine(curve.add(toJacobian(x1, y1), toJacobian(x2, y2)))
}

func (curve *CurveParams) Double(x1, y1 *big.Int) (*big.Int, *big.Int) {
	if c, ok := standardCurve(curve); ok {
		return c.Double(x1, y1)
	}
	panicIfNotOnCurve(curve, x1, y1)
	return curve.affine(curve.double(toJacobian(x1, y1)))
}

// ScalarMult returns k·(Bx, By) by double-and-add over k's bits, most
// significant first.
func (curve *CurveParams) ScalarMult(Bx, By *big.Int, k []byte) (*big.Int, *big.Int) {
	if c, ok := standardCurve(curve); ok {
		return c.ScalarMult(Bx, By, k)
	}
	panicIfNotOnCurve(curve, Bx, By)
	b := toJacobian(Bx, By)
	acc := jacobian{new(big.Int), new(big.Int), new(big.Int)}
	for _, octet := range k {
		for bit := 7; bit >= 0; bit-- {
			acc = curve.double(acc)
			if octet>>uint(bit)&1 == 1 {
				acc = curve.add(b, acc)
			}
		}
	}
	return curve.affine(acc)
}

func (curve *CurveParams) ScalarBaseMult(k []byte) (*big.Int, *big.Int) {
	if c, ok := standardCurve(curve); ok {
		return c.ScalarBaseMult(k)
	}
	return curve.ScalarMult(curve.Gx, curve.Gy, k)
}
