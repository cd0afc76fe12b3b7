package scanner

import (
	"fmt"
	"go/token"
	"io"
	"sort"
)

// An Error is one error of an ErrorList: Msg says what is wrong and Pos,
// if valid, is where the offending token begins.
type Error struct {
	Pos token.Position
	Msg string
}

// Error implements the error interface: "position: message", or the
// message alone when there is no position at all.
func (e Error) Error() string {
	if e.Pos.Filename != "" || e.Pos.IsValid() {
		return e.Pos.String() + ": " + e.Msg
	}
	return e.Msg
}

// An ErrorList is the list of the errors a parse found, in the order
// found until sorted. Its zero value is an empty list, ready for Add.
type ErrorList []*Error

// Add appends an Error of the given position and message to p.
func (p *ErrorList) Add(pos token.Position, msg string) {
	*p = append(*p, &Error{pos, msg})
}

// Reset empties p, keeping its storage.
func (p *ErrorList) Reset() { *p = (*p)[:0] }

// Len, Swap and Less make an ErrorList a sort.Interface.
func (p ErrorList) Len() int      { return len(p) }
func (p ErrorList) Swap(i, j int) { p[i], p[j] = p[j], p[i] }

// Less orders errors by file name, line, column and then message. It
// compares lines and columns, not offsets: a //line directive may have
// given the source positions that do not follow its offsets.
func (p ErrorList) Less(i, j int) bool {
	a, b := p[i].Pos, p[j].Pos
	switch {
	case a.Filename != b.Filename:
		return a.Filename < b.Filename
	case a.Line != b.Line:
		return a.Line < b.Line
	case a.Column != b.Column:
		return a.Column < b.Column
	}
	return p[i].Msg < p[j].Msg
}

// Sort sorts an ErrorList by position (see Less).
func (p ErrorList) Sort() {
	sort.Sort(p)
}

// RemoveMultiples sorts p, then drops all errors of a line but the first:
// the later ones are most often the consequences of the first.
func (p *ErrorList) RemoveMultiples() {
	sort.Sort(p)
	// The zero Position's line is 0, which no error's line is.
	var last token.Position
	kept := (*p)[:0]
	for _, e := range *p {
		if e.Pos.Filename != last.Filename || e.Pos.Line != last.Line {
			last = e.Pos
			kept = append(kept, e)
		}
	}
	*p = kept
}

// Error implements the error interface: the first error, and how many
// more there are.
func (p ErrorList) Error() string {
	switch len(p) {
	case 0:
		return "no errors"
	case 1:
		return p[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", p[0], len(p)-1)
}

// Err returns p as an error, or nil if p is empty: an empty list stands
// for no error at all.
func (p ErrorList) Err() error {
	if len(p) == 0 {
		return nil
	}
	return p
}

// PrintError prints err to w: an ErrorList one error a line, any other
// error on a line of its own, a nil error not at all.
func PrintError(w io.Writer, err error) {
	if list, ok := err.(ErrorList); ok {
		for _, e := range list {
			fmt.Fprintf(w, "%s\n", e)
		}
	} else if err != nil {
		fmt.Fprintf(w, "%s\n", err)
	}
}
