// Package obscuretestdata reads test data kept in an obscured form (ROT13
// or base64) so that virus scanners and the like leave it alone.
package obscuretestdata

import (
	"encoding/base64"
	"io"
	"os"
)

// Rot13 returns data with each ASCII letter rotated 13 places; applying
// it twice gives data back.
func Rot13(data []byte) []byte {
	out := make([]byte, len(data))
	for i, c := range data {
		switch {
		case 'a' <= c && c <= 'z':
			c = 'a' + (c-'a'+13)%26
		case 'A' <= c && c <= 'Z':
			c = 'A' + (c-'A'+13)%26
		}
		out[i] = c
	}
	return out
}

// DecodeToTempFile decodes the base64 file name into a new temporary
// file and returns its path; the caller removes it.
func DecodeToTempFile(name string) (path string, err error) {
	data, err := ReadFile(name)
	if err != nil {
		return "", err
	}
	tmp, err := os.CreateTemp("", "obscuretestdata-decoded-")
	if err != nil {
		return "", err
	}
	_, err = tmp.Write(data)
	if closeErr := tmp.Close(); err == nil {
		err = closeErr
	}
	if err != nil {
		os.Remove(tmp.Name())
		return "", err
	}
	return tmp.Name(), nil
}

// ReadFile returns the base64-decoded contents of the file name.
func ReadFile(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(base64.NewDecoder(base64.StdEncoding, f))
}
