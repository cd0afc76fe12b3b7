// Tests the environment functions: Setenv, Getenv, LookupEnv (set, set to
// empty, unset), Unsetenv, Environ reflecting changes, and Setenv's error
// for an invalid key.
package main

import (
	"fmt"
	"os"
	"strings"
)

func inEnviron(key string) bool {
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, key+"=") {
			return true
		}
	}
	return false
}

func main() {
	const key = "GOMINIC_TEST_VAR"
	v, ok := os.LookupEnv(key)
	fmt.Printf("%q %v %v\n", v, ok, inEnviron(key))
	fmt.Println(os.Setenv(key, "hello world"))
	fmt.Printf("%q %v\n", os.Getenv(key), inEnviron(key))
	os.Setenv(key, "")
	v, ok = os.LookupEnv(key)
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Unsetenv(key))
	v, ok = os.LookupEnv(key)
	fmt.Printf("%q %v %v\n", v, ok, inEnviron(key))
	fmt.Println(os.Setenv("", "x"))
	fmt.Println(os.Setenv("A=B", "x"))
	fmt.Printf("%q\n", os.Getenv(""))
}
