// go/build/constraint and gofmt's build lines: constraint.Parse of
// //go:build and // +build lines, good and bad (each SyntaxError's offset
// and message), String and Eval (with the tags Eval asks about),
// IsGoBuild and IsPlusBuild on lines that nearly qualify, PlusBuildLines
// (negations pushed down, one line or several, too complex); then
// format.Source on files whose build lines must be synthesized, rewritten,
// moved up past the package clause or a copyright block, reported as too
// complex, or only gathered (two //go:build lines, an indented one), and
// a /* */ comment whose lines look like build lines.
package main

import (
	"fmt"
	"go/build/constraint"
	"go/format"
	"sort"
	"strings"
)

func main() {
	parseLines()
	classifyLines()
	plusBuildLines()
	formatFiles()
}

// parseLines parses constraint lines and evaluates the good ones with
// linux, amd64 and go1.18 set.
func parseLines() {
	fmt.Println("== Parse")
	lines := []string{
		"//go:build linux && amd64",
		"//go:build linux && (arm64 || amd64) && !cgo",
		"//go:build !(windows || plan9)",
		"//go:build (linux)",
		"//go:build a || b && c || d",
		"//go:build go1.18 && αβ_1.x",
		"// +build linux,amd64 darwin,!cgo",
		"//+build !windows",
		"// +build !!x y !",
		"// +build",
		"//go:build linux &&",
		"//go:build (linux || darwin",
		"//go:build !!linux",
		"//go:build linux & amd64",
		"//go:build linux || || darwin",
		"//go:build linux)",
		"//go:build linux ~",
		"//go:build",
		"//go:buildlinux",
		"// hello",
		"//go:build a\n//go:build b",
	}
	set := map[string]bool{"linux": true, "amd64": true, "go1.18": true}
	for _, line := range lines {
		x, err := constraint.Parse(line)
		if err != nil {
			if se, ok := err.(*constraint.SyntaxError); ok {
				fmt.Printf("%-48q syntax error at %d: %s\n", line, se.Offset, se.Err)
			} else {
				fmt.Printf("%-48q error: %v\n", line, err)
			}
			continue
		}
		var asked []string
		ok := x.Eval(func(tag string) bool {
			asked = append(asked, tag)
			return set[tag]
		})
		fmt.Printf("%-48q %T %s = %v (asked %s)\n", line, x, x, ok, strings.Join(asked, " "))
	}
}

// classifyLines shows which lines count as build constraints at all.
func classifyLines() {
	fmt.Println("== IsGoBuild / IsPlusBuild")
	for _, line := range []string{
		"//go:build x", "//go:build", "//go:build\tx\n", "//go:buildx", " //go:build x",
		"// +build x", "//+build x", "//   +build x", "// +buildx", "/* +build x */", "// +build x\ny",
	} {
		fmt.Printf("%-18q go:build=%-5v +build=%v\n", line, constraint.IsGoBuild(line), constraint.IsPlusBuild(line))
	}
}

// plusBuildLines converts //go:build expressions to // +build lines.
func plusBuildLines() {
	fmt.Println("== PlusBuildLines")
	for _, expr := range []string{
		"linux",
		"linux && !cgo",
		"linux || darwin",
		"linux && (386 || amd64)",
		"!(linux && cgo)",
		"!(linux || darwin) && go1.18",
		"a || (b && (c || d))",
	} {
		x, err := constraint.Parse("//go:build " + expr)
		if err != nil {
			fmt.Println(expr, "parse error:", err)
			continue
		}
		lines, err := constraint.PlusBuildLines(x)
		if err != nil {
			fmt.Printf("%-30s error: %v\n", expr, err)
			continue
		}
		fmt.Printf("%-30s %q\n", expr, lines)
	}
	// A tree built by hand, with its tags listed in order.
	x := &constraint.OrExpr{
		X: &constraint.AndExpr{X: &constraint.TagExpr{Tag: "b"}, Y: &constraint.NotExpr{X: &constraint.TagExpr{Tag: "a"}}},
		Y: &constraint.TagExpr{Tag: "c"},
	}
	tags := map[string]bool{}
	x.Eval(func(tag string) bool { tags[tag] = true; return false })
	var names []string
	for t := range tags {
		names = append(names, t)
	}
	sort.Strings(names)
	lines, _ := constraint.PlusBuildLines(x)
	fmt.Println(x, names, lines)
}

var files = []struct{ name, src string }{
	{"plus build only", "// +build linux,amd64 darwin\n// +build !cgo\n\npackage p\n"},
	{"go:build only", "//go:build linux && !cgo\n\npackage p\n"},
	{"stale plus build", "//go:build linux || windows\n// +build linux\n\npackage p\n"},
	{"after package clause", "// Copyright 2022 Someone.\n// All rights reserved.\n\npackage p\n\n//go:build ignore\n\nvar x = 1\n"},
	{"after copyright, plus first", "// Copyright 2022.\n\n// +build old\n//go:build new\n\n// Package p does things.\npackage p\n"},
	{"too complex", "//go:build a || (b && (c || d))\n// +build a\n\npackage p\n"},
	{"two go:build", "//go:build a\n//go:build b\n\npackage p\n"},
	{"bad go:build", "//go:build a &&\n// +build a\n\npackage p\n"},
	{"negation", "//go:build !(linux && cgo)\n// +build foo\n\npackage p\n"},
	{"in a /* */ comment", "/*\n//go:build x\n*/\n\n// +build y\n\npackage p\n"},
	{"indented in a function", "// +build z\n\npackage p\n\nfunc f() {\n\t// +build w\n\tg()\n}\n"},
	{"no blank line", "//go:build x\npackage p\n"},
}

// formatFiles runs format.Source on files with build lines.
func formatFiles() {
	for _, f := range files {
		fmt.Printf("== format.Source: %s\n", f.name)
		out, err := format.Source([]byte(f.src))
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Print(string(out))
	}
}
