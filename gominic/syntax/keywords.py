"""Go's keywords, in a module of their own: the load phase's header
reader needs them without the scanner (and Lark) behind it."""

# Keywords (spec: Keywords), by the terminal each is in grammar.lark.
KEYWORDS = {
    "break": "BREAK", "case": "CASE", "chan": "CHAN", "const": "CONST",
    "continue": "CONTINUE", "default": "DEFAULT", "defer": "DEFER", "else": "ELSE",
    "fallthrough": "FALLTHROUGH", "for": "FOR", "func": "FUNC", "go": "GO",
    "goto": "GOTO", "if": "IF", "import": "_IMPORT", "interface": "INTERFACE",
    "map": "MAP", "package": "PACKAGE", "range": "RANGE", "return": "RETURN",
    "select": "SELECT", "struct": "STRUCT", "switch": "SWITCH", "type": "TYPE",
    "var": "VAR",
}
