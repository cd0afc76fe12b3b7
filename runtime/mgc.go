// This file implements the garbage collector's driver: when a cycle
// starts (pacing), what it does, and what it reports.
//
// The collector is a tracing, non-moving mark-sweep collector that stops
// the world: with one thread and goroutines switched only where they
// block, a cycle runs inside the allocation that triggers it, on the
// allocating goroutine's stack, and no other goroutine runs meanwhile.
// A cycle marks everything reachable (mgcmark.go), queues the
// finalizers of what was not (mfinal.go), sweeps (mgcsweep.go), and gives
// pages left free for a whole cycle back to the kernel (mheap.go).
//
// Pacing is Go's GOGC: the next cycle starts when the heap has grown to
// (1 + GOGC/100) times what the last cycle found alive, and never before
// it reaches 4 MiB × GOGC/100. GOGC comes from the environment ("off"
// disables collection) or debug.SetGCPercent.
//
// GODEBUG=gctrace=1 prints one line per cycle to standard error, in Go's
// format:
//
//	gc 3 @0.051s 2%: 0+1.2+0.10 ms clock, 0+0/1.2/0+0.10 ms cpu, 8->8->3 MB, 8 MB goal, 0 MB stacks, 0 MB globals, 1 P
//
// the cycle number, when it started, the share of time spent collecting
// so far, the stop / mark / sweep phases' times, the heap at the start,
// at the end of marking and alive after it, and the goal that triggered
// it. "(forced)" ends the line of a cycle started by runtime.GC.

package runtime

import "unsafe"

const heapMinimum = 4 << 20

var gcController struct {
	heapLive   uintptr // bytes of allocated slots
	heapMarked uintptr // bytes the last cycle found alive
	heapGoal   uintptr // start a cycle when heapLive reaches it
	gcPercent  int     // GOGC; negative: never collect
	running    bool
	gctrace    bool

	lastEnd    int64  // nanotime when the last cycle ended
	allocAtEnd uint64 // memstats.totalAlloc then
}

// memstats keeps the allocator's and collector's running figures.
var memstats struct {
	nmalloc      uint64
	tinyAllocs   uint64 // tiny objects placed in a block already counted
	totalAlloc   uint64
	sys          uint64
	numgc        uint32
	numforcedgc  uint32
	pauseTotalNs uint64
	pauseNs      [256]uint64
	pauseEnd     [256]uint64
	lastGC       uint64 // wall clock, ns since 1970
	gcTimeNs     int64  // all cycles' time
	startTime    int64  // nanotime at start-up
}

// gcinit reads GOGC and GODEBUG and sets the first goal.
func gcinit() {
	memstats.startTime = nanotime()
	gcController.lastEnd = memstats.startTime
	gcController.gcPercent = 100
	if v := gogetenv("GOGC"); v == "off" {
		gcController.gcPercent = -1
	} else if n, ok := atoi(v); ok {
		gcController.gcPercent = n
	}
	gcController.gctrace = godebugFlag("gctrace")
	setHeapGoal()
}

// setHeapGoal sets the heap size at which the next cycle starts.
func setHeapGoal() {
	pct := gcController.gcPercent
	if pct < 0 {
		gcController.heapGoal = ^uintptr(0)
		return
	}
	goal := gcController.heapMarked + gcController.heapMarked/100*uintptr(pct)
	if min := uintptr(heapMinimum * pct / 100); goal < min {
		goal = min
	}
	gcController.heapGoal = goal
}

// retainGoal is how much memory the heap keeps after a cycle: as Go's
// scavenger, 10% over the heap goal. Pages freed beyond that go back to
// the kernel; those within it stay, so that a program whose heap rises
// and falls each cycle does not fault the same memory in again and again.
func retainGoal() uintptr {
	goal := gcController.heapGoal
	if goal > ^uintptr(0)/2 {
		return ^uintptr(0)
	}
	return goal + goal/10
}

// limitGCTime raises the goal so that the program, allocating at the
// rate it did since the last cycle, runs at least as long as this cycle
// (t0 to t2) took before the next one starts: as under Go 1.19's GC CPU
// limiter, collecting takes at most about half the time. Only a small
// GOGC needs it. With GOGC=1 the goal is 1% over the live heap, and a
// heap growing to 100 MB would be scanned whole every 1%; Go's
// concurrent collector lets the program allocate while it marks, so its
// heap grows far beyond the goal meanwhile. The raise is at most the live
// heap: never a higher goal than GOGC=100 would set.
func limitGCTime(t0, t2 int64) {
	ran := t0 - gcController.lastEnd
	allocated := memstats.totalAlloc - gcController.allocAtEnd
	gcController.lastEnd = t2
	gcController.allocAtEnd = memstats.totalAlloc
	if ran <= 0 || gcController.gcPercent < 0 {
		return
	}
	runway := uintptr(float64(allocated) * float64(t2-t0) / float64(ran))
	if runway > gcController.heapMarked {
		runway = gcController.heapMarked
	}
	if goal := gcController.heapLive + runway; goal > gcController.heapGoal {
		gcController.heapGoal = goal
	}
}

// gcShouldStart reports whether allocating size more bytes reaches the goal.
func gcShouldStart(size uintptr) bool {
	return gcController.heapLive+size >= gcController.heapGoal && !gcController.running
}

// GC runs a garbage collection now, and returns when it is complete. As
// in Go, where the caller waits while the cycle runs concurrently, other
// goroutines get to run before GC returns (among them the finalizer
// goroutine, if the cycle queued finalizers).
//
// GC itself is in asm_amd64.s: it records its caller's callee-saved
// registers and stack pointer in gcCaller and jumps to gcForced. The
// cycle then scans the calling goroutine from its caller's frame up
// (scanstack), never the collector's own frames, where words left over
// from earlier calls would keep dead objects alive.
func GC()

