package parser

// This file parses types: type names and instances, array, struct,
// pointer, function, interface, map and channel types, and the parameter
// lists that function types and type parameter lists share.

import (
	"go/ast"
	"go/token"
)

// Type = TypeName [ TypeArgs ] | TypeLit | "(" Type ")" .
// A missing type is reported and stands as a BadExpr.
func (p *parser) parseType() ast.Expr {
	defer p.enter("Type")()
	if typ := p.tryIdentOrType(); typ != nil {
		return typ
	}
	pos := p.pos
	p.errorExpected(pos, "type")
	p.advance(exprEnd)
	return &ast.BadExpr{From: pos, To: p.pos}
}

// QualifiedIdent = PackageName "." identifier [ TypeArgs ] .
// ident, when not nil, is the name already read.
func (p *parser) parseQualifiedIdent(ident *ast.Ident) ast.Expr {
	defer p.enter("QualifiedIdent")()
	typ := p.parseTypeName(ident)
	if p.tok == token.LBRACK && p.allowGenerics() {
		typ = p.parseTypeInstance(typ)
	}
	return typ
}

// TypeName = identifier | PackageName "." identifier .
func (p *parser) parseTypeName(ident *ast.Ident) ast.Expr {
	defer p.enter("TypeName")()
	if ident == nil {
		ident = p.parseIdent()
	}
	if p.tok != token.PERIOD {
		return ident
	}
	p.next()
	return &ast.SelectorExpr{X: ident, Sel: p.parseIdent()}
}

// ArrayType = "[" [ ArrayLength | "..." ] "]" ElementType .
// The '[' at lbrack is already read, and so is the length when not nil.
// A slice is an ArrayType without length; "[...]T" is accepted here and
// rejected where it is not a composite literal's type.
func (p *parser) parseArrayType(lbrack token.Pos, length ast.Expr) *ast.ArrayType {
	defer p.enter("ArrayType")()
	if length == nil {
		p.exprLev++
		if p.tok == token.ELLIPSIS {
			length = &ast.Ellipsis{Ellipsis: p.pos}
			p.next()
		} else if p.tok != token.RBRACK {
			length = p.parseRhs()
		}
		p.exprLev--
	}
	if p.tok == token.COMMA {
		// a trailing comma belongs to type parameter lists only
		p.error(p.pos, "unexpected comma; expecting ]")
		p.next()
	}
	p.expect(token.RBRACK)
	elt := p.parseType()
	return &ast.ArrayType{Lbrack: lbrack, Len: length, Elt: elt}
}

// parseArrayFieldOrTypeInstance reads what follows the name x of a field
// or parameter at a '[': either x's array type ("x [n]T", "x []T") or an
// instantiated type x[A, B] standing alone (an embedded field), in which
// case the name returned is nil.
func (p *parser) parseArrayFieldOrTypeInstance(x *ast.Ident) (*ast.Ident, ast.Expr) {
	defer p.enter("ArrayFieldOrTypeInstance")()
	lbrack := p.expect(token.LBRACK)
	parseArg := p.parseRhsOrType
	if !p.allowGenerics() {
		parseArg = p.parseRhs
	}
	var args []ast.Expr
	var firstComma token.Pos
	if p.tok != token.RBRACK {
		p.exprLev++
		args = append(args, parseArg())
		for p.tok == token.COMMA {
			if !firstComma.IsValid() {
				firstComma = p.pos
			}
			p.next()
			args = append(args, parseArg())
		}
		p.exprLev--
	}
	rbrack := p.expect(token.RBRACK)

	if len(args) == 0 { // x []E
		return x, &ast.ArrayType{Lbrack: lbrack, Elt: p.parseType()}
	}
	if len(args) == 1 {
		if elt := p.tryIdentOrType(); elt != nil { // x [n]E
			return x, &ast.ArrayType{Lbrack: lbrack, Len: args[0], Elt: elt}
		}
		if !p.allowGenerics() {
			p.error(rbrack, "missing element type in array type expression")
			return nil, &ast.BadExpr{From: args[0].Pos(), To: args[0].End()}
		}
	}
	if !p.allowGenerics() {
		p.error(firstComma, "expected ']', found ','")
		return x, &ast.BadExpr{From: args[0].Pos(), To: args[len(args)-1].End()}
	}
	return nil, packIndexExpr(x, lbrack, args, rbrack) // x[A] or x[A, B]
}

// FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] .
// EmbeddedField = [ "*" ] TypeName [ TypeArgs ] .
func (p *parser) parseFieldDecl() *ast.Field {
	defer p.enter("FieldDecl")()
	doc := p.leadComment

	var names []*ast.Ident
	var typ ast.Expr
	if p.tok == token.IDENT {
		name := p.parseIdent()
		switch {
		case p.tok == token.PERIOD:
			typ = p.parseQualifiedIdent(name) // embedded pkg.T
		case p.tok == token.STRING || p.tok == token.SEMICOLON || p.tok == token.RBRACE:
			typ = name // embedded T
		default:
			names = []*ast.Ident{name}
			for p.tok == token.COMMA {
				p.next()
				names = append(names, p.parseIdent())
			}
			if len(names) == 1 && p.tok == token.LBRACK {
				// "T[" opens a field of array type or an embedded instance
				name, typ = p.parseArrayFieldOrTypeInstance(name)
				if name == nil {
					names = nil
				}
			} else {
				typ = p.parseType()
			}
		}
	} else {
		// an embedded *T, or a parenthesized type, which is not Go but
		// is read to be reported by the type checker
		typ = p.parseType()
	}

	var tag *ast.BasicLit
	if p.tok == token.STRING {
		tag = &ast.BasicLit{ValuePos: p.pos, Kind: p.tok, Value: p.lit}
		p.next()
	}
	p.expectSemi() // the line comment is known once the ';' is read
	return &ast.Field{Doc: doc, Names: names, Type: typ, Tag: tag, Comment: p.lineComment}
}

// StructType = "struct" "{" { FieldDecl ";" } "}" .
func (p *parser) parseStructType() *ast.StructType {
	defer p.enter("StructType")()
	pos := p.expect(token.STRUCT)
	lbrace := p.expect(token.LBRACE)
	var list []*ast.Field
	for p.tok == token.IDENT || p.tok == token.MUL || p.tok == token.LPAREN {
		list = append(list, p.parseFieldDecl())
	}
	rbrace := p.expect(token.RBRACE)
	fields := &ast.FieldList{Opening: lbrace, List: list, Closing: rbrace}
	return &ast.StructType{Struct: pos, Fields: fields}
}

// PointerType = "*" BaseType .
func (p *parser) parsePointerType() *ast.StarExpr {
	defer p.enter("PointerType")()
	star := p.expect(token.MUL)
	return &ast.StarExpr{Star: star, X: p.parseType()}
}

// "..." Type, the type of a variadic parameter.
func (p *parser) parseDotsType() *ast.Ellipsis {
	defer p.enter("DotsType")()
	pos := p.expect(token.ELLIPSIS)
	return &ast.Ellipsis{Ellipsis: pos, Elt: p.parseType()}
}

// A param is one entry of a parameter list before names and types are
// matched up: a name, a type, or both.
type param struct {
	name *ast.Ident
	typ  ast.Expr
}

// ParameterDecl = [ identifier ] [ "..." ] Type .
// In a type parameter list (typeSetsOK) the type may be a constraint
// union such as ~int | string. name, when not nil, is the first
// identifier, already read.
func (p *parser) parseParamDecl(name *ast.Ident, typeSetsOK bool) param {
	defer p.enter("ParamDeclOrNil")()
	if name == nil && p.tok != token.IDENT {
		return p.parseUnnamedParamDecl(typeSetsOK)
	}
	var f param
	if name != nil {
		f.name = name
	} else {
		f.name = p.parseIdent()
	}
	switch p.tok {
	case token.IDENT, token.MUL, token.ARROW, token.FUNC, token.CHAN, token.MAP, token.STRUCT, token.INTERFACE, token.LPAREN:
		f.typ = p.parseType() // name T
	case token.LBRACK:
		f.name, f.typ = p.parseArrayFieldOrTypeInstance(f.name) // name [n]T or T[A]
	case token.ELLIPSIS:
		f.typ = p.parseDotsType() // name ...T, never part of a union
		return f
	case token.PERIOD:
		f.typ = p.parseQualifiedIdent(f.name) // pkg.T
		f.name = nil
	case token.TILDE:
		if typeSetsOK {
			f.typ = p.embeddedElem(nil) // name ~T | ...
			return f
		}
	case token.OR:
		if typeSetsOK {
			f.typ = p.embeddedElem(f.name) // T | ...
			f.name = nil
			return f
		}
	}
	return p.continueUnion(f, typeSetsOK)
}

