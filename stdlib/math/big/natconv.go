package big

// This file implements conversions between natural numbers and text.

import (
	"errors"
	"fmt"
	"io"
	"math/bits"
	"sync"
)

const digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

// MaxBase is the largest number base accepted for string conversions.
const MaxBase = 10 + ('z' - 'a' + 1) + ('Z' - 'A' + 1)

// maxBaseSmall is the largest base whose letters are case-insensitive.
const maxBaseSmall = 10 + ('z' - 'a' + 1)

// maxPow returns (b**n, n) such that b**n is the largest power b**n <= _M.
func maxPow(b Word) (p Word, n int) {
	p, n = b, 1
	for max := _M / b; p <= max; {
		p *= b
		n++
	}
	return
}

// pow returns x**n for n > 0, and 1 otherwise.
func pow(x Word, n int) (p Word) {
	p = 1
	for n > 0 {
		if n&1 != 0 {
			p *= x
		}
		x *= x
		n >>= 1
	}
	return
}

var (
	errNoDigits = errors.New("number has no digits")
	errInvalSep = errors.New("'_' must separate successive digits")
)

// scan reads the longest prefix of r that is a number in the given base
// (0 means: by prefix 0b, 0o, 0x or 0, else 10, with '_' allowed between
// digits). With fracOk a '.' may appear once; count is then the number of
// fractional digits, negated. b is the base used; count the digits read.
func (z nat) scan(r io.ByteScanner, base int, fracOk bool) (res nat, b, count int, err error) {
	baseOk := base == 0 ||
		!fracOk && 2 <= base && base <= MaxBase ||
		fracOk && (base == 2 || base == 8 || base == 10 || base == 16)
	if !baseOk {
		panic(fmt.Sprintf("invalid number base %d", base))
	}

	// prev is the kind of the previous character: '0' digit, '_' or '.'
	// (also the start), to check that separators sit between digits.
	prev := '.'
	invalSep := false
	ch, err := r.ReadByte()

	b, prefix := base, 0
	if base == 0 {
		b = 10
		if err == nil && ch == '0' {
			prev = '0'
			count = 1
			ch, err = r.ReadByte()
			if err == nil {
				switch ch {
				case 'b', 'B':
					b, prefix = 2, 'b'
				case 'o', 'O':
					b, prefix = 8, 'o'
				case 'x', 'X':
					b, prefix = 16, 'x'
				default:
					if !fracOk {
						b, prefix = 8, '0'
					}
				}
				if prefix != 0 {
					count = 0 // the prefix is not a digit
					if prefix != '0' {
						ch, err = r.ReadByte()
					}
				}
			}
		}
	}

	// Collect digits in groups that fit a Word, then fold each group in
	// with one multiply-add.
	z = z[:0]
	b1 := Word(b)
	bn, n := maxPow(b1)
	di := Word(0)
	i := 0
	dp := -1
	for err == nil {
		if ch == '.' && fracOk {
			fracOk = false
			if prev == '_' {
				invalSep = true
			}
			prev = '.'
			dp = count
		} else if ch == '_' && base == 0 {
			if prev != '0' {
				invalSep = true
			}
			prev = '_'
		} else {
			d1 := digitValue(ch, b)
			if d1 >= b1 {
				r.UnreadByte()
				break
			}
			prev = '0'
			count++
			di = di*b1 + d1
			i++
			if i == n {
				z = z.mulAddWW(z, bn, di)
				di = 0
				i = 0
			}
		}
		ch, err = r.ReadByte()
	}
	if err == io.EOF {
		err = nil
	}
	if err == nil && (invalSep || prev == '_') {
		err = errInvalSep
	}
	if count == 0 {
		if prefix == '0' {
			// A lone 0 is the number 0 in base 10.
			return z[:0], 10, 1, err
		}
		err = errNoDigits
	}
	if i > 0 {
		z = z.mulAddWW(z, pow(b1, i), di)
	}
	res = z.norm()
	if dp >= 0 {
		count = dp - count
	}
	return
}

// digitValue returns the value of digit ch in base b, or MaxBase+1.
// Up to base 36 letters are case-insensitive; beyond, A-Z follow a-z.
func digitValue(ch byte, b int) Word {
	switch {
	case '0' <= ch && ch <= '9':
		return Word(ch - '0')
	case 'a' <= ch && ch <= 'z':
		return Word(ch - 'a' + 10)
	case 'A' <= ch && ch <= 'Z':
		if b <= maxBaseSmall {
			return Word(ch - 'A' + 10)
		}
		return Word(ch - 'A' + maxBaseSmall)
	}
	return MaxBase + 1
}

// utoa converts x to an ASCII representation in the given base.
func (x nat) utoa(base int) []byte {
	return x.itoa(false, base)
}

