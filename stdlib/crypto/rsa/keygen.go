package rsa

import (
	"crypto/internal/randutil"
	"crypto/rand"
	"errors"
	"io"
	"math"
	"math/big"
)

// GenerateKey makes a new two-prime RSA key whose modulus has exactly bits
// bits, drawing its primes from random, which would normally be
// crypto/rand.Reader.
func GenerateKey(random io.Reader, bits int) (*PrivateKey, error) {
	return GenerateMultiPrimeKey(random, 2, bits)
}

// GenerateMultiPrimeKey generates an RSA keypair of the given bit size whose
// modulus is the product of nprimes primes, reading randomness from random.
// Its public key looks like any other, but its private key has more than
// two primes, which some private key formats cannot hold. Decryption gets
// faster as nprimes grows, but each prime must stay large enough to resist
// factoring; Table 1 of "Multi-prime RSA" (CACR 2006-16) suggests limits.
func GenerateMultiPrimeKey(random io.Reader, nprimes int, bits int) (*PrivateKey, error) {
	randutil.MaybeReadByte(random)

	if nprimes < 2 {
		return nil, errors.New("crypto/rsa: GenerateMultiPrimeKey: nprimes must be >= 2")
	}
	if bits < 64 && !enoughPrimes(nprimes, bits) {
		return nil, errors.New("crypto/rsa: too few primes of given length to generate an RSA key")
	}

	priv := &PrivateKey{PublicKey: PublicKey{E: 65537}}
	for {
		primes, err := randomPrimes(random, nprimes, bits)
		if err != nil {
			return nil, err
		}
		if !distinct(primes) {
			continue
		}
		n, totient := modulusAndTotient(primes)
		if n.BitLen() != bits {
			continue
		}
		// d is e's inverse modulo φ(N); when e and φ(N) share a factor
		// there is none, and other primes are needed.
		d := new(big.Int).ModInverse(big.NewInt(int64(priv.E)), totient)
		if d != nil {
			priv.N, priv.D, priv.Primes = n, d, primes
			break
		}
	}
	priv.Precompute()
	return priv, nil
}

// enoughPrimes reports whether a toy key of fewer than 64 bits has enough
// candidate primes of bits/nprimes bits for the search to end soon. Without
// this check, asking for (say) a 5-bit key with 3 primes would loop
// forever.
func enoughPrimes(nprimes, bits int) bool {
	limit := float64(uint64(1) << uint(bits/nprimes))
	// The prime number theorem: about limit/(ln(limit)-1) primes lie
	// below limit.
	count := limit / (math.Log(limit) - 1)
	// rand.Prime sets the top two bits, which leaves a quarter of them;
	// halve that again to keep the expected number of retries small.
	count /= 4 * 2
	return count > float64(nprimes)
}

// randomPrimes draws nprimes random primes whose sizes add up to about
// bits. rand.Prime sets the top two bits of each prime, so each is
// 2^size × 0.11… in binary (at least 3/4 of 2^size), and a product of two
// has exactly the sum of the sizes. With more primes, the product of the
// fractions 0.11… (7/8 on average) can fall below 1/2 and lose a bit, so
// from seven primes on a few bits are added to compensate.
func randomPrimes(random io.Reader, nprimes, bits int) ([]*big.Int, error) {
	todo := bits
	if nprimes >= 7 {
		todo += (nprimes - 2) / 5
	}
	primes := make([]*big.Int, nprimes)
	for i := range primes {
		// Split the bits still to draw evenly among the primes left.
		p, err := rand.Prime(random, todo/(nprimes-i))
		if err != nil {
			return nil, err
		}
		primes[i] = p
		todo -= p.BitLen()
	}
	return primes, nil
}

// distinct reports whether no two primes are equal: a square factor would
// break the arithmetic of RSA.
func distinct(primes []*big.Int) bool {
	for i, p := range primes {
		for _, q := range primes[:i] {
			if p.Cmp(q) == 0 {
				return false
			}
		}
	}
	return true
}

// modulusAndTotient returns N, the product of the primes, and φ(N), the
// product of each prime minus one.
func modulusAndTotient(primes []*big.Int) (n, totient *big.Int) {
	n = new(big.Int).Set(bigOne)
	totient = new(big.Int).Set(bigOne)
	pMinus1 := new(big.Int)
	for _, p := range primes {
		n.Mul(n, p)
		totient.Mul(totient, pMinus1.Sub(p, bigOne))
	}
	return n, totient
}
