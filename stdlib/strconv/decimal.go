// This file implements multiprecision decimal numbers: the exact
// arithmetic behind FormatFloat and ParseFloat.
//
// A decimal holds a number as a string of decimal digits and the position
// of the decimal point:  value = 0.d[0]d[1]...d[nd-1] × 10^dp.
// For example 12.5 is d="125", dp=2, and 0.0125 is d="125", dp=-1.
//
// Every float64 is mant × 2^exp with a 53-bit mant; its exact decimal
// expansion has at most 767 significant digits, so 800 digits hold any
// float exactly. Converting between the bases only needs multiplication
// and division by powers of two (shiftLeft, shiftRight), done by schoolbook
// arithmetic on the digit string, plus rounding to a given number of
// digits. When a result would need more than 800 digits, the excess is
// dropped and trunc records that nonzero digits were lost, so rounding
// still knows the value lies strictly above the digits kept.

package strconv

type decimal struct {
	d     [800]byte // digits, most significant first, as ASCII '0'..'9'
	nd    int       // number of digits used
	dp    int       // decimal point: value = 0.d[:nd] × 10^dp
	neg   bool      // negative flag
	trunc bool      // nonzero digits were discarded beyond d[:nd]
}

// scratch holds the decimals of one conversion. gominic runs goroutines
// cooperatively on one thread and a conversion never blocks, so one set
// serves every call and no conversion allocates: a local decimal would be
// heap-allocated (its address is taken), 800 bytes at a time. If the
// runtime ever runs goroutines in parallel, this must be per call again.
var scratch struct {
	d, upper, lower decimal
	digits          [32]byte // the Ryū algorithm's digits
}

// reset makes a zero.
func (a *decimal) reset() {
	a.nd = 0
	a.dp = 0
	a.neg = false
	a.trunc = false
}

func (a *decimal) String() string {
	var buf []byte
	switch {
	case a.nd == 0:
		return "0"
	case a.dp <= 0:
		buf = append(buf, "0."...)
		for i := a.dp; i < 0; i++ {
			buf = append(buf, '0')
		}
		buf = append(buf, a.d[:a.nd]...)
	case a.dp < a.nd:
		buf = append(buf, a.d[:a.dp]...)
		buf = append(buf, '.')
		buf = append(buf, a.d[a.dp:a.nd]...)
	default:
		buf = append(buf, a.d[:a.nd]...)
		for i := a.nd; i < a.dp; i++ {
			buf = append(buf, '0')
		}
	}
	return string(buf)
}

// trim drops trailing zero digits (they do not change the value).
func (a *decimal) trim() {
	for a.nd > 0 && a.d[a.nd-1] == '0' {
		a.nd--
	}
	if a.nd == 0 {
		a.dp = 0
	}
}

// Assign sets a to the unsigned integer v.
func (a *decimal) Assign(v uint64) {
	a.reset()
	var buf [24]byte
	n := 0
	for v > 0 {
		buf[n] = byte(v%10 + '0')
		v /= 10
		n++
	}
	// buf holds the digits least significant first.
	a.nd = 0
	for n--; n >= 0; n-- {
		a.d[a.nd] = buf[n]
		a.nd++
	}
	a.dp = a.nd
	a.trim()
}

// maxShift is the largest shift done in one pass: the running remainder
// or carry, times 10, must fit in a uint64.
const maxShift = 60

// shiftRight divides a by 2^k (k <= maxShift) by long division: digits are
// read from the front into an accumulator n, and each step writes out the
// quotient n>>k and keeps the remainder n & (2^k-1). The quotient starts
// at the first digit where n >= 2^k, so dp moves left by the digits read
// before that.
func (a *decimal) shiftRight(k uint) {
	r := 0 // read index
	w := 0 // write index
	var n uint64
	for ; n>>k == 0; r++ {
		if r >= a.nd {
			if n == 0 {
				a.nd = 0 // a was zero
				return
			}
			// Ran out of digits: continue with implicit zeros.
			for n>>k == 0 {
				n *= 10
				r++
			}
			break
		}
		n = n*10 + uint64(a.d[r]-'0')
	}
	a.dp -= r - 1

	mask := uint64(1)<<k - 1
	for ; r < a.nd; r++ {
		c := uint64(a.d[r] - '0')
		a.d[w] = byte(n>>k + '0')
		w++
		n = (n&mask)*10 + c
	}
	// The digits are used up; the remainder still produces digits (each
	// halving adds one at the end) until it is zero.
	for n > 0 {
		digit := n >> k
		n = (n & mask) * 10
		if w < len(a.d) {
			a.d[w] = byte(digit + '0')
			w++
		} else if digit > 0 {
			a.trunc = true
		}
	}
	a.nd = w
	a.trim()
}

