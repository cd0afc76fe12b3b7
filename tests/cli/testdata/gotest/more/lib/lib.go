// Package lib has a passing test.
package lib

func F() {}
