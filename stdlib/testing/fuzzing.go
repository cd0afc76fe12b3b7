// This file implements fuzzing (go test -fuzz=FuzzXxx): the fuzz
// function runs on mutations of its seed corpus until -test.fuzztime is
// up or an input fails. A failing input is minimized, written to
// testdata/fuzz/FuzzXxx/<sha256 of the file, named by the test main's
// testdeps, since package testing cannot import crypto/sha256: its own
// tests import testing> (where the next go test
// finds it as a seed) and reported as Go reports it.
//
// Go's fuzzer is guided by coverage and runs its inputs in worker
// processes. gominic's compiler has no coverage instrumentation, so the
// mutations are blind (each one a few random edits of a seed, or of the
// input before), and they run in the test process: a panic or FailNow is
// caught, but an input that makes the process exit or hang is not.

package testing

import (
	"fmt"
	"math"
	"math/rand"
	"os"
	"reflect"
	"strings"
	"time"
)

// The fuzzing flags: -test.fuzz selects the fuzz test, -test.fuzztime
// and -test.fuzzminimizetime bound fuzzing and minimizing (a duration,
// or a count of runs such as "1000x").
var (
	matchFuzz        = new(string)
	fuzzDuration     = durationOrCountFlag{allowZero: true}
	minimizeDuration = durationOrCountFlag{d: time.Minute, allowZero: true}
)

// runFuzzing fuzzes the one fuzz test -test.fuzz matches; it reports
// whether no failing input was found.
func runFuzzing(deps testDeps, fuzzTests []InternalFuzzTarget) bool {
	matchString := deps.MatchString
	if *matchFuzz == "" || len(fuzzTests) == 0 {
		return true
	}
	m := newMatcher(matchString, *matchFuzz, "-test.fuzz")
	var matched []InternalFuzzTarget
	var names []string
	for _, ft := range fuzzTests {
		if _, ok, _ := m.fullName(nil, ft.Name); ok {
			matched = append(matched, ft)
			names = append(names, ft.Name)
		}
	}
	if len(matched) == 0 {
		fmt.Fprintln(os.Stderr, "testing: warning: no fuzz tests to fuzz")
		return true
	}
	if len(matched) > 1 {
		fmt.Fprintf(os.Stderr, "testing: will not fuzz, -fuzz matches more than one fuzz test: %v\n", names)
		return false
	}
	ctx := newTestContext(1, newMatcher(matchString, "", "-test.run"))
	ctx.isFuzzing = true
	ctx.corpusEntryName = deps.CorpusEntryName
	root := common{w: os.Stdout}
	if *chatty {
		root.chatty = newChattyPrinter(root.w)
	}
	f := newF(matched[0].Name, &root, ctx)
	f.fuzzing = true
	if f.chatty != nil {
		f.chatty.Updatef(f.name, "=== FUZZ  %s\n", f.name)
	}
	go fRunner(f, matched[0].Fn)
	<-f.signal
	return !f.Failed()
}

// A fuzzer runs one fuzz function on inputs and keeps the count.
type fuzzer struct {
	f     *F
	fn    reflect.Value
	types []reflect.Type
	start time.Time
	execs int
}

// fuzz fuzzes fn from the seed corpus; called by F.Fuzz under -test.fuzz.
func (f *F) fuzz(fn reflect.Value, types []reflect.Type, corpus []corpusEntry) {
	z := &fuzzer{f: f, fn: fn, types: types, start: time.Now()}
	var seeds [][]any
	for _, e := range corpus {
		seeds = append(seeds, e.values)
	}
	if len(seeds) == 0 {
		seeds = append(seeds, zeroValues(types))
	}
	// The baseline: every seed must pass before mutants are tried.
	z.progress("gathering baseline coverage: 0/%d completed", len(seeds))
	for i, values := range seeds {
		if out, failed := z.run(values); failed {
			fmt.Fprintf(f.w, "failure while testing seed corpus entry: %s/%s\n%s", f.name, corpus[i].name, out)
			f.Fail()
			return
		}
	}
	z.progress("gathering baseline coverage: %d/%d completed, now fuzzing with 1 workers", len(seeds), len(seeds))

	r := rand.New(rand.NewSource(time.Now().UnixNano()))
	lastReport := time.Now()
	previous := seeds[0]
	for z.execs = 0; !fuzzDuration.over(z.start, z.execs); {
		// Each input is a few random edits of a seed or of the input
		// before: without coverage, a walk away from the seeds.
		base := seeds[r.Intn(len(seeds))]
		if r.Intn(2) == 0 {
			base = previous
		}
		values := copyValues(base)
		for n := 1 + r.Intn(4); n > 0; n-- {
			i := r.Intn(len(values))
			values[i] = mutateValue(r, values[i])
		}
		previous = values
		if _, failed := z.run(values); failed {
			z.reportCrash(values)
			return
		}
		if time.Since(lastReport) >= 3*time.Second {
			lastReport = time.Now()
			z.progressExecs(len(seeds))
		}
	}
	z.progressExecs(len(seeds))
}

