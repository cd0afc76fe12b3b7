package x509

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// The environment variables that override where the system roots are
// read from. SSL_CERT_DIR may list several directories separated by
// colons.
const (
	certFileEnv = "SSL_CERT_FILE"
	certDirEnv  = "SSL_CERT_DIR"
)

// certFiles are the usual places of a Linux distribution's root bundle;
// the first one that exists is read.
var certFiles = []string{
	"/etc/ssl/certs/ca-certificates.crt",                // Debian, Ubuntu, Gentoo
	"/etc/pki/tls/certs/ca-bundle.crt",                  // Fedora, RHEL 6
	"/etc/ssl/ca-bundle.pem",                            // openSUSE distribution
	"/etc/pki/tls/cacert.pem",                           // OpenELEC distribution
	"/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem", // CentOS, RHEL 7
	"/etc/ssl/cert.pem",                                 // Alpine
}

// certDirectories hold one root per file; every existing one is read.
var certDirectories = []string{
	"/etc/ssl/certs",               // SLES
	"/etc/pki/tls/certs",           // Fedora, RHEL
	"/system/etc/security/cacerts", // Android devices
}

// The system roots are loaded once, on first use.
var (
	once           sync.Once
	systemRoots    *CertPool
	systemRootsErr error
)

// systemRootsPool returns the system roots, or nil if they could not be
// loaded.
func systemRootsPool() *CertPool {
	once.Do(initSystemRoots)
	return systemRoots
}

func initSystemRoots() {
	systemRoots, systemRootsErr = loadSystemRoots()
	if systemRootsErr != nil {
		systemRoots = nil
	}
}

// loadSystemRoots reads the first bundle file that exists and every
// file of the certificate directories. Missing files are not errors;
// other failures are reported only if no root at all was found.
func loadSystemRoots() (*CertPool, error) {
	roots := NewCertPool()
	var firstErr error
	noteError := func(err error) {
		if firstErr == nil && !os.IsNotExist(err) {
			firstErr = err
		}
	}

	files := certFiles
	if f := os.Getenv(certFileEnv); f != "" {
		files = []string{f}
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err == nil {
			roots.AppendCertsFromPEM(data)
			break
		}
		noteError(err)
	}

	dirs := certDirectories
	if d := os.Getenv(certDirEnv); d != "" {
		dirs = strings.Split(d, ":")
	}
	for _, dir := range dirs {
		entries, err := readUniqueDirectoryEntries(dir)
		if err != nil {
			noteError(err)
			continue
		}
		for _, e := range entries {
			if data, err := os.ReadFile(dir + "/" + e.Name()); err == nil {
				roots.AppendCertsFromPEM(data)
			}
		}
	}

	if roots.len() > 0 || firstErr == nil {
		return roots, nil
	}
	return nil, firstErr
}

// readUniqueDirectoryEntries lists dir without the symlinks to files in
// the same directory, which OpenSSL's hash links are, so that each root
// is read once.
func readUniqueDirectoryEntries(dir string) ([]fs.DirEntry, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	unique := entries[:0]
	for _, e := range entries {
		if !isSameDirSymlink(e, dir) {
			unique = append(unique, e)
		}
	}
	return unique, nil
}

// isSameDirSymlink reports whether e is a symlink whose target has no
// directory part.
func isSameDirSymlink(e fs.DirEntry, dir string) bool {
	if e.Type()&fs.ModeSymlink == 0 {
		return false
	}
	target, err := os.Readlink(filepath.Join(dir, e.Name()))
	return err == nil && !strings.Contains(target, "/")
}
