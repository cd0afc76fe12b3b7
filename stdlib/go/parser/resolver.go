package parser

// This file binds identifiers to the objects they denote, once the file is
// parsed: a walk over the tree that opens a scope where Go's blocks open
// one, declares names into it (Ident.Obj pointing at a new ast.Object)
// and looks up every other identifier through the enclosing scopes. What
// is not declared in the file (universe names, imported packages, names
// of the package's other files) is left in File.Unresolved. Labels have
// scopes of their own, one per function body, and gotos may jump forward,
// so they are bound when their function's body is done.

import (
	"fmt"
	"go/ast"
	"go/token"
)

// resolveFile resolves the identifiers of file, sets File.Scope and
// File.Unresolved, and reports declaration errors (redeclarations,
// undefined labels) through declErr when it is not nil.
func resolveFile(file *ast.File, handle *token.File, declErr func(token.Pos, string)) {
	pkgScope := ast.NewScope(nil)
	r := &resolver{
		handle:   handle,
		declErr:  declErr,
		topScope: pkgScope,
		pkgScope: pkgScope,
		depth:    1,
	}
	for _, decl := range file.Decls {
		ast.Walk(r, decl)
	}
	r.closeScope()
	assert(r.topScope == nil, "unbalanced scopes")
	assert(r.labelScope == nil, "unbalanced label scopes")

	// The file's package-level names are all declared now: look the
	// identifiers collected on the way up again, keeping those not found.
	unresolved := r.unresolved[:0]
	for _, ident := range r.unresolved {
		assert(ident.Obj == unresolvedMark, "object already resolved")
		ident.Obj = r.pkgScope.Lookup(ident.Name)
		if ident.Obj == nil {
			unresolved = append(unresolved, ident)
		}
	}
	file.Scope = r.pkgScope
	file.Unresolved = unresolved
}

// maxScopeDepth is the deepest nesting of scopes the resolver accepts.
const maxScopeDepth int = 1e3

type resolver struct {
	handle  *token.File
	declErr func(token.Pos, string)

	pkgScope   *ast.Scope   // the outermost scope
	topScope   *ast.Scope   // the innermost scope open
	unresolved []*ast.Ident // identifiers not found in a scope yet
	depth      int          // number of scopes open

	labelScope *ast.Scope // the labels declared in the function body being resolved
	// the labels used in branch statements, per function body open
	targetStack [][]*ast.Ident
}

// unresolvedMark marks, while the walk runs, the identifiers collected in
// resolver.unresolved: it lets resolveFile check no other pass set them.
var unresolvedMark = new(ast.Object)

// posString formats pos as file:line:column for messages.
func (r *resolver) posString(pos token.Pos) string {
	return r.handle.Position(pos).String()
}

func (r *resolver) openScope(pos token.Pos) {
	r.depth++
	if r.depth > maxScopeDepth {
		panic(bailout{pos: pos, msg: "exceeded max scope depth during object resolution"})
	}
	r.topScope = ast.NewScope(r.topScope)
}

func (r *resolver) closeScope() {
	r.depth--
	r.topScope = r.topScope.Outer
}

func (r *resolver) openLabelScope() {
	r.labelScope = ast.NewScope(r.labelScope)
	r.targetStack = append(r.targetStack, nil)
}

// closeLabelScope binds the labels the function's branch statements used,
// now that all its labels are declared.
func (r *resolver) closeLabelScope() {
	n := len(r.targetStack) - 1
	for _, ident := range r.targetStack[n] {
		ident.Obj = r.labelScope.Lookup(ident.Name)
		if ident.Obj == nil && r.declErr != nil {
			r.declErr(ident.Pos(), fmt.Sprintf("label %s undefined", ident.Name))
		}
	}
	r.targetStack = r.targetStack[:n]
	r.labelScope = r.labelScope.Outer
}

// declare creates an object of kind for each of idents, declared by decl
// (with data, the iota of a constant), and inserts it in scope ("_"
// excepted). A receiver type parameter (decl an *ast.Ident) is inserted
// but never set as its identifier's object, as Go does.
func (r *resolver) declare(decl, data any, scope *ast.Scope, kind ast.ObjKind, idents ...*ast.Ident) {
	for _, ident := range idents {
		if ident.Obj != nil {
			panic(fmt.Sprintf("%v: identifier %s already declared or resolved", ident.Pos(), ident.Name))
		}
		obj := ast.NewObj(kind, ident.Name)
		obj.Decl = decl
		obj.Data = data
		if _, isIdent := decl.(*ast.Ident); !isIdent {
			ident.Obj = obj
		}
		if ident.Name == "_" {
			continue
		}
		if alt := scope.Insert(obj); alt != nil && r.declErr != nil {
			prevDecl := ""
			if pos := alt.Pos(); pos.IsValid() {
				prevDecl = "\n\tprevious declaration at " + r.posString(pos)
			}
			r.declErr(ident.Pos(), fmt.Sprintf("%s redeclared in this block%s", ident.Name, prevDecl))
		}
	}
}

