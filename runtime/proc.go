// This file implements program start-up: from the entry point to main.main.

package runtime

import "unsafe"

var (
	argc int
	argv unsafe.Pointer
)

// rt0_go is called by _rt0_amd64_linux with the kernel's argc and argv.
func rt0_go(c int, v unsafe.Pointer) {
	argc = c
	argv = v
	mainStackHi = getfp() + 16
	mallocinit()
	initsig()
	runtime_init()
	gcinit()
	main_init()
	main_main()
	exit(0)
}

//go:linkname runtime_init runtime.init
func runtime_init()

//go:linkname main_init main.init
func main_init()

//go:linkname main_main main.main
func main_main()

// gostringnocopy makes a string of the NUL-terminated bytes at p.
func gostringnocopy(p unsafe.Pointer) string {
	n := 0
	for bytesAt(p, n) != 0 {
		n++
	}
	return unsafestring(p, n)
}

// os_runtime_args gives package os the command-line arguments.
func os_runtime_args() []string {
	args := make([]string, argc)
	for i := 0; i < argc; i++ {
		p := *(*unsafe.Pointer)(unsafe.Add(argv, i*8))
		args[i] = gostringnocopy(p)
	}
	return args
}

// os_runtime_envs gives package os the environment.
func os_runtime_envs() []string {
	var envs []string
	p := unsafe.Add(argv, (argc+1)*8)
	for {
		s := *(*unsafe.Pointer)(p)
		if s == nil {
			break
		}
		envs = append(envs, gostringnocopy(s))
		p = unsafe.Add(p, 8)
	}
	return envs
}

func os_runtime_exit(code int) {
	exit(code)
}

// gogetenv returns the value of environment variable name, or "". It
// does not allocate: the runtime reads GOGC and GODEBUG before the heap
// is ready.
func gogetenv(name string) string {
	for p := unsafe.Add(argv, (argc+1)*8); *(*unsafe.Pointer)(p) != nil; p = unsafe.Add(p, 8) {
		kv := gostringnocopy(*(*unsafe.Pointer)(p))
		if len(kv) > len(name) && kv[len(name)] == '=' && kv[:len(name)] == name {
			return kv[len(name)+1:]
		}
	}
	return ""
}

// godebugFlag reports whether GODEBUG holds name=1 (GODEBUG is a
// comma-separated list of name=value settings).
func godebugFlag(name string) bool {
	s := gogetenv("GODEBUG")
	for len(s) > 0 {
		i := 0
		for i < len(s) && s[i] != ',' {
			i++
		}
		if i == len(name)+2 && s[:len(name)] == name && s[len(name):i] == "=1" {
			return true
		}
		if i == len(s) {
			break
		}
		s = s[i+1:]
	}
	return false
}

// atoi parses a non-negative decimal number.
func atoi(s string) (int, bool) {
	if len(s) == 0 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}
