// Untyped operands of binary operations: conversion errors worded without a context, as Go does.
package main

func main() {
	var x int8 = 1
	const mask = 0xFF
	_ = x & mask /* ERROR "mask (untyped int constant 255) overflows int8" */
	var i int = 1
	_ = i + 1.5 /* ERROR "1.5 (untyped float constant) truncated to int" */
	var s string
	_ = s + 1 /* ERROR "invalid operation: s + 1 (mismatched types string and untyped int)" */
	_ = s + "ok"
	var f float64 = 2
	_ = f * 3
	_ = i << 2
}

func missingBody()
