// This file implements benchmarks: B, the b.N protocol and the result
// line. A benchmark function runs first with b.N = 1, then with ever larger
// N, predicted from the time the last run took (aiming 1.2 times past
// -test.benchtime, growing at most 100-fold a step), until one run lasts
// the benchtime; with -test.benchtime=100x it runs once more with N = 100.

package testing

import (
	"fmt"
	"math"
	"os"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
)

// An InternalBenchmark is a benchmark the generated test main hands to MainStart.
type InternalBenchmark struct {
	Name string
	F    func(b *B)
}

// B is a type passed to Benchmark functions to manage benchmark timing
// and to specify the number of iterations to run.
type B struct {
	common
	importPath       string
	context          *benchContext
	N                int
	previousN        int
	previousDuration time.Duration
	benchFunc        func(b *B)
	benchTime        durationOrCountFlag
	bytes            int64
	missingBytes     bool
	timerOn          bool
	showAllocResult  bool
	result           BenchmarkResult
	parallelism      int
	startAllocs      uint64
	startBytes       uint64
	netAllocs        uint64
	netBytes         uint64
	extra            map[string]float64
}

// StartTimer starts timing a test. This function is called automatically
// before a benchmark starts, but it can also be used to resume timing
// after a call to StopTimer.
func (b *B) StartTimer() {
	if !b.timerOn {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		b.startAllocs = m.Mallocs
		b.startBytes = m.TotalAlloc
		b.start = time.Now()
		b.timerOn = true
	}
}

// StopTimer stops timing a test. This can be used to pause the timer
// while performing complex initialization that you don't want to measure.
func (b *B) StopTimer() {
	if b.timerOn {
		b.duration += time.Since(b.start)
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		b.netAllocs += m.Mallocs - b.startAllocs
		b.netBytes += m.TotalAlloc - b.startBytes
		b.timerOn = false
	}
}

// ResetTimer zeroes the elapsed benchmark time and memory allocation
// counters and deletes user-reported metrics.
func (b *B) ResetTimer() {
	b.extra = make(map[string]float64)
	if b.timerOn {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		b.startAllocs = m.Mallocs
		b.startBytes = m.TotalAlloc
		b.start = time.Now()
	}
	b.duration = 0
	b.netAllocs = 0
	b.netBytes = 0
}

// SetBytes records the number of bytes processed in a single operation.
// If this is called, the benchmark will report ns/op and MB/s.
func (b *B) SetBytes(n int64) { b.bytes = n }

// ReportAllocs enables malloc statistics for this benchmark.
func (b *B) ReportAllocs() {
	b.showAllocResult = true
}

// ReportMetric adds "n unit" to the reported benchmark results. If the
// metric is per-iteration, the caller should divide by b.N, and by
// convention units should end in "/op".
func (b *B) ReportMetric(n float64, unit string) {
	if unit == "" {
		panic("metric unit must not be empty")
	}
	if strings.IndexFunc(unit, func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' }) != -1 {
		panic("metric unit must not contain whitespace")
	}
	b.extra[unit] = n
}

// Elapsed returns the measured elapsed time of the benchmark.
func (b *B) Elapsed() time.Duration {
	d := b.duration
	if b.timerOn {
		d += time.Since(b.start)
	}
	return d
}

// benchmarkLock makes the benchmarks run one at a time.
var benchmarkLock sync.Mutex

// runN runs the benchmark function once with b.N = n.
func (b *B) runN(n int) {
	benchmarkLock.Lock()
	defer benchmarkLock.Unlock()
	defer b.runCleanup(false)
	runtime.GC()
	b.N = n
	b.parallelism = 1
	b.ResetTimer()
	b.StartTimer()
	b.benchFunc(b)
	b.StopTimer()
	b.previousN = n
	b.previousDuration = b.duration
}

// run1 runs the benchmark once with N = 1 and reports whether it should
// be run in earnest (it has no sub-benchmarks and did not fail or skip).
func (b *B) run1() bool {
	if ctx := b.context; ctx != nil {
		if n := len(b.name) + ctx.extLen + 1; n > ctx.maxLen {
			ctx.maxLen = n + 8 // slack, so the columns do not move at every name
		}
	}
	go func() {
		defer func() {
			b.signal <- true
		}()
		b.runN(1)
	}()
	<-b.signal
	if b.failed {
		fmt.Fprintf(b.w, "--- FAIL: %s\n%s", b.name, b.output)
		return false
	}
	if b.hasSub || b.finished {
		tag := "BENCH"
		if b.skipped {
			tag = "SKIP"
		}
		if b.chatty != nil && (len(b.output) > 0 || b.finished) {
			b.trimOutput()
			fmt.Fprintf(b.w, "--- %s: %s\n%s", tag, b.name, b.output)
		}
		return false
	}
	return true
}

