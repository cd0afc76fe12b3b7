package ast

import "go/token"

// A Field is one entry of a FieldList: a group of struct fields
// ("a, b int `tag`"), an interface method or embedded type
// ("String() string"), or a group of parameters or results ("x T").
// Names is nil for an unnamed parameter and for an embedded field, whose
// type then serves as its name.
type Field struct {
	Doc     *CommentGroup // its doc comment, or nil
	Names   []*Ident      // the names declared, or nil
	Type    Expr          // the type; nil only in a hand-made Field
	Tag     *BasicLit     // the struct tag, or nil
	Comment *CommentGroup // the comment after it on its line, or nil
}

// Pos is where the first name is, or the type when there is no name. A
// field made by hand may have neither: then it has no position.
func (f *Field) Pos() token.Pos {
	switch {
	case len(f.Names) > 0:
		return f.Names[0].Pos()
	case f.Type != nil:
		return f.Type.Pos()
	}
	return token.NoPos
}

// End is the end of the field's last part: its tag, else its type, else
// its last name.
func (f *Field) End() token.Pos {
	switch {
	case f.Tag != nil:
		return f.Tag.End()
	case f.Type != nil:
		return f.Type.End()
	case len(f.Names) > 0:
		return f.Names[len(f.Names)-1].End()
	}
	return token.NoPos
}

// A FieldList is a list of Fields between brackets of some kind:
// "(a, b int)", "{ x T }", "[P any]". A lone unnamed result has none.
type FieldList struct {
	Opening token.Pos // the "(", "{" or "[", or NoPos if absent
	List    []*Field  // the fields, or nil
	Closing token.Pos // the ")", "}" or "]", or NoPos if absent
}

// Pos is the opening bracket's position. A list without one (a single
// unparenthesized result, "func() error") begins with its first field.
func (f *FieldList) Pos() token.Pos {
	if f.Opening.IsValid() {
		return f.Opening
	}
	if len(f.List) > 0 {
		return f.List[0].Pos()
	}
	return token.NoPos
}

// End is just after the closing bracket, or the end of the last field
// when there is no bracket.
func (f *FieldList) End() token.Pos {
	if f.Closing.IsValid() {
		return f.Closing + 1
	}
	if n := len(f.List); n > 0 {
		return f.List[n-1].End()
	}
	return token.NoPos
}

// NumFields counts the parameters or struct fields in the list, a group
// of names counting once per name: "(a, b int, string)" has three. A nil
// list has none.
func (f *FieldList) NumFields() int {
	if f == nil {
		return 0
	}
	n := 0
	for _, field := range f.List {
		if len(field.Names) == 0 {
			n++ // an unnamed parameter or an embedded field
		}
		n += len(field.Names)
	}
	return n
}

