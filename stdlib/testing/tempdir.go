// This file implements TempDir: each test gets one parent directory, made
// on first use and removed with everything in it when the test and its
// subtests complete; each call returns a new numbered directory inside.

package testing

import (
	"fmt"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"
)

// TempDir returns a temporary directory for the test to use. The
// directory is automatically removed by Cleanup when the test and all
// its subtests complete. Each subsequent call to t.TempDir returns a
// unique directory; if the directory creation fails, TempDir terminates
// the test by calling Fatal.
func (c *common) TempDir() string {
	c.tempDirMu.Lock()
	missing := c.tempDir == ""
	if !missing {
		_, err := os.Stat(c.tempDir)
		missing = os.IsNotExist(err)
		if err != nil && !missing {
			c.tempDirMu.Unlock()
			c.Fatalf("TempDir: %v", err)
		}
	}
	if missing {
		c.Helper()
		c.tempDir, c.tempDirErr = os.MkdirTemp("", strings.Map(tempDirRune, c.Name()))
		if c.tempDirErr == nil {
			dir := c.tempDir
			c.Cleanup(func() {
				if err := os.RemoveAll(dir); err != nil {
					c.Errorf("TempDir RemoveAll cleanup: %v", err)
				}
			})
		}
	}
	err := c.tempDirErr
	c.tempDirSeq++
	dir := fmt.Sprintf("%s%c%03d", c.tempDir, os.PathSeparator, c.tempDirSeq)
	c.tempDirMu.Unlock()
	if err != nil {
		c.Fatalf("TempDir: %v", err)
	}
	if err := os.Mkdir(dir, 0777); err != nil {
		c.Fatalf("TempDir: %v", err)
	}
	return dir
}

// tempDirRune keeps the characters of a test's name that are safe in the
// pattern of os.MkdirTemp: no path separators, nothing a glob would read.
func tempDirRune(r rune) rune {
	if r >= utf8.RuneSelf {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			return r
		}
		return -1
	}
	if '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || strings.ContainsRune("!#$%&()+,-.=@^_{}~ ", r) {
		return r
	}
	return -1
}
