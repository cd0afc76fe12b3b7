// This file implements the environment: a copy of the strings "key=value"
// the kernel handed the program, taken at start-up, which Setenv and
// Unsetenv then edit. As in Go, the first entry for a key wins.

package os

//go:linkname runtime_envs runtime.os_runtime_envs
func runtime_envs() []string

// envs is the program's environment, "key=value" strings.
var envs []string = runtime_envs()

// findEnv returns the index in envs of the first entry for key, or -1.
func findEnv(key string) int {
	for i, kv := range envs {
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			return i
		}
	}
	return -1
}

// Getenv retrieves the value of the environment variable named by the key.
// It returns the value, which will be empty if the variable is not present.
// To distinguish between an empty value and an unset value, use LookupEnv.
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named
// by the key. If the variable is present in the environment the
// value (which may be empty) is returned and the boolean is true.
// Otherwise the returned value will be empty and the boolean will
// be false.
func LookupEnv(key string) (string, bool) {
	if len(key) == 0 {
		return "", false
	}
	i := findEnv(key)
	if i < 0 {
		return "", false
	}
	return envs[i][len(key)+1:], true
}

// validEnvKey reports whether key can name a variable: non-empty, with
// no '=' and no NUL byte.
func validEnvKey(key string) bool {
	if len(key) == 0 {
		return false
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return false
		}
	}
	return true
}

// Setenv sets the value of the environment variable named by the key.
// It returns an error, if any.
func Setenv(key, value string) error {
	if !validEnvKey(key) {
		return NewSyscallError("setenv", errEINVAL)
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return NewSyscallError("setenv", errEINVAL)
		}
	}
	kv := key + "=" + value
	if i := findEnv(key); i >= 0 {
		envs[i] = kv
	} else {
		envs = append(envs, kv)
	}
	return nil
}

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	for i := findEnv(key); i >= 0; i = findEnv(key) {
		envs = append(envs[:i:i], envs[i+1:]...)
	}
	return nil
}

// Clearenv deletes all environment variables.
func Clearenv() {
	envs = nil
}

// Environ returns a copy of strings representing the environment,
// in the form "key=value".
func Environ() []string {
	a := make([]string, 0, len(envs))
	for _, kv := range envs {
		if kv != "" {
			a = append(a, kv)
		}
	}
	return a
}
