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
	initsig()
	runtime_init()
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
