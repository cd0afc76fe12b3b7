// This file implements the Bessel functions of the first and second kinds,
// as FreeBSD's msun (e_j0.c, e_j1.c, e_jn.c, Sun's fdlibm) computes them.
//
// Orders 0 and 1:
//
//   - x < 2: J is a rational fit in x² (after its leading terms 1 - x²/4
//     or x/2); Y = fit + (2/π)·J(x)·ln x (order 1 also - 2/(πx)).
//   - x ≥ 2: Hankel's asymptotic form,
//     J(x) = √(2/(πx))·(P(x)·cos(x-φ) - Q(x)·sin(x-φ)), and Y with sin and
//     cos exchanged, φ = π/4 (order 0) or 3π/4 (order 1). P and Q are
//     rational fits in 1/x² on four intervals. cos(x-φ) and sin(x-φ) are
//     built from sin x ± cos x; of the two, the one that suffers
//     cancellation is recomputed through cos 2x = -(s-c)(s+c).
//
// Order n: from J0 and J1 by the recurrence J(k+1) = (2k/x)·J(k) - J(k-1),
// forward where it is stable (n ≤ x); below, backward from a continued
// fraction for J(n)/J(n-1), normalized by J0. Y(n) by forward recurrence
// from Y0 and Y1, which is always stable.

package math

// A besselFit is a rational fit num(z)/(1 + z·den(z)) in z = 1/x², one of
// fdlibm's pR/pS and qR/qS tables.
type besselFit struct {
	num, den []float64
}

func (f *besselFit) at(z float64) float64 {
	return horner(z, f.num) / (1 + z*horner(z, f.den))
}

// besselInterval returns which of the fits serves x ≥ 2: those of
// [8, ∞), [4.5454, 8), [2.8571, 4.5454) and [2, 2.8571), in that order.
func besselInterval(x float64) int {
	switch {
	case x >= 8:
		return 0
	case x >= 4.5454:
		return 1
	case x >= 2.8571:
		return 2
	}
	return 3
}

// The asymptotic amplitudes P and Q of orders 0 and 1.
func pzero(x float64) float64 { return 1 + besselP0[besselInterval(x)].at(1/(x*x)) }
func qzero(x float64) float64 { return (-0.125 + besselQ0[besselInterval(x)].at(1/(x*x))) / x }
func pone(x float64) float64  { return 1 + besselP1[besselInterval(x)].at(1/(x*x)) }
func qone(x float64) float64  { return (0.375 + besselQ1[besselInterval(x)].at(1/(x*x))) / x }

// besselLarge returns J and Y of order 0 or 1 at x ≥ 2 by Hankel's form.
// ss and cc are √2·sin(x-φ) and √2·cos(x-φ) as sums of sin x and cos x.
func besselLarge(x float64, order int) (j, y float64) {
	const two129 = 1 << 129 // past it P = 1 and Q = 0 to the last bit
	s, c := Sincos(x)
	var ss, cc float64
	if order == 0 {
		ss, cc = s-c, s+c
	} else {
		ss, cc = -s-c, s-c
	}
	if x < MaxFloat64/2 { // x+x does not overflow
		// Recompute the one of ss and cc that cancels, from their product:
		// ss·cc = -cos 2x (order 0), cos 2x (order 1).
		z := Cos(x + x)
		lose := s*c > 0 // cc = s - c cancels
		if order == 0 {
			z = -z
			lose = s*c < 0 // cc = s + c cancels
		}
		if lose {
			cc = z / ss
		} else {
			ss = z / cc
		}
	}
	if x > two129 {
		return (1 / SqrtPi) * cc / Sqrt(x), (1 / SqrtPi) * ss / Sqrt(x)
	}
	var u, v float64
	if order == 0 {
		u, v = pzero(x), qzero(x)
	} else {
		u, v = pone(x), qone(x)
	}
	return (1 / SqrtPi) * (u*cc - v*ss) / Sqrt(x), (1 / SqrtPi) * (u*ss + v*cc) / Sqrt(x)
}

