package printer

import (
	"go/ast"
	"go/token"
	"unicode/utf8"
)

// paramMode tells parameters which kind of list it prints.
type paramMode int

const (
	funcParam  paramMode = iota // (a, b int)
	funcTParam                  // [T any] of a function
	typeTParam                  // [T any] of a type
)

// parameters prints a parameter, result or type parameter list, keeping
// the source's line breaks between parameters.
func (p *printer) parameters(fields *ast.FieldList, mode paramMode) {
	openTok, closeTok := token.LPAREN, token.RPAREN
	if mode != funcParam {
		openTok, closeTok = token.LBRACK, token.RBRACK
	}
	p.print(fields.Opening, openTok)
	if len(fields.List) > 0 {
		prevLine := p.lineFor(fields.Opening)
		ws := indent
		for i, par := range fields.List {
			parLineBeg := p.lineFor(par.Pos())
			parLineEnd := p.lineFor(par.End())
			needsLinebreak := 0 < prevLine && prevLine < parLineBeg
			if i > 0 {
				// The comma takes the parameter's position only if it is
				// on the same line, as in exprList.
				if !needsLinebreak {
					p.print(par.Pos())
				}
				p.print(token.COMMA)
			}
			if needsLinebreak && p.linebreak(parLineBeg, 0, ws, true) > 0 {
				ws = ignore
			} else if i > 0 {
				p.print(blank)
			}
			if len(par.Names) > 0 {
				// Once the list is indented (ws == ignore) the names do not
				// indent again; before that, a multi-line name list indents
				// and unindents on its own.
				p.identList(par.Names, ws == indent)
				p.print(blank)
			}
			p.expr(stripParensAlways(par.Type))
			prevLine = parLineEnd
		}

		if closing := p.lineFor(fields.Closing); 0 < prevLine && prevLine < closing {
			// The closing token is on a line of its own.
			p.print(token.COMMA)
			p.linebreak(closing, 0, ignore, true)
		} else if mode == typeTParam && fields.NumFields() == 1 && combinesWithName(fields.List[0].Type) {
			// type T[P *C] would read as an array type T[P*C]: a comma
			// keeps it a type parameter list.
			p.print(token.COMMA)
		}
		if ws == ignore {
			p.print(unindent)
		}
	}
	p.print(fields.Closing, closeTok)
}

// combinesWithName says whether "name x" could be taken for one
// expression: "P *T" as the product P*T, but not "P *T|~U".
func combinesWithName(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.StarExpr:
		return !isTypeElem(x.X)
	case *ast.BinaryExpr:
		return combinesWithName(x.X) && !isTypeElem(x.Y)
	case *ast.ParenExpr:
		panic("go/printer: parameter type kept its parentheses")
	}
	return false
}

// isTypeElem reports whether x can only be a type element, not a value.
func isTypeElem(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.ArrayType, *ast.StructType, *ast.FuncType, *ast.InterfaceType, *ast.MapType, *ast.ChanType:
		return true
	case *ast.UnaryExpr:
		return x.Op == token.TILDE
	case *ast.BinaryExpr:
		return isTypeElem(x.X) || isTypeElem(x.Y)
	case *ast.ParenExpr:
		return isTypeElem(x.X)
	}
	return false
}

// signature prints the type parameters, parameters and results of a
// function type, without the "func". A single unnamed result needs no
// parentheses.
func (p *printer) signature(sig *ast.FuncType) {
	if sig.TypeParams != nil {
		p.parameters(sig.TypeParams, funcTParam)
	}
	if sig.Params != nil {
		p.parameters(sig.Params, funcParam)
	} else {
		p.print(token.LPAREN, token.RPAREN)
	}
	res := sig.Results
	n := res.NumFields()
	if n == 0 {
		return
	}
	p.print(blank)
	if n == 1 && res.List[0].Names == nil {
		p.expr(stripParensAlways(res.List[0].Type))
		return
	}
	p.parameters(res, funcParam)
}

// identListSize returns the printed length of a list of names, stopping
// once it reaches maxSize.
func identListSize(list []*ast.Ident, maxSize int) int {
	size := 0
	for i, x := range list {
		if i > 0 {
			size += len(", ")
		}
		size += utf8.RuneCountInString(x.Name)
		if size >= maxSize {
			break
		}
	}
	return size
}

