package mime

import (
	"bufio"
	"os"
	"strings"
)

func init() {
	osInitMime = initMimeUnix
}

// The freedesktop.org MIME-info databases, preferred when present.
var mimeGlobs = []string{
	"/usr/local/share/mime/globs2",
	"/usr/share/mime/globs2",
}

// Apache's mime.types files, read otherwise.
var typeFiles = []string{
	"/etc/mime.types",
	"/etc/apache2/mime.types",
	"/etc/apache/mime.types",
	"/etc/httpd/conf/mime.types",
}

// loadMimeGlobsFile reads lines "weight:type:*.ext"; the first line for
// an extension wins (the file is sorted by weight).
func loadMimeGlobsFile(filename string) error {
	f, err := os.Open(filename)
	if err != nil {
		return err
	}
	defer f.Close()
	scanner := bufio.NewScanner(f)
	for scanner.Scan() {
		fields := strings.Split(scanner.Text(), ":")
		if len(fields) < 3 || len(fields[0]) < 1 || len(fields[2]) < 3 {
			continue
		}
		if fields[0][0] == '#' || fields[2][0] != '*' || fields[2][1] != '.' {
			continue
		}
		extension := fields[2][1:]
		if strings.ContainsAny(extension, "?*[") {
			continue // a glob pattern, not a plain extension
		}
		mu.Lock()
		_, seen := mimeTypes[extension]
		mu.Unlock()
		if !seen {
			setExtensionType(extension, fields[1])
		}
	}
	if err := scanner.Err(); err != nil {
		panic(err)
	}
	return nil
}

// loadMimeFile reads lines "type ext1 ext2 ...".
func loadMimeFile(filename string) {
	f, err := os.Open(filename)
	if err != nil {
		return
	}
	defer f.Close()
	scanner := bufio.NewScanner(f)
	for scanner.Scan() {
		fields := strings.Fields(scanner.Text())
		if len(fields) <= 1 || fields[0][0] == '#' {
			continue
		}
		for _, ext := range fields[1:] {
			if ext[0] == '#' {
				break
			}
			setExtensionType("."+ext, fields[0])
		}
	}
	if err := scanner.Err(); err != nil {
		panic(err)
	}
}

func initMimeUnix() {
	for _, filename := range mimeGlobs {
		if err := loadMimeGlobsFile(filename); err == nil {
			return // a MIME-info database is enough
		}
	}
	for _, filename := range typeFiles {
		loadMimeFile(filename)
	}
}

// initMimeForTests points the loader at the test data and returns the
// types it should find.
func initMimeForTests() map[string]string {
	mimeGlobs = []string{""}
	typeFiles = []string{"testdata/test.types"}
	return map[string]string{
		".T1":  "application/test",
		".t2":  "text/test; charset=utf-8",
		".png": "image/png",
	}
}