// The fits for x < 2, lowest degree first.
var (
	j0R = []float64{ // times z = x²
		1.56249999999999947958e-02,  // 0x3F8FFFFFFFFFFFFD
		-1.89979294238854721751e-04, // 0xBF28E6A5B61AC6E9
		1.82954049532700665670e-06,  // 0x3EBEB1D10C503919
		-4.61832688532103189199e-09, // 0xBE33D5E773D63FCE
	}
	j0S = []float64{
		1,
		1.56191029464890010492e-02, // 0x3F8FFCE882C8C2A4
		1.16926784663337450260e-04, // 0x3F1EA6D2DD57DBF4
		5.13546550207318111446e-07, // 0x3EA13B54CE84D5A9
		1.16614003333790000205e-09, // 0x3E1408BCF4745D8F
	}
	y0U = []float64{
		-7.38042951086872317523e-02, // 0xBFB2E4D699CBD01F
		1.76666452509181115538e-01,  // 0x3FC69D019DE9E3FC
		-1.38185671945596898896e-02, // 0xBF8C4CE8B16CFA97
		3.47453432093683650238e-04,  // 0x3F36C54D20B29B6B
		-3.81407053724364161125e-06, // 0xBECFFEA773D25CAD
		1.95590137035022920206e-08,  // 0x3E5500573B4EABD4
		-3.98205194132103398453e-11, // 0xBDC5E43D693FB3C8
	}
	y0V = []float64{
		1,
		1.27304834834123699328e-02, // 0x3F8A127091C9C71A
		7.60068627350353253702e-05, // 0x3F13ECBBF578C6C1
		2.59150851840457805467e-07, // 0x3E91642D7FF202FD
		4.41110311332675467403e-10, // 0x3DFE50183BD6D9EF
	}
	j1R = []float64{ // times z = x²
		-6.25000000000000000000e-02, // 0xBFB0000000000000
		1.40705666955189706048e-03,  // 0x3F570D9F98472C61
		-1.59955631084035597520e-05, // 0xBEF0C5C6BA169668
		4.96727999609584448412e-08,  // 0x3E6AAAFA46CA0BD9
	}
	j1S = []float64{
		1,
		1.91537599538363460805e-02, // 0x3F939D0B12637E53
		1.85946785588630915560e-04, // 0x3F285F56B9CDF664
		1.17718464042623683263e-06, // 0x3EB3BFF8333F8498
		5.04636257076217042715e-09, // 0x3E35AC88C97DFF2C
		1.23542274426137913908e-11, // 0x3DAB2ACFCFB97ED8
	}
	y1U = []float64{
		-1.96057090646238940668e-01, // 0xBFC91866143CBC8A
		5.04438716639811282616e-02,  // 0x3FA9D3C776292CD1
		-1.91256895875763547298e-03, // 0xBF5F55E54844F50F
		2.35252600561610495928e-05,  // 0x3EF8AB038FA6B88E
		-9.19099158039878874504e-08, // 0xBE78AC00569105B8
	}
	y1V = []float64{
		1,
		1.99167318236649903973e-02, // 0x3F94650D3F4DA9F0
		2.02552581025135171496e-04, // 0x3F2A8C896C257764
		1.35608801097516229404e-06, // 0x3EB6C05A894E8CA6
		6.22741452364621501295e-09, // 0x3E3ABF1D5BA69A86
		1.66559246207992079114e-11, // 0x3DB25039DACA772A
	}
)

