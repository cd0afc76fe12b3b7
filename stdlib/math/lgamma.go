// This file implements Lgamma, ln|Γ(x)| and the sign of Γ(x), as FreeBSD's
// msun (e_lgamma_r.c, Sun's fdlibm) computes it:
//
//   - x < 0: reflection, lgamma(x) = ln(π/|x·sin(πx)|) - lgamma(-x).
//   - 0 < x < 2: around the minimum of Γ (at ymin ≈ 1.4616) and around 1
//     and 2 (where lgamma is 0), three polynomial or rational fits, in
//     ranges of width about 0.5; lgamma(x) = lgamma(x+1) - ln x below 0.9.
//   - 2 ≤ x < 8: lgamma(x) = 0.5·y + P(y)/Q(y) with y = x - ⌊x⌋ (the
//     value on [2, 3)), then ln of the recurrence's product for the rest.
//   - 8 ≤ x < 2^58: Stirling's series, (x-1/2)(ln x - 1) + W(1/x).
//   - beyond: x·(ln x - 1).

package math

// The fits, lowest degree first; fdlibm's tables a, t, u/v, s/r and w,
// with the interleaved ones split into the series that are summed apart.
var (
	// Around 2 (and 1): lgamma = y·A(y²) + y²·B(y²) - y/2.
	lgammaA = []float64{
		7.72156649015328655494e-02, // 0x3FB3C467E37DB0C8
		6.73523010531292681824e-02, // 0x3FB13E001A5562A7
		7.38555086081402883957e-03, // 0x3F7E404FB68FEFE8
		1.19270763183362067845e-03, // 0x3F538A94116F3F5D
		2.20862790713908385557e-04, // 0x3F2CF2ECED10E54D
		2.52144565451257326939e-05, // 0x3EFA7074428CFA52
	}
	lgammaB = []float64{
		3.22467033424113591611e-01, // 0x3FD4A34CC4A60FAD
		2.05808084325167332806e-02, // 0x3F951322AC92547B
		2.89051383673415629091e-03, // 0x3F67ADD8CCB7926B
		5.10069792153511336608e-04, // 0x3F40B6C689B99C00
		1.08011567247583939954e-04, // 0x3F1C5088987DFB07
		4.48640949618915160150e-05, // 0x3F07858E90A45837
	}
	// Around the minimum: lgamma = tf + y²·T0(y³) - (tt - y³·(T1(y³) + y·T2(y³))).
	lgammaT0 = []float64{
		4.83836122723810047042e-01,  // 0x3FDEF72BC8EE38A2
		-3.27885410759859649565e-02, // 0xBFA0C9A8DF35B713
		6.10053870246291332635e-03,  // 0x3F78FCE0E370E344
		-1.40346469989232843813e-03, // 0xBF56FE8EBF2D1AF1
		3.15632070903625950361e-04,  // 0x3F34AF6D6C0EBBF7
	}
	lgammaT1 = []float64{
		-1.47587722994593911752e-01, // 0xBFC2E4278DC6C509
		1.79706750811820387126e-02,  // 0x3F9266E7970AF9EC
		-3.68452016781138256760e-03, // 0xBF6E2EFFB3E914D7
		8.81081882437654011382e-04,  // 0x3F4CDF0CEF61A8E9
		-3.12754168375120860518e-04, // 0xBF347F24ECC38C38
	}
	lgammaT2 = []float64{
		6.46249402391333854778e-02,  // 0x3FB08B4294D5419B
		-1.03142241298341437450e-02, // 0xBF851F9FBA91EC6A
		2.25964780900612472250e-03,  // 0x3F6282D32E15C915
		-5.38595305356740546715e-04, // 0xBF41A6109C73E0EC
		3.35529192635519073543e-04,  // 0x3F35FD3EE8C2D3F4
	}
	// Around 1 (and 0): lgamma = -y/2 + y·U(y)/V(y).
	lgammaU = []float64{
		-7.72156649015328655494e-02, // 0xBFB3C467E37DB0C8
		6.32827064025093366517e-01,  // 0x3FE4401E8B005DFF
		1.45492250137234768737e+00,  // 0x3FF7475CD119BD6F
		9.77717527963372745603e-01,  // 0x3FEF497644EA8450
		2.28963728064692451092e-01,  // 0x3FCD4EAEF6010924
		1.33810918536787660377e-02,  // 0x3F8B678BBF2BAB09
	}
	lgammaV = []float64{
		1,
		2.45597793713041134822e+00, // 0x4003A5D7C2BD619C
		2.12848976379893395361e+00, // 0x40010725A42B18F5
		7.69285150456672783825e-01, // 0x3FE89DFBE45050AF
		1.04222645593369134254e-01, // 0x3FBAAE55D6537C88
		3.21709242282423911810e-03, // 0x3F6A5ABB57D0CF61
	}
	// On [2, 3): lgamma = y/2 + y·S(y)/R(y), y = x - 2.
	lgammaS = []float64{
		-7.72156649015328655494e-02, // 0xBFB3C467E37DB0C8
		2.14982415960608852501e-01,  // 0x3FCB848B36E20878
		3.25778796408930981787e-01,  // 0x3FD4D98F4F139F59
		1.46350472652464452805e-01,  // 0x3FC2BB9CBEE5F2F7
		2.66422703033638609560e-02,  // 0x3F9B481C7E939961
		1.84028451407337715652e-03,  // 0x3F5E26B67368F239
		3.19475326584100867617e-05,  // 0x3F00BFECDD17E945
	}
	lgammaR = []float64{
		1,
		1.39200533467621045958e+00, // 0x3FF645A762C4AB74
		7.21935547567138069525e-01, // 0x3FE71A1893D3DCDC
		1.71933865632803078993e-01, // 0x3FC601EDCCFBDF27
		1.86459191715652901344e-02, // 0x3F9317EA742ED475
		7.77942496381893596434e-04, // 0x3F497DDACA41A95B
		7.32668430744625636189e-06, // 0x3EDEBAF7A5B38140
	}
	// Stirling's series: W(z) = w0 + z·W'(z²), z = 1/x.
	lgammaW0 = 4.18938533204672725052e-01 // 0x3FDACFE390C97D69
	lgammaW  = []float64{
		8.33333333333329678849e-02,  // 0x3FB555555555553B
		-2.77777777728775536470e-03, // 0xBF66C16C16B02E5C
		7.93650558643019558500e-04,  // 0x3F4A019F98CF38B6
		-5.95187557450339963135e-04, // 0xBF4380CB8C0FE741
		8.36339918996282139126e-04,  // 0x3F4B67BA4CDAD5D1
		-1.63092934096575273989e-03, // 0xBF5AB89D0B9E43E4
	}
)