// run runs the fuzz function on values; it returns the test's report
// (the "--- FAIL" block) and whether it failed.
func (z *fuzzer) run(values []any) (string, bool) {
	z.execs++
	var out strings.Builder
	root := &common{w: &out}
	t := &T{
		common: common{
			signal: make(chan bool, 1),
			name:   z.f.name,
			parent: root,
			level:  z.f.level,
		},
		context: z.f.context,
	}
	t.w = indenter{&t.common}
	go tRunner(t, func(t *T) { callFuzzFunc(t, z.fn, values) })
	<-t.signal
	if t.Failed() {
		numFailed-- // the fuzz test fails, not one test per input
	}
	return out.String(), t.Failed()
}

// progress prints a "fuzz: elapsed: ..." status line.
func (z *fuzzer) progress(format string, args ...any) {
	elapsed := time.Since(z.start).Round(time.Second)
	fmt.Printf("fuzz: elapsed: %v, %s\n", elapsed, fmt.Sprintf(format, args...))
}

func (z *fuzzer) progressExecs(total int) {
	rate := float64(z.execs) / time.Since(z.start).Seconds()
	z.progress("execs: %d (%.0f/sec), new interesting: 0 (total: %d)", z.execs, rate, total)
}

// reportCrash minimizes a failing input, writes it to the seed corpus
// and fails the fuzz test with the failure's report.
func (z *fuzzer) reportCrash(values []any) {
	f := z.f
	fmt.Printf("fuzz: minimizing %d-byte failing input file\n", len(marshalCorpusFile(values)))
	z.progress("minimizing")
	values = z.minimize(values)
	out, _ := z.run(values)
	f.Fail()
	fmt.Fprintf(f.w, "%s\n", out)
	data := marshalCorpusFile(values)
	dir := "testdata/fuzz/" + f.name
	name := f.context.corpusEntryName(data)
	if err := os.MkdirAll(dir, 0777); err != nil {
		fmt.Fprintf(f.w, "could not write the failing input: %v\n", err)
		return
	}
	if err := os.WriteFile(dir+"/"+name, data, 0666); err != nil {
		os.Remove(dir + "/" + name)
		fmt.Fprintf(f.w, "could not write the failing input: %v\n", err)
		return
	}
	fmt.Fprintf(f.w, "Failing input written to %s/%s\n", dir, name)
	fmt.Fprintf(f.w, "To re-run:\ngo test -run=%s/%s\n", f.name, name)
}

// minimize makes the strings and byte slices of a failing input smaller
// and more readable while it still fails, within -test.fuzzminimizetime
// (as Go, which leaves the other types as they are).
func (z *fuzzer) minimize(values []any) []any {
	start, execs0 := time.Now(), z.execs
	for i := range values {
		// fails reports whether the input fails with values[i] = v.
		fails := func(v any) bool {
			if minimizeDuration.over(start, z.execs-execs0) {
				return false
			}
			old := values[i]
			values[i] = v
			_, failed := z.run(values)
			values[i] = old
			return failed
		}
		switch v := values[i].(type) {
		case []byte:
			values[i] = []byte(minimizeBytes(string(v), func(s string) bool { return fails([]byte(s)) }))
		case string:
			values[i] = minimizeBytes(v, func(s string) bool { return fails(s) })
		}
	}
	return values
}

// readableBytes are the bytes minimizing tries in place of each byte, in order.
const readableBytes = "012789ABCXYZabcxyz !\"#$%&'()*+,."

// minimizeBytes shortens s while fails(shorter) holds, never below one
// byte: cutting its tail by halving steps, then removing one byte at a
// time, then ranges; at last each byte becomes the first readable byte
// with which s still fails.
func minimizeBytes(s string, fails func(string) bool) string {
	for n := 1024; n > 0; n /= 2 {
		for len(s) > n && fails(s[:len(s)-n]) {
			s = s[:len(s)-n]
		}
	}
	for i := 0; i < len(s) && len(s) > 1; i++ {
		if fails(s[:i] + s[i+1:]) {
			s = s[:i] + s[i+1:]
			i--
		}
	}
	for i := 0; i+1 < len(s); i++ {
		for j := len(s); j > i+1; j-- {
			if fails(s[:i] + s[j:]) {
				s = s[:i] + s[j:]
				j = len(s) + 1
			}
		}
	}
	for i := 0; i < len(s); i++ {
		for k := 0; k < len(readableBytes); k++ {
			if readableBytes[k] == s[i] {
				break
			}
			if c := s[:i] + readableBytes[k:k+1] + s[i+1:]; fails(c) {
				s = c
				break
			}
		}
	}
	return s
}

// over reports whether a budget started at start is spent after execs
// runs. A zero duration never ends (-test.fuzztime's default: fuzz until
// interrupted); a zero count ends at once.
func (d durationOrCountFlag) over(start time.Time, execs int) bool {
	if d.isCount {
		return execs >= d.n
	}
	return d.d > 0 && time.Since(start) >= d.d
}

