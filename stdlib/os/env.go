// This file implements the environment, which package syscall keeps (as
// in Go): os adds its error types.

package os

import "syscall"

// Getenv retrieves the value of the environment variable named by the key.
// It returns the value, which will be empty if the variable is not present.
// To distinguish between an empty value and an unset value, use LookupEnv.
func Getenv(key string) string {
	v, _ := syscall.Getenv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named
// by the key. If the variable is present in the environment the
// value (which may be empty) is returned and the boolean is true.
// Otherwise the returned value will be empty and the boolean will
// be false.
func LookupEnv(key string) (string, bool) {
	return syscall.Getenv(key)
}

// Setenv sets the value of the environment variable named by the key.
// It returns an error, if any.
func Setenv(key, value string) error {
	if err := syscall.Setenv(key, value); err != nil {
		return NewSyscallError("setenv", err)
	}
	return nil
}

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	return syscall.Unsetenv(key)
}

// Clearenv deletes all environment variables.
func Clearenv() {
	syscall.Clearenv()
}

// Environ returns a copy of strings representing the environment,
// in the form "key=value".
func Environ() []string {
	return syscall.Environ()
}

// Expand replaces ${var} or $var in the string based on the mapping function.
// For example, os.ExpandEnv(s) is equivalent to os.Expand(s, os.Getenv).
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	i := 0 // s[i:j] is copied unchanged
	for j := 0; j < len(s); j++ {
		if s[j] != '$' || j+1 >= len(s) {
			continue
		}
		if buf == nil {
			buf = make([]byte, 0, 2*len(s))
		}
		buf = append(buf, s[i:j]...)
		name, w := shellName(s[j+1:])
		switch {
		case name != "":
			buf = append(buf, mapping(name)...)
		case w == 0:
			// "$" before no name stays.
			buf = append(buf, '$')
		}
		// (An empty name of width > 0 was bad syntax, "${}" or "${":
		// it is dropped.)
		j += w
		i = j + 1
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[i:]
}

// ExpandEnv replaces ${var} or $var in the string according to the values
// of the current environment variables. References to undefined
// variables are replaced by the empty string.
func ExpandEnv(s string) string {
	return Expand(s, Getenv)
}

// isShellSpecialVar reports whether c names a special shell variable: $*, $#, $1, ...
func isShellSpecialVar(c uint8) bool {
	return c == '*' || c == '#' || c == '$' || c == '@' || c == '!' || c == '?' || c == '-' || '0' <= c && c <= '9'
}

// isAlphaNum reports whether c can be part of a variable name.
func isAlphaNum(c uint8) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// shellName returns the variable name at the start of s (which follows a
// '$') and how many bytes it takes: "{name}", one special character, or a
// run of letters, digits and underscores.
func shellName(s string) (string, int) {
	if s[0] == '{' {
		if len(s) > 2 && isShellSpecialVar(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // bad syntax: "${}"
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // bad syntax: "${" without "}"
	}
	if isShellSpecialVar(s[0]) {
		return s[0:1], 1
	}
	i := 0
	for i < len(s) && isAlphaNum(s[i]) {
		i++
	}
	return s[:i], i
}
