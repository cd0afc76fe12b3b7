package syntax

import "unicode"

// The compiler is Thompson's construction: each node becomes a fragment,
// a piece of program with one entry and a list of dangling exits (holes)
// that the enclosing construct connects to what follows.

// A hole is an instruction's Out (even) or Arg (odd) field still to be set:
// pc<<1 | 1 for Arg.
type hole uint32

// A frag is a compiled fragment. Entry 0 (the Fail instruction) means the
// fragment can never match.
type frag struct {
	entry    uint32
	holes    []hole
	nullable bool // whether the fragment can match the empty string
}

type compiler struct {
	p *Prog
}

// Compile compiles the regexp into a program to be executed.
// The regexp should have been simplified already (returned from re.Simplify).
func Compile(re *Regexp) (*Prog, error) {
	c := compiler{p: &Prog{NumCap: 2}} // the whole match is the implicit group 0
	c.inst(InstFail)
	f := c.compile(re)
	c.patch(f.holes, c.inst(InstMatch).entry)
	c.p.Start = int(f.entry)
	return c.p, nil
}

func (c *compiler) patch(holes []hole, pc uint32) {
	for _, h := range holes {
		i := &c.p.Inst[h>>1]
		if h&1 == 0 {
			i.Out = pc
		} else {
			i.Arg = pc
		}
	}
}

var anyRuneNotNL = []rune{0, '\n' - 1, '\n' + 1, unicode.MaxRune}
var anyRune = []rune{0, unicode.MaxRune}

func (c *compiler) compile(re *Regexp) frag {
	switch re.Op {
	case OpNoMatch:
		return frag{}
	case OpEmptyMatch:
		return c.nop()
	case OpLiteral:
		if len(re.Rune) == 0 {
			return c.nop()
		}
		f := c.rune(re.Rune[0:1], re.Flags)
		for j := 1; j < len(re.Rune); j++ {
			f = c.cat(f, c.rune(re.Rune[j:j+1], re.Flags))
		}
		return f
	case OpCharClass:
		return c.rune(re.Rune, re.Flags)
	case OpAnyCharNotNL:
		return c.rune(anyRuneNotNL, 0)
	case OpAnyChar:
		return c.rune(anyRune, 0)
	case OpBeginLine:
		return c.empty(EmptyBeginLine)
	case OpEndLine:
		return c.empty(EmptyEndLine)
	case OpBeginText:
		return c.empty(EmptyBeginText)
	case OpEndText:
		return c.empty(EmptyEndText)
	case OpWordBoundary:
		return c.empty(EmptyWordBoundary)
	case OpNoWordBoundary:
		return c.empty(EmptyNoWordBoundary)
	case OpCapture:
		open := c.capture(uint32(re.Cap << 1))
		body := c.compile(re.Sub[0])
		close := c.capture(uint32(re.Cap<<1 | 1))
		return c.cat(c.cat(open, body), close)
	case OpStar:
		return c.star(c.compile(re.Sub[0]), re.Flags&NonGreedy != 0)
	case OpPlus:
		return c.plus(c.compile(re.Sub[0]), re.Flags&NonGreedy != 0)
	case OpQuest:
		return c.quest(c.compile(re.Sub[0]), re.Flags&NonGreedy != 0)
	case OpConcat:
		if len(re.Sub) == 0 {
			return c.nop()
		}
		f := c.compile(re.Sub[0])
		for _, sub := range re.Sub[1:] {
			f = c.cat(f, c.compile(sub))
		}
		return f
	case OpAlternate:
		var f frag
		for _, sub := range re.Sub {
			f = c.alt(f, c.compile(sub))
		}
		return f
	}
	panic("regexp: unhandled case in compile")
}

// inst appends an instruction; its fragment has no holes yet.
func (c *compiler) inst(op InstOp) frag {
	f := frag{entry: uint32(len(c.p.Inst)), nullable: true}
	c.p.Inst = append(c.p.Inst, Inst{Op: op})
	return f
}