// shortVarDecl declares the names on the left of ":=". A name already
// declared in the same scope is reused (assigned, not declared), but at
// least one must be new.
func (r *resolver) shortVarDecl(decl *ast.AssignStmt) {
	newVars := 0
	for _, x := range decl.Lhs {
		ident, isIdent := x.(*ast.Ident)
		if !isIdent {
			continue
		}
		assert(ident.Obj == nil, "identifier already declared or resolved")
		obj := ast.NewObj(ast.Var, ident.Name)
		obj.Decl = decl
		ident.Obj = obj
		if ident.Name == "_" {
			continue
		}
		if alt := r.topScope.Insert(obj); alt != nil {
			ident.Obj = alt
		} else {
			newVars++
		}
	}
	if newVars == 0 && r.declErr != nil {
		r.declErr(decl.Lhs[0].Pos(), "no new variables on left side of :=")
	}
}

// resolve binds ident to the object of the innermost scope declaring its
// name. When none does and collect is set, ident is kept for the package
// scope, complete only at the end of the file. "_" denotes nothing.
func (r *resolver) resolve(ident *ast.Ident, collect bool) {
	if ident.Obj != nil {
		panic(fmt.Sprintf("%s: identifier %s already declared or resolved", r.posString(ident.Pos()), ident.Name))
	}
	if ident.Name == "_" {
		return
	}
	for s := r.topScope; s != nil; s = s.Outer {
		if obj := s.Lookup(ident.Name); obj != nil {
			assert(obj.Name != "", "obj with no name")
			if _, isIdent := obj.Decl.(*ast.Ident); !isIdent {
				ident.Obj = obj
			}
			return
		}
	}
	if collect {
		ident.Obj = unresolvedMark
		r.unresolved = append(r.unresolved, ident)
	}
}

func (r *resolver) walkExprs(list []ast.Expr) {
	for _, x := range list {
		ast.Walk(r, x)
	}
}

// walkLHS resolves what is not a plain name on the left of ":=".
func (r *resolver) walkLHS(list []ast.Expr) {
	for _, x := range list {
		x := unparen(x)
		if _, isIdent := x.(*ast.Ident); !isIdent && x != nil {
			ast.Walk(r, x)
		}
	}
}

func (r *resolver) walkStmts(list []ast.Stmt) {
	for _, s := range list {
		ast.Walk(r, s)
	}
}

// Visit resolves node's identifiers. The nodes that open scopes or
// declare names are walked here, in the order of Go's scoping rules (the
// right side of ":=" before its left side, for instance), and return nil;
// any other node returns r to have ast.Walk visit its children.
func (r *resolver) Visit(node ast.Node) ast.Visitor {
	switch n := node.(type) {
	case *ast.Ident:
		r.resolve(n, true)
	case *ast.FuncLit:
		r.openScope(n.Pos())
		defer r.closeScope()
		r.walkFuncType(n.Type)
		r.walkBody(n.Body)
	case *ast.SelectorExpr:
		// only X: the selected name depends on X's type
		ast.Walk(r, n.X)
	case *ast.StructType:
		r.openScope(n.Pos())
		defer r.closeScope()
		r.walkFieldList(n.Fields, ast.Var)
	case *ast.FuncType:
		r.openScope(n.Pos())
		defer r.closeScope()
		r.walkFuncType(n)
	case *ast.CompositeLit:
		r.walkCompositeLit(n)
	case *ast.InterfaceType:
		r.openScope(n.Pos())
		defer r.closeScope()
		r.walkFieldList(n.Methods, ast.Fun)

	case *ast.LabeledStmt:
		r.declare(n, nil, r.labelScope, ast.Lbl, n.Label)
		ast.Walk(r, n.Stmt)
	case *ast.AssignStmt:
		r.walkExprs(n.Rhs)
		if n.Tok == token.DEFINE {
			r.shortVarDecl(n)
		} else {
			r.walkExprs(n.Lhs)
		}
	case *ast.BranchStmt:
		if n.Tok != token.FALLTHROUGH && n.Label != nil {
			top := len(r.targetStack) - 1
			r.targetStack[top] = append(r.targetStack[top], n.Label)
		}
	case *ast.BlockStmt:
		r.openScope(n.Pos())
		defer r.closeScope()
		r.walkStmts(n.List)
	case *ast.IfStmt:
		r.openScope(n.Pos())
		defer r.closeScope()
		walkIfPresent(r, n.Init)
		ast.Walk(r, n.Cond)
		ast.Walk(r, n.Body)
		walkIfPresent(r, n.Else)
	case *ast.CaseClause:
		r.walkExprs(n.List)
		r.openScope(n.Pos())
		defer r.closeScope()
		r.walkStmts(n.Body)
	case *ast.SwitchStmt:
		r.walkSwitch(n)
	case *ast.TypeSwitchStmt:
		r.walkTypeSwitch(n)
	case *ast.CommClause:
		r.openScope(n.Pos())
		defer r.closeScope()
		walkIfPresent(r, n.Comm)
		r.walkStmts(n.Body)
	case *ast.SelectStmt:
		// the clauses open the scopes, not the body
		if n.Body != nil {
			r.walkStmts(n.Body.List)
		}
	case *ast.ForStmt:
		r.openScope(n.Pos())
		defer r.closeScope()
		walkIfPresent(r, n.Init)
		walkIfPresent(r, n.Cond)
		walkIfPresent(r, n.Post)
		ast.Walk(r, n.Body)
	case *ast.RangeStmt:
		r.walkRange(n)

	case *ast.GenDecl:
		r.walkGenDecl(n)
	case *ast.FuncDecl:
		r.walkFuncDecl(n)
	default:
		return r
	}
	return nil
}