// J0 returns the order-zero Bessel function of the first kind.
//
// Special cases are:
//
//	J0(±Inf) = 0
//	J0(0) = 1
//	J0(NaN) = NaN
func J0(x float64) float64 {
	const (
		twoM27 = 1.0 / (1 << 27)
		twoM13 = 1.0 / (1 << 13)
	)
	switch {
	case IsNaN(x):
		return x
	case IsInf(x, 0):
		return 0
	case x == 0:
		return 1
	}
	x = Abs(x)
	switch {
	case x >= 2:
		j, _ := besselLarge(x, 0)
		return j
	case x < twoM27:
		return 1
	case x < twoM13:
		return 1 - 0.25*x*x
	}
	z := x * x
	rs := z * horner(z, j0R) / horner(z, j0S)
	if x < 1 {
		return 1 + z*(-0.25+rs)
	}
	u := 0.5 * x
	return (1+u)*(1-u) + z*rs
}

// Y0 returns the order-zero Bessel function of the second kind.
//
// Special cases are:
//
//	Y0(+Inf) = 0
//	Y0(0) = -Inf
//	Y0(x < 0) = NaN
//	Y0(NaN) = NaN
func Y0(x float64) float64 {
	const twoM27 = 1.0 / (1 << 27)
	switch {
	case x < 0 || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case x == 0:
		return Inf(-1)
	case x >= 2:
		_, y := besselLarge(x, 0)
		return y
	case x <= twoM27:
		return y0U[0] + (2/Pi)*Log(x)
	}
	z := x * x
	return horner(z, y0U)/horner(z, y0V) + (2/Pi)*J0(x)*Log(x)
}

// J1 returns the order-one Bessel function of the first kind.
//
// Special cases are:
//
//	J1(±Inf) = 0
//	J1(NaN) = NaN
func J1(x float64) float64 {
	const twoM27 = 1.0 / (1 << 27)
	switch {
	case IsNaN(x):
		return x
	case IsInf(x, 0) || x == 0:
		return 0
	}
	a := Abs(x)
	var j float64
	switch {
	case a >= 2:
		j, _ = besselLarge(a, 1)
	case a < twoM27:
		// Go 1.19 returns this one without the sign: J1(-tiny) > 0.
		return 0.5 * a
	default:
		z := a * a
		r := z * horner(z, j1R)
		r *= a
		j = 0.5*a + r/horner(z, j1S)
	}
	if x < 0 {
		return -j
	}
	return j
}

// Y1 returns the order-one Bessel function of the second kind.
//
// Special cases are:
//
//	Y1(+Inf) = 0
//	Y1(0) = -Inf
//	Y1(x < 0) = NaN
//	Y1(NaN) = NaN
func Y1(x float64) float64 {
	const twoM54 = 1.0 / (1 << 54)
	switch {
	case x < 0 || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case x == 0:
		return Inf(-1)
	case x >= 2:
		_, y := besselLarge(x, 1)
		return y
	case x <= twoM54:
		return -(2 / Pi) / x
	}
	z := x * x
	return x*(horner(z, y1U)/horner(z, y1V)) + (2/Pi)*(J1(x)*Log(x)-1/x)
}

// besselHuge returns J(n) at x > 2^302, where Hankel's P and Q are 1 and
// 0 to the last bit: √(2/(πx))·cos(x - (2n+1)π/4), the cosine written as
// a signed sum of sin x and cos x for each phase n mod 4. Y(n) is the same
// at phase n+1.
func besselHuge(phase int, x float64) float64 {
	s, c := Sincos(x)
	var t float64
	switch phase & 3 {
	case 0:
		t = c + s
	case 1:
		t = s - c
	case 2:
		t = -c - s
	default:
		t = c - s
	}
	return (1 / SqrtPi) * t / Sqrt(x)
}

