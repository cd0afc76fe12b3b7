// Package pem implements the PEM data encoding, which originated in Privacy
// Enhanced Mail (RFC 1421), as Go 1.19's encoding/pem does. The most common
// use of PEM encoding today is in TLS keys and certificates.
package pem

import (
	"bytes"
	"encoding/base64"
	"errors"
	"io"
	"sort"
	"strings"
)

// A Block represents a PEM encoded structure.
//
// The encoded form is:
//
//	-----BEGIN Type-----
//	Headers
//	base64-encoded Bytes
//	-----END Type-----
//
// where Headers is a possibly empty sequence of Key: Value lines.
type Block struct {
	Type    string            // The type, taken from the preamble (i.e. "RSA PRIVATE KEY").
	Headers map[string]string // Optional headers.
	Bytes   []byte            // The decoded bytes of the contents. Typically a DER encoded ASN.1 structure.
}

// getLine splits off the first line of data (without \n or \r\n), its
// trailing spaces and tabs trimmed.
func getLine(data []byte) (line, rest []byte) {
	i := bytes.IndexByte(data, '\n')
	j := i + 1
	if i < 0 {
		i, j = len(data), len(data)
	} else if i > 0 && data[i-1] == '\r' {
		i--
	}
	return bytes.TrimRight(data[0:i], " \t"), data[j:]
}

// removeSpacesAndTabs returns data without its spaces and tabs.
func removeSpacesAndTabs(data []byte) []byte {
	if !bytes.ContainsAny(data, " \t") {
		return data
	}
	result := make([]byte, 0, len(data))
	for _, b := range data {
		if b != ' ' && b != '\t' {
			result = append(result, b)
		}
	}
	return result
}

var (
	pemStart     = []byte("\n-----BEGIN ")
	pemEnd       = []byte("\n-----END ")
	pemEndOfLine = []byte("-----")
)

// Decode will find the next PEM formatted block (certificate, private key
// etc) in the input. It returns that block and the remainder of the input. If
// no PEM data is found, p is nil and the whole of the input is returned in
// rest.
func Decode(data []byte) (p *Block, rest []byte) {
	rest = data
	for {
		// Find a BEGIN line, at the start or after a newline.
		if bytes.HasPrefix(rest, pemStart[1:]) {
			rest = rest[len(pemStart)-1:]
		} else if _, after, ok := bytes.Cut(rest, pemStart); ok {
			rest = after
		} else {
			return nil, data
		}
		var typeLine []byte
		typeLine, rest = getLine(rest)
		if !bytes.HasSuffix(typeLine, pemEndOfLine) {
			continue
		}
		typeLine = typeLine[:len(typeLine)-len(pemEndOfLine)]
		p = &Block{Headers: make(map[string]string), Type: string(typeLine)}
		if !readHeaders(p, &rest) {
			return nil, data
		}
		if body, after, ok := matchEnd(rest, typeLine, len(p.Headers) == 0); ok {
			raw := removeSpacesAndTabs(body)
			p.Bytes = make([]byte, base64.StdEncoding.DecodedLen(len(raw)))
			n, err := base64.StdEncoding.Decode(p.Bytes, raw)
			if err != nil {
				continue
			}
			p.Bytes = p.Bytes[:n]
			return p, after
		}
	}
}

// readHeaders reads "Key: Value" lines into p.Headers, advancing *rest;
// it reports false when the input ends first.
func readHeaders(p *Block, rest *[]byte) bool {
	for {
		if len(*rest) == 0 {
			return false
		}
		line, next := getLine(*rest)
		key, val, ok := bytes.Cut(line, []byte(":"))
		if !ok {
			return true
		}
		p.Headers[string(bytes.TrimSpace(key))] = string(bytes.TrimSpace(val))
		*rest = next
	}
}

