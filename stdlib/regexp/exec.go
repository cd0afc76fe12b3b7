package regexp

import (
	"bytes"
	"io"
	"regexp/syntax"
	"strings"
	"sync"
	"unicode/utf8"
)

// This file implements matching: a Pike VM (Thompson's NFA simulation with
// submatch tracking). All threads advance in lock step over the input, one
// rune at a time, so the time is O(len(input) × len(program)) whatever the
// expression: there is no backtracking to blow up. Threads sit in a queue
// in priority order; the first to reach Match wins for leftmost-first
// semantics, and for leftmost-longest a later, longer match replaces it.

const endOfText rune = -1

// input abstracts the three kinds of text a Regexp reads.
type input interface {
	step(pos int) (r rune, width int) // the rune at pos, or endOfText
	canCheckPrefix() bool             // whether index may look ahead
	index(re *Regexp, pos int) int    // offset of re.prefix from pos, or -1
	context(pos int) flagContext      // the runes around pos
}

type inputString struct {
	str string
}

func (i *inputString) step(pos int) (rune, int) {
	if pos < len(i.str) {
		c := i.str[pos]
		if c < utf8.RuneSelf {
			return rune(c), 1
		}
		return utf8.DecodeRuneInString(i.str[pos:])
	}
	return endOfText, 0
}

func (i *inputString) canCheckPrefix() bool { return true }

func (i *inputString) index(re *Regexp, pos int) int {
	return strings.Index(i.str[pos:], re.prefix)
}

func (i *inputString) context(pos int) flagContext {
	r1, r2 := endOfText, endOfText
	if pos > 0 && pos <= len(i.str) {
		r1, _ = utf8.DecodeLastRuneInString(i.str[:pos])
	}
	if pos < len(i.str) {
		r2, _ = utf8.DecodeRuneInString(i.str[pos:])
	}
	return flagContext{r1, r2}
}

type inputBytes struct {
	str []byte
}

func (i *inputBytes) step(pos int) (rune, int) {
	if pos < len(i.str) {
		c := i.str[pos]
		if c < utf8.RuneSelf {
			return rune(c), 1
		}
		return utf8.DecodeRune(i.str[pos:])
	}
	return endOfText, 0
}

func (i *inputBytes) canCheckPrefix() bool { return true }

func (i *inputBytes) index(re *Regexp, pos int) int {
	return bytes.Index(i.str[pos:], re.prefixBytes)
}

func (i *inputBytes) context(pos int) flagContext {
	r1, r2 := endOfText, endOfText
	if pos > 0 && pos <= len(i.str) {
		r1, _ = utf8.DecodeLastRune(i.str[:pos])
	}
	if pos < len(i.str) {
		r2, _ = utf8.DecodeRune(i.str[pos:])
	}
	return flagContext{r1, r2}
}

// inputReader reads a RuneReader, which can only go forward: step must be
// called at successive positions.
type inputReader struct {
	r     io.RuneReader
	atEOT bool
	pos   int
}

func (i *inputReader) step(pos int) (rune, int) {
	if !i.atEOT && pos != i.pos {
		return endOfText, 0
	}
	r, w, err := i.r.ReadRune()
	if err != nil {
		i.atEOT = true
		return endOfText, 0
	}
	i.pos += w
	return r, w
}

func (i *inputReader) canCheckPrefix() bool          { return false }
func (i *inputReader) index(re *Regexp, pos int) int { return -1 }
func (i *inputReader) context(pos int) flagContext   { return flagContext{endOfText, endOfText} }

// inputs holds one input of each kind, so that a machine or backtracker
// kept between matches (in a pool, or a Regexp's cache) has its input at
// hand instead of allocating one per match.
type inputs struct {
	bytes  inputBytes
	str    inputString
	reader inputReader
}

// init picks the input for whichever of r, b, s the caller uses.
func (i *inputs) init(r io.RuneReader, b []byte, s string) input {
	if r != nil {
		i.reader = inputReader{r: r}
		return &i.reader
	}
	if b != nil {
		i.bytes.str = b
		return &i.bytes
	}
	i.str.str = s
	return &i.str
}

// clear drops the text, which a pooled holder must not keep alive.
func (i *inputs) clear() {
	*i = inputs{}
}

// flagContext holds the runes before and after a position, from which
// the empty-width assertions there are decided.
type flagContext struct {
	before, after rune
}