// The expression nodes. Each shows the source it stands for; a Pos field
// is where a token of it is, for Pos and End and for tools that edit the
// source.
type (
	// A BadExpr stands in for an expression the parser could not make
	// sense of, keeping the range of source it covers.
	BadExpr struct {
		From, To token.Pos // the range of the bad source
	}

	// An Ident is a name: x.
	Ident struct {
		NamePos token.Pos // where the name is
		Name    string    // the name itself
		Obj     *Object   // what it denotes, or nil if unresolved
	}

	// An Ellipsis is the "..." of a variadic parameter ("...T") or of an
	// array length the compiler counts ("[...]T").
	Ellipsis struct {
		Ellipsis token.Pos // where the "..." is
		Elt      Expr      // T in a parameter list; nil in an array type
	}

	// A BasicLit is a literal of a basic type: 42, 3.14, 'a', "s".
	BasicLit struct {
		ValuePos token.Pos   // where the literal is
		Kind     token.Token // INT, FLOAT, IMAG, CHAR or STRING
		Value    string      // its source text, quotes and all: 0x7f, 1e-9, 2.4i, '\x7f', `a\b`
	}

	// A FuncLit is a function literal: func(x int) { ... }.
	FuncLit struct {
		Type *FuncType  // its signature
		Body *BlockStmt // its body
	}

	// A CompositeLit is a composite literal: T{a, b}.
	CompositeLit struct {
		Type       Expr      // T, or nil when left out (an element of an outer literal)
		Lbrace     token.Pos // where the "{" is
		Elts       []Expr    // the elements, or nil
		Rbrace     token.Pos // where the "}" is
		Incomplete bool      // some elements of the source are left out of Elts
	}

	// A ParenExpr is an expression in parentheses: (X).
	ParenExpr struct {
		Lparen token.Pos // where the "(" is
		X      Expr      // the expression inside
		Rparen token.Pos // where the ")" is
	}

	// A SelectorExpr is a selector: X.Sel, a field, method or name of an
	// imported package.
	SelectorExpr struct {
		X   Expr   // what is selected from
		Sel *Ident // the name after the dot
	}

	// An IndexExpr is an index expression, X[Index], or the instantiation
	// of a generic function or type with one type argument.
	IndexExpr struct {
		X      Expr      // what is indexed
		Lbrack token.Pos // where the "[" is
		Index  Expr      // the index
		Rbrack token.Pos // where the "]" is
	}

	// An IndexListExpr is the instantiation of a generic function or type
	// with several type arguments: X[A, B].
	IndexListExpr struct {
		X       Expr      // the generic function or type
		Lbrack  token.Pos // where the "[" is
		Indices []Expr    // the type arguments
		Rbrack  token.Pos // where the "]" is
	}

	// A SliceExpr is a slice expression: X[Low:High] or X[Low:High:Max].
	SliceExpr struct {
		X      Expr      // what is sliced
		Lbrack token.Pos // where the "[" is
		Low    Expr      // the first index, or nil
		High   Expr      // the second index, or nil
		Max    Expr      // the capacity bound, or nil
		Slice3 bool      // it is the three-index form (two colons)
		Rbrack token.Pos // where the "]" is
	}

	// A TypeAssertExpr is a type assertion, X.(Type), or the X.(type) of
	// a type switch.
	TypeAssertExpr struct {
		X      Expr      // the interface value
		Lparen token.Pos // where the "(" is
		Type   Expr      // the type; nil for X.(type)
		Rparen token.Pos // where the ")" is
	}

	// A CallExpr is a call, Fun(Args) or Fun(Args...), or a conversion,
	// which looks the same.
	CallExpr struct {
		Fun      Expr      // what is called
		Lparen   token.Pos // where the "(" is
		Args     []Expr    // the arguments, or nil
		Ellipsis token.Pos // where a final "..." is, or NoPos
		Rparen   token.Pos // where the ")" is
	}

	// A StarExpr is "*" followed by an expression: a pointer
	// indirection or a pointer type, which only type checking can tell
	// apart.
	StarExpr struct {
		Star token.Pos // where the "*" is
		X    Expr      // what follows it
	}

	// A UnaryExpr is a unary operation, Op X, for every operator but
	// "*" (see StarExpr).
	UnaryExpr struct {
		OpPos token.Pos   // where Op is
		Op    token.Token // the operator
		X     Expr        // its operand
	}

	// A BinaryExpr is a binary operation: X Op Y.
	BinaryExpr struct {
		X     Expr        // the left operand
		OpPos token.Pos   // where Op is
		Op    token.Token // the operator
		Y     Expr        // the right operand
	}

	// A KeyValueExpr is an element of a composite literal given with its
	// key: Key: Value.
	KeyValueExpr struct {
		Key   Expr
		Colon token.Pos // where the ":" is
		Value Expr
	}
)

// A ChanDir is the direction of a channel type: SEND, RECV, or both
// (SEND|RECV) for a channel that goes both ways.
type ChanDir int

const (
	SEND ChanDir = 1 << iota
	RECV
)

// The type nodes, which are expressions too. A pointer type is a StarExpr
// and a named type an Ident or a SelectorExpr.
type (
	// An ArrayType is an array or slice type: [Len]Elt, [...]Elt or
	// []Elt.
	ArrayType struct {
		Lbrack token.Pos // where the "[" is
		Len    Expr      // an Ellipsis for [...]Elt; nil for a slice
		Elt    Expr      // the element type
	}

	// A StructType is a struct type: struct { Fields }.
	StructType struct {
		Struct     token.Pos  // where "struct" is
		Fields     *FieldList // the fields
		Incomplete bool       // some fields of the source are left out of Fields
	}

	// A FuncType is a function's signature: func[TypeParams](Params)
	// Results. In a declaration or an interface some of it is elsewhere.
	FuncType struct {
		Func       token.Pos  // where "func" is, or NoPos (an interface method)
		TypeParams *FieldList // the type parameters, or nil
		Params     *FieldList // the parameters, never nil
		Results    *FieldList // the results, or nil
	}

	// An InterfaceType is an interface type: interface { Methods }.
	InterfaceType struct {
		Interface  token.Pos  // where "interface" is
		Methods    *FieldList // its methods, embedded interfaces and type terms
		Incomplete bool       // some entries of the source are left out of Methods
	}

	// A MapType is a map type: map[Key]Value.
	MapType struct {
		Map   token.Pos // where "map" is
		Key   Expr
		Value Expr
	}

	// A ChanType is a channel type: chan Value, chan<- Value or
	// <-chan Value.
	ChanType struct {
		Begin token.Pos // where it starts: "chan", or the "<-" before it
		Arrow token.Pos // where the "<-" is, or NoPos
		Dir   ChanDir   // which ways values may go
		Value Expr      // the element type
	}
)

// Where expression nodes begin: at their keyword or first token, or
// where their first part begins.

func (x *BadExpr) Pos() token.Pos  { return x.From }
func (x *Ident) Pos() token.Pos    { return x.NamePos }
func (x *Ellipsis) Pos() token.Pos { return x.Ellipsis }
func (x *BasicLit) Pos() token.Pos { return x.ValuePos }
func (x *FuncLit) Pos() token.Pos  { return x.Type.Pos() }

// Pos is where the literal's type begins; "{" for a literal without one
// (an element of an outer literal: []T{{1}, {2}}).
func (x *CompositeLit) Pos() token.Pos {
	if x.Type != nil {
		return x.Type.Pos()
	}
	return x.Lbrace
}