func copyValues(values []any) []any {
	out := make([]any, len(values))
	for i, v := range values {
		if b, ok := v.([]byte); ok {
			v = append([]byte(nil), b...)
		}
		out[i] = v
	}
	return out
}

// zeroValues is the input fuzzing starts from when there are no seeds.
func zeroValues(types []reflect.Type) []any {
	values := make([]any, len(types))
	for i, t := range types {
		values[i] = reflect.Zero(t).Interface()
	}
	return values
}

// interestingInts are the values at the edges of the integer types.
var interestingInts = []int64{0, 1, -1, 16, 32, 64, 100, 127, -128, 255, 256, 1024, 4096, 32767, -32768,
	65535, 1<<31 - 1, -1 << 31, 1<<32 - 1, 1<<63 - 1, -1 << 63}

// mutateValue returns v changed by one random edit.
func mutateValue(r *rand.Rand, v any) any {
	switch v := v.(type) {
	case []byte:
		return mutateBytes(r, v)
	case string:
		return string(mutateBytes(r, []byte(v)))
	case bool:
		return !v
	case float32:
		return float32(mutateFloat(r, float64(v)))
	case float64:
		return mutateFloat(r, v)
	}
	// An integer: edit it as a 64-bit value, then convert back (which
	// wraps to the type's width).
	rv := reflect.ValueOf(v)
	out := reflect.New(rv.Type()).Elem()
	if rv.CanInt() {
		out.SetInt(int64(mutateBits(r, uint64(rv.Int()))))
	} else {
		out.SetUint(mutateBits(r, rv.Uint()))
	}
	return out.Interface()
}

// mutateBits edits a 64-bit integer: a small step, a flipped bit, an
// interesting value or a random one.
func mutateBits(r *rand.Rand, n uint64) uint64 {
	switch r.Intn(5) {
	case 0:
		return n + uint64(1+r.Intn(35))
	case 1:
		return n - uint64(1+r.Intn(35))
	case 2:
		return n ^ 1<<uint(r.Intn(64))
	case 3:
		return uint64(interestingInts[r.Intn(len(interestingInts))])
	}
	return r.Uint64() >> uint(r.Intn(64))
}

func mutateFloat(r *rand.Rand, f float64) float64 {
	switch r.Intn(6) {
	case 0:
		return f + float64(r.Intn(35)-17)
	case 1:
		return f * (r.Float64()*4 - 2)
	case 2:
		return math.Float64frombits(math.Float64bits(f) ^ 1<<uint(r.Intn(64)))
	case 3:
		return []float64{0, math.Copysign(0, -1), 1, -1, math.Inf(1), math.Inf(-1), math.NaN(),
			math.MaxFloat64, math.SmallestNonzeroFloat64}[r.Intn(9)]
	case 4:
		return -f
	}
	return r.NormFloat64() * math.Pow(10, float64(r.Intn(40)-20))
}

// maxFuzzBytes bounds the inputs mutation makes.
const maxFuzzBytes = 1 << 20

// mutateBytes returns a copy of b with one random edit: a byte inserted,
// removed, replaced or with a bit flipped, a range removed or
// duplicated, two bytes swapped, or random bytes appended.
func mutateBytes(r *rand.Rand, b []byte) []byte {
	b = append([]byte(nil), b...)
	if len(b) == 0 {
		return append(b, randomByte(r))
	}
	op := r.Intn(8)
	if len(b) >= maxFuzzBytes && (op == 0 || op == 5 || op == 7) {
		op = 2 // no growing past the bound
	}
	if len(b) == 1 && (op == 1 || op == 4) {
		op = 2 // as Go's removeBytes, a lone byte is not removed
	}
	i := r.Intn(len(b))
	switch op {
	case 0: // insert
		return append(b[:i], append([]byte{randomByte(r)}, b[i:]...)...)
	case 1: // remove
		return append(b[:i], b[i+1:]...)
	case 2: // replace
		b[i] = randomByte(r)
	case 3: // flip a bit
		b[i] ^= 1 << uint(r.Intn(8))
	case 4: // remove a range, never all of b
		j := i + r.Intn(len(b)-i) + 1
		if i == 0 && j == len(b) {
			j--
		}
		return append(b[:i], b[j:]...)
	case 5: // duplicate a range
		j := i + r.Intn(len(b)-i) + 1
		return append(b[:j], append(append([]byte(nil), b[i:j]...), b[j:]...)...)
	case 6: // swap two bytes
		j := r.Intn(len(b))
		b[i], b[j] = b[j], b[i]
	case 7: // append
		for n := 1 + r.Intn(8); n > 0; n-- {
			b = append(b, randomByte(r))
		}
	}
	return b
}

// randomByte favours printable ASCII, which parsers look at most.
func randomByte(r *rand.Rand) byte {
	if r.Intn(2) == 0 {
		return byte(' ' + r.Intn('~'-' '+1))
	}
	return byte(r.Intn(256))
}