var labelsOnce sync.Once

// printLabels prints the platform lines that open benchmark output.
func printLabels(w writer, importPath string) {
	labelsOnce.Do(func() {
		fmt.Fprintf(w, "goos: %s\n", runtime.GOOS)
		fmt.Fprintf(w, "goarch: %s\n", runtime.GOARCH)
		if importPath != "" {
			fmt.Fprintf(w, "pkg: %s\n", importPath)
		}
		if cpu := cpuName(); cpu != "" {
			fmt.Fprintf(w, "cpu: %s\n", cpu)
		}
	})
}

// cpuName is the processor's model name from /proc/cpuinfo.
func cpuName() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(data), "\n") {
		if key, value, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(key) == "model name" {
			return strings.TrimSpace(value)
		}
	}
	return ""
}

// run runs the benchmark in earnest, for -test.bench or for Benchmark.
func (b *B) run() {
	printLabels(b.w, b.importPath)
	if b.context != nil {
		b.context.processBench(b)
	} else {
		b.doBench()
	}
}

func (b *B) doBench() BenchmarkResult {
	go b.launch()
	<-b.signal
	return b.result
}

// launch runs the benchmark with growing N until it lasts the benchtime
// (or once with the -benchtime=Nx count).
func (b *B) launch() {
	defer func() {
		b.signal <- true
	}()
	if b.benchTime.n > 0 {
		if b.benchTime.n > 1 {
			b.runN(b.benchTime.n)
		}
	} else {
		d := b.benchTime.d
		for n := int64(1); !b.failed && b.duration < d && n < 1e9; {
			last := n
			goalns := d.Nanoseconds()
			prevIters := int64(b.N)
			prevns := b.duration.Nanoseconds()
			if prevns <= 0 {
				prevns = 1
			}
			// Multiply first: for a fast benchmark, dividing first would
			// lose an order of magnitude.
			n = goalns * prevIters / prevns
			n += n / 5
			n = min64(n, 100*last)
			n = max64(n, last+1)
			n = min64(n, 1e9)
			b.runN(int(n))
		}
	}
	b.result = BenchmarkResult{b.N, b.duration, b.bytes, b.netAllocs, b.netBytes, b.extra}
}

func min64(x, y int64) int64 {
	if x > y {
		return y
	}
	return x
}

func max64(x, y int64) int64 {
	if x < y {
		return y
	}
	return x
}

// trimOutput shortens a benchmark's log to ten lines: it is printed after
// every run.
func (b *B) trimOutput() {
	const maxNewlines = 10
	for nl, j := 0, 0; j < len(b.output); j++ {
		if b.output[j] == '\n' {
			nl++
			if nl >= maxNewlines {
				b.output = append(b.output[:j], "\n\t... [output truncated]\n"...)
				break
			}
		}
	}
}

// Run benchmarks f as a subbenchmark with the given name. It reports
// whether there were any failures.
func (b *B) Run(name string, f func(b *B)) bool {
	b.hasSub = true
	benchmarkLock.Unlock()
	defer benchmarkLock.Lock()
	benchName, ok, partial := b.name, true, false
	if b.context != nil {
		benchName, ok, partial = b.context.match.fullName(&b.common, name)
	}
	if !ok {
		return true
	}
	sub := &B{
		common: common{
			signal: make(chan bool),
			name:   benchName,
			parent: &b.common,
			level:  b.level + 1,
			w:      b.w,
			chatty: b.chatty,
			bench:  true,
		},
		importPath: b.importPath,
		benchFunc:  f,
		benchTime:  b.benchTime,
		context:    b.context,
	}
	if partial {
		sub.hasSub = true // -bench=X/Y matching BenchmarkX: only its sub-benchmarks run
	}
	if b.chatty != nil {
		printLabels(os.Stdout, b.importPath)
		fmt.Println(benchName)
	}
	if sub.run1() {
		sub.run()
	}
	b.add(sub.result)
	return !sub.failed
}

