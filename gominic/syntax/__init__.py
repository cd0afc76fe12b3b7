"""The syntax phase: Go source text -> tokens -> AST (see parser.parse_file)."""
