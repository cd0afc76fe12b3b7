package parser

// This file parses declarations and whole source files.

import (
	"go/ast"
	"go/token"
	"strconv"
	"strings"
	"unicode"
)

// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
// It returns nil when the file does not start like a Go file: an error in
// its first token or its package clause.
func (p *parser) parseFile() *ast.File {
	defer p.enter("File")()
	if p.errors.Len() != 0 {
		return nil
	}

	// PackageClause = "package" PackageName . The name is declared in no
	// scope, so it is not resolved.
	doc := p.leadComment
	pos := p.expect(token.PACKAGE)
	ident := p.parseIdent()
	if ident.Name == "_" && p.mode&DeclarationErrors != 0 {
		p.error(p.pos, "invalid package name _")
	}
	p.expectSemi()
	if p.errors.Len() != 0 {
		return nil
	}

	var decls []ast.Decl
	if p.mode&PackageClauseOnly == 0 {
		for p.tok == token.IMPORT {
			decls = append(decls, p.parseGenDecl(token.IMPORT, p.parseImportSpec))
		}
		if p.mode&ImportsOnly == 0 {
			for p.tok != token.EOF {
				decls = append(decls, p.parseDecl(declStart))
			}
		}
	}

	f := &ast.File{
		Doc:      doc,
		Package:  pos,
		Name:     ident,
		Decls:    decls,
		Imports:  p.imports,
		Comments: p.comments,
	}
	if p.mode&SkipObjectResolution == 0 {
		var declErr func(token.Pos, string)
		if p.mode&DeclarationErrors != 0 {
			declErr = p.error
		}
		resolveFile(f, p.file, declErr)
	}
	return f
}

// Declaration = ConstDecl | TypeDecl | VarDecl .
// TopLevelDecl = Declaration | FunctionDecl | MethodDecl .
// After an error, parsing resumes at a token of sync.
func (p *parser) parseDecl(sync tokenSet) ast.Decl {
	defer p.enter("Declaration")()
	var f parseSpecFunc
	switch p.tok {
	case token.CONST, token.VAR:
		f = p.parseValueSpec
	case token.TYPE:
		f = p.parseTypeSpec
	case token.FUNC:
		return p.parseFuncDecl()
	default:
		pos := p.pos
		p.errorExpected(pos, "declaration")
		p.advance(sync)
		return &ast.BadDecl{From: pos, To: p.pos}
	}
	return p.parseGenDecl(p.tok, f)
}

// A parseSpecFunc reads one spec of a declaration introduced by keyword:
// the iota-th of its group, with doc its lead comment in a group.
type parseSpecFunc func(doc *ast.CommentGroup, keyword token.Token, iota int) ast.Spec

// GenDecl = keyword ( Spec | "(" { Spec ";" } ")" ) .
func (p *parser) parseGenDecl(keyword token.Token, f parseSpecFunc) *ast.GenDecl {
	defer p.enter("GenDecl(" + keyword.String() + ")")()
	doc := p.leadComment
	pos := p.expect(keyword)
	var lparen, rparen token.Pos
	var list []ast.Spec
	if p.tok == token.LPAREN {
		lparen = p.pos
		p.next()
		for iota := 0; p.tok != token.RPAREN && p.tok != token.EOF; iota++ {
			list = append(list, f(p.leadComment, keyword, iota))
		}
		rparen = p.expect(token.RPAREN)
		p.expectSemi()
	} else {
		list = append(list, f(nil, keyword, 0))
	}
	return &ast.GenDecl{Doc: doc, TokPos: pos, Tok: keyword, Lparen: lparen, Specs: list, Rparen: rparen}
}

// isValidImport reports whether the import path lit (a string literal,
// which the scanner checked) is not empty and holds only graphic
// characters, no spaces and none of !"#$%&'()*,:;<=>?[\]^{|}`.
func isValidImport(lit string) bool {
	const illegalChars = `!"#$%&'()*,:;<=>?[\]^{|}` + "`\uFFFD"
	s, _ := strconv.Unquote(lit)
	for _, r := range s {
		if !unicode.IsGraphic(r) || unicode.IsSpace(r) || strings.ContainsRune(illegalChars, r) {
			return false
		}
	}
	return s != ""
}

