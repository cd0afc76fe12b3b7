// Tests comparing slices with nil.
// Expected output: true true false
// Bug: comparing a slice to nil is rejected: "invalid operation: buf != nil (slice can only be compared to nil)"
// (gominic/types/expr.py comparison)
package main

func f(buf []byte) bool {
	return buf != nil && len(buf) == 0
}

func main() {
	var p []byte
	println(p == nil, f(nil), f([]byte{}))
}
