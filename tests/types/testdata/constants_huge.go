// Constants as Go represents them: integers exact within 512 bits, floats
// with a 512-bit mantissa and a 32-bit exponent (errors as Go 1.19's).
package main

const (
	Big       = 1 << 500
	TooBig    = Big << 12 /* ERROR "constant shift overflow" */
	Product   = Big * Big /* ERROR "constant multiplication overflow" */
	Max       = (1<<256 - 1) * (1<<256 + 1)
	Sum       = Big*4095 + Big*4095 /* ERROR "constant addition overflow" */
	Negated   = ^Max /* ERROR "constant bitwise complement overflow" */
	Huge      = 1e500000000
	Squared   = Huge * Huge /* ERROR "constant result is not representable" */
	Follow    = Squared * 2
	Malformed = 1e646456993 /* ERROR "malformed constant: 1e646456993" */
	Hex       = 0x1p2147483647 /* ERROR "malformed constant: 0x1p2147483647" */
	Tiny      = 1e-600000000
	Shift     = 1 << 1075 /* ERROR "invalid operation: invalid shift count 1075 (untyped int constant)" */
)

var (
	_         = 1 / (Tiny * 1i) /* ERROR "invalid operation: division by zero" */
	_ float64 = Huge /* ERROR "cannot use Huge (untyped float constant 1e+500000000) as float64 value in variable declaration (overflows)" */
	_ int64   = 1e100 /* ERROR "cannot use 1e100 (untyped float constant 1e+100) as int64 value in variable declaration (truncated)" */
	_ int     = Tiny /* ERROR "cannot use Tiny (untyped float constant 1e-600000000) as int value in variable declaration (truncated)" */
	_ string  = 1.0 / 3 /* ERROR "cannot use 1.0 / 3 (untyped float constant 0.333333) as string value in variable declaration" */
	_ string  = 123456.5 /* ERROR "cannot use 123456.5 (untyped float constant 123456) as string value in variable declaration" */
	_ string  = 1.0 / 3 * 1e5000 /* ERROR "(untyped float constant 3.33333e+4999)" */
	_ float64 = Tiny
	_ int     = Huge / 1e499999999 * 1e499999999 / Huge
)

func main() {}