// Lgamma returns the natural logarithm and sign (-1 or +1) of Gamma(x).
//
// Special cases are:
//
//	Lgamma(+Inf) = +Inf
//	Lgamma(0) = +Inf
//	Lgamma(-integer) = +Inf
//	Lgamma(-Inf) = -Inf
//	Lgamma(NaN) = NaN
func Lgamma(x float64) (lgamma float64, sign int) {
	const (
		two52 = 1 << 52         // every float64 from here on is an integer
		tiny  = 1.0 / (1 << 70) // 2**-70
	)
	switch {
	case IsNaN(x) || IsInf(x, 0):
		return x, 1
	case x == 0:
		return Inf(1), 1
	}
	sign = 1
	neg := x < 0
	x = Abs(x)
	if x < tiny { // lgamma(x) = -ln|x| to the last bit
		if neg {
			sign = -1
		}
		return -Log(x), sign
	}
	if !neg {
		return lgammaPositive(x), 1
	}
	if x >= two52 { // a negative integer: a pole
		return Inf(1), 1
	}
	t := sinPiNeg(x)
	if t == 0 {
		return Inf(1), 1
	}
	if t < 0 {
		sign = -1
	}
	return Log(Pi/Abs(t*x)) - lgammaPositive(x), sign
}

// lgammaPositive returns ln Γ(x) for x ≥ 2^-70.
func lgammaPositive(x float64) float64 {
	const two58 = 1 << 58
	switch {
	case x == 1 || x == 2:
		return 0
	case x < 2:
		return lgammaBelow2(x)
	case x < 8:
		i := int(x)
		y := x - float64(i)
		l := 0.5*y + y*horner(y, lgammaS)/horner(y, lgammaR)
		if i < 3 {
			return l
		}
		// Γ(2+y+n) = (2+y)(3+y)...(1+y+n)·Γ(2+y).
		z := 1.0
		for k := i - 1; k >= 2; k-- {
			z *= y + float64(k)
		}
		return l + Log(z)
	case x < two58:
		t := Log(x)
		z := 1 / x
		w := lgammaW0 + z*horner(z*z, lgammaW)
		return (x-0.5)*(t-1) + w
	}
	return x * (Log(x) - 1)
}