// add adds the result of a sub-benchmark, as if they ran one after the other.
func (b *B) add(other BenchmarkResult) {
	r := &b.result
	r.N = 1
	r.T += time.Duration(other.NsPerOp())
	if other.Bytes == 0 {
		b.missingBytes = true
		r.Bytes = 0
	}
	if !b.missingBytes {
		r.Bytes += other.Bytes
	}
	r.MemAllocs += uint64(other.AllocsPerOp())
	r.MemBytes += uint64(other.AllocedBytesPerOp())
}

// RunParallel runs a benchmark in parallel. gominic's goroutines share one
// thread, so the body runs in a single goroutine, b.N iterations in all.
func (b *B) RunParallel(body func(*PB)) {
	if b.N == 0 {
		return
	}
	body(&PB{n: b.N})
}

// SetParallelism sets the number of goroutines used by RunParallel.
func (b *B) SetParallelism(p int) {
	if p >= 1 {
		b.parallelism = p
	}
}

// A PB is used by RunParallel for running parallel benchmarks.
type PB struct {
	n int // iterations left
}

// Next reports whether there are more iterations to execute.
func (pb *PB) Next() bool {
	if pb.n <= 0 {
		return false
	}
	pb.n--
	return true
}

// benchContext is what the benchmarks of one run share: the name filter
// and the width of the name column.
type benchContext struct {
	match  *matcher
	maxLen int
	extLen int
}

// benchmarkName is the name a benchmark is reported under: "-N" is added
// when it runs with GOMAXPROCS N other than 1.
func benchmarkName(name string, n int) string {
	if n != 1 {
		return fmt.Sprintf("%s-%d", name, n)
	}
	return name
}

// runBenchmarks runs the benchmarks -test.bench selects.
func runBenchmarks(importPath string, matchString func(pat, str string) (bool, error), benchmarks []InternalBenchmark) bool {
	if *matchBench == "" {
		return true
	}
	maxprocs := 1
	for _, procs := range cpuList {
		if procs > maxprocs {
			maxprocs = procs
		}
	}
	ctx := &benchContext{
		match:  newMatcher(matchString, *matchBench, "-test.bench"),
		extLen: len(benchmarkName("", maxprocs)),
	}
	var bs []InternalBenchmark
	for _, bench := range benchmarks {
		if _, matched, _ := ctx.match.fullName(nil, bench.Name); matched {
			bs = append(bs, bench)
			if l := len(benchmarkName(bench.Name, maxprocs)) + ctx.extLen + 1; l > ctx.maxLen {
				ctx.maxLen = l
			}
		}
	}
	main := &B{
		common: common{
			name:  "Main",
			w:     os.Stdout,
			bench: true,
		},
		importPath: importPath,
		benchFunc: func(b *B) {
			for _, bench := range bs {
				b.Run(bench.Name, bench.F)
			}
		},
		benchTime: benchTime,
		context:   ctx,
	}
	if *chatty {
		main.chatty = newChattyPrinter(main.w)
	}
	main.runN(1)
	return !main.failed
}

// processBench runs benchmark b for each -test.cpu value and -test.count
// times, printing a result line each.
func (ctx *benchContext) processBench(b *B) {
	for i, procs := range cpuList {
		for j := 0; j < *count; j++ {
			runtime.GOMAXPROCS(procs)
			benchName := benchmarkName(b.name, procs)
			if b.chatty == nil {
				fmt.Fprintf(b.w, "%-*s\t", ctx.maxLen, benchName)
			}
			if i > 0 || j > 0 {
				b = &B{
					common: common{
						signal: make(chan bool),
						name:   b.name,
						w:      b.w,
						chatty: b.chatty,
						bench:  true,
					},
					benchFunc: b.benchFunc,
					benchTime: b.benchTime,
				}
				b.run1()
			}
			r := b.doBench()
			if b.failed {
				fmt.Fprintf(b.w, "--- FAIL: %s\n%s", benchName, b.output)
				continue
			}
			results := r.String()
			if b.chatty != nil {
				fmt.Fprintf(b.w, "%-*s\t", ctx.maxLen, benchName)
			}
			if *benchMemory || b.showAllocResult {
				results += "\t" + r.MemString()
			}
			fmt.Fprintln(b.w, results)
			if len(b.output) > 0 {
				b.trimOutput()
				fmt.Fprintf(b.w, "--- BENCH: %s\n%s", benchName, b.output)
			}
		}
	}
}