// parseUnnamedParamDecl reads a parameter that starts with no identifier:
// a type, "...T", or in a type parameter list a ~T term.
func (p *parser) parseUnnamedParamDecl(typeSetsOK bool) param {
	if typeSetsOK && p.tok == token.TILDE {
		return param{typ: p.embeddedElem(nil)}
	}
	var f param
	switch p.tok {
	case token.MUL, token.ARROW, token.FUNC, token.LBRACK, token.CHAN, token.MAP, token.STRUCT, token.INTERFACE, token.LPAREN:
		f.typ = p.parseType()
	case token.ELLIPSIS:
		return param{typ: p.parseDotsType()}
	default:
		// Go's parser says ')' here in type parameter lists too
		p.errorExpected(p.pos, "')'")
		p.advance(exprEnd)
	}
	return p.continueUnion(f, typeSetsOK)
}

// continueUnion makes the parameter's type the first term of a union
// when a '|' follows it in a type parameter list.
func (p *parser) continueUnion(f param, typeSetsOK bool) param {
	if typeSetsOK && p.tok == token.OR && f.typ != nil {
		f.typ = p.embeddedElem(f.typ)
	}
	return f
}

// ParameterList = ParameterDecl { "," ParameterDecl } .
// The list ends at closing: ')' for parameters, ']' for type parameters.
// name0 and typ0, when not nil, are the first parameter's name and type,
// already read by a caller that had to look at them to know a list starts.
//
// The names and types are matched after the whole list is read, since
// "a, b, c" are names in "a, b, c int" but types in "(a, b, c)".
func (p *parser) parseParameterList(name0 *ast.Ident, typ0 ast.Expr, closing token.Token) []*ast.Field {
	defer p.enter("ParameterList")()
	tparams := closing == token.RBRACK
	typeSetsOK := tparams && p.allowTypeSets()

	pos := p.pos
	if name0 != nil {
		pos = name0.Pos()
	}

	var list []param
	named := 0 // parameters with both a name and a type
	for name0 != nil || p.tok != closing && p.tok != token.EOF {
		var par param
		if typ0 != nil {
			if typeSetsOK {
				typ0 = p.embeddedElem(typ0)
			}
			par = param{name0, typ0}
		} else {
			par = p.parseParamDecl(name0, typeSetsOK)
		}
		name0, typ0 = nil, nil
		if par.name != nil || par.typ != nil {
			list = append(list, par)
			if par.name != nil && par.typ != nil {
				named++
			}
		}
		if !p.atComma("parameter list", closing) {
			break
		}
		p.next()
	}
	if len(list) == 0 {
		return nil
	}

	if named == 0 {
		p.takeNamesAsTypes(list, tparams, pos)
		fields := make([]*ast.Field, 0, len(list))
		for _, par := range list {
			assert(par.typ != nil, "nil type in unnamed parameter list")
			fields = append(fields, &ast.Field{Type: par.typ})
		}
		return fields
	}
	if named != len(list) {
		p.distributeTypes(list, tparams, pos)
	}
	return groupParams(list)
}

// takeNamesAsTypes handles a list without any "name type" pair: its lone
// identifiers are types. Type parameters, though, must all be named.
func (p *parser) takeNamesAsTypes(list []param, tparams bool, pos token.Pos) {
	for i := range list {
		if list[i].name != nil {
			list[i].typ = list[i].name
			list[i].name = nil
		}
	}
	if tparams {
		p.error(pos, "all type parameters must be named")
	}
}

