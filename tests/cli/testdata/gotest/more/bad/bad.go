// Package bad has a test file that does not compile.
package bad

func F() int { return 1 }
