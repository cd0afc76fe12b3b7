// Tests runtime/debug's build information: what ReadBuildInfo reports for
// a program built from a file, and ParseBuildInfo/String, which are each
// other's inverse, with Go's texts for every malformed line.
package main

import (
	"fmt"
	"runtime/debug"
)

func main() {
	bi, ok := debug.ReadBuildInfo()
	fmt.Println(ok, bi.Path, bi.Main == debug.Module{}, len(bi.Deps), bi.GoVersion != "")
	for _, s := range bi.Settings {
		if s.Key == "GOOS" || s.Key == "GOARCH" || s.Key == "GOAMD64" {
			fmt.Println(s.Key, s.Value)
		}
	}

	full := &debug.BuildInfo{
		GoVersion: "go1.19",
		Path:      "example.com/hello",
		Main:      debug.Module{Path: "example.com/hello", Version: "(devel)"},
		Deps: []*debug.Module{
			{Path: "golang.org/x/text", Version: "v0.3.7", Sum: "h1:olpwvP2KacW1ZWvsR7uQhoyTYvKAupfQrRGBFM352Gk="},
			{Path: "example.com/lib", Version: "v1.0.0", Replace: &debug.Module{Path: "../lib", Version: "(devel)"}},
		},
		Settings: []debug.BuildSetting{
			{Key: "-compiler", Value: "gc"},
			{Key: "-ldflags", Value: "-X main.v=1"},
			{Key: "a key", Value: "tab\there"},
			{Key: "k=v", Value: "`back`"},
			{Key: "", Value: ""},
			{Key: "CGO_ENABLED", Value: "0"},
		},
	}
	text := full.String()
	fmt.Printf("%q\n", text)
	back, err := debug.ParseBuildInfo(text)
	fmt.Println(err)
	fmt.Printf("%q\n", back.String())
	fmt.Println(back.GoVersion == "", back.Deps[1].Replace.Path, len(back.Settings))
	fmt.Printf("%q\n", (&debug.BuildInfo{}).String())

	for _, bad := range []string{
		"path\tx\nmod\ta\n",
		"path\tx\nmod\ta\tb\tc\td\n",
		"dep\ta\tb\n=>\tc\td\n",
		"=>\ta\tb\tc\n",
		"dep\ta\tb\n=>\ta\tb\tc\n=>\td\te\tf\n",
		"build\t\n",
		"build\t=x\n",
		"build\t\"unterminated\n",
		"build\t\"k\"\n",
		"build\t\"k\"x\n",
		"build\tk\n",
		"build\ta b=c\n",
		"build\tk=\"bad\n",
		"build\tk=a b\n",
		"unknown\tline\nbuild\tk=v\nbuild\tk2=v2", // the last line has no newline
		"path\n",
		"",
	} {
		bi, err := debug.ParseBuildInfo(bad)
		if err != nil {
			fmt.Println(bi == nil, err)
		} else {
			fmt.Printf("%q\n", bi.String())
		}
	}
}
