package big

// This file implements number theory on Int: greatest common divisors with
// cofactors, modular inverses and square roots, the Jacobi symbol and
// probabilistic primality.

import "fmt"

// GCD sets z to the greatest common divisor of a and b and returns z.
// If x or y are not nil, GCD sets their value such that z = a*x + b*y.
//
// a and b may be positive, zero or negative. (Before Go 1.14 both had
// to be > 0.) Regardless of the signs of a and b, z is always >= 0.
//
// If a == b == 0, GCD sets z = x = y = 0.
//
// If a == 0 and b != 0, GCD sets z = |b|, x = 0, y = sign(b) * 1.
//
// If a != 0 and b == 0, GCD sets z = |a|, x = sign(a) * 1, y = 0.
func (z *Int) GCD(x, y, a, b *Int) *Int {
	if len(a.abs) == 0 || len(b.abs) == 0 {
		lenA, lenB, negA, negB := len(a.abs), len(b.abs), a.neg, b.neg
		if lenA == 0 {
			z.Set(b)
		} else {
			z.Set(a)
		}
		z.neg = false
		if x != nil {
			if lenA == 0 {
				x.SetUint64(0)
			} else {
				x.SetUint64(1)
				x.neg = negA
			}
		}
		if y != nil {
			if lenB == 0 {
				y.SetUint64(0)
			} else {
				y.SetUint64(1)
				y.neg = negB
			}
		}
		return z
	}
	return z.lehmerGCD(x, y, a, b)
}

// lehmerGCD computes the GCD of |a| and |b| (both non-zero) with Lehmer's
// algorithm: as long as B has more than one word, the quotients of a run
// of Euclid's steps are predicted from the leading word of A and B alone
// (lehmerSimulate), and the whole run is applied to A and B at once as a
// 2×2 matrix of single words, instead of one long division per step.
// Where no step can be predicted, one full Euclid step is taken. ua,
// carried through the same steps, is the coefficient of |a| in A, so at the
// end it is x; y follows from z = a*x + b*y.
func (z *Int) lehmerGCD(x, y, a, b *Int) *Int {
	if x != nil && (x == a || x == b) || y != nil && (y == a || y == b) {
		// The cofactors are set last, from a and b.
		a, b = new(Int).Set(a), new(Int).Set(b)
	}
	A := new(Int).Abs(a)
	B := new(Int).Abs(b)
	extended := x != nil || y != nil
	var ua, ub *Int
	if extended {
		ua = new(Int).SetInt64(1)
		ub = new(Int)
	}
	if A.abs.cmp(B.abs) < 0 {
		A, B = B, A
		ua, ub = ub, ua
	}
	q, r, s, t := new(Int), new(Int), new(Int), new(Int)
	for len(B.abs) > 0 {
		if len(B.abs) > 1 {
			if m, even := lehmerSimulate(A, B); m[0][1] != 0 {
				lehmerUpdate(A, B, m, even, q, r, s, t)
				if extended {
					lehmerUpdate(ua, ub, m, even, q, r, s, t)
				}
				continue
			}
		}
		// One step of Euclid's algorithm.
		q.QuoRem(A, B, r)
		A, B, r = B, r, A
		if extended {
			// ua, ub = ub, ua - q*ub
			t.Mul(q, ub)
			t.Sub(ua, t)
			ua, ub, t = ub, t, ua
		}
	}
	if y != nil {
		// y = (z - a*x) / b
		bb := b
		if y == b {
			bb = new(Int).Set(b)
		}
		y.Mul(a, ua)
		if a.neg {
			y.neg = !y.neg
		}
		y.Sub(A, y)
		y.Div(y, bb)
	}
	if x != nil {
		x.Set(ua)
		if a.neg {
			x.neg = !x.neg && len(x.abs) > 0
		}
	}
	z.Set(A)
	return z
}

