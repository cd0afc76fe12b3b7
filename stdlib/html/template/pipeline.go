package template

import (
	"fmt"
	"internal/godebug"
	"text/template"
	"text/template/parse"
)

// This file decides which escaping functions an action gets, and adds
// them to the action's pipeline: {{.X}} in a quoted href becomes
// {{.X | _html_template_urlfilter | _html_template_urlnormalizer |
// _html_template_attrescaper}}.

// evalArgs prints the arguments of an action as text/template would; it
// stands in for a predefined escaper called with several arguments, so
// that the escaper chosen by context can follow it.
func evalArgs(args ...any) string {
	if len(args) == 1 {
		if s, ok := args[0].(string); ok {
			return s
		}
	}
	for i, arg := range args {
		args[i] = indirectToStringerOrError(arg)
	}
	return fmt.Sprint(args...)
}

// funcMap holds the functions the escaper adds to pipelines, under names
// no template author would use.
var funcMap = template.FuncMap{
	"_html_template_attrescaper":     attrEscaper,
	"_html_template_commentescaper":  commentEscaper,
	"_html_template_cssescaper":      cssEscaper,
	"_html_template_cssvaluefilter":  cssValueFilter,
	"_html_template_htmlnamefilter":  htmlNameFilter,
	"_html_template_htmlescaper":     htmlEscaper,
	"_html_template_jsregexpescaper": jsRegexpEscaper,
	"_html_template_jsstrescaper":    jsStrEscaper,
	"_html_template_jsvalescaper":    jsValEscaper,
	"_html_template_nospaceescaper":  htmlNospaceEscaper,
	"_html_template_rcdataescaper":   rcdataEscaper,
	"_html_template_srcsetescaper":   srcsetFilterAndEscaper,
	"_html_template_urlescaper":      urlEscaper,
	"_html_template_urlfilter":       urlFilter,
	"_html_template_urlnormalizer":   urlNormalizer,
	"_eval_args_":                    evalArgs,
}

// checkPredefinedEscapers rejects an html or urlquery command anywhere but
// at the end of n's pipeline: an escaper added after it would escape its
// output twice. An unquoted attribute value cannot end in html either,
// since html leaves spaces that would end the value.
func checkPredefinedEscapers(c context, n *parse.ActionNode) *Error {
	for pos, cmd := range n.Pipe.Cmds {
		id, ok := cmd.Args[0].(*parse.IdentifierNode)
		if !ok || !predefinedEscapers[id.Ident] {
			continue
		}
		last := pos == len(n.Pipe.Cmds)-1
		if !last || c.state == stateAttr && c.delim == delimSpaceOrTagEnd && id.Ident == "html" {
			return errorf(ErrPredefinedEscaper, n, n.Line, "predefined escaper %q disallowed in template", id.Ident)
		}
	}
	return nil
}

// contextEscapers returns the names of the escapers an action in context c
// needs, first those for the language c is in, then one for the attribute
// value around it, and the context after the action.
func contextEscapers(c context, n *parse.ActionNode) ([]string, context) {
	var s []string
	switch c.state {
	case stateError:
		return nil, c
	case stateURL, stateCSSDqStr, stateCSSSqStr, stateCSSDqURL, stateCSSSqURL, stateCSSURL:
		switch c.urlPart {
		case urlPartNone:
			// The value starts the URL, so it chooses the scheme.
			s = append(s, "_html_template_urlfilter")
			fallthrough
		case urlPartPreQuery:
			switch c.state {
			case stateCSSDqStr, stateCSSSqStr:
				s = append(s, "_html_template_cssescaper")
			default:
				s = append(s, "_html_template_urlnormalizer")
			}
		case urlPartQueryOrFrag:
			s = append(s, "_html_template_urlescaper")
		case urlPartUnknown:
			return nil, context{
				state: stateError,
				err:   errorf(ErrAmbigContext, n, n.Line, "%s appears in an ambiguous context within a URL", n),
			}
		}
	case stateJS:
		s = append(s, "_html_template_jsvalescaper")
		// A value was written, so a '/' after it divides.
		c.jsCtx = jsCtxDivOp
	case stateJSDqStr, stateJSSqStr:
		s = append(s, "_html_template_jsstrescaper")
	case stateJSBqStr:
		// Template literals may hold ${...} code, which no string escaping
		// makes safe; GODEBUG=jstmpllitinterp=1 restores the old behaviour.
		if godebug.Get("jstmpllitinterp") != "1" {
			return nil, context{
				state: stateError,
				err:   errorf(errJSTmplLit, n, n.Line, "%s appears in a JS template literal", n),
			}
		}
		s = append(s, "_html_template_jsstrescaper")
	case stateJSRegexp:
		s = append(s, "_html_template_jsregexpescaper")
	case stateCSS:
		s = append(s, "_html_template_cssvaluefilter")
	case stateText:
		s = append(s, "_html_template_htmlescaper")
	case stateRCDATA:
		s = append(s, "_html_template_rcdataescaper")
	case stateAttr:
		// Only the attribute value's delimiter needs escaping.
	case stateAttrName, stateTag:
		c.state = stateAttrName
		s = append(s, "_html_template_htmlnamefilter")
	case stateSrcset:
		s = append(s, "_html_template_srcsetescaper")
	default:
		if !isComment(c.state) {
			panic("unexpected state " + c.state.String())
		}
		s = append(s, "_html_template_commentescaper")
	}
	switch c.delim {
	case delimSpaceOrTagEnd:
		s = append(s, "_html_template_nospaceescaper")
	case delimDoubleQuote, delimSingleQuote:
		s = append(s, "_html_template_attrescaper")
	}
	return s, c
}