// distributeTypes handles a list mixing "name type" pairs with lone names
// or types. A lone name takes the type of the next pair ("a, b int"); a
// lone type, or a name with no type after it, is an error (reported at
// the leftmost offender) and is given a name "_" or a BadExpr type.
func (p *parser) distributeTypes(list []param, tparams bool, pos token.Pos) {
	ok := true
	missingName := pos
	var typ ast.Expr // type of the nearest pair to the right
	for i := len(list) - 1; i >= 0; i-- {
		par := &list[i]
		switch {
		case par.typ != nil:
			typ = par.typ
			if par.name == nil {
				ok = false
				missingName = par.typ.Pos()
				par.name = &ast.Ident{NamePos: typ.Pos(), Name: "_"}
			}
		case typ != nil:
			par.typ = typ
		default:
			ok = false
			missingName = par.name.Pos()
			par.typ = &ast.BadExpr{From: par.name.Pos(), To: p.pos}
		}
	}
	if ok {
		return
	}
	if tparams {
		p.error(missingName, "all type parameters must be named")
	} else {
		p.error(pos, "mixed named and unnamed parameters")
	}
}

// groupParams turns named parameters into fields, consecutive names that
// share one type expression into a single field: "a, b int".
func groupParams(list []param) []*ast.Field {
	var fields []*ast.Field
	for _, par := range list {
		assert(par.typ != nil, "nil type in named parameter list")
		if n := len(fields); n > 0 && fields[n-1].Type == par.typ {
			fields[n-1].Names = append(fields[n-1].Names, par.name)
			continue
		}
		fields = append(fields, &ast.Field{Names: []*ast.Ident{par.name}, Type: par.typ})
	}
	return fields
}

// Parameters = [ TypeParameters ] "(" [ ParameterList [ "," ] ] ")" .
// TypeParameters = "[" TypeParamList [ "," ] "]" .
// Type parameters are read only when acceptTParams is set.
func (p *parser) parseParameters(acceptTParams bool) (tparams, params *ast.FieldList) {
	defer p.enter("Parameters")()
	if p.allowGenerics() && acceptTParams && p.tok == token.LBRACK {
		opening := p.pos
		p.next()
		list := p.parseParameterList(nil, nil, token.RBRACK)
		rbrack := p.expect(token.RBRACK)
		tparams = &ast.FieldList{Opening: opening, List: list, Closing: rbrack}
		if tparams.NumFields() == 0 {
			p.error(tparams.Closing, "empty type parameter list")
			tparams = nil
		}
	}

	opening := p.expect(token.LPAREN)
	var fields []*ast.Field
	if p.tok != token.RPAREN {
		fields = p.parseParameterList(nil, nil, token.RPAREN)
	}
	rparen := p.expect(token.RPAREN)
	params = &ast.FieldList{Opening: opening, List: fields, Closing: rparen}
	return tparams, params
}

// Result = Parameters | Type .
// It returns nil when the function has no result.
func (p *parser) parseResult() *ast.FieldList {
	defer p.enter("Result")()
	if p.tok == token.LPAREN {
		_, results := p.parseParameters(false)
		return results
	}
	if typ := p.tryIdentOrType(); typ != nil {
		return &ast.FieldList{List: []*ast.Field{{Type: typ}}}
	}
	return nil
}

// FunctionType = "func" Signature .
func (p *parser) parseFuncType() *ast.FuncType {
	defer p.enter("FuncType")()
	pos := p.expect(token.FUNC)
	tparams, params := p.parseParameters(true)
	if tparams != nil {
		p.error(tparams.Pos(), "function type must have no type parameters")
	}
	results := p.parseResult()
	return &ast.FuncType{Func: pos, Params: params, Results: results}
}

