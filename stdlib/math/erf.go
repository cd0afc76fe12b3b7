// This file implements the error function and its complement, as FreeBSD's
// msun (s_erf.c, from Sun's fdlibm) computes them, and their inverses.
//
// erf(x) = 2/√π ∫₀ˣ e^(-t²) dt and erfc(x) = 1 - erf(x). Both are odd or
// shifted-odd, so only |x| is approximated, in four ranges:
//
//	|x| < 0.84375        erf(x) = x + x·R(x²), R a rational fit
//	0.84375 ≤ |x| < 1.25 erf(x) = erx + P(s)/Q(s), s = |x|-1, erx ≈ erf(1)
//	1.25 ≤ |x| < 28      erfc(x) = e^(-x²-0.5625+R(1/x²)/S(1/x²)) / x
//	|x| ≥ 28 (6 for erf) erfc(x) = 0, erf(x) = 1 (to the last bit)
//
// In the third range e^(-x²) is split as e^(-z²)·e^((z-x)(z+x)), with z
// x cut to 20 significant bits, so that z² is exact and x² costs no
// digits. The coefficients are fdlibm's.

package math

const (
	erx  = 8.45062911510467529297e-01 // 0x3FEB0AC160000000: erf(1) to 24 bits
	efx  = 1.28379167095512586316e-01 // 0x3FC06EBA8214DB69: 2/√π - 1, erf's slope at 0 less 1
	efx8 = 1.02703333676410069053e+00 // 0x3FF06EBA8214DB69: 8·efx
)

// Coefficients for |x| < 0.84375: erf(x) = x + x·erfNearZeroP(x²)/erfNearZeroQ(x²).
var (
	erfNearZeroP = []float64{
		1.28379167095512558561e-01,  // 0x3FC06EBA8214DB68
		-3.25042107247001499370e-01, // 0xBFD4CD7D691CB913
		-2.84817495755985104766e-02, // 0xBF9D2A51DBD7194F
		-5.77027029648944159157e-03, // 0xBF77A291236668E4
		-2.37630166566501626084e-05, // 0xBEF8EAD6120016AC
	}
	erfNearZeroQ = []float64{
		1,
		3.97917223959155352819e-01,  // 0x3FD97779CDDADC09
		6.50222499887672944485e-02,  // 0x3FB0A54C5536CEBA
		5.08130628187576562776e-03,  // 0x3F74D022C4D36B0F
		1.32494738004321644526e-04,  // 0x3F215DC9221C1A10
		-3.96022827877536812320e-06, // 0xBED09C4342A26120
	}
)

// Coefficients for 0.84375 ≤ |x| < 1.25: erf(x) = erx + P(|x|-1)/Q(|x|-1).
var (
	erfNearOneP = []float64{
		-2.36211856075265944077e-03, // 0xBF6359B8BEF77538
		4.14856118683748331666e-01,  // 0x3FDA8D00AD92B34D
		-3.72207876035701323847e-01, // 0xBFD7D240FBB8C3F1
		3.18346619901161753674e-01,  // 0x3FD45FCA805120E4
		-1.10894694282396677476e-01, // 0xBFBC63983D3E28EC
		3.54783043256182359371e-02,  // 0x3FA22A36599795EB
		-2.16637559486879084300e-03, // 0xBF61BF380A96073F
	}
	erfNearOneQ = []float64{
		1,
		1.06420880400844228286e-01, // 0x3FBB3E6618EEE323
		5.40397917702171048937e-01, // 0x3FE14AF092EB6F33
		7.18286544141962662868e-02, // 0x3FB2635CD99FE9A7
		1.26171219808761642112e-01, // 0x3FC02660E763351F
		1.36370839120290507362e-02, // 0x3F8BEDC26B51DD1C
		1.19844998467991074170e-02, // 0x3F888B545735151D
	}
)

