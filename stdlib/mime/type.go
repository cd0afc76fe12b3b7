package mime

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// The tables, filled once (initMime) from the built-in types and the
// system's files, then by AddExtensionType. mu guards them.
var (
	mu             sync.Mutex
	mimeTypes      map[string]string   // ".Z" => "application/x-compress"
	mimeTypesLower map[string]string   // ".z" => "application/x-compress"
	extensions     map[string][]string // "image/png" => [".png"]
)

// setMimeTypes replaces the tables with the given ones.
func setMimeTypes(lowerExt, mixExt map[string]string) {
	mu.Lock()
	defer mu.Unlock()
	mimeTypes = make(map[string]string)
	mimeTypesLower = make(map[string]string)
	extensions = make(map[string][]string)
	for k, v := range lowerExt {
		mimeTypesLower[k] = v
	}
	for k, v := range mixExt {
		mimeTypes[k] = v
	}
	for k, v := range lowerExt {
		justType, _, err := ParseMediaType(v)
		if err != nil {
			panic(err)
		}
		extensions[justType] = append(extensions[justType], k)
	}
}

var builtinTypesLower = map[string]string{
	".avif": "image/avif",
	".css":  "text/css; charset=utf-8",
	".gif":  "image/gif",
	".htm":  "text/html; charset=utf-8",
	".html": "text/html; charset=utf-8",
	".jpeg": "image/jpeg",
	".jpg":  "image/jpeg",
	".js":   "text/javascript; charset=utf-8",
	".json": "application/json",
	".mjs":  "text/javascript; charset=utf-8",
	".pdf":  "application/pdf",
	".png":  "image/png",
	".svg":  "image/svg+xml",
	".wasm": "application/wasm",
	".webp": "image/webp",
	".xml":  "text/xml; charset=utf-8",
}

var once sync.Once // guards initMime

// testInitMime, when set by a test, replaces the loading of the tables;
// osInitMime reads the system's files.
var testInitMime, osInitMime func()

func initMime() {
	if fn := testInitMime; fn != nil {
		fn()
		return
	}
	setMimeTypes(builtinTypesLower, builtinTypesLower)
	osInitMime()
}

// TypeByExtension returns the MIME type associated with the file
// extension ext. The extension ext should begin with a leading dot, as
// in ".html". When ext has no associated type, TypeByExtension returns
// "".
//
// Extensions are looked up first case-sensitively, then
// case-insensitively.
//
// The built-in table is small but on unix it is augmented by the local
// system's MIME-info database or mime.types file(s) if available under
// one or more of these names:
//
//	/usr/local/share/mime/globs2
//	/usr/share/mime/globs2
//	/etc/mime.types
//	/etc/apache2/mime.types
//	/etc/apache/mime.types
//
// Text types have the charset parameter set to "utf-8" by default.
func TypeByExtension(ext string) string {
	once.Do(initMime)
	// No defer: a lookup allocates nothing (Go's test counts).
	mu.Lock()
	v, ok := mimeTypes[ext]
	if !ok {
		v = lookupLower(ext)
	}
	mu.Unlock()
	return v
}

// lookupLower looks ext up in lower case; mu is held. An ASCII
// extension is lowered in a buffer on the stack.
func lookupLower(ext string) string {
	var buf [10]byte
	lower := buf[:0]
	for i := 0; i < len(ext); i++ {
		c := ext[i]
		if c >= 0x80 {
			return mimeTypesLower[strings.ToLower(ext)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower = append(lower, c)
	}
	return mimeTypesLower[string(lower)]
}

// ExtensionsByType returns the extensions known to be associated with
// the MIME type typ. The returned extensions will each begin with a
// leading dot, as in ".html". When typ has no associated extensions,
// ExtensionsByType returns an nil slice.
func ExtensionsByType(typ string) ([]string, error) {
	justType, _, err := ParseMediaType(typ)
	if err != nil {
		return nil, err
	}
	once.Do(initMime)
	mu.Lock()
	defer mu.Unlock()
	s, ok := extensions[justType]
	if !ok {
		return nil, nil
	}
	ret := append([]string(nil), s...)
	sort.Strings(ret)
	return ret, nil
}

// AddExtensionType sets the MIME type associated with the extension
// ext to typ. The extension should begin with a leading dot, as in
// ".html".
func AddExtensionType(ext, typ string) error {
	if !strings.HasPrefix(ext, ".") {
		return fmt.Errorf("mime: extension %q missing leading dot", ext)
	}
	once.Do(initMime)
	return setExtensionType(ext, typ)
}

// setExtensionType records typ for extension; a text type without a
// charset gets "utf-8".
func setExtensionType(extension, mimeType string) error {
	justType, param, err := ParseMediaType(mimeType)
	if err != nil {
		return err
	}
	if strings.HasPrefix(mimeType, "text/") && param["charset"] == "" {
		param["charset"] = "utf-8"
		mimeType = FormatMediaType(mimeType, param)
	}
	extLower := strings.ToLower(extension)

	mu.Lock()
	defer mu.Unlock()
	mimeTypes[extension] = mimeType
	mimeTypesLower[extLower] = mimeType
	for _, v := range extensions[justType] {
		if v == extLower {
			return nil
		}
	}
	extensions[justType] = append(extensions[justType], extLower)
	return nil
}