// itoa converts x to text in the given base, with a leading '-' if neg.
func (x nat) itoa(neg bool, base int) []byte {
	if base < 2 || base > MaxBase {
		panic("invalid base")
	}
	if len(x) == 0 {
		return []byte("0")
	}
	// The digits are produced from the least significant end into s.
	i := int(float64(x.bitLen())/log2Base(Word(base))) + 1
	if neg {
		i++
	}
	s := make([]byte, i)

	if b := Word(base); b == b&-b {
		// Powers of two: take the bits of each digit directly.
		shift := uint(bits.TrailingZeros(uint(b)))
		mask := Word(1<<shift - 1)
		w := x[0]
		nbits := uint(_W)
		for k := 1; k < len(x); k++ {
			for nbits >= shift {
				i--
				s[i] = digits[w&mask]
				w >>= shift
				nbits -= shift
			}
			if nbits == 0 {
				w = x[k]
				nbits = _W
			} else {
				// The digit straddles two words.
				w |= x[k] << nbits
				i--
				s[i] = digits[w&mask]
				w = x[k] >> (shift - nbits)
				nbits = _W - (shift - nbits)
			}
		}
		for w != 0 {
			i--
			s[i] = digits[w&mask]
			w >>= shift
		}
	} else {
		bb, ndigits := maxPow(b)
		q := nat(nil).set(x)
		q.convertWords(s, b, ndigits, bb, divisors(len(x), b, ndigits, bb))
		// s is filled, with leading zeros; x is not 0.
		i = 0
		for s[i] == '0' {
			i++
		}
	}
	if neg {
		i--
		s[i] = '-'
	}
	return s[i:]
}

// log2Base returns log2(b) as a float, for estimating the number of digits.
func log2Base(b Word) float64 {
	n := 0
	for (Word(1) << uint(n+1)) <= b {
		n++
	}
	// Bound from below: more digits than needed only costs a byte.
	if Word(1)<<uint(n) == b {
		return float64(n)
	}
	return float64(n) + 0.0001
}

// Numbers of more than leafSize words are converted to a base that is not
// a power of two by divide and conquer: divided by a power of the base
// about the square root of the number, the quotient and the remainder
// are converted (recursively) to the upper and lower digits. Below
// leafSize words, repeated division by a word is faster (a variable, as
// karatsubaThreshold; 0 turns divide and conquer off).
var leafSize = 8

// A divisor is a power of a base used by convertWords: bbb, of nbits
// bits, gives ndigits digits in the base.
type divisor struct {
	bbb     nat
	nbits   int
	ndigits int
}

// cacheBase10 keeps the divisors of base 10, the common case: divisor k
// is bb^(leafSize·2^k), bb the largest power of 10 of a Word.
var cacheBase10 struct {
	sync.Mutex
	table [64]divisor
}

// divisors returns the divisors convertWords needs for a number of m
// words: as many as halve it down to leafSize words.
func divisors(m int, b Word, ndigits int, bb Word) []divisor {
	if leafSize == 0 || m <= leafSize {
		return nil
	}
	k := 1
	for words := leafSize; words < m>>1 && k < len(cacheBase10.table); words <<= 1 {
		k++
	}
	var table []divisor
	if b == 10 {
		cacheBase10.Lock()
		defer cacheBase10.Unlock()
		table = cacheBase10.table[0:k]
	} else {
		table = make([]divisor, k)
	}
	for i := range table {
		if table[i].ndigits != 0 {
			continue
		}
		if i == 0 {
			table[0].bbb = nat(nil).expWW(bb, Word(leafSize))
			table[0].ndigits = ndigits * leafSize
		} else {
			table[i].bbb = nat(nil).sqr(table[i-1].bbb)
			table[i].ndigits = 2 * table[i-1].ndigits
		}
		table[i].nbits = table[i].bbb.bitLen()
	}
	return table
}

// convertWords writes the digits of q in base b to s, right-aligned and
// padded with zeros to fill it (ndigits digits of b make bb, the largest
// power of b of a Word); q is overwritten.
func (q nat) convertWords(s []byte, b Word, ndigits int, bb Word, table []divisor) {
	if table != nil {
		var r nat
		k := len(table) - 1
		for len(q) > leafSize {
			// Divide by the largest divisor not above about √q.
			half := q.bitLen() / 2
			for k > 0 && table[k-1].nbits > half {
				k--
			}
			for k >= 0 && table[k].bbb.cmp(q) > 0 {
				k--
			}
			if k < 0 {
				break
			}
			q, r = q.div(r, q, table[k].bbb)
			low := len(s) - table[k].ndigits
			r.convertWords(s[low:], b, ndigits, bb, table[0:k])
			s = s[:low]
		}
	}
	i := len(s)
	for len(q) > 0 {
		var r Word
		q, r = q.divW(q, bb)
		for j := 0; j < ndigits && i > 0; j++ {
			i--
			s[i] = digits[r%b]
			r /= b
		}
	}
	for i > 0 {
		i--
		s[i] = '0'
	}
}
