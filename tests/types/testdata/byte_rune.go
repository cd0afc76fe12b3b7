// byte and rune keep their names in errors, as in Go 1.19, while staying
// identical to uint8 and int32.
package main

func f(byte) {}

func main() {
	var b byte
	var u uint8 = b
	var r rune = int32(u)
	var x float64
	f(x) /* ERROR "cannot use x (variable of type float64) as type byte in argument to f" */
	var _ float64 = r /* ERROR "cannot use r (variable of type rune) as type float64 in variable declaration" */
	for _, c := range "s" {
		var _ string = c /* ERROR "cannot use c (variable of type rune) as type string" */
	}
}