// ImportSpec = [ "." | PackageName ] ImportPath .
func (p *parser) parseImportSpec(doc *ast.CommentGroup, _ token.Token, _ int) ast.Spec {
	defer p.enter("ImportSpec")()
	var ident *ast.Ident
	switch p.tok {
	case token.PERIOD:
		ident = &ast.Ident{NamePos: p.pos, Name: "."}
		p.next()
	case token.IDENT:
		ident = p.parseIdent()
	}

	pos := p.pos
	var path string
	if p.tok == token.STRING {
		path = p.lit
		if !isValidImport(path) {
			p.error(pos, "invalid import path: "+path)
		}
		p.next()
	} else {
		p.expect(token.STRING)
	}
	p.expectSemi() // the line comment is known once the ';' is read

	spec := &ast.ImportSpec{
		Doc:     doc,
		Name:    ident,
		Path:    &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: path},
		Comment: p.lineComment,
	}
	p.imports = append(p.imports, spec)
	return spec
}

// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
// VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
// Both are read alike, then checked: a var needs a type or values, a
// const needs values unless it repeats the previous spec of its group.
func (p *parser) parseValueSpec(doc *ast.CommentGroup, keyword token.Token, iota int) ast.Spec {
	defer p.enter(keyword.String() + "Spec")()
	pos := p.pos
	idents := p.parseIdentList()
	typ := p.tryIdentOrType()
	var values []ast.Expr
	if p.tok == token.ASSIGN {
		p.next()
		values = p.parseList(true)
	}
	p.expectSemi() // the line comment is known once the ';' is read

	switch {
	case keyword == token.VAR && typ == nil && values == nil:
		p.error(pos, "missing variable type or initialization")
	case keyword == token.CONST && values == nil && (iota == 0 || typ != nil):
		p.error(pos, "missing constant value")
	}
	return &ast.ValueSpec{Doc: doc, Names: idents, Type: typ, Values: values, Comment: p.lineComment}
}

// TypeSpec = AliasDecl | TypeDef .
// AliasDecl = identifier "=" Type .
// TypeDef = identifier [ TypeParameters ] Type .
func (p *parser) parseTypeSpec(doc *ast.CommentGroup, _ token.Token, _ int) ast.Spec {
	defer p.enter("TypeSpec")()
	spec := &ast.TypeSpec{Doc: doc, Name: p.parseIdent()}
	if p.tok == token.LBRACK && p.allowGenerics() {
		p.parseArrayOrGenericType(spec)
	} else {
		if p.tok == token.ASSIGN {
			spec.Assign = p.pos
			p.next()
		}
		spec.Type = p.parseType()
	}
	p.expectSemi() // the line comment is known once the ';' is read
	spec.Comment = p.lineComment
	return spec
}

// parseArrayOrGenericType reads the rest of a type spec at the '[' after
// its name, which opens either an array type, "type A [N]int", or a type
// parameter list, "type G[P any] T". "type A [P]int" is an array; the
// first parameter is read as an expression until it tells which.
func (p *parser) parseArrayOrGenericType(spec *ast.TypeSpec) {
	lbrack := p.pos
	p.next()
	if p.tok != token.IDENT {
		spec.Type = p.parseArrayType(lbrack, nil)
		return
	}
	var x ast.Expr = p.parseIdent()
	if p.tok != token.LBRACK {
		// Read the expression that starts with the name. "P [" cannot
		// start one (an index is never a constant, so never an array
		// length): it starts a constraint such as P []E.
		p.exprLev++
		lhs := p.parsePrimaryExpr(x)
		x = p.parseBinaryExpr(lhs, token.LowestPrec+1, false)
		p.exprLev--
	}
	// A name with a constraint starts a type parameter list, and so does
	// a name alone unless ']' follows it ("[N]" is an array length). An
	// expression that could be either ("P *C") is a constraint if a ','
	// follows it.
	pname, ptype := extractName(x, p.tok == token.COMMA)
	if pname != nil && (ptype != nil || p.tok != token.RBRACK) {
		p.parseGenericType(spec, lbrack, pname, ptype)
	} else {
		spec.Type = p.parseArrayType(lbrack, x)
	}
}