// Coefficients of the tail's exponent correction R(1/x²)/S(1/x²), for
// 1.25 ≤ |x| < 1/0.35 (erfTailNear) and beyond (erfTailFar).
var (
	erfTailNearR = []float64{
		-9.86494403484714822705e-03, // 0xBF843412600D6435
		-6.93858572707181764372e-01, // 0xBFE63416E4BA7360
		-1.05586262253232909814e+01, // 0xC0251E0441B0E726
		-6.23753324503260060396e+01, // 0xC04F300AE4CBA38D
		-1.62396669462573470355e+02, // 0xC0644CB184282266
		-1.84605092906711035994e+02, // 0xC067135CEBCCABB2
		-8.12874355063065934246e+01, // 0xC054526557E4D2F2
		-9.81432934416914548592e+00, // 0xC023A0EFC69AC25C
	}
	erfTailNearS = []float64{
		1,
		1.96512716674392571292e+01,  // 0x4033A6B9BD707687
		1.37657754143519042600e+02,  // 0x4061350C526AE721
		4.34565877475229228821e+02,  // 0x407B290DD58A1A71
		6.45387271733267880336e+02,  // 0x40842B1921EC2868
		4.29008140027567833386e+02,  // 0x407AD02157700314
		1.08635005541779435134e+02,  // 0x405B28A3EE48AE2C
		6.57024977031928170135e+00,  // 0x401A47EF8E484A93
		-6.04244152148580987438e-02, // 0xBFAEEFF2EE749A62
	}
	erfTailFarR = []float64{
		-9.86494292470009928597e-03, // 0xBF84341239E86F4A
		-7.99283237680523006574e-01, // 0xBFE993BA70C285DE
		-1.77579549177547519889e+01, // 0xC031C209555F995A
		-1.60636384855821916062e+02, // 0xC064145D43C5ED98
		-6.37566443368389627722e+02, // 0xC083EC881375F228
		-1.02509513161107724954e+03, // 0xC09004616A2E5992
		-4.83519191608651397019e+02, // 0xC07E384E9BDC383F
	}
	erfTailFarS = []float64{
		1,
		3.03380607434824582924e+01,  // 0x403E568B261D5190
		3.25792512996573918826e+02,  // 0x40745CAE221B9F0A
		1.53672958608443695994e+03,  // 0x409802EB189D5118
		3.19985821950859553908e+03,  // 0x40A8FFB7688C246A
		2.55305040643316442583e+03,  // 0x40A3F219CEDF3BE6
		4.74528541206955367215e+02,  // 0x407DA874E79FE763
		-2.24409524465858183362e+01, // 0xC03670E242712D62
	}
)

// erfNearZero returns y with erf(x) = x + x·y, for |x| < 0.84375.
func erfNearZero(x float64) float64 {
	z := x * x
	return horner(z, erfNearZeroP) / horner(z, erfNearZeroQ)
}

// erfNearOne returns d with erf(x) = erx + d, for 0.84375 ≤ x < 1.25.
func erfNearOne(x float64) float64 {
	s := x - 1
	return horner(s, erfNearOneP) / horner(s, erfNearOneQ)
}

// erfcTail returns erfc(x) for 1.25 ≤ x < 28.
func erfcTail(x float64) float64 {
	s := 1 / (x * x)
	var r float64
	if x < 1/0.35 {
		r = horner(s, erfTailNearR) / horner(s, erfTailNearS)
	} else {
		r = horner(s, erfTailFarR) / horner(s, erfTailFarS)
	}
	z := Float64frombits(Float64bits(x) & 0xffffffff00000000) // x to 20 bits: z² is exact
	return Exp(-z*z-0.5625) * Exp((z-x)*(z+x)+r) / x
}

// Erf returns the error function of x.
//
// Special cases are:
//
//	Erf(+Inf) = 1
//	Erf(-Inf) = -1
//	Erf(NaN) = NaN
func Erf(x float64) float64 {
	const (
		veryTiny = 2.848094538889218e-306 // 0x0080000000000000
		small    = 1.0 / (1 << 28)        // 2**-28
	)
	switch {
	case IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 1
	case IsInf(x, -1):
		return -1
	}
	a := x
	if x < 0 {
		a = -x // not Abs: -0 stays -0, and Erf(-0) is -0
	}
	var r float64
	switch {
	case a < veryTiny:
		r = 0.125 * (8.0*a + efx8*a) // scaled up so that efx·a does not underflow
	case a < small:
		r = a + efx*a
	case a < 0.84375:
		r = a + a*erfNearZero(a)
	case a < 1.25:
		r = erx + erfNearOne(a)
	case a < 6:
		r = 1 - erfcTail(a)
	default:
		r = 1
	}
	if x < 0 {
		return -r
	}
	return r
}

// Erfc returns the complementary error function of x.
//
// Special cases are:
//
//	Erfc(+Inf) = 0
//	Erfc(-Inf) = 2
//	Erfc(NaN) = NaN
func Erfc(x float64) float64 {
	const tiny = 1.0 / (1 << 56) // 2**-56
	switch {
	case IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case IsInf(x, -1):
		return 2
	}
	a := Abs(x)
	neg := x < 0
	switch {
	case a < tiny:
		return 1 - x
	case a < 0.84375:
		// erf(a) = a + a·y; written as 0.5 + (a·y + (a-0.5)) from 1/4 on,
		// where 1 - erf(a) would otherwise lose bits to cancellation.
		y := erfNearZero(a)
		var e float64
		if a < 0.25 {
			e = a + a*y
		} else {
			e = 0.5 + (a*y + (a - 0.5))
		}
		if neg {
			return 1 + e
		}
		return 1 - e
	case a < 1.25:
		if neg {
			return 1 + erx + erfNearOne(a)
		}
		return 1 - erx - erfNearOne(a)
	case a < 28 && !(neg && a > 6):
		if neg {
			return 2 - erfcTail(a)
		}
		return erfcTail(a)
	}
	if neg {
		return 2
	}
	return 0
}