// matchEnd finds the END line for typeLine in rest: body is the base64
// before it and after the input after its line. The END line may start
// the rest only when there were no headers (an empty body).
func matchEnd(rest, typeLine []byte, noHeaders bool) (body, after []byte, ok bool) {
	var endIndex, trailerIndex int
	if noHeaders && bytes.HasPrefix(rest, pemEnd[1:]) {
		endIndex, trailerIndex = 0, len(pemEnd)-1
	} else {
		endIndex = bytes.Index(rest, pemEnd)
		trailerIndex = endIndex + len(pemEnd)
	}
	if endIndex < 0 {
		return nil, nil, false
	}
	trailer := rest[trailerIndex:]
	trailerLen := len(typeLine) + len(pemEndOfLine)
	if len(trailer) < trailerLen {
		return nil, nil, false
	}
	restOfLine := trailer[trailerLen:]
	trailer = trailer[:trailerLen]
	if !bytes.HasPrefix(trailer, typeLine) || !bytes.HasSuffix(trailer, pemEndOfLine) {
		return nil, nil, false
	}
	// Only spaces and tabs may follow on the END line.
	if s, _ := getLine(restOfLine); len(s) != 0 {
		return nil, nil, false
	}
	_, after = getLine(rest[endIndex+len(pemEnd)-1:])
	return rest[:endIndex], after, true
}

// pemLineLength is the length of the base64 lines Encode writes.
const pemLineLength = 64

// A lineBreaker passes what is written to out with a newline after every
// pemLineLength bytes; Close ends a last, shorter line.
type lineBreaker struct {
	line [pemLineLength]byte
	used int
	out  io.Writer
}

var nl = []byte{'\n'}

func (l *lineBreaker) Write(b []byte) (n int, err error) {
	for len(b) > 0 {
		k := copy(l.line[l.used:], b)
		l.used += k
		b = b[k:]
		n += k
		if l.used == pemLineLength {
			if _, err = l.out.Write(l.line[:]); err != nil {
				return n, err
			}
			if _, err = l.out.Write(nl); err != nil {
				return n, err
			}
			l.used = 0
		}
	}
	return n, nil
}

func (l *lineBreaker) Close() (err error) {
	if l.used > 0 {
		if _, err = l.out.Write(l.line[:l.used]); err != nil {
			return err
		}
		_, err = l.out.Write(nl)
		l.used = 0
	}
	return err
}

func writeHeader(out io.Writer, k, v string) error {
	_, err := out.Write([]byte(k + ": " + v + "\n"))
	return err
}

// Encode writes the PEM encoding of b to out. Headers are written with
// Proc-Type first, then the others sorted by key.
func Encode(out io.Writer, b *Block) error {
	for k := range b.Headers {
		if strings.Contains(k, ":") {
			return errors.New("pem: cannot encode a header key that contains a colon")
		}
	}
	if _, err := out.Write([]byte("-----BEGIN " + b.Type + "-----\n")); err != nil {
		return err
	}
	if len(b.Headers) > 0 {
		const procType = "Proc-Type"
		var keys []string
		for k := range b.Headers {
			if k != procType {
				keys = append(keys, k)
			}
		}
		if v, ok := b.Headers[procType]; ok {
			if err := writeHeader(out, procType, v); err != nil {
				return err
			}
		}
		sort.Strings(keys)
		for _, k := range keys {
			if err := writeHeader(out, k, b.Headers[k]); err != nil {
				return err
			}
		}
		if _, err := out.Write([]byte("\n")); err != nil {
			return err
		}
	}
	// The base64 text streams through a lineBreaker into out.
	breaker := lineBreaker{out: out}
	enc := base64.NewEncoder(base64.StdEncoding, &breaker)
	if _, err := enc.Write(b.Bytes); err != nil {
		return err
	}
	enc.Close()
	if err := breaker.Close(); err != nil {
		return err
	}
	_, err := out.Write([]byte("-----END " + b.Type + "-----\n"))
	return err
}

// EncodeToMemory returns the PEM encoding of b.
//
// If b has invalid headers and cannot be encoded,
// EncodeToMemory returns nil. If it is important to
// report details about this error case, use Encode instead.
func EncodeToMemory(b *Block) []byte {
	var buf bytes.Buffer
	if err := Encode(&buf, b); err != nil {
		return nil
	}
	return buf.Bytes()
}