// walkIfPresent walks the optional node n.
func walkIfPresent(r *resolver, n ast.Node) {
	if n != nil {
		ast.Walk(r, n)
	}
}

// walkCompositeLit resolves a composite literal. A key that is a name may
// be a struct field, which no scope declares: it is bound when a scope
// has the name, and else left alone rather than collected.
func (r *resolver) walkCompositeLit(n *ast.CompositeLit) {
	if n.Type != nil {
		ast.Walk(r, n.Type)
	}
	for _, e := range n.Elts {
		kv, isKV := e.(*ast.KeyValueExpr)
		if !isKV {
			ast.Walk(r, e)
			continue
		}
		if ident, isIdent := kv.Key.(*ast.Ident); isIdent {
			r.resolve(ident, false)
		} else {
			ast.Walk(r, kv.Key)
		}
		ast.Walk(r, kv.Value)
	}
}

// walkSwitch resolves an expression switch. Like Go's parser, it opens an
// extra scope around the tag after an init statement, which a type
// switch's guard would need.
func (r *resolver) walkSwitch(n *ast.SwitchStmt) {
	r.openScope(n.Pos())
	defer r.closeScope()
	walkIfPresent(r, n.Init)
	if n.Tag != nil {
		if n.Init != nil {
			r.openScope(n.Tag.Pos())
			defer r.closeScope()
		}
		ast.Walk(r, n.Tag)
	}
	if n.Body != nil {
		r.walkStmts(n.Body.List) // the clauses open the scopes
	}
}

// walkTypeSwitch resolves a type switch: the init statement and the guard
// "v := x.(type)" each in a scope of their own, so that v may redeclare a
// name of the init statement.
func (r *resolver) walkTypeSwitch(n *ast.TypeSwitchStmt) {
	if n.Init != nil {
		r.openScope(n.Pos())
		defer r.closeScope()
		ast.Walk(r, n.Init)
	}
	r.openScope(n.Assign.Pos())
	defer r.closeScope()
	ast.Walk(r, n.Assign)
	if n.Body != nil {
		r.walkStmts(n.Body.List) // the clauses open the scopes
	}
}

// walkRange resolves a range statement: the ranged expression first, then
// the key and value, declared when the statement uses ":=".
func (r *resolver) walkRange(n *ast.RangeStmt) {
	r.openScope(n.Pos())
	defer r.closeScope()
	ast.Walk(r, n.X)
	var lhs []ast.Expr
	if n.Key != nil {
		lhs = append(lhs, n.Key)
	}
	if n.Value != nil {
		lhs = append(lhs, n.Value)
	}
	if len(lhs) > 0 {
		if n.Tok == token.DEFINE {
			// the declaring statement is rebuilt as "k, v := range x"
			// (the range keyword's position is not in the tree)
			as := &ast.AssignStmt{
				Lhs:    lhs,
				Tok:    token.DEFINE,
				TokPos: n.TokPos,
				Rhs:    []ast.Expr{&ast.UnaryExpr{Op: token.RANGE, X: n.X}},
			}
			r.walkLHS(lhs)
			r.shortVarDecl(as)
		} else {
			r.walkExprs(lhs)
		}
	}
	ast.Walk(r, n.Body)
}

