// This file implements the build information a program carries: the text
// the build stores in the runtime (gominic/work/buildinfo.py), its parser
// and its printer, which are each other's inverse:
//
//	path	example.com/hello
//	mod	example.com/hello	(devel)
//	dep	golang.org/x/text	v0.3.7	h1:...
//	=>	../text	(devel)
//	build	-compiler=gominic
//	build	GOARCH=amd64
//
// A build setting's key or value is written quoted (strconv.Quote) when
// it holds what would break the line apart: a space, tab, newline or
// quote (and for a key, also "=", or nothing at all).

package debug

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

//go:linkname modinfo runtime.readModinfo
func modinfo() string

// ReadBuildInfo returns the build information embedded in the running
// binary, with GoVersion the runtime's version.
func ReadBuildInfo() (info *BuildInfo, ok bool) {
	bi, err := ParseBuildInfo(modinfo())
	if err != nil || bi.Path == "" {
		return nil, false
	}
	bi.GoVersion = runtime.Version()
	return bi, true
}

// BuildInfo represents the build information read from a Go binary.
type BuildInfo struct {
	GoVersion string         // Version of Go that produced this binary.
	Path      string         // The main package path
	Main      Module         // The module containing the main package
	Deps      []*Module      // Module dependencies
	Settings  []BuildSetting // Other information about the build.
}

// Module represents a module.
type Module struct {
	Path    string  // module path
	Version string  // module version
	Sum     string  // checksum
	Replace *Module // replaced by this module
}

// BuildSetting describes a setting that may be used to understand how the
// binary was built. Key must not contain an equals sign, space, tab, or
// newline; Value must not contain newlines.
type BuildSetting struct {
	Key, Value string
}

// keyNeedsQuotes and valueNeedsQuotes report whether a build setting's
// key or value must be quoted to stay one field of its line.
func keyNeedsQuotes(key string) bool {
	return key == "" || strings.ContainsAny(key, "= \t\r\n\"`")
}

func valueNeedsQuotes(value string) bool {
	return strings.ContainsAny(value, " \t\r\n\"`")
}

// String returns the build information in the text form ParseBuildInfo
// reads, with a first "go" line when GoVersion is set.
func (bi *BuildInfo) String() string {
	var b strings.Builder
	if bi.GoVersion != "" {
		b.WriteString("go\t" + bi.GoVersion + "\n")
	}
	if bi.Path != "" {
		b.WriteString("path\t" + bi.Path + "\n")
	}
	if bi.Main != (Module{}) {
		writeModule(&b, "mod", &bi.Main)
	}
	for _, dep := range bi.Deps {
		writeModule(&b, "dep", dep)
	}
	for _, s := range bi.Settings {
		key, value := s.Key, s.Value
		if keyNeedsQuotes(key) {
			key = strconv.Quote(key)
		}
		if valueNeedsQuotes(value) {
			value = strconv.Quote(value)
		}
		b.WriteString("build\t" + key + "=" + value + "\n")
	}
	return b.String()
}

// writeModule writes m's line, and its replacement's ("=>") on the next
// line in place of m's checksum. (Go's printer ends a replaced module with
// an empty line, which its parser skips: so does ours.)
func writeModule(b *strings.Builder, word string, m *Module) {
	b.WriteString(word + "\t" + m.Path + "\t" + m.Version)
	if m.Replace != nil {
		b.WriteString("\n")
		writeModule(b, "=>", m.Replace)
	} else {
		b.WriteString("\t" + m.Sum)
	}
	b.WriteString("\n") // after a replacement, an empty line, as Go's
}

// ParseBuildInfo parses the string returned by (*BuildInfo).String,
// restoring the original BuildInfo, except that GoVersion is not set.
// Lines it does not know are skipped, and so is a last line without its
// newline. An error names the line: "could not parse Go build info: line
// 3: expected 2 or 3 columns; got 1".
func ParseBuildInfo(data string) (bi *BuildInfo, err error) {
	bi = new(BuildInfo)
	var last *Module // the module a "=>" line may replace
	for n := 1; ; n++ {
		line, rest, ok := strings.Cut(data, "\n")
		if !ok {
			return bi, nil
		}
		data = rest
		if last, err = parseLine(bi, line, last); err != nil {
			return nil, fmt.Errorf("could not parse Go build info: line %d: %w", n, err)
		}
	}
}

// parseLine adds one line's information to bi. last is the module a
// replacement line would replace; it returns the one for the next line.
func parseLine(bi *BuildInfo, line string, last *Module) (*Module, error) {
	word, fields, ok := strings.Cut(line, "\t")
	if !ok {
		return last, nil // not a line of ours
	}
	switch word {
	case "path":
		bi.Path = fields
	case "mod":
		m, err := parseModule(fields)
		bi.Main = m
		return &bi.Main, err
	case "dep":
		m, err := parseModule(fields)
		if err != nil {
			return nil, err
		}
		bi.Deps = append(bi.Deps, &m)
		return &m, nil
	case "=>":
		elem := strings.Split(fields, "\t")
		if len(elem) != 3 {
			return nil, fmt.Errorf("expected 3 columns for replacement; got %d", len(elem))
		}
		if last == nil {
			return nil, errors.New("replacement with no module on previous line")
		}
		last.Replace = &Module{Path: elem[0], Version: elem[1], Sum: elem[2]}
		return nil, nil
	case "build":
		s, err := parseSetting(fields)
		if err != nil {
			return nil, err
		}
		bi.Settings = append(bi.Settings, s)
	}
	return last, nil
}

// parseModule parses "path<TAB>version[<TAB>sum]".
func parseModule(fields string) (Module, error) {
	elem := strings.Split(fields, "\t")
	switch len(elem) {
	case 2:
		return Module{Path: elem[0], Version: elem[1]}, nil
	case 3:
		return Module{Path: elem[0], Version: elem[1], Sum: elem[2]}, nil
	}
	return Module{}, fmt.Errorf("expected 2 or 3 columns; got %d", len(elem))
}

// parseSetting parses "key=value", either side perhaps quoted.
func parseSetting(kv string) (BuildSetting, error) {
	var key, value string
	switch {
	case kv == "":
		return BuildSetting{}, errors.New("build line missing '='")
	case kv[0] == '=':
		return BuildSetting{}, errors.New("build line with missing key")
	case kv[0] == '"' || kv[0] == '`':
		quoted, err := strconv.QuotedPrefix(kv)
		if err != nil {
			return BuildSetting{}, errors.New("invalid quoted key in build line")
		}
		if len(quoted) == len(kv) {
			return BuildSetting{}, errors.New("build line missing '=' after quoted key")
		}
		if c := kv[len(quoted)]; c != '=' {
			return BuildSetting{}, fmt.Errorf("unexpected character after quoted key: %q", c)
		}
		key, _ = strconv.Unquote(quoted)
		value = kv[len(quoted)+1:]
	default:
		var ok bool
		if key, value, ok = strings.Cut(kv, "="); !ok {
			return BuildSetting{}, errors.New("build line missing '=' after key")
		}
		if keyNeedsQuotes(key) {
			return BuildSetting{}, fmt.Errorf("unquoted key %q must be quoted", key)
		}
	}
	if value != "" && (value[0] == '"' || value[0] == '`') {
		v, err := strconv.Unquote(value)
		if err != nil {
			return BuildSetting{}, errors.New("invalid quoted value in build line")
		}
		value = v
	} else if valueNeedsQuotes(value) {
		return BuildSetting{}, fmt.Errorf("unquoted value %q must be quoted", value)
	}
	return BuildSetting{Key: key, Value: value}, nil
}