// match reports whether all the assertions in op hold.
func (f flagContext) match(op syntax.EmptyOp) bool {
	if op == 0 {
		return true
	}
	if op&syntax.EmptyBeginLine != 0 && f.before != '\n' && f.before >= 0 {
		return false
	}
	if op&syntax.EmptyBeginText != 0 && f.before >= 0 {
		return false
	}
	if op&syntax.EmptyEndLine != 0 && f.after != '\n' && f.after >= 0 {
		return false
	}
	if op&syntax.EmptyEndText != 0 && f.after >= 0 {
		return false
	}
	boundary := syntax.IsWordChar(f.before) != syntax.IsWordChar(f.after)
	if op&syntax.EmptyWordBoundary != 0 && !boundary {
		return false
	}
	if op&syntax.EmptyNoWordBoundary != 0 && boundary {
		return false
	}
	return true
}

// A thread is one path through the program: the rune instruction it waits
// at and the capture positions along the way.
type thread struct {
	inst *syntax.Inst
	cap  []int
}

type entry struct {
	pc uint32
	t  *thread
}

// queue is a sparse set of program counters (Briggs and Torczon), kept in
// insertion order, which is thread priority order.
type queue struct {
	sparse []uint32
	dense  []entry
}

func newQueue(n int) queue {
	return queue{make([]uint32, n), make([]entry, 0, n)}
}

func (q *queue) contains(pc uint32) bool {
	j := q.sparse[pc]
	return j < uint32(len(q.dense)) && q.dense[j].pc == pc
}

type machine struct {
	re       *Regexp
	p        *syntax.Prog
	q0, q1   queue
	pool     []*thread // free threads
	matched  bool
	matchcap []int // the best match's capture positions
	inputs   inputs
}

func newMachine(re *Regexp, ncap int) *machine {
	n := len(re.prog.Inst)
	m := &machine{re: re, p: re.prog, q0: newQueue(n), q1: newQueue(n)}
	m.matchcap = make([]int, ncap)
	return m
}

func (m *machine) alloc(i *syntax.Inst) *thread {
	var t *thread
	if n := len(m.pool); n > 0 {
		t = m.pool[n-1]
		m.pool = m.pool[:n-1]
	} else {
		t = &thread{cap: make([]int, len(m.matchcap))}
	}
	t.inst = i
	return t
}

// free returns the threads of q to the pool and empties it.
func (m *machine) free(q *queue) {
	for _, d := range q.dense {
		if d.t != nil {
			m.pool = append(m.pool, d.t)
		}
	}
	q.dense = q.dense[:0]
}

// match runs the machine on in from pos and reports whether it matched;
// the positions are in m.matchcap.
func (m *machine) match(in input, pos int) bool {
	startCond := m.re.cond
	if startCond == ^syntax.EmptyOp(0) {
		return false
	}
	m.matched = false
	for i := range m.matchcap {
		m.matchcap[i] = -1
	}
	runq, nextq := &m.q0, &m.q1
	r, width := in.step(pos)
	r1, width1 := endOfText, 0
	if r != endOfText {
		r1, width1 = in.step(pos + width)
	}
	var flag flagContext
	if pos == 0 {
		flag = flagContext{endOfText, r}
	} else {
		flag = in.context(pos)
	}
	for {
		if len(runq.dense) == 0 {
			if startCond&syntax.EmptyBeginText != 0 && pos != 0 {
				// Anchored at the start and no thread left: no match.
				break
			}
			if m.matched {
				break
			}
			if len(m.re.prefix) > 0 && r1 != m.re.prefixRune && in.canCheckPrefix() {
				// No thread alive: skip ahead to where the literal prefix occurs.
				advance := in.index(m.re, pos)
				if advance < 0 {
					break
				}
				pos += advance
				r, width = in.step(pos)
				r1, width1 = in.step(pos + width)
			}
		}
		if !m.matched {
			// Start a new thread here, lowest priority of all.
			if len(m.matchcap) > 0 {
				m.matchcap[0] = pos
			}
			m.add(runq, uint32(m.p.Start), pos, m.matchcap, flag, nil)
		}
		flag = flagContext{r, r1}
		m.step(runq, nextq, pos, pos+width, r, flag)
		if width == 0 {
			break
		}
		if len(m.matchcap) == 0 && m.matched {
			// Only whether it matches was asked.
			break
		}
		pos += width
		r, width = r1, width1
		if r != endOfText {
			r1, width1 = in.step(pos + width)
		}
		runq, nextq = nextq, runq
	}
	m.free(nextq)
	return m.matched
}