// lgammaBelow2 returns ln Γ(x) for 2^-70 ≤ x < 2, x ≠ 1.
func lgammaBelow2(x float64) float64 {
	const (
		ymin = 1.461632144968362245        // where Γ is least
		tc   = 1.46163214496836224576e+00  // 0x3FF762D86356BE3F: ymin
		tf   = -1.21486290535849611461e-01 // 0xBFBF19B9BCC38A42: lgamma(ymin)
		tt   = -3.63867699703950536541e-18 // 0xBC50C7CAA48A971F: tf's rounding error
	)
	// Each fit covers a range around 2, around ymin or around 1; below 0.9
	// they serve x+1, lgamma(x) = lgamma(x+1) - ln x, and their variable y
	// is the same distance from the centre.
	l := 0.0
	var y float64
	var fit int
	switch {
	case x > 0.9 && x >= ymin+0.27: // [1.7316, 2)
		y, fit = 2-x, 2
	case x > 0.9 && x >= ymin-0.27: // [1.2316, 1.7316)
		y, fit = x-tc, 1
	case x > 0.9: // (0.9, 1.2316)
		y, fit = x-1, 0
	case x >= ymin-1+0.27: // [0.7316, 0.9]
		l, y, fit = -Log(x), 1-x, 2
	case x >= ymin-1-0.27: // [0.2316, 0.7316)
		l, y, fit = -Log(x), x-(tc-1), 1
	default: // (0, 0.2316)
		l, y, fit = -Log(x), x, 0
	}
	switch fit {
	case 2:
		z := y * y
		p := y*horner(z, lgammaA) + z*horner(z, lgammaB)
		return l + (p - 0.5*y)
	case 1:
		z := y * y
		w := z * y
		p := z*horner(w, lgammaT0) - (tt - w*(horner(w, lgammaT1)+y*horner(w, lgammaT2)))
		return l + (tf + p)
	}
	return l + (-0.5*y + y*horner(y, lgammaU)/horner(y, lgammaV))
}

// sinPiNeg returns sin(-πx) for x > 0, and exactly 0 at the integers
// (the poles of Γ, which is all Lgamma asks of them). The argument is
// reduced modulo 2 and by symmetry to within 1/4 of 0 or 1/2, where Sin or
// Cos is accurate.
func sinPiNeg(x float64) float64 {
	if x < 0.25 {
		return -Sin(Pi * x)
	}
	if Floor(x) == x {
		return 0
	}
	x = Mod(x, 2)
	var s float64
	switch int(x * 4) {
	case 0:
		s = Sin(Pi * x)
	case 1, 2:
		s = Cos(Pi * (0.5 - x))
	case 3, 4:
		s = Sin(Pi * (1 - x))
	case 5, 6:
		s = -Cos(Pi * (x - 1.5))
	default:
		s = Sin(Pi * (x - 2))
	}
	return -s
}
