package rsa

import (
	"crypto/internal/randutil"
	"crypto/rand"
	"errors"
	"io"
	"math/big"
)

// ErrMessageTooLong is the error for a message (or digest) that does not fit
// in one block of the key's size once padded.
var ErrMessageTooLong = errors.New("crypto/rsa: message too long for RSA public key size")

// ErrDecryption represents a failure to decrypt a message. It says nothing
// more on purpose: telling an attacker which check failed would help them
// build ciphertexts one guess at a time.
var ErrDecryption = errors.New("crypto/rsa: decryption error")

// ErrVerification represents a failure to verify a signature. Like
// ErrDecryption, it is vague on purpose.
var ErrVerification = errors.New("crypto/rsa: verification error")

// encrypt sets c to m^e mod N, the public key operation, and returns c.
func encrypt(c *big.Int, pub *PublicKey, m *big.Int) *big.Int {
	e := big.NewInt(int64(pub.E))
	return c.Exp(m, e, pub.N)
}

// decrypt returns c^d mod N, the private key operation. When random is not
// nil, it blinds c first: it decrypts c·r^e for a random r, which gives m·r,
// and then divides by r. The time the exponentiation takes then depends on
// a number the attacker does not know, not on c.
func decrypt(random io.Reader, priv *PrivateKey, c *big.Int) (m *big.Int, err error) {
	if c.Cmp(priv.N) > 0 || priv.N.Sign() == 0 {
		return nil, ErrDecryption
	}

	var rInverse *big.Int
	if random != nil {
		randutil.MaybeReadByte(random)
		var r *big.Int
		r, rInverse, err = blindingFactor(random, priv.N)
		if err != nil {
			return nil, err
		}
		rToE := new(big.Int).Exp(r, big.NewInt(int64(priv.E)), priv.N)
		c = new(big.Int).Mul(c, rToE)
		c.Mod(c, priv.N)
	}

	if priv.Precomputed.Dp == nil {
		m = new(big.Int).Exp(c, priv.D, priv.N)
	} else {
		m = decryptCRT(priv, c)
	}

	if rInverse != nil {
		m.Mul(m, rInverse)
		m.Mod(m, priv.N)
	}
	return m, nil
}

// blindingFactor picks a random r in [1, N) that has an inverse modulo N,
// and returns both.
func blindingFactor(random io.Reader, n *big.Int) (r, rInverse *big.Int, err error) {
	rInverse = new(big.Int)
	for {
		r, err = rand.Int(random, n)
		if err != nil {
			return nil, nil, err
		}
		if r.Sign() == 0 {
			r = bigOne
		}
		if rInverse.ModInverse(r, n) != nil {
			return r, rInverse, nil
		}
	}
}

// decryptCRT computes c^d mod N one prime at a time with the Chinese
// remainder theorem, using the exponents Precompute reduced modulo each
// p-1. With m1 = c^Dp mod p and m2 = c^Dq mod q, Garner's formula gives
// m = m2 + q·((m1-m2)·Qinv mod p), the number below p·q that is m1 mod p
// and m2 mod q; each further prime is folded in the same way.
func decryptCRT(priv *PrivateKey, c *big.Int) *big.Int {
	pre := &priv.Precomputed
	p, q := priv.Primes[0], priv.Primes[1]

	m := new(big.Int).Exp(c, pre.Dp, p)
	m2 := new(big.Int).Exp(c, pre.Dq, q)
	m.Sub(m, m2)
	if m.Sign() < 0 {
		m.Add(m, p)
	}
	m.Mul(m, pre.Qinv)
	m.Mod(m, p)
	m.Mul(m, q)
	m.Add(m, m2)

	// Here m is right modulo R, the product of the primes so far; the
	// term added is a multiple of R that also makes m right modulo prime.
	for i, crt := range pre.CRTValues {
		prime := priv.Primes[2+i]
		mi := new(big.Int).Exp(c, crt.Exp, prime)
		mi.Sub(mi, m)
		mi.Mul(mi, crt.Coeff)
		mi.Mod(mi, prime)
		mi.Mul(mi, crt.R)
		m.Add(m, mi)
	}
	return m
}

// decryptAndCheck is decrypt followed by re-encryption of the result.
// Signing uses it: a fault in the CRT arithmetic would otherwise produce a
// signature from which the primes can be computed (the Bellcore attack).
func decryptAndCheck(random io.Reader, priv *PrivateKey, c *big.Int) (m *big.Int, err error) {
	m, err = decrypt(random, priv, c)
	if err != nil {
		return nil, err
	}
	if encrypt(new(big.Int), &priv.PublicKey, m).Cmp(c) != 0 {
		return nil, errors.New("rsa: internal error")
	}
	return m, nil
}