// MethodSpec = MethodName Signature | InterfaceTypeName [ TypeArgs ] .
// The field's line comment is set by the caller, after any '|' terms.
func (p *parser) parseMethodSpec() *ast.Field {
	defer p.enter("MethodSpec")()
	doc := p.leadComment
	var idents []*ast.Ident
	var typ ast.Expr
	x := p.parseTypeName(nil)
	ident, _ := x.(*ast.Ident)
	switch {
	case ident == nil: // pkg.T, perhaps instantiated
		typ = x
		if p.tok == token.LBRACK && p.allowGenerics() {
			typ = p.parseTypeInstance(typ)
		}
	case p.tok == token.LBRACK && p.allowGenerics():
		idents, typ = p.parseGenericMethodOrInstance(ident)
	case p.tok == token.LPAREN: // m(...) ...
		idents = []*ast.Ident{ident}
		typ = p.parseMethodSignature()
	default: // embedded T
		typ = x
	}
	return &ast.Field{Doc: doc, Names: idents, Type: typ}
}

// parseMethodSignature reads the signature of an interface method, which
// has no "func" keyword: its FuncType has no Func position.
func (p *parser) parseMethodSignature() *ast.FuncType {
	_, params := p.parseParameters(false)
	results := p.parseResult()
	return &ast.FuncType{Func: token.NoPos, Params: params, Results: results}
}

// parseGenericMethodOrInstance reads what follows "ident[" in an
// interface: an embedded instance ident[A, B], or a method with type
// parameters ident[T any](...), which is not Go but is read in full to
// report it well and recover.
func (p *parser) parseGenericMethodOrInstance(ident *ast.Ident) ([]*ast.Ident, ast.Expr) {
	lbrack := p.pos
	p.next()
	p.exprLev++
	x := p.parseExpr()
	p.exprLev--
	if name0, _ := x.(*ast.Ident); name0 != nil && p.tok != token.COMMA && p.tok != token.RBRACK {
		p.parseParameterList(name0, nil, token.RBRACK)
		p.expect(token.RBRACK)
		p.error(lbrack, "interface method must have no type parameters")
		return []*ast.Ident{ident}, p.parseMethodSignature()
	}

	list := []ast.Expr{x}
	if p.atComma("type argument list", token.RBRACK) {
		p.exprLev++
		p.next()
		for p.tok != token.RBRACK && p.tok != token.EOF {
			list = append(list, p.parseType())
			if !p.atComma("type argument list", token.RBRACK) {
				break
			}
			p.next()
		}
		p.exprLev--
	}
	rbrack := p.expectClosing(token.RBRACK, "type argument list")
	return nil, packIndexExpr(ident, lbrack, list, rbrack)
}

// Union = Term { "|" Term } .
// x, when not nil, is the first term, already read. A union is a chain
// of BinaryExprs with operator '|'.
func (p *parser) embeddedElem(x ast.Expr) ast.Expr {
	defer p.enter("EmbeddedElem")()
	if x == nil {
		x = p.embeddedTerm()
	}
	for p.tok == token.OR {
		pos := p.pos
		p.next()
		x = &ast.BinaryExpr{X: x, OpPos: pos, Op: token.OR, Y: p.embeddedTerm()}
	}
	return x
}

// Term = [ "~" ] Type .
func (p *parser) embeddedTerm() ast.Expr {
	defer p.enter("EmbeddedTerm")()
	if p.tok == token.TILDE {
		pos := p.pos
		p.next()
		return &ast.UnaryExpr{OpPos: pos, Op: token.TILDE, X: p.parseType()}
	}
	if t := p.tryIdentOrType(); t != nil {
		return t
	}
	pos := p.pos
	p.errorExpected(pos, "~ term or type")
	p.advance(exprEnd)
	return &ast.BadExpr{From: pos, To: p.pos}
}

