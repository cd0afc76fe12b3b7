package ast

import "go/token"

// The statement nodes. As for expressions, each shows the source it
// stands for, and a Pos field is where a token of it is.
type (
	// A BadStmt stands in for a statement the parser could not make
	// sense of, keeping the range of source it covers.
	BadStmt struct {
		From, To token.Pos // the range of the bad source
	}

	// A DeclStmt is a declaration among a function's statements:
	// var x int.
	DeclStmt struct {
		Decl Decl // a *GenDecl of consts, types or vars
	}

	// An EmptyStmt is an empty statement. Its position is that of the
	// semicolon after it, which the source may leave implicit (as at
	// the end of a line).
	EmptyStmt struct {
		Semicolon token.Pos // where the ";" after it is
		Implicit  bool      // the ";" is not in the source
	}

	// A LabeledStmt is a statement with a label: Label: Stmt.
	LabeledStmt struct {
		Label *Ident
		Colon token.Pos // where the ":" is
		Stmt  Stmt
	}

	// An ExprStmt is an expression used as a statement: f(x).
	ExprStmt struct {
		X Expr // the expression
	}

	// A SendStmt is a channel send: Chan <- Value.
	SendStmt struct {
		Chan  Expr
		Arrow token.Pos // where the "<-" is
		Value Expr
	}

	// An IncDecStmt is X++ or X--.
	IncDecStmt struct {
		X      Expr
		TokPos token.Pos   // where Tok is
		Tok    token.Token // INC for ++, DEC for --
	}

	// An AssignStmt is an assignment, a = b or n += 2, or a short
	// variable declaration, x := 1: Lhs Tok Rhs.
	AssignStmt struct {
		Lhs    []Expr
		TokPos token.Pos   // where Tok is
		Tok    token.Token // ASSIGN, DEFINE, or an op-assign such as ADD_ASSIGN
		Rhs    []Expr
	}

	// A GoStmt is a go statement: go Call.
	GoStmt struct {
		Go   token.Pos // where "go" is
		Call *CallExpr
	}

	// A DeferStmt is a defer statement: defer Call.
	DeferStmt struct {
		Defer token.Pos // where "defer" is
		Call  *CallExpr
	}

	// A ReturnStmt is a return statement: return Results.
	ReturnStmt struct {
		Return  token.Pos // where "return" is
		Results []Expr    // the values returned, or nil
	}

	// A BranchStmt is a jump, Tok Label: break, continue, goto or
	// fallthrough, the first two with an optional label.
	BranchStmt struct {
		TokPos token.Pos   // where Tok is
		Tok    token.Token // BREAK, CONTINUE, GOTO or FALLTHROUGH
		Label  *Ident      // the label, or nil
	}

	// A BlockStmt is a list of statements in braces: { List }.
	BlockStmt struct {
		Lbrace token.Pos // where the "{" is
		List   []Stmt
		Rbrace token.Pos // where the "}" is; NoPos if a syntax error cut it off
	}

	// An IfStmt is an if statement: if Init; Cond Body else Else.
	IfStmt struct {
		If   token.Pos // where "if" is
		Init Stmt      // the statement before the condition, or nil
		Cond Expr      // the condition
		Body *BlockStmt
		Else Stmt // a *BlockStmt or another *IfStmt, or nil
	}

	// A CaseClause is one clause of a switch or type switch:
	// case List: Body, or default: Body.
	CaseClause struct {
		Case  token.Pos // where "case" or "default" is
		List  []Expr    // the values or types; nil for default
		Colon token.Pos // where the ":" is
		Body  []Stmt    // the statements, or nil
	}

	// A SwitchStmt is a switch on values: switch Init; Tag Body.
	SwitchStmt struct {
		Switch token.Pos  // where "switch" is
		Init   Stmt       // the statement before the tag, or nil
		Tag    Expr       // the value switched on; nil means true
		Body   *BlockStmt // holds *CaseClause statements only
	}

	// A TypeSwitchStmt is a switch on types: switch Init; Assign Body.
	TypeSwitchStmt struct {
		Switch token.Pos  // where "switch" is
		Init   Stmt       // the statement before the guard, or nil
		Assign Stmt       // the guard: an ExprStmt y.(type) or an AssignStmt x := y.(type)
		Body   *BlockStmt // holds *CaseClause statements only
	}

	// A CommClause is one clause of a select:
	// case Comm: Body, or default: Body.
	CommClause struct {
		Case  token.Pos // where "case" or "default" is
		Comm  Stmt      // the send or receive; nil for default
		Colon token.Pos // where the ":" is
		Body  []Stmt    // the statements, or nil
	}

	// A SelectStmt is a select statement: select Body.
	SelectStmt struct {
		Select token.Pos  // where "select" is
		Body   *BlockStmt // holds *CommClause statements only
	}

	// A ForStmt is a for loop without range: for Init; Cond; Post Body.
	ForStmt struct {
		For  token.Pos // where "for" is
		Init Stmt      // runs once before the loop, or nil
		Cond Expr      // tested before each iteration; nil means true
		Post Stmt      // runs after each iteration, or nil
		Body *BlockStmt
	}

	// A RangeStmt is a for loop over a range:
	// for Key, Value Tok range X Body.
	RangeStmt struct {
		For        token.Pos   // where "for" is
		Key, Value Expr        // either may be nil
		TokPos     token.Pos   // where Tok is; NoPos when Key is nil
		Tok        token.Token // ASSIGN or DEFINE; ILLEGAL when Key is nil
		X          Expr        // what is ranged over
		Body       *BlockStmt
	}
)

// Where statements begin: at their keyword, or where their first part
// begins.

