package syntax

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Prog is a compiled regular expression program.
type Prog struct {
	Inst   []Inst
	Start  int // index of start instruction
	NumCap int // number of InstCapture insts in re
}

// An InstOp is an instruction opcode.
type InstOp uint8

const (
	InstAlt InstOp = iota
	InstAltMatch
	InstCapture
	InstEmptyWidth
	InstMatch
	InstFail
	InstNop
	InstRune
	InstRune1
	InstRuneAny
	InstRuneAnyNotNL
)

var instOpNames = []string{
	"InstAlt", "InstAltMatch", "InstCapture", "InstEmptyWidth", "InstMatch", "InstFail",
	"InstNop", "InstRune", "InstRune1", "InstRuneAny", "InstRuneAnyNotNL",
}

func (i InstOp) String() string {
	if uint(i) >= uint(len(instOpNames)) {
		return ""
	}
	return instOpNames[i]
}

// An EmptyOp specifies a kind or mixture of zero-width assertions.
type EmptyOp uint8

const (
	EmptyBeginLine EmptyOp = 1 << iota
	EmptyEndLine
	EmptyBeginText
	EmptyEndText
	EmptyWordBoundary
	EmptyNoWordBoundary
)

// EmptyOpContext returns the zero-width assertions satisfied at the position
// between the runes r1 and r2. Passing r1 == -1 indicates that the position
// is at the beginning of the text; r2 == -1, at its end.
func EmptyOpContext(r1, r2 rune) EmptyOp {
	op := EmptyNoWordBoundary
	if r1 == '\n' {
		op |= EmptyBeginLine
	} else if r1 < 0 {
		op |= EmptyBeginText | EmptyBeginLine
	}
	if r2 == '\n' {
		op |= EmptyEndLine
	} else if r2 < 0 {
		op |= EmptyEndText | EmptyEndLine
	}
	if IsWordChar(r1) != IsWordChar(r2) {
		op ^= EmptyWordBoundary | EmptyNoWordBoundary
	}
	return op
}

// IsWordChar reports whether r is considered a “word character”
// during the evaluation of the \b and \B zero-width assertions.
// These assertions are ASCII-only: the word characters are [A-Za-z0-9_].
func IsWordChar(r rune) bool {
	return 'A' <= r && r <= 'Z' || 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '_'
}

// An Inst is a single instruction in a regular expression program.
type Inst struct {
	Op   InstOp
	Out  uint32 // all but InstMatch, InstFail
	Arg  uint32 // InstAlt, InstAltMatch, InstCapture, InstEmptyWidth
	Rune []rune
}

func (p *Prog) String() string {
	var b strings.Builder
	for pc := range p.Inst {
		label := strconv.Itoa(pc)
		if len(label) < 3 {
			b.WriteString("   "[len(label):])
		}
		if pc == p.Start {
			label += "*"
		}
		b.WriteString(label + "\t" + p.Inst[pc].String() + "\n")
	}
	return b.String()
}

// skipNop follows Nop and Capture instructions from pc.
func (p *Prog) skipNop(pc uint32) *Inst {
	i := &p.Inst[pc]
	for i.Op == InstNop || i.Op == InstCapture {
		i = &p.Inst[i.Out]
	}
	return i
}

// isRune reports whether i consumes one rune (any of the Rune opcodes).
func (i *Inst) isRune() bool {
	return i.Op == InstRune || i.Op == InstRune1 || i.Op == InstRuneAny || i.Op == InstRuneAnyNotNL
}

// Prefix returns a literal string that all matches for the
// regexp must start with. Complete is true if the prefix
// is the entire match.
func (p *Prog) Prefix() (prefix string, complete bool) {
	i := p.skipNop(uint32(p.Start))
	if !i.isRune() || len(i.Rune) != 1 {
		return "", i.Op == InstMatch
	}
	var b strings.Builder
	for i.isRune() && len(i.Rune) == 1 && Flags(i.Arg)&FoldCase == 0 && i.Rune[0] != utf8.RuneError {
		b.WriteRune(i.Rune[0])
		i = p.skipNop(i.Out)
	}
	return b.String(), i.Op == InstMatch
}

