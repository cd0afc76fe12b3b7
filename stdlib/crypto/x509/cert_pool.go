package x509

import (
	"bytes"
	"crypto/sha256"
	"encoding/pem"
	"sync"
)

// sum224 is the SHA-224 of a certificate's DER, used to recognise
// duplicates and membership cheaply.
type sum224 [sha256.Size224]byte

// CertPool is a collection of certificates, indexed by subject.
type CertPool struct {
	byName    map[string][]int // RawSubject to indexes in lazyCerts
	lazyCerts []lazyCert
	haveSum   map[sum224]bool

	// systemPool marks a copy of the system roots.
	systemPool bool
}

// lazyCert is a pool entry whose certificate is parsed only when a
// chain search first needs it: a system pool holds hundreds of roots
// of which a program usually uses few.
type lazyCert struct {
	rawSubject []byte
	getCert    func() (*Certificate, error)
}

// NewCertPool returns a CertPool holding no certificates.
func NewCertPool() *CertPool {
	return &CertPool{
		byName:  make(map[string][]int),
		haveSum: make(map[sum224]bool),
	}
}

// len returns the number of certificates; a nil pool is empty.
func (s *CertPool) len() int {
	if s == nil {
		return 0
	}
	return len(s.lazyCerts)
}

// cert returns the n-th certificate of the pool.
func (s *CertPool) cert(n int) (*Certificate, error) {
	return s.lazyCerts[n].getCert()
}

// Clone returns a copy of s.
func (s *CertPool) Clone() *CertPool {
	p := &CertPool{
		byName:     make(map[string][]int, len(s.byName)),
		lazyCerts:  append([]lazyCert(nil), s.lazyCerts...),
		haveSum:    make(map[sum224]bool, len(s.haveSum)),
		systemPool: s.systemPool,
	}
	for name, indexes := range s.byName {
		p.byName[name] = append([]int(nil), indexes...)
	}
	for sum := range s.haveSum {
		p.haveSum[sum] = true
	}
	return p
}

// SystemCertPool returns a copy of the system cert pool. Changes to the
// copy do not affect the pool Verify uses when no Roots are given.
// On Unix the roots come from the files named by SSL_CERT_FILE and the
// directories in SSL_CERT_DIR, or the usual locations otherwise.
func SystemCertPool() (*CertPool, error) {
	if roots := systemRootsPool(); roots != nil {
		return roots.Clone(), nil
	}
	return loadSystemRoots()
}

// findPotentialParents returns the certificates whose subject is cert's
// issuer, most likely first: those whose key id matches cert's
// authority key id, then those where only one side has an id, then the
// ones whose ids differ.
func (s *CertPool) findPotentialParents(cert *Certificate) []*Certificate {
	if s == nil {
		return nil
	}
	var matching, oneSided, mismatched []*Certificate
	for _, i := range s.byName[string(cert.RawIssuer)] {
		candidate, err := s.cert(i)
		if err != nil {
			continue
		}
		haveSKID, haveAKID := len(candidate.SubjectKeyId) > 0, len(cert.AuthorityKeyId) > 0
		switch {
		case bytes.Equal(candidate.SubjectKeyId, cert.AuthorityKeyId):
			matching = append(matching, candidate)
		case haveSKID != haveAKID:
			oneSided = append(oneSided, candidate)
		default:
			mismatched = append(mismatched, candidate)
		}
	}
	candidates := append(matching, oneSided...)
	return append(candidates, mismatched...)
}

// contains reports whether cert is in the pool.
func (s *CertPool) contains(cert *Certificate) bool {
	return s != nil && s.haveSum[sha256.Sum224(cert.Raw)]
}

// AddCert puts cert into the pool s.
func (s *CertPool) AddCert(cert *Certificate) {
	if cert == nil {
		panic("adding nil Certificate to CertPool")
	}
	s.addCertFunc(sha256.Sum224(cert.Raw), string(cert.RawSubject), func() (*Certificate, error) {
		return cert, nil
	})
}

// addCertFunc adds an entry whose certificate getCert produces, unless
// a certificate with the same hash is already present.
func (s *CertPool) addCertFunc(sum sum224, rawSubject string, getCert func() (*Certificate, error)) {
	if getCert == nil {
		panic("getCert can't be nil")
	}
	if s.haveSum[sum] {
		return
	}
	s.haveSum[sum] = true
	s.lazyCerts = append(s.lazyCerts, lazyCert{rawSubject: []byte(rawSubject), getCert: getCert})
	s.byName[rawSubject] = append(s.byName[rawSubject], len(s.lazyCerts)-1)
}

// AppendCertsFromPEM adds every "CERTIFICATE" block (without headers)
// of pemCerts that parses, skipping the others. It reports whether any
// certificate was added.
func (s *CertPool) AppendCertsFromPEM(pemCerts []byte) (ok bool) {
	for len(pemCerts) > 0 {
		var block *pem.Block
		block, pemCerts = pem.Decode(pemCerts)
		if block == nil {
			break
		}
		if block.Type != "CERTIFICATE" || len(block.Headers) != 0 {
			continue
		}
		cert, err := ParseCertificate(block.Bytes)
		if err != nil {
			continue
		}
		s.addCertFunc(sha256.Sum224(cert.Raw), string(cert.RawSubject), reparseOnDemand(block.Bytes))
		ok = true
	}
	return ok
}

// reparseOnDemand returns a function that parses der the first time it
// is called, so that the pool holds bytes rather than parsed
// certificates until they are needed.
func reparseOnDemand(der []byte) func() (*Certificate, error) {
	var once sync.Once
	var cert *Certificate
	return func() (*Certificate, error) {
		once.Do(func() {
			cert, _ = ParseCertificate(der)
			der = nil
		})
		return cert, nil
	}
}

// Subjects returns a list of the DER-encoded subjects of all of the
// certificates in the pool.
//
// Deprecated: if s was returned by SystemCertPool, Subjects will not
// include the system roots.
func (s *CertPool) Subjects() [][]byte {
	res := make([][]byte, s.len())
	for i, lc := range s.lazyCerts {
		res[i] = lc.rawSubject
	}
	return res
}

// Equal reports whether s and other hold the same certificates and are
// both, or both not, system pools.
func (s *CertPool) Equal(other *CertPool) bool {
	if s == nil || other == nil {
		return s == other
	}
	if s.systemPool != other.systemPool || len(s.haveSum) != len(other.haveSum) {
		return false
	}
	for sum := range s.haveSum {
		if !other.haveSum[sum] {
			return false
		}
	}
	return true
}
