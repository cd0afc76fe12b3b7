// This file implements the environment: a copy of the strings "key=value"
// the kernel handed the program, taken at start-up, which Setenv and
// Unsetenv then edit. It lives here, under os, as in Go: packages that
// cannot import os (time reads $TZ and $ZONEINFO) see the same variables
// as os.Setenv leaves them. As in Go, the first entry for a key wins.

package syscall

//go:linkname runtime_envs runtime.syscall_runtime_envs
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

// Getenv looks key up in the environment.
func Getenv(key string) (value string, found bool) {
	if len(key) == 0 {
		return "", false
	}
	i := findEnv(key)
	if i < 0 {
		return "", false
	}
	return envs[i][len(key)+1:], true
}

// Setenv sets the variable key to value: EINVAL for a key that is empty
// or holds '=' or NUL, or a value holding NUL.
func Setenv(key, value string) error {
	if len(key) == 0 {
		return EINVAL
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return EINVAL
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return EINVAL
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

// Unsetenv removes every entry of the variable key.
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

// Environ returns a copy of the environment, "key=value" strings.
func Environ() []string {
	a := make([]string, len(envs))
	copy(a, envs)
	return a
}