// StartCond returns the leading empty-width conditions that must
// be true in any match. It returns ^EmptyOp(0) if no matches are possible.
func (p *Prog) StartCond() EmptyOp {
	var flag EmptyOp
	for i := &p.Inst[p.Start]; ; i = &p.Inst[i.Out] {
		switch i.Op {
		case InstEmptyWidth:
			flag |= EmptyOp(i.Arg)
		case InstFail:
			return ^EmptyOp(0)
		case InstCapture, InstNop:
		default:
			return flag
		}
	}
}

// MatchRune reports whether the instruction matches (and consumes) r.
// It should only be called when i.Op == InstRune.
func (i *Inst) MatchRune(r rune) bool {
	return i.MatchRunePos(r) != -1
}

// MatchRunePos checks whether the instruction matches (and consumes) r.
// If so, MatchRunePos returns the index of the matching rune pair
// (or, when len(i.Rune) == 1, rune singleton).
// If not, MatchRunePos returns -1.
// MatchRunePos should only be called when i.Op == InstRune.
func (i *Inst) MatchRunePos(r rune) int {
	ranges := i.Rune
	switch len(ranges) {
	case 0:
		return -1
	case 1:
		r0 := ranges[0]
		if r == r0 {
			return 0
		}
		if Flags(i.Arg)&FoldCase != 0 {
			for f := unicode.SimpleFold(r0); f != r0; f = unicode.SimpleFold(f) {
				if r == f {
					return 0
				}
			}
		}
		return -1
	case 2, 4, 6, 8:
		// Few ranges: a linear scan is fastest.
		for j := 0; j < len(ranges); j += 2 {
			if r < ranges[j] {
				return -1
			}
			if r <= ranges[j+1] {
				return j / 2
			}
		}
		return -1
	}
	lo, hi := 0, len(ranges)/2
	for lo < hi {
		m := lo + (hi-lo)/2
		if ranges[2*m] <= r {
			if r <= ranges[2*m+1] {
				return m
			}
			lo = m + 1
		} else {
			hi = m
		}
	}
	return -1
}

// MatchEmptyWidth reports whether the instruction matches
// an empty string between the runes before and after.
// It should only be called when i.Op == InstEmptyWidth.
func (i *Inst) MatchEmptyWidth(before rune, after rune) bool {
	switch EmptyOp(i.Arg) {
	case EmptyBeginLine:
		return before == '\n' || before == -1
	case EmptyEndLine:
		return after == '\n' || after == -1
	case EmptyBeginText:
		return before == -1
	case EmptyEndText:
		return after == -1
	case EmptyWordBoundary:
		return IsWordChar(before) != IsWordChar(after)
	case EmptyNoWordBoundary:
		return IsWordChar(before) == IsWordChar(after)
	}
	panic("unknown empty width arg")
}

func (i *Inst) String() string {
	out := strconv.FormatUint(uint64(i.Out), 10)
	arg := strconv.FormatUint(uint64(i.Arg), 10)
	switch i.Op {
	case InstAlt:
		return "alt -> " + out + ", " + arg
	case InstAltMatch:
		return "altmatch -> " + out + ", " + arg
	case InstCapture:
		return "cap " + arg + " -> " + out
	case InstEmptyWidth:
		return "empty " + arg + " -> " + out
	case InstMatch:
		return "match"
	case InstFail:
		return "fail"
	case InstNop:
		return "nop -> " + out
	case InstRune:
		s := ""
		if i.Rune == nil {
			s = "rune <nil>"
		}
		s += "rune " + strconv.QuoteToASCII(string(i.Rune))
		if Flags(i.Arg)&FoldCase != 0 {
			s += "/i"
		}
		return s + " -> " + out
	case InstRune1:
		return "rune1 " + strconv.QuoteToASCII(string(i.Rune)) + " -> " + out
	case InstRuneAny:
		return "any -> " + out
	case InstRuneAnyNotNL:
		return "anynotnl -> " + out
	}
	return ""
}