// Jn returns the order-n Bessel function of the first kind.
//
// Special cases are:
//
//	Jn(n, ±Inf) = 0
//	Jn(n, NaN) = NaN
func Jn(n int, x float64) float64 {
	const (
		twoM29 = 1.0 / (1 << 29)
		two302 = 1 << 302
	)
	switch {
	case IsNaN(x):
		return x
	case IsInf(x, 0):
		return 0
	case n == 0:
		return J0(x)
	case x == 0:
		return 0
	}
	if n < 0 { // J(-n, x) = J(n, -x)
		n, x = -n, -x
	}
	if n == 1 {
		return J1(x)
	}
	neg := x < 0 && n&1 == 1 // J(n) is odd for odd n
	x = Abs(x)
	var j float64
	switch {
	case float64(n) <= x && x >= two302:
		j = besselHuge(n, x)
	case float64(n) <= x: // forward recurrence from J0 and J1
		j = J1(x)
		for i, a := 1, J0(x); i < n; i++ {
			a, j = j, j*(float64(i+i)/x)-a
		}
	case x < twoM29: // the series' first term, (x/2)^n / n!
		if n > 33 { // it underflows
			break
		}
		h := x * 0.5
		j = h
		f := 1.0
		for i := 2; i <= n; i++ {
			f *= float64(i)
			j *= h
		}
		j /= f
	default:
		j = jnBackward(n, x)
	}
	if neg {
		return -j
	}
	return j
}

// jnBackward returns J(n, x) for 2^-29 ≤ x < n by backward recurrence:
// the continued fraction J(n)/J(n-1) = 1/(2n/x - 1/(2(n+1)/x - ...)),
// started deep enough that its error is below 1e-9 of the result, gives
// a starting ratio; the recurrence run down to order 0 then scales it by
// J0(x)/J(0 as recurred).
func jnBackward(n int, x float64) float64 {
	// How deep: the k at which the recurrence q(k+1) = (2(n+k)/x)·q(k) -
	// q(k-1), started at q0 = 2n/x, passes 1e9.
	w := float64(n+n) / x
	h := 2 / x
	q0 := w
	z := w + h
	q1 := w*z - 1
	k := 1
	for q1 < 1e9 {
		k++
		z += h
		q0, q1 = q1, z*q1-q0
	}
	t := 0.0
	for i := 2 * (n + k); i >= n+n; i -= 2 {
		t = 1 / (float64(i)/x - t)
	}
	// a and b stand for J(i+1) and J(i) up to a common factor, from
	// i = n-1 (t = J(n)/J(n-1)) down to 0. If n·ln(2n/x) is large, b can
	// overflow on the way: then rescale as it goes.
	a := t
	b := 1.0
	nf := float64(n)
	rescale := nf*Log(Abs(2/x*nf)) >= 7.09782712893383973096e+02
	for i := n - 1; i > 0; i-- {
		di := float64(i + i)
		a, b = b, b*di/x-a
		if rescale && b > 1e100 {
			a /= b
			t /= b
			b = 1
		}
	}
	return t * J0(x) / b
}

// Yn returns the order-n Bessel function of the second kind.
//
// Special cases are:
//
//	Yn(n, +Inf) = 0
//	Yn(n ≥ 0, 0) = -Inf
//	Yn(n < 0, 0) = +Inf if n is odd, -Inf if n is even
//	Yn(n, x < 0) = NaN
//	Yn(n, NaN) = NaN
func Yn(n int, x float64) float64 {
	const two302 = 1 << 302
	switch {
	case x < 0 || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case n == 0:
		return Y0(x)
	case x == 0 && n < 0 && n&1 == 1:
		return Inf(1)
	case x == 0:
		return Inf(-1)
	}
	neg := n < 0 && n&1 == 1 // Y(-n) = (-1)^n·Y(n)
	if n < 0 {
		n = -n
	}
	var y float64
	switch {
	case n == 1:
		y = Y1(x)
	case x >= two302:
		y = besselHuge(n+1, x)
	default: // forward recurrence from Y0 and Y1, stopped once it reaches -Inf
		a := Y0(x)
		y = Y1(x)
		for i := 1; i < n && !IsInf(y, -1); i++ {
			a, y = y, (float64(i+i)/x)*y-a
		}
	}
	if neg {
		return -y
	}
	return y
}

