package template

import "strings"

// attrContent gives the kind of content of the HTML5 attributes whose
// names do not tell it by the rules in attrType. Attributes not listed,
// and not caught by those rules, hold plain text.
var attrContent = map[string]contentType{
	// Attributes holding a URL.
	"action":     contentTypeURL,
	"archive":    contentTypeURL,
	"background": contentTypeURL,
	"cite":       contentTypeURL,
	"classid":    contentTypeURL,
	"codebase":   contentTypeURL,
	"data":       contentTypeURL,
	"formaction": contentTypeURL,
	"href":       contentTypeURL,
	"icon":       contentTypeURL,
	"longdesc":   contentTypeURL,
	"manifest":   contentTypeURL,
	"poster":     contentTypeURL,
	"profile":    contentTypeURL,
	"src":        contentTypeURL,
	"usemap":     contentTypeURL,
	"xmlns":      contentTypeURL,

	// Attributes holding other languages.
	"srcdoc": contentTypeHTML,
	"srcset": contentTypeSrcset,
	"style":  contentTypeCSS,

	// Attributes that change how the page or a form behaves, which no
	// escaping can make safe to set from data.
	"accept-charset": contentTypeUnsafe,
	"async":          contentTypeUnsafe,
	"challenge":      contentTypeUnsafe,
	"charset":        contentTypeUnsafe,
	"content":        contentTypeUnsafe,
	"crossorigin":    contentTypeUnsafe,
	"defer":          contentTypeUnsafe,
	"enctype":        contentTypeUnsafe,
	"form":           contentTypeUnsafe,
	"formenctype":    contentTypeUnsafe,
	"formmethod":     contentTypeUnsafe,
	"formnovalidate": contentTypeUnsafe,
	"http-equiv":     contentTypeUnsafe,
	"keytype":        contentTypeUnsafe,
	"language":       contentTypeUnsafe,
	"method":         contentTypeUnsafe,
	"novalidate":     contentTypeUnsafe,
	"pattern":        contentTypeUnsafe,
	"rel":            contentTypeUnsafe,
	"sandbox":        contentTypeUnsafe,
	"type":           contentTypeUnsafe,
	"value":          contentTypeUnsafe,

	// Plain text, although its name contains "src".
	"srclang": contentTypePlain,
}

// attrType returns the kind of content the attribute named name (in lower
// case) holds. A "data-" prefix or an XML namespace prefix is ignored,
// except that xmlns:... declares a namespace URL. Unknown names starting
// with "on" are taken for event handlers, and unknown names containing
// "src", "uri" or "url" for URLs, erring on the safe side.
func attrType(name string) contentType {
	if strings.HasPrefix(name, "data-") {
		name = name[len("data-"):]
	} else if prefix, local, ok := strings.Cut(name, ":"); ok {
		if prefix == "xmlns" {
			return contentTypeURL
		}
		name = local
	}
	if t, ok := attrContent[name]; ok {
		return t
	}
	switch {
	case strings.HasPrefix(name, "on"):
		return contentTypeJS
	case strings.Contains(name, "src"), strings.Contains(name, "uri"), strings.Contains(name, "url"):
		return contentTypeURL
	}
	return contentTypePlain
}