// isOneLineFieldList reports whether a struct or interface written on one
// source line can stay there: it has a single short field, with no tag
// and no comment.
func (p *printer) isOneLineFieldList(list []*ast.Field) bool {
	if len(list) != 1 {
		return false
	}
	f := list[0]
	if f.Tag != nil || f.Comment != nil {
		return false
	}
	const maxSize = 30
	namesSize := identListSize(f.Names, maxSize)
	if namesSize > 0 {
		namesSize = 1 // a blank; the names themselves do not count
	}
	typeSize := p.nodeSize(f.Type, maxSize)
	return namesSize+typeSize <= maxSize
}

// setLineComment makes text the line comment of what was just printed.
func (p *printer) setLineComment(text string) {
	p.setComment(&ast.CommentGroup{List: []*ast.Comment{{Slash: token.NoPos, Text: text}}})
}

// fieldList prints the braces and fields of a struct (isStruct) or an
// interface. isIncomplete marks fields filtered out of the tree.
func (p *printer) fieldList(fields *ast.FieldList, isStruct, isIncomplete bool) {
	lbrace := fields.Opening
	list := fields.List
	rbrace := fields.Closing
	hasComments := isIncomplete || p.commentBefore(p.posFor(rbrace))
	srcIsOneLine := lbrace.IsValid() && rbrace.IsValid() && p.lineFor(lbrace) == p.lineFor(rbrace)

	if !hasComments && srcIsOneLine {
		if len(list) == 0 {
			p.print(lbrace, token.LBRACE, rbrace, token.RBRACE)
			return
		}
		if p.isOneLineFieldList(list) {
			p.oneLineField(lbrace, list[0], isStruct)
			p.print(blank, rbrace, token.RBRACE)
			return
		}
	}

	p.print(blank, lbrace, token.LBRACE, indent)
	if hasComments || len(list) > 0 {
		p.print(formfeed)
	}
	if isStruct {
		p.structFields(list)
	} else {
		p.interfaceElems(list)
	}
	if isIncomplete {
		if len(list) > 0 {
			p.print(formfeed)
		}
		// The last field's line comment must come before the note.
		p.flush(p.posFor(rbrace), token.RBRACE)
		if isStruct {
			p.setLineComment("// " + filteredMsg)
		} else {
			p.setLineComment("// contains filtered or unexported methods")
		}
	}
	p.print(unindent, formfeed, rbrace, token.RBRACE)
}

// oneLineField prints "{ f T" of a one-line struct or interface.
func (p *printer) oneLineField(lbrace token.Pos, f *ast.Field, isStruct bool) {
	p.print(lbrace, token.LBRACE, blank)
	switch {
	case isStruct:
		for i, x := range f.Names {
			if i > 0 {
				p.print(token.COMMA, blank)
			}
			p.expr(x)
		}
		if len(f.Names) > 0 {
			p.print(blank)
		}
		p.expr(f.Type)
	case len(f.Names) > 0:
		p.expr(f.Names[0]) // a method: its name, then its signature
		p.signature(f.Type.(*ast.FuncType))
	default:
		p.expr(f.Type) // an embedded type
	}
}

// structFields prints the fields of a struct, one a line, in three
// aligned columns: names, type, tag. A line comment goes in a fourth.
func (p *printer) structFields(list []*ast.Field) {
	sep := vtab
	if len(list) == 1 {
		sep = blank
	}
	var line int
	for i, f := range list {
		if i > 0 {
			p.linebreak(p.lineFor(f.Pos()), 1, ignore, p.linesFrom(line) > 0)
		}
		extraTabs := 0
		p.setComment(f.Doc)
		p.recordLine(&line)
		if len(f.Names) > 0 {
			p.identList(f.Names, false)
			p.print(sep)
			p.expr(f.Type)
			extraTabs = 1
		} else {
			p.expr(f.Type) // an embedded field fills the names column
			extraTabs = 2
		}
		if f.Tag != nil {
			if len(f.Names) > 0 && sep == vtab {
				p.print(sep)
			}
			p.print(sep)
			p.expr(f.Tag)
			extraTabs = 0
		}
		if f.Comment != nil {
			for ; extraTabs > 0; extraTabs-- {
				p.print(sep)
			}
			p.setComment(f.Comment)
		}
	}
}

// interfaceElems prints the methods and embedded types of an interface,
// one a line.
func (p *printer) interfaceElems(list []*ast.Field) {
	var line int
	for i, f := range list {
		if i > 0 {
			p.linebreak(p.lineFor(f.Pos()), 1, ignore, p.linesFrom(line) > 0)
		}
		p.setComment(f.Doc)
		p.recordLine(&line)
		if len(f.Names) > 0 {
			p.expr(f.Names[0])
			p.signature(f.Type.(*ast.FuncType))
		} else {
			p.expr(f.Type)
		}
		p.setComment(f.Comment)
	}
}
