// This file implements program start-up: from the entry point to main.main.

package runtime

import "unsafe"

var (
	argc int
	argv unsafe.Pointer
)

// rt0_go is called by _rt0_amd64_linux with the kernel's argc and argv,
// on the system stack. It readies the runtime, then switches to the main
// goroutine's own stack to run the program (main); the system stack is
// from then on where morestack runs newstack.
func rt0_go(c int, v unsafe.Pointer) {
	argc = c
	argv = v
	mallocinit()
	doInit(&runtime_inittask)
	initsig()
	gcinit()
	schedinit()
	gostartfn(&maing, main)
	var g0 gobuf
	gogo(&g0, &maing.sched)
}

// main is the main goroutine's function: package initialization, then
// main.main; the program ends when it returns.
func main() {
	doInit(&main_inittask)
	main_main()
	exit(0)
}

// An initTask is the compiler's record of a package's initialization
// (Go's layout): these three words, then ndeps pointers to the tasks of
// the packages it imports, then nfns code pointers: pkg.init (its
// variables) and its init functions, in the order they run.
type initTask struct {
	state uintptr // 0: not run, 1: running, 2: done
	ndeps uintptr
	nfns  uintptr
}

//go:linkname runtime_inittask runtime..inittask
var runtime_inittask initTask

//go:linkname main_inittask main..inittask
var main_inittask initTask

// doInit runs task t once: the tasks it depends on first, then its
// functions. A program's packages form a graph without cycles (the
// compiler refuses import cycles), so meeting a running task is a bug.
func doInit(t *initTask) {
	switch t.state {
	case 2:
		return
	case 1:
		throw("recursive call during initialization - linker skew")
	}
	t.state = 1
	words := unsafe.Pointer(t)
	for i := uintptr(0); i < t.ndeps; i++ {
		doInit(*(**initTask)(unsafe.Add(words, (3+i)*8)))
	}
	for i := uintptr(0); i < t.nfns; i++ {
		// The word holding the code pointer serves as the closure
		// record of a func value (whose first word is the code).
		code := unsafe.Add(words, (3+t.ndeps+i)*8)
		f := *(*func())(unsafe.Pointer(&code))
		f()
	}
	t.state = 2
}

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

// gogetenv returns the value of environment variable key, or "". It does
// not allocate: the runtime reads GOGC and GODEBUG before the heap is ready.
func gogetenv(key string) string {
	p := unsafe.Add(argv, (argc+1)*8)
	for s := *(*unsafe.Pointer)(p); s != nil; s = *(*unsafe.Pointer)(p) {
		kv := gostringnocopy(s)
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			return kv[len(key)+1:]
		}
		p = unsafe.Add(p, 8)
	}
	return ""
}

// atoi parses a decimal number; ok is false for anything else.
func atoi(s string) (n int, ok bool) {
	if s == "" || len(s) > 18 {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// syscall_runtime_envs gives package syscall the environment.
func syscall_runtime_envs() []string {
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

// godebugValue returns the value GODEBUG gives name, or "" (GODEBUG is
// a comma-separated list of name=value settings; where name appears
// twice, the last wins, as in Go). Package internal/cpu reads its
// cpu.NAME settings with it.
func godebugValue(name string) string {
	s := gogetenv("GODEBUG")
	value := ""
	for len(s) > 0 {
		i := 0
		for i < len(s) && s[i] != ',' {
			i++
		}
		if i > len(name) && s[len(name)] == '=' && s[:len(name)] == name {
			value = s[len(name)+1 : i]
		}
		if i == len(s) {
			break
		}
		s = s[i+1:]
	}
	return value
}

// godebugFlag reports whether GODEBUG sets name=1.
func godebugFlag(name string) bool {
	return godebugValue(name) == "1"
}