// The fits of Hankel's amplitudes P and Q of orders 0 and 1, one per
// interval of besselInterval; fdlibm's tables.
var besselP0 = [4]besselFit{
	{
		num: []float64{
			0.00000000000000000000e+00,  // 0x0000000000000000
			-7.03124999999900357484e-02, // 0xBFB1FFFFFFFFFD32
			-8.08167041275349795626e+00, // 0xC02029D0B44FA779
			-2.57063105679704847262e+02, // 0xC07011027B19E863
			-2.48521641009428822144e+03, // 0xC0A36A6ECD4DCAFC
			-5.25304380490729545272e+03, // 0xC0B4850B36CC643D
		},
		den: []float64{
			1.16534364619668181717e+02, // 0x405D223307A96751
			3.83374475364121826715e+03, // 0x40ADF37D50596938
			4.05978572648472545552e+04, // 0x40E3D2BB6EB6B05F
			1.16752972564375915681e+05, // 0x40FC810F8F9FA9BD
			4.76277284146730962675e+04, // 0x40E741774F2C49DC
		},
	},
	{
		num: []float64{
			-1.14125464691894502584e-11, // 0xBDA918B147E495CC
			-7.03124940873599280078e-02, // 0xBFB1FFFFE69AFBC6
			-4.15961064470587782438e+00, // 0xC010A370F90C6BBF
			-6.76747652265167261021e+01, // 0xC050EB2F5A7D1783
			-3.31231299649172967747e+02, // 0xC074B3B36742CC63
			-3.46433388365604912451e+02, // 0xC075A6EF28A38BD7
		},
		den: []float64{
			6.07539382692300335975e+01, // 0x404E60810C98C5DE
			1.05125230595704579173e+03, // 0x40906D025C7E2864
			5.97897094333855784498e+03, // 0x40B75AF88FBE1D60
			9.62544514357774460223e+03, // 0x40C2CCB8FA76FA38
			2.40605815922939109441e+03, // 0x40A2CC1DC70BE864
		},
	},
	{
		num: []float64{
			-2.54704601771951915620e-09, // 0xBE25E1036FE1AA86
			-7.03119616381481654654e-02, // 0xBFB1FFF6F7C0E24B
			-2.40903221549529611423e+00, // 0xC00345B2AEA48074
			-2.19659774734883086467e+01, // 0xC035F74A4CB94E14
			-5.80791704701737572236e+01, // 0xC04D0A22420A1A45
			-3.14479470594888503854e+01, // 0xC03F72ACA892D80F
		},
		den: []float64{
			3.58560338055209726349e+01, // 0x4041ED9284077DD3
			3.61513983050303863820e+02, // 0x40769839464A7C0E
			1.19360783792111533330e+03, // 0x4092A66E6D1061D6
			1.12799679856907414432e+03, // 0x40919FFCB8C39B7E
			1.73580930813335754692e+02, // 0x4065B296FC379081
		},
	},
	{
		num: []float64{
			-8.87534333032526411254e-08, // 0xBE77D316E927026D
			-7.03030995483624743247e-02, // 0xBFB1FF62495E1E42
			-1.45073846780952986357e+00, // 0xBFF736398A24A843
			-7.63569613823527770791e+00, // 0xC01E8AF3EDAFA7F3
			-1.11931668860356747786e+01, // 0xC02662E6C5246303
			-3.23364579351335335033e+00, // 0xC009DE81AF8FE70F
		},
		den: []float64{
			2.22202997532088808441e+01, // 0x40363865908B5959
			1.36206794218215208048e+02, // 0x4061069E0EE8878F
			2.70470278658083486789e+02, // 0x4070E78642EA079B
			1.53875394208320329881e+02, // 0x40633C033AB6FAFF
			1.46576176948256193810e+01, // 0x402D50B344391809
		},
	},
}