// lehmerSimulate runs Euclid's algorithm on the leading word of A (A >= B,
// B of at least two words) and B's bits at the same position, as long as
// Jebelean's condition guarantees that the quotients are those the full
// numbers would give. It returns the magnitudes of the cofactors of the
// last two remainders it is sure of: the first is m[0][0]*A - m[0][1]*B
// and the second -m[1][0]*A + m[1][1]*B when even, both signs flipped
// otherwise. m[0][1] == 0 when no step could be taken.
func lehmerSimulate(A, B *Int) (m [2][2]Word, even bool) {
	n := len(A.abs)
	shift := nlz(A.abs[n-1])
	a1 := A.abs[n-1]<<shift | A.abs[n-2]>>(_W-shift)
	var a2 Word
	switch len(B.abs) {
	case n:
		a2 = B.abs[n-1]<<shift | B.abs[n-2]>>(_W-shift)
	case n - 1:
		a2 = B.abs[n-2] >> (_W - shift)
	}
	// The cofactors (magnitudes) of three consecutive remainders: the one
	// before a1, a1's and a2's.
	u0, u1, u2 := Word(0), Word(1), Word(0)
	v0, v1, v2 := Word(0), Word(0), Word(1)
	for a2 >= v2 && a1-a2 >= v1+v2 {
		q := a1 / a2
		a1, a2 = a2, a1-q*a2
		u0, u1, u2 = u1, u2, u1+q*u2
		v0, v1, v2 = v1, v2, v1+q*v2
		even = !even
	}
	return [2][2]Word{{u0, v0}, {u1, v1}}, even
}

// lehmerUpdate replaces A and B by the two remainders lehmerSimulate's
// cofactors m describe (q, r, s and t are scratch space).
func lehmerUpdate(A, B *Int, m [2][2]Word, even bool, q, r, s, t *Int) {
	t.abs = t.abs.setWord(m[0][0])
	t.neg = !even
	s.abs = s.abs.setWord(m[0][1])
	s.neg = even
	r.abs = r.abs.setWord(m[1][0])
	r.neg = even
	q.abs = q.abs.setWord(m[1][1])
	q.neg = !even
	t.Mul(A, t)
	s.Mul(B, s)
	r.Mul(A, r)
	q.Mul(B, q)
	A.Add(t, s)
	B.Add(r, q)
}

// ModInverse sets z to the multiplicative inverse of g in the ring ℤ/nℤ
// and returns z. If g and n are not relatively prime, g has no multiplicative
// inverse in the ring ℤ/nℤ.  In this case, z is unchanged and the return value
// is nil. If n == 0, a division-by-zero run-time panic occurs.
func (z *Int) ModInverse(g, n *Int) *Int {
	if n.neg {
		n = new(Int).Neg(n)
	}
	if g.neg {
		g = new(Int).Mod(g, n)
	}
	var d, x Int
	d.GCD(&x, nil, g, n)
	if d.Cmp(intOne) != 0 {
		return nil
	}
	// g*x + n*y == 1, so x is the inverse, brought into [0, n).
	if x.neg {
		z.Add(&x, n)
	} else {
		z.Set(&x)
	}
	return z
}

// Jacobi returns the Jacobi symbol (x/y), either +1, -1, or 0. The y argument
// must be an odd integer.
func Jacobi(x, y *Int) int {
	if len(y.abs) == 0 || y.abs[0]&1 == 0 {
		panic(fmt.Sprintf("big: invalid 2nd argument to Int.Jacobi: need odd integer but got %s", y.String()))
	}
	// The law of quadratic reciprocity and the supplement for 2, applied
	// until the denominator is 1 (Cohen, A Course in Computational
	// Algebraic Number Theory, Algorithm 1.4.10).
	var a, b, c Int
	a.Set(x)
	b.Set(y)
	j := 1
	if b.neg {
		if a.neg {
			j = -1
		}
		b.neg = false
	}
	for {
		if b.Cmp(intOne) == 0 {
			return j
		}
		if len(a.abs) == 0 {
			return 0
		}
		a.Mod(&a, &b)
		if len(a.abs) == 0 {
			return 0
		}
		// (2/b) is -1 when b ≡ 3 or 5 (mod 8).
		s := a.abs.trailingZeroBits()
		if s&1 != 0 {
			if bmod8 := b.abs[0] & 7; bmod8 == 3 || bmod8 == 5 {
				j = -j
			}
		}
		c.Rsh(&a, s)
		// Reciprocity: the sign flips when both are ≡ 3 (mod 4).
		if b.abs[0]&3 == 3 && c.abs[0]&3 == 3 {
			j = -j
		}
		a.Set(&b)
		b.Set(&c)
	}
}