// gcCaller holds, while a cycle started by GC runs, the callee-saved
// registers (rbx, rbp, r12-r15) and the stack pointer of GC's caller;
// sp is 0 otherwise. It holds no pointer type, so it lives in .noptrbss
// and is never a root itself.
var gcCaller struct {
	regs [6]uintptr
	sp   uintptr
}

// gcForced is GC's body, called as if by GC's caller.
func gcForced() {
	gcStart(true)
	gcCaller.sp = 0
	memstats.numforcedgc++
	Gosched()
}

// gcStart runs one cycle: mark, queue finalizers, sweep, scavenge.
func gcStart(forced bool) {
	if gcController.running {
		return
	}
	gcController.running = true
	t0 := nanotime()
	heap0 := gcController.heapLive
	goal := gcController.heapGoal
	clearpools()
	markroots()
	markfinalizers()
	queuefinalizers()
	t1 := nanotime()
	sweep()
	setHeapGoal()
	scavenge(memstats.numgc, retainGoal())
	t2 := nanotime()
	limitGCTime(t0, t2)
	recordPause(t0, t2)
	if gcController.gctrace {
		printgctrace(t0, t1, t2, heap0, goal, forced)
	}
	gcController.running = false
	wakefing()
}

func recordPause(t0, t2 int64) {
	sec, nsec := walltime()
	i := memstats.numgc % 256
	memstats.pauseNs[i] = uint64(t2 - t0)
	memstats.lastGC = uint64(sec)*1000000000 + uint64(nsec)
	memstats.pauseEnd[i] = memstats.lastGC
	memstats.pauseTotalNs += uint64(t2 - t0)
	memstats.gcTimeNs += t2 - t0
	memstats.numgc++
}

func printgctrace(t0, t1, t2 int64, heap0, goal uintptr, forced bool) {
	elapsed := t2 - memstats.startTime
	util := int64(0)
	if elapsed > 0 {
		util = memstats.gcTimeNs * 100 / elapsed
	}
	printstring("gc ")
	printuint(uint64(memstats.numgc))
	printstring(" @")
	printdecimal(uint64(t0-memstats.startTime)/1000000, 3)
	printstring("s ")
	printint(util)
	printstring("%: 0+")
	printms(t1 - t0)
	printstring("+")
	printms(t2 - t1)
	printstring(" ms clock, 0+0/")
	printms(t1 - t0)
	printstring("/0+")
	printms(t2 - t1)
	printstring(" ms cpu, ")
	printuint(uint64(heap0 >> 20))
	printstring("->")
	printuint(uint64(heap0 >> 20))
	printstring("->")
	printuint(uint64(gcController.heapMarked >> 20))
	printstring(" MB, ")
	printuint(uint64(goal >> 20))
	printstring(" MB goal, 0 MB stacks, 0 MB globals, 1 P")
	if forced {
		printstring(" (forced)")
	}
	printstring("\n")
}

// printms prints a duration in milliseconds as Go's gctrace does: whole
// milliseconds from 10 ms, else two significant digits (at most three
// decimals).
func printms(ns int64) {
	if ns >= 10000000 {
		printdecimal(uint64(ns/1000000), 0)
		return
	}
	x := uint64(ns / 1000)
	if x == 0 {
		printstring("0")
		return
	}
	dec := 3
	for x >= 100 {
		x /= 10
		dec--
	}
	printdecimal(x, dec)
}

// printdecimal prints v/10^dec with dec decimals: printdecimal(1234, 3)
// prints 1.234.
func printdecimal(v uint64, dec int) {
	buf := &decimalBuf
	i := len(buf)
	for n := 0; n < dec; n++ {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
	}
	if dec > 0 {
		i--
		buf[i] = '.'
	}
	for {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	write(2, unsafe.Pointer(&buf[i]), len(buf)-i)
}

var decimalBuf [24]byte

// freeOSMemory collects and gives every free page back to the kernel.
func freeOSMemory() {
	GC()
	scavenge(^uint32(0), 0)
}

// readGCStats serves debug.ReadGCStats: the number of cycles, the total
// pause and the last cycle's end; *pauses gets the recent pauses, most
// recent first, then their end times.
func readGCStats(pauses *[]uint64) (numgc int64, pauseTotal int64, lastGC int64) {
	n := memstats.numgc
	if n > 256 {
		n = 256
	}
	p := make([]uint64, 2*n)
	for i := uint32(0); i < n; i++ {
		j := (memstats.numgc - 1 - i) % 256
		p[i] = memstats.pauseNs[j]
		p[n+i] = memstats.pauseEnd[j]
	}
	*pauses = p
	return int64(memstats.numgc), int64(memstats.pauseTotalNs), int64(memstats.lastGC)
}

// setGCPercent sets GOGC and returns the previous value.
func setGCPercent(pct int) int {
	old := gcController.gcPercent
	if pct < 0 {
		pct = -1
	}
	gcController.gcPercent = pct
	setHeapGoal()
	if gcShouldStart(0) {
		gcStart(false)
	}
	return old
}

// poolcleanup is package sync's Pool cleanup, run at the start of every
// cycle: each Pool's objects survive one collection in its victim cache
// and are dropped at the next, unless they were taken back.
var poolcleanup func()

// sync_runtime_registerPoolCleanup serves package sync's init.
func sync_runtime_registerPoolCleanup(f func()) {
	poolcleanup = f
}

// clearpools empties sync's Pools before the mark phase, so that what
// they drop is not marked.
func clearpools() {
	if poolcleanup != nil {
		poolcleanup()
	}
}