var besselQ0 = [4]besselFit{
	{
		num: []float64{
			0.00000000000000000000e+00, // 0x0000000000000000
			7.32421874999935051953e-02, // 0x3FB2BFFFFFFFFE2C
			1.17682064682252693899e+01, // 0x402789525BB334D6
			5.57673380256401856059e+02, // 0x40816D6315301825
			8.85919720756468632317e+03, // 0x40C14D993E18F46D
			3.70146267776887834771e+04, // 0x40E212D40E901566
		},
		den: []float64{
			1.63776026895689824414e+02,  // 0x406478D5365B39BC
			8.09834494656449805916e+03,  // 0x40BFA2584E6B0563
			1.42538291419120476348e+05,  // 0x4101665254D38C3F
			8.03309257119514397345e+05,  // 0x412883DA83A52B43
			8.40501579819060512818e+05,  // 0x4129A66B28DE0B3D
			-3.43899293537866615225e+05, // 0xC114FD6D2C9530C5
		},
	},
	{
		num: []float64{
			1.84085963594515531381e-11, // 0x3DB43D8F29CC8CD9
			7.32421766612684765896e-02, // 0x3FB2BFFFD172B04C
			5.83563508962056953777e+00, // 0x401757B0B9953DD3
			1.35111577286449829671e+02, // 0x4060E3920A8788E9
			1.02724376596164097464e+03, // 0x40900CF99DC8C481
			1.98997785864605384631e+03, // 0x409F17E953C6E3A6
		},
		den: []float64{
			8.27766102236537761883e+01,  // 0x4054B1B3FB5E1543
			2.07781416421392987104e+03,  // 0x40A03BA0DA21C0CE
			1.88472887785718085070e+04,  // 0x40D267D27B591E6D
			5.67511122894947329769e+04,  // 0x40EBB5E397E02372
			3.59767538425114471465e+04,  // 0x40E191181F7A54A0
			-5.35434275601944773371e+03, // 0xC0B4EA57BEDBC609
		},
	},
	{
		num: []float64{
			4.37741014089738620906e-09, // 0x3E32CD036ADECB82
			7.32411180042911447163e-02, // 0x3FB2BFEE0E8D0842
			3.34423137516170720929e+00, // 0x400AC0FC61149CF5
			4.26218440745412650017e+01, // 0x40454F98962DAEDD
			1.70808091340565596283e+02, // 0x406559DBE25EFD1F
			1.66733948696651168575e+02, // 0x4064D77C81FA21E0
		},
		den: []float64{
			4.87588729724587182091e+01,  // 0x40486122BFE343A6
			7.09689221056606015736e+02,  // 0x40862D8386544EB3
			3.70414822620111362994e+03,  // 0x40ACF04BE44DFC63
			6.46042516752568917582e+03,  // 0x40B93C6CD7C76A28
			2.51633368920368957333e+03,  // 0x40A3A8AAD94FB1C0
			-1.49247451836156386662e+02, // 0xC062A7EB201CF40F
		},
	},
	{
		num: []float64{
			1.50444444886983272379e-07, // 0x3E84313B54F76BDB
			7.32234265963079278272e-02, // 0x3FB2BEC53E883E34
			1.99819174093815998816e+00, // 0x3FFFF897E727779C
			1.44956029347885735348e+01, // 0x402CFDBFAAF96FE5
			3.16662317504781540833e+01, // 0x403FAA8E29FBDC4A
			1.62527075710929267416e+01, // 0x403040B171814BB4
		},
		den: []float64{
			3.03655848355219184498e+01,  // 0x403E5D96F7C07AED
			2.69348118608049844624e+02,  // 0x4070D591E4D14B40
			8.44783757595320139444e+02,  // 0x408A664522B3BF22
			8.82935845112488550512e+02,  // 0x408B977C9C5CC214
			2.12666388511798828631e+02,  // 0x406A95530E001365
			-5.31095493882666946917e+00, // 0xC0153E6AF8B32931
		},
	},
}

