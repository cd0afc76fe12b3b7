// This file defines the C library entry points that LLVM may call.
//
// gominic compiles math.Floor, Ceil, Trunc, Round, RoundToEven and FMA to
// LLVM intrinsics (llvm.floor.f64, ...). When the target processor lacks
// a matching instruction (ROUNDSD needs SSE4.1, VFMADD needs FMA, and x86
// has no round-half-away instruction at all), LLVM lowers the intrinsic
// to a call of the C function of the same name (floor, ceil, trunc,
// round, roundeven, fma). No libc takes part in a gominic build, so
// package math provides them here, implemented by the Go code above.

package math

//go:linkname libmFloor floor
func libmFloor(x float64) float64 { return floor(x) }

//go:linkname libmCeil ceil
func libmCeil(x float64) float64 { return ceil(x) }

//go:linkname libmTrunc trunc
func libmTrunc(x float64) float64 { return trunc(x) }

//go:linkname libmRound round
func libmRound(x float64) float64 { return round(x) }

//go:linkname libmRoundeven roundeven
func libmRoundeven(x float64) float64 { return roundToEven(x) }

//go:linkname libmFma fma
func libmFma(x, y, z float64) float64 { return fma(x, y, z) }