// single appends an instruction whose Out is the fragment's one exit.
func (c *compiler) single(op InstOp) frag {
	f := c.inst(op)
	f.holes = []hole{hole(f.entry << 1)}
	return f
}

func (c *compiler) nop() frag {
	return c.single(InstNop)
}

func (c *compiler) capture(arg uint32) frag {
	f := c.single(InstCapture)
	c.p.Inst[f.entry].Arg = arg
	if c.p.NumCap < int(arg)+1 {
		c.p.NumCap = int(arg) + 1
	}
	return f
}

func (c *compiler) empty(op EmptyOp) frag {
	f := c.single(InstEmptyWidth)
	c.p.Inst[f.entry].Arg = uint32(op)
	return f
}

func (c *compiler) cat(f1, f2 frag) frag {
	if f1.entry == 0 || f2.entry == 0 {
		return frag{}
	}
	c.patch(f1.holes, f2.entry)
	return frag{f1.entry, f2.holes, f1.nullable && f2.nullable}
}

func (c *compiler) alt(f1, f2 frag) frag {
	if f1.entry == 0 {
		return f2
	}
	if f2.entry == 0 {
		return f1
	}
	f := c.inst(InstAlt)
	i := &c.p.Inst[f.entry]
	i.Out = f1.entry
	i.Arg = f2.entry
	f.holes = append(append([]hole(nil), f1.holes...), f2.holes...)
	f.nullable = f1.nullable || f2.nullable
	return f
}

// branch appends an Alt that prefers entering body (or, non-greedy, its
// exit), and returns it with its exit as the one hole.
func (c *compiler) branch(body uint32, nongreedy bool) frag {
	f := c.inst(InstAlt)
	i := &c.p.Inst[f.entry]
	if nongreedy {
		i.Arg = body
		f.holes = []hole{hole(f.entry << 1)}
	} else {
		i.Out = body
		f.holes = []hole{hole(f.entry<<1 | 1)}
	}
	return f
}

func (c *compiler) quest(f1 frag, nongreedy bool) frag {
	f := c.branch(f1.entry, nongreedy)
	f.holes = append(f.holes, f1.holes...)
	return f
}

// loop makes f1 repeat: its exits lead back to a branch.
func (c *compiler) loop(f1 frag, nongreedy bool) frag {
	f := c.branch(f1.entry, nongreedy)
	c.patch(f1.holes, f.entry)
	return f
}

func (c *compiler) star(f1 frag, nongreedy bool) frag {
	if f1.nullable {
		// x* where x can be empty is (x+)?: a loop entered at the branch
		// would let an empty x set captures it should not.
		return c.quest(c.plus(f1, nongreedy), nongreedy)
	}
	return c.loop(f1, nongreedy)
}

func (c *compiler) plus(f1 frag, nongreedy bool) frag {
	return frag{f1.entry, c.loop(f1, nongreedy).holes, f1.nullable}
}

// rune compiles a class (or a single rune) into the most specific opcode.
func (c *compiler) rune(r []rune, flags Flags) frag {
	f := c.single(InstRune)
	f.nullable = false
	i := &c.p.Inst[f.entry]
	i.Rune = r
	flags &= FoldCase
	if len(r) != 1 || unicode.SimpleFold(r[0]) == r[0] {
		flags &^= FoldCase
	}
	i.Arg = uint32(flags)
	switch {
	case flags&FoldCase == 0 && (len(r) == 1 || len(r) == 2 && r[0] == r[1]):
		i.Op = InstRune1
	case len(r) == 2 && r[0] == 0 && r[1] == unicode.MaxRune:
		i.Op = InstRuneAny
	case len(r) == 4 && r[0] == 0 && r[1] == '\n'-1 && r[2] == '\n'+1 && r[3] == unicode.MaxRune:
		i.Op = InstRuneAnyNotNL
	}
	return f
}