// ModSqrt sets z to a square root of x mod p if such a square root exists, and
// returns z. The modulus p must be an odd prime. If x is not a square mod p,
// ModSqrt leaves z unchanged and returns nil. This function panics if p is
// not an odd integer.
func (z *Int) ModSqrt(x, p *Int) *Int {
	switch Jacobi(x, p) {
	case -1:
		return nil
	case 0:
		return z.SetInt64(0)
	}
	if x.neg || x.Cmp(p) >= 0 {
		x = new(Int).Mod(x, p)
	}
	switch {
	case p.abs[0]%4 == 3:
		return z.modSqrt3Mod4Prime(x, p)
	case p.abs[0]%8 == 5:
		return z.modSqrt5Mod8Prime(x, p)
	}
	return z.modSqrtTonelliShanks(x, p)
}

// modSqrt3Mod4Prime uses that for p ≡ 3 (mod 4), √x = x^((p+1)/4).
func (z *Int) modSqrt3Mod4Prime(x, p *Int) *Int {
	e := new(Int).Add(p, intOne)
	e.Rsh(e, 2)
	return z.Exp(x, e, p)
}

// modSqrt5Mod8Prime is Atkin's method for p ≡ 5 (mod 8):
// α = (2x)^((p-5)/8), β = 2xα², √x = xα(β-1).
func (z *Int) modSqrt5Mod8Prime(x, p *Int) *Int {
	e := new(Int).Rsh(p, 3)
	tx := new(Int).Lsh(x, 1)
	alpha := new(Int).Exp(tx, e, p)
	beta := new(Int).Mul(alpha, alpha)
	beta.Mod(beta, p)
	beta.Mul(beta, tx)
	beta.Mod(beta, p)
	beta.Sub(beta, intOne)
	beta.Mul(beta, x)
	beta.Mod(beta, p)
	beta.Mul(beta, alpha)
	return z.Mod(beta, p)
}

// modSqrtTonelliShanks follows section 6 of Ezra Brown, "Square roots
// from 1; 24, 51, 10 to Dan Shanks".
func (z *Int) modSqrtTonelliShanks(x, p *Int) *Int {
	// p-1 = s·2^e with s odd.
	var s Int
	s.Sub(p, intOne)
	e := s.abs.trailingZeroBits()
	s.Rsh(&s, e)
	// A quadratic non-residue n.
	var n Int
	n.SetInt64(2)
	for Jacobi(&n, p) != -1 {
		n.Add(&n, intOne)
	}
	var y, b, g, t Int
	y.Add(&s, intOne)
	y.Rsh(&y, 1)
	y.Exp(x, &y, p)  // y = x^((s+1)/2)
	b.Exp(x, &s, p)  // b = x^s
	g.Exp(&n, &s, p) // g = n^s
	r := e
	for {
		// The least m with b^(2^m) = 1.
		var m uint
		t.Set(&b)
		for t.Cmp(intOne) != 0 {
			t.Mul(&t, &t).Mod(&t, p)
			m++
		}
		if m == 0 {
			return z.Set(&y)
		}
		t.SetInt64(0).SetBit(&t, int(r-m-1), 1).Exp(&g, &t, p)
		g.Mul(&t, &t).Mod(&g, p)
		y.Mul(&y, &t).Mod(&y, p)
		b.Mul(&b, &g).Mod(&b, p)
		r = m
	}
}