var besselP1 = [4]besselFit{
	{
		num: []float64{
			0.00000000000000000000e+00, // 0x0000000000000000
			1.17187499999988647970e-01, // 0x3FBDFFFFFFFFFCCE
			1.32394806593073575129e+01, // 0x402A7A9D357F7FCE
			4.12051854307378562225e+02, // 0x4079C0D4652EA590
			3.87474538913960532227e+03, // 0x40AE457DA3A532CC
			7.91447954031891731574e+03, // 0x40BEEA7AC32782DD
		},
		den: []float64{
			1.14207370375678408436e+02, // 0x405C8D458E656CAC
			3.65093083420853463394e+03, // 0x40AC85DC964D274F
			3.69562060269033463555e+04, // 0x40E20B8697C5BB7F
			9.76027935934950801311e+04, // 0x40F7D42CB28F17BB
			3.08042720627888811578e+04, // 0x40DE1511697A0B2D
		},
	},
	{
		num: []float64{
			1.31990519556243522749e-11, // 0x3DAD0667DAE1CA7D
			1.17187493190614097638e-01, // 0x3FBDFFFFE2C10043
			6.80275127868432871736e+00, // 0x401B36046E6315E3
			1.08308182990189109773e+02, // 0x405B13B9452602ED
			5.17636139533199752805e+02, // 0x40802D16D052D649
			5.28715201363337541807e+02, // 0x408085B8BB7E0CB7
		},
		den: []float64{
			5.92805987221131331921e+01, // 0x404DA3EAA8AF633D
			9.91401418733614377743e+02, // 0x408EFB361B066701
			5.35326695291487976647e+03, // 0x40B4E9445706B6FB
			7.84469031749551231769e+03, // 0x40BEA4B0B8A5BB15
			1.50404688810361062679e+03, // 0x40978030036F5E51
		},
	},
	{
		num: []float64{
			3.02503916137373618024e-09, // 0x3E29FC21A7AD9EDD
			1.17186865567253592491e-01, // 0x3FBDFFF55B21D17B
			3.93297750033315640650e+00, // 0x400F76BCE85EAD8A
			3.51194035591636932736e+01, // 0x40418F489DA6D129
			9.10550110750781271918e+01, // 0x4056C3854D2C1837
			4.85590685197364919645e+01, // 0x4048478F8EA83EE5
		},
		den: []float64{
			3.47913095001251519989e+01, // 0x40416549A134069C
			3.36762458747825746741e+02, // 0x40750C3307F1A75F
			1.04687139975775130551e+03, // 0x40905B7C5037D523
			8.90811346398256432622e+02, // 0x408BD67DA32E31E9
			1.03787932439639277504e+02, // 0x4059F26D7C2EED53
		},
	},
	{
		num: []float64{
			1.07710830106873743082e-07, // 0x3E7CE9D4F65544F4
			1.17176219462683348094e-01, // 0x3FBDFF42BE760D83
			2.36851496667608785174e+00, // 0x4002F2B7F98FAEC0
			1.22426109148261232917e+01, // 0x40287C377F71A964
			1.76939711271687727390e+01, // 0x4031B1A8177F8EE2
			5.07352312588818499250e+00, // 0x40144B49A574C1FE
		},
		den: []float64{
			2.14364859363821409488e+01, // 0x40356FBD8AD5ECDC
			1.25290227168402751090e+02, // 0x405F529314F92CD5
			2.32276469057162813669e+02, // 0x406D08D8D5A2DBD9
			1.17679373287147100768e+02, // 0x405D6B7ADA1884A9
			8.36463893371618283368e+00, // 0x4020BAB1F44E5192
		},
	},
}