// shiftLeft multiplies a by 2^k (k <= maxShift) the schoolbook way: from
// the least significant digit up, each digit times 2^k plus the carry
// gives one product digit and the next carry. The product is longer than
// a by the number of digits of the final carry, so a first pass computes
// just the carries to learn that length; the second writes the digits in
// place, right to left (dropping, and recording in trunc, any past the
// 800th).
func (a *decimal) shiftLeft(k uint) {
	var carry uint64
	for r := a.nd - 1; r >= 0; r-- {
		carry = (uint64(a.d[r]-'0')<<k + carry) / 10
	}
	extra := 0
	for c := carry; c > 0; c /= 10 {
		extra++
	}

	w := a.nd + extra // one past the product's last digit
	carry = 0
	for r := a.nd - 1; r >= 0; r-- {
		n := uint64(a.d[r]-'0')<<k + carry
		carry = n / 10
		w--
		a.putDigit(w, byte(n%10))
	}
	for carry > 0 {
		w--
		a.putDigit(w, byte(carry%10))
		carry /= 10
	}
	a.nd += extra
	a.dp += extra
	if a.nd > len(a.d) {
		a.nd = len(a.d)
	}
	a.trim()
}

// putDigit stores digit value v at index i, or, past the end of the
// buffer, drops it (noting a lost nonzero digit in trunc).
func (a *decimal) putDigit(i int, v byte) {
	if i < len(a.d) {
		a.d[i] = v + '0'
	} else if v != 0 {
		a.trunc = true
	}
}

// Shift multiplies a by 2^k (k may be negative, dividing), in passes of
// at most maxShift bits.
func (a *decimal) Shift(k int) {
	switch {
	case a.nd == 0:
		// nothing to do: a == 0
	case k > 0:
		for k > maxShift {
			a.shiftLeft(maxShift)
			k -= maxShift
		}
		a.shiftLeft(uint(k))
	case k < 0:
		for k < -maxShift {
			a.shiftRight(maxShift)
			k += maxShift
		}
		a.shiftRight(uint(-k))
	}
}

// shouldRoundUp reports whether rounding a to nd digits goes up: when the
// first dropped digit is above 5, or is 5 followed by more nonzero digits;
// exactly half way, round to even.
func shouldRoundUp(a *decimal, nd int) bool {
	if a.d[nd] == '5' && nd+1 == a.nd {
		if a.trunc {
			return true // more nonzero digits were dropped: above half
		}
		return nd > 0 && (a.d[nd-1]-'0')%2 == 1
	}
	return a.d[nd] >= '5'
}

// Round rounds a to nd digits (or fewer), to nearest, ties to even.
func (a *decimal) Round(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	if shouldRoundUp(a, nd) {
		a.RoundUp(nd)
	} else {
		a.RoundDown(nd)
	}
}

// RoundDown truncates a to nd digits (or fewer).
func (a *decimal) RoundDown(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	a.nd = nd
	a.trim()
}

// RoundUp rounds a up to nd digits (or fewer): it drops the digits from
// nd on and adds one unit in the last place kept, carrying through 9s.
func (a *decimal) RoundUp(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	for i := nd - 1; i >= 0; i-- {
		if a.d[i] < '9' {
			a.d[i]++
			a.nd = i + 1
			return
		}
	}
	// All nines: the result is 1 followed by zeros, one more digit long.
	a.d[0] = '1'
	a.nd = 1
	a.dp++
}

// RoundedInteger returns the integer part of a, rounded to nearest (ties
// to even). It does not check for overflow of the uint64.
func (a *decimal) RoundedInteger() uint64 {
	if a.dp > 20 {
		return 0xFFFFFFFFFFFFFFFF
	}
	var n uint64
	i := 0
	for ; i < a.dp && i < a.nd; i++ {
		n = n*10 + uint64(a.d[i]-'0')
	}
	for ; i < a.dp; i++ {
		n *= 10
	}
	if a.dp >= 0 && a.dp < a.nd && shouldRoundUp(a, a.dp) {
		n++
	}
	return n
}