// ProbablyPrime reports whether x is probably prime,
// applying the Miller-Rabin test with n pseudorandomly chosen bases
// as well as a Baillie-PSW test.
//
// If x is prime, ProbablyPrime returns true.
// If x is chosen randomly and not prime, ProbablyPrime probably returns false.
// The probability of returning true for a randomly chosen non-prime is at most ¼ⁿ.
//
// ProbablyPrime is 100% accurate for inputs less than 2⁶⁴.
// See Menezes et al., Handbook of Applied Cryptography, 1997, pp. 145-149,
// and FIPS 186-4 Appendix F for further discussion of the error probabilities.
//
// ProbablyPrime is not suitable for judging primes that an adversary may
// have crafted to fool the test.
func (x *Int) ProbablyPrime(n int) bool {
	if n < 0 {
		panic("negative n for ProbablyPrime")
	}
	if x.neg || len(x.abs) == 0 {
		return false
	}
	w := x.abs[0]
	if len(x.abs) == 1 && w < 64 {
		const primeBitMask uint64 = 1<<2 | 1<<3 | 1<<5 | 1<<7 |
			1<<11 | 1<<13 | 1<<17 | 1<<19 | 1<<23 | 1<<29 | 1<<31 |
			1<<37 | 1<<41 | 1<<43 | 1<<47 | 1<<53 | 1<<59 | 1<<61
		return primeBitMask&(1<<w) != 0
	}
	if w&1 == 0 {
		return false
	}
	for _, p := range []Word{3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53} {
		if x.abs.modW(p) == 0 {
			return false
		}
	}
	return x.abs.probablyPrimeMillerRabin(n+1, true) && x.abs.probablyPrimeLucas()
}

// probablyPrimeLucas reports whether the odd n > 53 passes the extra strong
// Lucas probable prime test with Q = 1 and the first P = 3, 4, ... for
// which D = P²-4 has Jacobi symbol (D/n) = -1 (Baillie and Wagstaff,
// "Lucas Pseudoprimes", 1980; the parameters of OEIS A217719).
//
// With n+1 = s·2^r, s odd, n passes when V(s) ≡ ±2 and U(s) ≡ 0 (tested as
// P·V(s) ≡ 2·V(s+1)), or V(s·2^t) ≡ 0 for some 0 <= t < r-1.
func (n nat) probablyPrimeLucas() bool {
	p := Word(3)
	intN := &Int{abs: n}
	for ; ; p++ {
		if p > 10000 {
			panic("math/big: internal error: cannot find (D/n) = -1 for " + intN.String())
		}
		j := Jacobi(&Int{abs: nat{p*p - 4}}, intN)
		if j == -1 {
			break
		}
		if j == 0 {
			return len(n) == 1 && n[0] == p+2
		}
		if p == 40 {
			// A perfect square never has (D/n) = -1: stop searching.
			r := nat(nil).sqrt(n)
			if r.sqr(r).cmp(n) == 0 {
				return false
			}
		}
	}
	s := nat(nil).add(n, natOne)
	r := int(s.trailingZeroBits())
	s = s.shr(s, uint(r))
	nm2 := nat(nil).sub(n, natTwo)
	natP := nat{p}

	// The Lucas chain: keep (V(k), V(k+1)), doubling k with each bit of s:
	// V(2k) = V(k)² - 2, V(2k+1) = V(k)·V(k+1) - P (mod n).
	vk, vk1 := nat{2}, nat{p}
	var t, q nat
	mulSubMod := func(a, b, sub nat) nat {
		t = t.mul(a, b)
		t = t.add(t, n)
		t = t.sub(t, sub)
		var r nat
		q, r = q.div(nil, t, n)
		return r
	}
	for i := s.bitLen(); i >= 0; i-- {
		mid := mulSubMod(vk, vk1, natP)
		if s.bit(uint(i)) != 0 {
			vk, vk1 = mid, mulSubMod(vk1, vk1, natTwo)
		} else {
			vk, vk1 = mulSubMod(vk, vk, natTwo), mid
		}
	}
	if vk.cmp(natTwo) == 0 || vk.cmp(nm2) == 0 {
		a := nat(nil).mul(vk, natP)
		b := nat(nil).shl(vk1, 1)
		if a.cmp(b) < 0 {
			a, b = b, a
		}
		a = a.sub(a, b)
		if len(a.rem(n)) == 0 {
			return true
		}
	}
	for i := 0; i < r-1; i++ {
		if len(vk) == 0 {
			return true
		}
		if len(vk) == 1 && vk[0] == 2 {
			// V = 2 stays 2 under squaring: it will never reach 0.
			return false
		}
		vk = mulSubMod(vk, vk, natTwo)
	}
	return false
}