// ensurePipelineContains appends to pipeline p the escapers named in s that
// it does not end with already. A predefined escaper (html, urlquery)
// ending p counts for the escapers equivalent to it, and takes their place
// in the sequence; called with several arguments, it is rewritten as
// _eval_args_ followed by itself, so that its arguments are printed first.
func ensurePipelineContains(p *parse.PipeNode, s []string) {
	if len(s) == 0 {
		// Nothing to add, as for an action in a plain attribute value.
		return
	}
	keep := len(p.Cmds)
	if keep > 0 {
		last := p.Cmds[keep-1]
		if id, ok := last.Args[0].(*parse.IdentifierNode); ok && predefinedEscapers[id.Ident] {
			esc := id.Ident
			if len(p.Cmds) == 1 && len(last.Args) > 1 {
				// {{html .X .Y}} becomes {{_eval_args_ .X .Y | html}}.
				last.Args[0] = parse.NewIdentifier("_eval_args_").SetTree(nil).SetPos(last.Args[0].Position())
				p.Cmds = appendCmd(p.Cmds, newIdentCmd(esc, p.Position()))
				keep++
			}
			// The predefined escaper is moved to where its equivalent
			// belongs among the new ones.
			replaced := false
			for i, name := range s {
				if normalizeEscFn(name) == normalizeEscFn(esc) {
					s[i] = esc
					replaced = true
				}
			}
			if replaced {
				keep--
			}
		}
	}
	cmds := make([]*parse.CommandNode, keep, keep+len(s))
	present := make(map[string]bool)
	for i, cmd := range p.Cmds[:keep] {
		cmds[i] = cmd
		if id, ok := cmd.Args[0].(*parse.IdentifierNode); ok {
			present[normalizeEscFn(id.Ident)] = true
		}
	}
	for _, name := range s {
		if !present[normalizeEscFn(name)] {
			cmds = appendCmd(cmds, newIdentCmd(name, p.Position()))
		}
	}
	p.Cmds = cmds
}

// predefinedEscapers are text/template's escaping functions, which the
// escaper accepts at the end of a pipeline.
var predefinedEscapers = map[string]bool{
	"html":     true,
	"urlquery": true,
}

// equivEscapers maps each escaper to the predefined escaper that does a
// job at least as strict, so that one stands for the other.
var equivEscapers = map[string]string{
	"_html_template_attrescaper":   "html",
	"_html_template_htmlescaper":   "html",
	"_html_template_rcdataescaper": "html",
	"_html_template_urlescaper":    "urlquery",
	"_html_template_urlnormalizer": "urlquery",
}

// normalizeEscFn returns the predefined escaper equivalent to escaper e,
// or e itself.
func normalizeEscFn(e string) string {
	if norm := equivEscapers[e]; norm != "" {
		return norm
	}
	return e
}

// redundantFuncs[a][b] says that escaper b changes nothing in the output
// of escaper a, so b need not follow a.
var redundantFuncs = map[string]map[string]bool{
	"_html_template_commentescaper": {
		"_html_template_attrescaper":    true,
		"_html_template_nospaceescaper": true,
		"_html_template_htmlescaper":    true,
	},
	"_html_template_cssescaper": {
		"_html_template_attrescaper": true,
	},
	"_html_template_jsregexpescaper": {
		"_html_template_attrescaper": true,
	},
	"_html_template_jsstrescaper": {
		"_html_template_attrescaper": true,
	},
	"_html_template_urlescaper": {
		"_html_template_urlnormalizer": true,
	},
}

// appendCmd appends cmd to cmds unless it is redundant after the last one.
func appendCmd(cmds []*parse.CommandNode, cmd *parse.CommandNode) []*parse.CommandNode {
	if n := len(cmds); n != 0 {
		last, okLast := cmds[n-1].Args[0].(*parse.IdentifierNode)
		next, okNext := cmd.Args[0].(*parse.IdentifierNode)
		if okLast && okNext && redundantFuncs[last.Ident][next.Ident] {
			return cmds
		}
	}
	return append(cmds, cmd)
}

// newIdentCmd returns a command calling the function named identifier.
func newIdentCmd(identifier string, pos parse.Pos) *parse.CommandNode {
	return &parse.CommandNode{
		NodeType: parse.NodeCommand,
		Args:     []parse.Node{parse.NewIdentifier(identifier).SetTree(nil).SetPos(pos)},
	}
}