// InterfaceType = "interface" "{" { InterfaceElem ";" } "}" .
// InterfaceElem = MethodElem | TypeElem .
func (p *parser) parseInterfaceType() *ast.InterfaceType {
	defer p.enter("InterfaceType")()
	pos := p.expect(token.INTERFACE)
	lbrace := p.expect(token.LBRACE)
	var list []*ast.Field
	for {
		var f *ast.Field
		switch {
		case p.tok == token.IDENT:
			f = p.parseMethodSpec()
			if f.Names == nil && p.allowGenerics() {
				f.Type = p.embeddedElem(f.Type)
			}
		case p.tok == token.TILDE && p.allowGenerics():
			f = &ast.Field{Type: p.embeddedElem(nil)}
		case p.allowGenerics():
			if t := p.tryIdentOrType(); t != nil {
				f = &ast.Field{Type: p.embeddedElem(t)}
			}
		}
		if f == nil {
			break
		}
		p.expectSemi()
		f.Comment = p.lineComment
		list = append(list, f)
	}
	rbrace := p.expect(token.RBRACE)
	methods := &ast.FieldList{Opening: lbrace, List: list, Closing: rbrace}
	return &ast.InterfaceType{Interface: pos, Methods: methods}
}

// MapType = "map" "[" KeyType "]" ElementType .
func (p *parser) parseMapType() *ast.MapType {
	defer p.enter("MapType")()
	pos := p.expect(token.MAP)
	p.expect(token.LBRACK)
	key := p.parseType()
	p.expect(token.RBRACK)
	value := p.parseType()
	return &ast.MapType{Map: pos, Key: key, Value: value}
}

// ChannelType = ( "chan" | "chan" "<-" | "<-" "chan" ) ElementType .
func (p *parser) parseChanType() *ast.ChanType {
	defer p.enter("ChanType")()
	pos := p.pos
	dir := ast.SEND | ast.RECV
	var arrow token.Pos
	if p.tok == token.CHAN {
		p.next()
		if p.tok == token.ARROW {
			arrow = p.pos
			p.next()
			dir = ast.SEND
		}
	} else {
		arrow = p.expect(token.ARROW)
		p.expect(token.CHAN)
		dir = ast.RECV
	}
	value := p.parseType()
	return &ast.ChanType{Begin: pos, Arrow: arrow, Dir: dir, Value: value}
}

// TypeArgs = "[" TypeList [ "," ] "]" .
func (p *parser) parseTypeInstance(typ ast.Expr) ast.Expr {
	assert(p.allowGenerics(), "parseTypeInstance while not parsing type params")
	defer p.enter("TypeInstance")()
	opening := p.expect(token.LBRACK)
	p.exprLev++
	var list []ast.Expr
	for p.tok != token.RBRACK && p.tok != token.EOF {
		list = append(list, p.parseType())
		if !p.atComma("type argument list", token.RBRACK) {
			break
		}
		p.next()
	}
	p.exprLev--
	closing := p.expectClosing(token.RBRACK, "type argument list")
	if len(list) == 0 {
		p.errorExpected(closing, "type argument list")
		bad := &ast.BadExpr{From: opening + 1, To: closing}
		return &ast.IndexExpr{X: typ, Lbrack: opening, Index: bad, Rbrack: closing}
	}
	return packIndexExpr(typ, opening, list, closing)
}

// tryIdentOrType reads a type if one starts here, and returns nil
// (having read nothing) otherwise.
func (p *parser) tryIdentOrType() ast.Expr {
	defer p.nest()()
	switch p.tok {
	case token.IDENT:
		typ := p.parseTypeName(nil)
		if p.tok == token.LBRACK && p.allowGenerics() {
			typ = p.parseTypeInstance(typ)
		}
		return typ
	case token.LBRACK:
		lbrack := p.expect(token.LBRACK)
		return p.parseArrayType(lbrack, nil)
	case token.STRUCT:
		return p.parseStructType()
	case token.MUL:
		return p.parsePointerType()
	case token.FUNC:
		return p.parseFuncType()
	case token.INTERFACE:
		return p.parseInterfaceType()
	case token.MAP:
		return p.parseMapType()
	case token.CHAN, token.ARROW:
		return p.parseChanType()
	case token.LPAREN:
		lparen := p.pos
		p.next()
		typ := p.parseType()
		rparen := p.expect(token.RPAREN)
		return &ast.ParenExpr{Lparen: lparen, X: typ, Rparen: rparen}
	}
	return nil
}