// Benchmark benchmarks a single function. It is useful for creating
// custom benchmarks that do not use the "gominic test" command.
func Benchmark(f func(b *B)) BenchmarkResult {
	b := &B{
		common: common{
			signal: make(chan bool),
			w:      discard{},
		},
		benchFunc: f,
		benchTime: benchTime,
	}
	if b.run1() {
		b.run()
	}
	return b.result
}

// discard is a writer that drops what it is given.
type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// BenchmarkResult contains the results of a benchmark run.
type BenchmarkResult struct {
	N         int           // The number of iterations.
	T         time.Duration // The total time taken.
	Bytes     int64         // Bytes processed in one iteration.
	MemAllocs uint64        // The total number of memory allocations.
	MemBytes  uint64        // The total number of bytes allocated.

	// Extra records additional metrics reported by ReportMetric.
	Extra map[string]float64
}

// NsPerOp returns the "ns/op" metric.
func (r BenchmarkResult) NsPerOp() int64 {
	if v, ok := r.Extra["ns/op"]; ok {
		return int64(v)
	}
	if r.N <= 0 {
		return 0
	}
	return r.T.Nanoseconds() / int64(r.N)
}

// mbPerSec returns the "MB/s" metric.
func (r BenchmarkResult) mbPerSec() float64 {
	if v, ok := r.Extra["MB/s"]; ok {
		return v
	}
	if r.Bytes <= 0 || r.T <= 0 || r.N <= 0 {
		return 0
	}
	return (float64(r.Bytes) * float64(r.N) / 1e6) / r.T.Seconds()
}

// AllocsPerOp returns the "allocs/op" metric.
func (r BenchmarkResult) AllocsPerOp() int64 {
	if v, ok := r.Extra["allocs/op"]; ok {
		return int64(v)
	}
	if r.N <= 0 {
		return 0
	}
	return int64(r.MemAllocs) / int64(r.N)
}

// AllocedBytesPerOp returns the "B/op" metric.
func (r BenchmarkResult) AllocedBytesPerOp() int64 {
	if v, ok := r.Extra["B/op"]; ok {
		return int64(v)
	}
	if r.N <= 0 {
		return 0
	}
	return int64(r.MemBytes) / int64(r.N)
}

// String returns a summary of the benchmark results, in the benchmark
// format: the count, ns/op, MB/s and the extra metrics.
func (r BenchmarkResult) String() string {
	var buf strings.Builder
	fmt.Fprintf(&buf, "%8d", r.N)
	ns, ok := r.Extra["ns/op"]
	if !ok {
		ns = float64(r.T.Nanoseconds()) / float64(r.N)
	}
	if ns != 0 {
		buf.WriteByte('\t')
		prettyPrint(&buf, ns, "ns/op")
	}
	if mbs := r.mbPerSec(); mbs != 0 {
		fmt.Fprintf(&buf, "\t%7.2f MB/s", mbs)
	}
	var extraKeys []string
	for k := range r.Extra {
		switch k {
		case "ns/op", "MB/s", "B/op", "allocs/op":
			continue // reported elsewhere
		}
		extraKeys = append(extraKeys, k)
	}
	sort.Strings(extraKeys)
	for _, k := range extraKeys {
		buf.WriteByte('\t')
		prettyPrint(&buf, r.Extra[k], k)
	}
	return buf.String()
}

// prettyPrint prints x with ten places before the decimal point, and
// small numbers with four significant figures, aligning the points.
func prettyPrint(buf *strings.Builder, x float64, unit string) {
	var format string
	switch y := math.Abs(x); {
	case y == 0 || y >= 999.95:
		format = "%10.0f %s"
	case y >= 99.995:
		format = "%12.1f %s"
	case y >= 9.9995:
		format = "%13.2f %s"
	case y >= 0.99995:
		format = "%14.3f %s"
	case y >= 0.099995:
		format = "%15.4f %s"
	case y >= 0.0099995:
		format = "%16.5f %s"
	case y >= 0.00099995:
		format = "%17.6f %s"
	default:
		format = "%18.7f %s"
	}
	fmt.Fprintf(buf, format, x, unit)
}

// MemString returns r.AllocedBytesPerOp and r.AllocsPerOp in the same
// format as 'go test' does.
func (r BenchmarkResult) MemString() string {
	return fmt.Sprintf("%8d B/op\t%8d allocs/op", r.AllocedBytesPerOp(), r.AllocsPerOp())
}
