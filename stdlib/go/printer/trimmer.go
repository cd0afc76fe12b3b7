package printer

import (
	"io"
	"text/tabwriter"
)

// A trimmer is the last stage of the output: it removes the blanks and
// tabs that end lines, turns '\f' into '\n' and '\v' into '\t' (needed
// when no tabwriter ran before it), and drops the tabwriter.Escape bytes
// while passing the text between them through unchanged.
//
// Blanks are held back until a non-blank byte shows they do not end the
// line. It works as a state machine over the bytes written:
//
//	inSpace   white space seen, held back in space
//	inEscape  inside escaped text, written through
//	inText    other text, written through
type trimmer struct {
	output io.Writer
	state  int
	space  []byte
}

const (
	inSpace = iota
	inEscape
	inText
)

var newlineBytes = []byte("\n")

// Write filters data to t.output. Bytes of data from mark on are not yet
// written in the states inEscape and inText.
func (t *trimmer) Write(data []byte) (int, error) {
	mark := 0
	var err error
	for i, b := range data {
		if b == '\v' {
			b = '\t'
		}
		switch t.state {
		case inSpace:
			switch b {
			case '\t', ' ':
				t.space = append(t.space, b)
			case '\n', '\f':
				t.resetSpace() // trailing space: dropped
				_, err = t.output.Write(newlineBytes)
			case tabwriter.Escape:
				_, err = t.output.Write(t.space)
				t.state = inEscape
				mark = i + 1
			default:
				_, err = t.output.Write(t.space)
				t.state = inText
				mark = i
			}
		case inEscape:
			if b == tabwriter.Escape {
				_, err = t.output.Write(data[mark:i])
				t.resetSpace()
			}
		case inText:
			switch b {
			case '\t', ' ':
				_, err = t.output.Write(data[mark:i])
				t.resetSpace()
				t.space = append(t.space, b)
			case '\n', '\f':
				_, err = t.output.Write(data[mark:i])
				t.resetSpace()
				if err == nil {
					_, err = t.output.Write(newlineBytes)
				}
			case tabwriter.Escape:
				_, err = t.output.Write(data[mark:i])
				t.state = inEscape
				mark = i + 1
			}
		}
		if err != nil {
			return i, err
		}
	}
	if t.state != inSpace {
		_, err = t.output.Write(data[mark:])
		t.resetSpace()
	}
	return len(data), err
}

func (t *trimmer) resetSpace() {
	t.state = inSpace
	t.space = t.space[:0]
}