var besselQ1 = [4]besselFit{
	{
		num: []float64{
			0.00000000000000000000e+00,  // 0x0000000000000000
			-1.02539062499992714161e-01, // 0xBFBA3FFFFFFFFDF3
			-1.62717534544589987888e+01, // 0xC0304591A26779F7
			-7.59601722513950107896e+02, // 0xC087BCD053E4B576
			-1.18498066702429587167e+04, // 0xC0C724E740F87415
			-4.84385124285750353010e+04, // 0xC0E7A6D065D09C6A
		},
		den: []float64{
			1.61395369700722909556e+02,  // 0x40642CA6DE5BCDE5
			7.82538599923348465381e+03,  // 0x40BE9162D0D88419
			1.33875336287249578163e+05,  // 0x4100579AB0B75E98
			7.19657723683240939863e+05,  // 0x4125F65372869C19
			6.66601232617776375264e+05,  // 0x412457D27719AD5C
			-2.94490264303834643215e+05, // 0xC111F9690EA5AA18
		},
	},
	{
		num: []float64{
			-2.08979931141764104297e-11, // 0xBDB6FA431AA1A098
			-1.02539050241375426231e-01, // 0xBFBA3FFFCB597FEF
			-8.05644828123936029840e+00, // 0xC0201CE6CA03AD4B
			-1.83669607474888380239e+02, // 0xC066F56D6CA7B9B0
			-1.37319376065508163265e+03, // 0xC09574C66931734F
			-2.61244440453215656817e+03, // 0xC0A468E388FDA79D
		},
		den: []float64{
			8.12765501384335777857e+01,  // 0x405451B2FF5A11B2
			1.99179873460485964642e+03,  // 0x409F1F31E77BF839
			1.74684851924908907677e+04,  // 0x40D10F1F0D64CE29
			4.98514270910352279316e+04,  // 0x40E8576DAABAD197
			2.79480751638918118260e+04,  // 0x40DB4B04CF7C364B
			-4.71918354795128470869e+03, // 0xC0B26F2EFCFFA004
		},
	},
	{
		num: []float64{
			-5.07831226461766561369e-09, // 0xBE35CFA9D38FC84F
			-1.02537829820837089745e-01, // 0xBFBA3FEB51AEED54
			-4.61011581139473403113e+00, // 0xC01270C23302D9FF
			-5.78472216562783643212e+01, // 0xC04CEC71C25D16DA
			-2.28244540737631695038e+02, // 0xC06C87D34718D55F
			-2.19210128478909325622e+02, // 0xC06B66B95F5C1BF6
		},
		den: []float64{
			4.76651550323729509273e+01,  // 0x4047D523CCD367E4
			6.73865112676699709482e+02,  // 0x40850EEBC031EE3E
			3.38015286679526343505e+03,  // 0x40AA684E448E7C9A
			5.54772909720722782367e+03,  // 0x40B5ABBAA61D54A6
			1.90311919338810798763e+03,  // 0x409DBC7A0DD4DF4B
			-1.35201191444307340817e+02, // 0xC060E670290A311F
		},
	},
	{
		num: []float64{
			-1.78381727510958865572e-07, // 0xBE87F12644C626D2
			-1.02517042607985553460e-01, // 0xBFBA3E8E9148B010
			-2.75220568278187460720e+00, // 0xC006048469BB4EDA
			-1.96636162643703720221e+01, // 0xC033A9E2C168907F
			-4.23253133372830490089e+01, // 0xC04529A3DE104AAA
			-2.13719211703704061733e+01, // 0xC0355F3639CF6E52
		},
		den: []float64{
			2.95333629060523854548e+01,  // 0x403D888A78AE64FF
			2.52981549982190529136e+02,  // 0x406F9F68DB821CBA
			7.57502834868645436472e+02,  // 0x4087AC05CE49A0F7
			7.39393205320467245656e+02,  // 0x40871B2548D4C029
			1.55949003336666123687e+02,  // 0x40637E5E3C3ED8D4
			-4.95949898822628210127e+00, // 0xC013D686E71BE86B
		},
	},
}