// walkGenDecl declares the names of a const, var or type declaration. A
// constant or variable is declared after its values and type are
// resolved (in "var x = x" the second x is an outer one); a type before,
// so that it can refer to itself.
func (r *resolver) walkGenDecl(n *ast.GenDecl) {
	switch n.Tok {
	case token.CONST, token.VAR:
		kind := ast.Con
		if n.Tok == token.VAR {
			kind = ast.Var
		}
		for i, spec := range n.Specs {
			spec := spec.(*ast.ValueSpec)
			r.walkExprs(spec.Values)
			if spec.Type != nil {
				ast.Walk(r, spec.Type)
			}
			r.declare(spec, i, r.topScope, kind, spec.Names...)
		}
	case token.TYPE:
		for _, spec := range n.Specs {
			spec := spec.(*ast.TypeSpec)
			r.declare(spec, nil, r.topScope, ast.Typ, spec.Name)
			if spec.TypeParams != nil {
				// the scope stays open to the end of the declaration
				r.openScope(spec.Pos())
				defer r.closeScope()
				r.walkTParams(spec.TypeParams)
			}
			ast.Walk(r, spec.Type)
		}
	}
}

// walkFuncDecl resolves a function or method in its own scope: receiver,
// type parameters, the types of the parameters and results, then their
// names, then the body. A function (not a method, nor init) is declared
// in the package scope.
func (r *resolver) walkFuncDecl(n *ast.FuncDecl) {
	r.openScope(n.Pos())
	defer r.closeScope()
	r.walkRecv(n.Recv)
	if n.Type.TypeParams != nil {
		r.walkTParams(n.Type.TypeParams)
	}
	r.resolveList(n.Type.Params)
	r.resolveList(n.Type.Results)
	r.declareList(n.Recv, ast.Var)
	r.declareList(n.Type.Params, ast.Var)
	r.declareList(n.Type.Results, ast.Var)
	r.walkBody(n.Body)
	if n.Recv == nil && n.Name.Name != "init" {
		r.declare(n, nil, r.pkgScope, ast.Fun, n.Name)
	}
}

// walkFuncType resolves a function type's parameter and result types,
// then declares their names. Type parameters are a FuncDecl's business.
func (r *resolver) walkFuncType(typ *ast.FuncType) {
	r.resolveList(typ.Params)
	r.resolveList(typ.Results)
	r.declareList(typ.Params, ast.Var)
	r.declareList(typ.Results, ast.Var)
}

// resolveList resolves the types of a field list.
func (r *resolver) resolveList(list *ast.FieldList) {
	if list == nil {
		return
	}
	for _, f := range list.List {
		if f.Type != nil {
			ast.Walk(r, f.Type)
		}
	}
}

// declareList declares the names of a field list.
func (r *resolver) declareList(list *ast.FieldList, kind ast.ObjKind) {
	if list == nil {
		return
	}
	for _, f := range list.List {
		r.declare(f, nil, r.topScope, kind, f.Names...)
	}
}

// walkRecv resolves a receiver. In func (r *T[P, Q]) the receiver type
// parameters P and Q are declared, not resolved, and before the rest.
func (r *resolver) walkRecv(recv *ast.FieldList) {
	if recv == nil || len(recv.List) == 0 {
		return
	}
	typ := recv.List[0].Type
	if ptr, ok := typ.(*ast.StarExpr); ok {
		typ = ptr.X
	}

	var declareExprs, resolveExprs []ast.Expr
	switch typ := typ.(type) {
	case *ast.IndexExpr:
		declareExprs = []ast.Expr{typ.Index}
		resolveExprs = append(resolveExprs, typ.X)
	case *ast.IndexListExpr:
		declareExprs = typ.Indices
		resolveExprs = append(resolveExprs, typ.X)
	default:
		resolveExprs = append(resolveExprs, typ)
	}
	for _, x := range declareExprs {
		if id, isIdent := x.(*ast.Ident); isIdent {
			r.declare(x, nil, r.topScope, ast.Typ, id)
		} else {
			resolveExprs = append(resolveExprs, x) // not a name: resolve it anyway
		}
	}
	for _, x := range resolveExprs {
		if x != nil {
			ast.Walk(r, x)
		}
	}
	// more than one receiver is an error, but resolve them anyway
	for _, f := range recv.List[1:] {
		if f.Type != nil {
			ast.Walk(r, f.Type)
		}
	}
}

func (r *resolver) walkFieldList(list *ast.FieldList, kind ast.ObjKind) {
	if list == nil {
		return
	}
	r.resolveList(list)
	r.declareList(list, kind)
}

// walkTParams declares type parameters before resolving their
// constraints, which may refer to them: [P any, Q ~[]P].
func (r *resolver) walkTParams(list *ast.FieldList) {
	r.declareList(list, ast.Typ)
	r.resolveList(list)
}

// walkBody resolves a function body, which has its own labels.
func (r *resolver) walkBody(body *ast.BlockStmt) {
	if body == nil {
		return
	}
	r.openLabelScope()
	defer r.closeLabelScope()
	r.walkStmts(body.List)
}
