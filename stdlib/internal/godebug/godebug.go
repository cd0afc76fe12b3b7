// Package godebug reads the settings of the GODEBUG environment variable
// (a comma-separated list of name=value pairs) for the standard library.
package godebug

import (
	"os"
	"strings"
)

// Get returns the value of GODEBUG's setting key, or "" when it has none;
// the variable is read at each call, so a test's Setenv takes effect.
// Where a key appears twice, the last setting wins, as in the runtime.
func Get(key string) string {
	value := ""
	for _, setting := range strings.Split(os.Getenv("GODEBUG"), ",") {
		if name, v, ok := strings.Cut(setting, "="); ok && name == key {
			value = v
		}
	}
	return value
}