// parseGenericType reads the type parameters of spec after their first
// name and constraint (typ0 may be nil), then its type. An alias with
// type parameters is read too: the type checker rejects it.
func (p *parser) parseGenericType(spec *ast.TypeSpec, openPos token.Pos, name0 *ast.Ident, typ0 ast.Expr) {
	defer p.enter("parseGenericType")()
	list := p.parseParameterList(name0, typ0, token.RBRACK)
	closePos := p.expect(token.RBRACK)
	spec.TypeParams = &ast.FieldList{Opening: openPos, List: list, Closing: closePos}
	if p.tok == token.ASSIGN {
		spec.Assign = p.pos
		p.next()
	}
	spec.Type = p.parseType()
}

// extractName splits x into a name and what follows it, when x can be
// read as "name constraint": it returns (name, nil) for a lone name,
// (name, constraint) when the split succeeds, and (nil, x) otherwise.
// The split happens only when the constraint is certainly a type (see
// isTypeElem) or force is set. With P, E names:
//
//	P*[]int   -> P, *[]int        P*E    -> P, *E only when forced
//	P([]int)  -> P, []int         P(E)   -> P, E only when forced
//	P*E|~G    -> P, *E|~G         P*E|G  -> P, *E|G only when forced
func extractName(x ast.Expr, force bool) (*ast.Ident, ast.Expr) {
	switch x := x.(type) {
	case *ast.Ident:
		return x, nil
	case *ast.BinaryExpr:
		switch x.Op {
		case token.MUL:
			if name, _ := x.X.(*ast.Ident); name != nil && (force || isTypeElem(x.Y)) {
				return name, &ast.StarExpr{Star: x.OpPos, X: x.Y}
			}
		case token.OR:
			if name, lhs := extractName(x.X, force || isTypeElem(x.Y)); name != nil && lhs != nil {
				union := *x
				union.X = lhs
				return name, &union
			}
		}
	case *ast.CallExpr:
		if name, _ := x.Fun.(*ast.Ident); name != nil {
			if len(x.Args) == 1 && x.Ellipsis == token.NoPos && (force || isTypeElem(x.Args[0])) {
				return name, x.Args[0]
			}
		}
	}
	return nil, x
}

// isTypeElem reports whether x, perhaps parenthesized, is certainly a
// type element: false when it could be a value expression as well.
func isTypeElem(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.ArrayType, *ast.StructType, *ast.FuncType, *ast.InterfaceType, *ast.MapType, *ast.ChanType:
		return true
	case *ast.BinaryExpr:
		return isTypeElem(x.X) || isTypeElem(x.Y)
	case *ast.UnaryExpr:
		return x.Op == token.TILDE
	case *ast.ParenExpr:
		return isTypeElem(x.X)
	}
	return false
}

// FunctionDecl = "func" FunctionName [ TypeParameters ] Signature [ FunctionBody ] .
// MethodDecl = "func" Receiver MethodName Signature [ FunctionBody ] .
func (p *parser) parseFuncDecl() *ast.FuncDecl {
	defer p.enter("FunctionDecl")()
	doc := p.leadComment
	pos := p.expect(token.FUNC)

	var recv *ast.FieldList
	if p.tok == token.LPAREN {
		_, recv = p.parseParameters(false)
	}
	ident := p.parseIdent()
	tparams, params := p.parseParameters(true)
	if recv != nil && tparams != nil {
		// read for a better error and recovery, then dropped
		p.error(tparams.Opening, "method must have no type parameters")
		tparams = nil
	}
	results := p.parseResult()

	var body *ast.BlockStmt
	switch p.tok {
	case token.LBRACE:
		body = p.parseBody()
		p.expectSemi()
	case token.SEMICOLON:
		p.next()
		if p.tok == token.LBRACE {
			p.error(p.pos, "unexpected semicolon or newline before {")
			body = p.parseBody()
			p.expectSemi()
		}
	default:
		p.expectSemi()
	}

	return &ast.FuncDecl{
		Doc:  doc,
		Recv: recv,
		Name: ident,
		Type: &ast.FuncType{Func: pos, TypeParams: tparams, Params: params, Results: results},
		Body: body,
	}
}
