// Package none has no test files.
package none