// step advances every thread of runq over the rune c at pos into nextq.
func (m *machine) step(runq, nextq *queue, pos, nextPos int, c rune, nextCond flagContext) {
	longest := m.re.longest
	for j := 0; j < len(runq.dense); j++ {
		t := runq.dense[j].t
		if t == nil {
			continue
		}
		if longest && m.matched && len(t.cap) > 0 && m.matchcap[0] < t.cap[0] {
			// Started later than the match found: cannot be leftmost.
			m.pool = append(m.pool, t)
			continue
		}
		i := t.inst
		add := false
		switch i.Op {
		case syntax.InstMatch:
			if len(t.cap) > 0 && (!longest || !m.matched || m.matchcap[1] < pos) {
				t.cap[1] = pos
				copy(m.matchcap, t.cap)
			}
			if !longest {
				// Leftmost-first: the threads after this one have lower
				// priority and are dropped.
				for _, d := range runq.dense[j+1:] {
					if d.t != nil {
						m.pool = append(m.pool, d.t)
					}
				}
				runq.dense = runq.dense[:0]
			}
			m.matched = true
		case syntax.InstRune:
			add = i.MatchRune(c)
		case syntax.InstRune1:
			add = c == i.Rune[0]
		case syntax.InstRuneAny:
			add = true
		case syntax.InstRuneAnyNotNL:
			add = c != '\n'
		default:
			panic("bad inst")
		}
		if add {
			t = m.add(nextq, i.Out, nextPos, t.cap, nextCond, t)
		}
		if t != nil {
			m.pool = append(m.pool, t)
		}
	}
	runq.dense = runq.dense[:0]
}

// add follows the empty transitions from pc, adding a thread to q at each
// rune or match instruction reached, with the captures cap. It reuses t
// when it can and returns it when it did not.
func (m *machine) add(q *queue, pc uint32, pos int, cap []int, cond flagContext, t *thread) *thread {
	for pc != 0 && !q.contains(pc) {
		j := len(q.dense)
		q.dense = append(q.dense, entry{pc: pc})
		q.sparse[pc] = uint32(j)
		i := &m.p.Inst[pc]
		switch i.Op {
		case syntax.InstFail:
			return t
		case syntax.InstAlt, syntax.InstAltMatch:
			t = m.add(q, i.Out, pos, cap, cond, t)
			pc = i.Arg
		case syntax.InstEmptyWidth:
			if !cond.match(syntax.EmptyOp(i.Arg)) {
				return t
			}
			pc = i.Out
		case syntax.InstNop:
			pc = i.Out
		case syntax.InstCapture:
			if int(i.Arg) >= len(cap) {
				pc = i.Out
				continue
			}
			old := cap[i.Arg]
			cap[i.Arg] = pos
			m.add(q, i.Out, pos, cap, cond, nil)
			cap[i.Arg] = old
			return t
		default:
			if t == nil {
				t = m.alloc(i)
			} else {
				t.inst = i
			}
			if len(cap) > 0 && &t.cap[0] != &cap[0] {
				copy(t.cap, cap)
			}
			q.dense[j].t = t
			return nil
		}
	}
	return t
}

// noInts gives doExecute an empty result that is not nil.
var noInts [0]int

// doExecute finds the leftmost match from pos and appends the positions
// of its first ncap capture slots to dstCap; nil means no match.
func (re *Regexp) doExecute(r io.RuneReader, b []byte, s string, pos int, ncap int, dstCap []int) []int {
	if dstCap == nil {
		// Go's arrayNoInts: a match with no positions to give allocates nothing.
		dstCap = noInts[:0:0]
	}
	if r == nil && len(b)+len(s) < re.minInputLen {
		return nil
	}
	if re.onepass != nil {
		return re.doOnePass(r, b, s, pos, ncap, dstCap)
	}
	if r == nil && len(b)+len(s) < re.maxBitStateLen {
		return re.backtrack(b, s, pos, ncap, dstCap)
	}
	m := re.machineFor(ncap)
	defer re.putMachine(m, ncap)
	if !m.match(m.inputs.init(r, b, s), pos) {
		return nil
	}
	return append(dstCap, m.matchcap...)
}

// machineFor returns a cached machine for ncap capture slots (a Regexp may
// be used from several goroutines, so the cache is guarded).
func (re *Regexp) machineFor(ncap int) *machine {
	c := re.cache
	c.mu.Lock()
	defer c.mu.Unlock()
	for i := len(c.free) - 1; i >= 0; i-- {
		if m := c.free[i]; len(m.matchcap) == ncap {
			c.free = append(c.free[:i], c.free[i+1:]...)
			m.re = re // a Copy shares the cache but may differ in longest
			return m
		}
	}
	return newMachine(re, ncap)
}

func (re *Regexp) putMachine(m *machine, ncap int) {
	m.inputs.clear()
	c := re.cache
	c.mu.Lock()
	if len(c.free) < 4 {
		c.free = append(c.free, m)
	}
	c.mu.Unlock()
}

// machineCache keeps machines between matches, so that a search does not
// allocate its queues and threads anew.
type machineCache struct {
	mu   sync.Mutex
	free []*machine
}

func (re *Regexp) doMatch(r io.RuneReader, b []byte, s string) bool {
	return re.doExecute(r, b, s, 0, 0, nil) != nil
}