func (s *BadStmt) Pos() token.Pos        { return s.From }
func (s *DeclStmt) Pos() token.Pos       { return s.Decl.Pos() }
func (s *EmptyStmt) Pos() token.Pos      { return s.Semicolon }
func (s *LabeledStmt) Pos() token.Pos    { return s.Label.Pos() }
func (s *ExprStmt) Pos() token.Pos       { return s.X.Pos() }
func (s *SendStmt) Pos() token.Pos       { return s.Chan.Pos() }
func (s *IncDecStmt) Pos() token.Pos     { return s.X.Pos() }
func (s *AssignStmt) Pos() token.Pos     { return s.Lhs[0].Pos() }
func (s *GoStmt) Pos() token.Pos         { return s.Go }
func (s *DeferStmt) Pos() token.Pos      { return s.Defer }
func (s *ReturnStmt) Pos() token.Pos     { return s.Return }
func (s *BranchStmt) Pos() token.Pos     { return s.TokPos }
func (s *BlockStmt) Pos() token.Pos      { return s.Lbrace }
func (s *IfStmt) Pos() token.Pos         { return s.If }
func (s *CaseClause) Pos() token.Pos     { return s.Case }
func (s *SwitchStmt) Pos() token.Pos     { return s.Switch }
func (s *TypeSwitchStmt) Pos() token.Pos { return s.Switch }
func (s *CommClause) Pos() token.Pos     { return s.Case }
func (s *SelectStmt) Pos() token.Pos     { return s.Select }
func (s *ForStmt) Pos() token.Pos        { return s.For }
func (s *RangeStmt) Pos() token.Pos      { return s.For }

// Where statements end: where their last part ends, or just after their
// last token.

func (s *BadStmt) End() token.Pos  { return s.To }
func (s *DeclStmt) End() token.Pos { return s.Decl.End() }

// End is just after the ";", or at the position of one the source left
// out (an implicit semicolon takes no room).
func (s *EmptyStmt) End() token.Pos {
	if s.Implicit {
		return s.Semicolon
	}
	return s.Semicolon + token.Pos(len(";"))
}

func (s *LabeledStmt) End() token.Pos { return s.Stmt.End() }
func (s *ExprStmt) End() token.Pos    { return s.X.End() }
func (s *SendStmt) End() token.Pos    { return s.Value.End() }

// End is just after the operator: "++" and "--" both have two characters.
func (s *IncDecStmt) End() token.Pos { return s.TokPos + token.Pos(len("++")) }

func (s *AssignStmt) End() token.Pos { return s.Rhs[len(s.Rhs)-1].End() }
func (s *GoStmt) End() token.Pos     { return s.Call.End() }
func (s *DeferStmt) End() token.Pos  { return s.Call.End() }

// End is the end of the last result, or just after the keyword.
func (s *ReturnStmt) End() token.Pos {
	if n := len(s.Results); n > 0 {
		return s.Results[n-1].End()
	}
	return s.Return + token.Pos(len("return"))
}

// End is the end of the label, or just after the keyword.
func (s *BranchStmt) End() token.Pos {
	if s.Label != nil {
		return s.Label.End()
	}
	return s.TokPos + token.Pos(len(s.Tok.String()))
}

// End is just after the "}". A block the parser cut short by a syntax
// error has none, and ends with its last statement, or just after "{".
func (s *BlockStmt) End() token.Pos {
	if s.Rbrace.IsValid() {
		return s.Rbrace + 1
	}
	if n := len(s.List); n > 0 {
		return s.List[n-1].End()
	}
	return s.Lbrace + 1
}

// End is the end of the else branch, or of the body when there is none.
func (s *IfStmt) End() token.Pos {
	if s.Else != nil {
		return s.Else.End()
	}
	return s.Body.End()
}

func (s *CaseClause) End() token.Pos { return clauseEnd(s.Colon, s.Body) }
func (s *CommClause) End() token.Pos { return clauseEnd(s.Colon, s.Body) }

// clauseEnd is where a case clause ends: with its last statement, or just
// after its ":" when its body is empty.
func clauseEnd(colon token.Pos, body []Stmt) token.Pos {
	if n := len(body); n > 0 {
		return body[n-1].End()
	}
	return colon + 1
}

func (s *SwitchStmt) End() token.Pos     { return s.Body.End() }
func (s *TypeSwitchStmt) End() token.Pos { return s.Body.End() }
func (s *SelectStmt) End() token.Pos     { return s.Body.End() }
func (s *ForStmt) End() token.Pos        { return s.Body.End() }
func (s *RangeStmt) End() token.Pos      { return s.Body.End() }

// stmtNode marks the statement nodes, so that only they can be a Stmt.
func (*BadStmt) stmtNode()        {}
func (*DeclStmt) stmtNode()       {}
func (*EmptyStmt) stmtNode()      {}
func (*LabeledStmt) stmtNode()    {}
func (*ExprStmt) stmtNode()       {}
func (*SendStmt) stmtNode()       {}
func (*IncDecStmt) stmtNode()     {}
func (*AssignStmt) stmtNode()     {}
func (*GoStmt) stmtNode()         {}
func (*DeferStmt) stmtNode()      {}
func (*ReturnStmt) stmtNode()     {}
func (*BranchStmt) stmtNode()     {}
func (*BlockStmt) stmtNode()      {}
func (*IfStmt) stmtNode()         {}
func (*CaseClause) stmtNode()     {}
func (*SwitchStmt) stmtNode()     {}
func (*TypeSwitchStmt) stmtNode() {}
func (*CommClause) stmtNode()     {}
func (*SelectStmt) stmtNode()     {}
func (*ForStmt) stmtNode()        {}
func (*RangeStmt) stmtNode()      {}
