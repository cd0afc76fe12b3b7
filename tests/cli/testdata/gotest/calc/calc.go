// Package calc is the module gominic test runs in tests/cli/test_gotest.py.
package calc

// Add returns a+b.
func Add(a, b int) int { return a + b }

// Div returns a/b.
func Div(a, b int) int { return a / b }

func double(x int) int { return 2 * x }