func (x *ParenExpr) Pos() token.Pos      { return x.Lparen }
func (x *SelectorExpr) Pos() token.Pos   { return x.X.Pos() }
func (x *IndexExpr) Pos() token.Pos      { return x.X.Pos() }
func (x *IndexListExpr) Pos() token.Pos  { return x.X.Pos() }
func (x *SliceExpr) Pos() token.Pos      { return x.X.Pos() }
func (x *TypeAssertExpr) Pos() token.Pos { return x.X.Pos() }
func (x *CallExpr) Pos() token.Pos       { return x.Fun.Pos() }
func (x *StarExpr) Pos() token.Pos       { return x.Star }
func (x *UnaryExpr) Pos() token.Pos      { return x.OpPos }
func (x *BinaryExpr) Pos() token.Pos     { return x.X.Pos() }
func (x *KeyValueExpr) Pos() token.Pos   { return x.Key.Pos() }
func (x *ArrayType) Pos() token.Pos      { return x.Lbrack }
func (x *StructType) Pos() token.Pos     { return x.Struct }

// Pos is the "func" keyword's position. A method in an interface has no
// keyword and begins with its parameters, but a FuncType without "func"
// and without parameters (made by hand) has no position at all.
func (x *FuncType) Pos() token.Pos {
	if x.Func.IsValid() || x.Params == nil {
		return x.Func
	}
	return x.Params.Pos()
}

func (x *InterfaceType) Pos() token.Pos { return x.Interface }
func (x *MapType) Pos() token.Pos       { return x.Map }
func (x *ChanType) Pos() token.Pos      { return x.Begin }

// Where expression nodes end: just after their closing token, or where
// their last part ends.

func (x *BadExpr) End() token.Pos { return x.To }
func (x *Ident) End() token.Pos   { return token.Pos(int(x.NamePos) + len(x.Name)) }

// End is the end of the element type, or just after the "..." of an
// array length.
func (x *Ellipsis) End() token.Pos {
	if x.Elt != nil {
		return x.Elt.End()
	}
	return x.Ellipsis + token.Pos(len("..."))
}

func (x *BasicLit) End() token.Pos       { return token.Pos(int(x.ValuePos) + len(x.Value)) }
func (x *FuncLit) End() token.Pos        { return x.Body.End() }
func (x *CompositeLit) End() token.Pos   { return x.Rbrace + 1 }
func (x *ParenExpr) End() token.Pos      { return x.Rparen + 1 }
func (x *SelectorExpr) End() token.Pos   { return x.Sel.End() }
func (x *IndexExpr) End() token.Pos      { return x.Rbrack + 1 }
func (x *IndexListExpr) End() token.Pos  { return x.Rbrack + 1 }
func (x *SliceExpr) End() token.Pos      { return x.Rbrack + 1 }
func (x *TypeAssertExpr) End() token.Pos { return x.Rparen + 1 }
func (x *CallExpr) End() token.Pos       { return x.Rparen + 1 }
func (x *StarExpr) End() token.Pos       { return x.X.End() }
func (x *UnaryExpr) End() token.Pos      { return x.X.End() }
func (x *BinaryExpr) End() token.Pos     { return x.Y.End() }
func (x *KeyValueExpr) End() token.Pos   { return x.Value.End() }
func (x *ArrayType) End() token.Pos      { return x.Elt.End() }
func (x *StructType) End() token.Pos     { return x.Fields.End() }

// End is the end of the results, or of the parameters when there are none.
func (x *FuncType) End() token.Pos {
	if x.Results != nil {
		return x.Results.End()
	}
	return x.Params.End()
}

func (x *InterfaceType) End() token.Pos { return x.Methods.End() }
func (x *MapType) End() token.Pos       { return x.Value.End() }
func (x *ChanType) End() token.Pos      { return x.Value.End() }

// exprNode marks the expression and type nodes, so that only they can be
// an Expr.
func (*BadExpr) exprNode()        {}
func (*Ident) exprNode()          {}
func (*Ellipsis) exprNode()       {}
func (*BasicLit) exprNode()       {}
func (*FuncLit) exprNode()        {}
func (*CompositeLit) exprNode()   {}
func (*ParenExpr) exprNode()      {}
func (*SelectorExpr) exprNode()   {}
func (*IndexExpr) exprNode()      {}
func (*IndexListExpr) exprNode()  {}
func (*SliceExpr) exprNode()      {}
func (*TypeAssertExpr) exprNode() {}
func (*CallExpr) exprNode()       {}
func (*StarExpr) exprNode()       {}
func (*UnaryExpr) exprNode()      {}
func (*BinaryExpr) exprNode()     {}
func (*KeyValueExpr) exprNode()   {}
func (*ArrayType) exprNode()      {}
func (*StructType) exprNode()     {}
func (*FuncType) exprNode()       {}
func (*InterfaceType) exprNode()  {}
func (*MapType) exprNode()        {}
func (*ChanType) exprNode()       {}
