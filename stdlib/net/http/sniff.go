package http

import (
	"bytes"
	"encoding/binary"
)

// This file implements the content sniffing algorithm of the WHATWG
// MIME Sniffing standard (https://mimesniff.spec.whatwg.org/): the
// first bytes of a body are matched against a table of signatures, in
// order; text that matches none is text/plain, anything else
// application/octet-stream.

// sniffLen is how many bytes the algorithm looks at.
const sniffLen = 512

// A signature matches data whose first bytes, each ANDed with mask's
// (all ones when mask is empty), equal pattern. skipWS says leading
// white space is skipped first.
type signature struct {
	pattern, mask string
	skipWS        bool
	contentType   string
}

// htmlTags start an HTML document: they match in any case, followed
// by a space or '>', after leading white space.
var htmlTags = []string{
	"<!DOCTYPE HTML", "<HTML", "<HEAD", "<SCRIPT", "<IFRAME", "<H1", "<DIV",
	"<FONT", "<TABLE", "<A", "<STYLE", "<TITLE", "<B", "<BODY", "<BR", "<P",
	"<!--",
}

// signatures are tried after htmlTags, in this order.
var signatures = []signature{
	{pattern: "<?xml", skipWS: true, contentType: "text/xml; charset=utf-8"},
	{pattern: "%PDF-", contentType: "application/pdf"},
	{pattern: "%!PS-Adobe-", contentType: "application/postscript"},

	// Byte order marks.
	{pattern: "\xFE\xFF\x00\x00", mask: "\xFF\xFF\x00\x00", contentType: "text/plain; charset=utf-16be"},
	{pattern: "\xFF\xFE\x00\x00", mask: "\xFF\xFF\x00\x00", contentType: "text/plain; charset=utf-16le"},
	{pattern: "\xEF\xBB\xBF\x00", mask: "\xFF\xFF\xFF\x00", contentType: "text/plain; charset=utf-8"},

	// Images.
	{pattern: "\x00\x00\x01\x00", contentType: "image/x-icon"},
	{pattern: "\x00\x00\x02\x00", contentType: "image/x-icon"},
	{pattern: "BM", contentType: "image/bmp"},
	{pattern: "GIF87a", contentType: "image/gif"},
	{pattern: "GIF89a", contentType: "image/gif"},
	{pattern: "RIFF\x00\x00\x00\x00WEBPVP", mask: "\xFF\xFF\xFF\xFF\x00\x00\x00\x00\xFF\xFF\xFF\xFF\xFF\xFF", contentType: "image/webp"},
	{pattern: "\x89PNG\x0D\x0A\x1A\x0A", contentType: "image/png"},
	{pattern: "\xFF\xD8\xFF", contentType: "image/jpeg"},

	// Audio and video (mp4 is matched by isMP4, before webm).
	{pattern: "FORM\x00\x00\x00\x00AIFF", mask: "\xFF\xFF\xFF\xFF\x00\x00\x00\x00\xFF\xFF\xFF\xFF", contentType: "audio/aiff"},
	{pattern: "ID3", contentType: "audio/mpeg"},
	{pattern: "OggS\x00", contentType: "application/ogg"},
	{pattern: "MThd\x00\x00\x00\x06", contentType: "audio/midi"},
	{pattern: "RIFF\x00\x00\x00\x00AVI ", mask: "\xFF\xFF\xFF\xFF\x00\x00\x00\x00\xFF\xFF\xFF\xFF", contentType: "video/avi"},
	{pattern: "RIFF\x00\x00\x00\x00WAVE", mask: "\xFF\xFF\xFF\xFF\x00\x00\x00\x00\xFF\xFF\xFF\xFF", contentType: "audio/wave"},
}

// laterSignatures follow the mp4 test.
var laterSignatures = []signature{
	{pattern: "\x1A\x45\xDF\xA3", contentType: "video/webm"},

	// Fonts: an embedded OpenType font has "LP" at offset 34.
	{pattern: string(make([]byte, 34)) + "LP", mask: string(make([]byte, 34)) + "\xFF\xFF", contentType: "application/vnd.ms-fontobject"},
	{pattern: "\x00\x01\x00\x00", contentType: "font/ttf"},
	{pattern: "OTTO", contentType: "font/otf"},
	{pattern: "ttcf", contentType: "font/collection"},
	{pattern: "wOFF", contentType: "font/woff"},
	{pattern: "wOF2", contentType: "font/woff2"},

	// Archives.
	{pattern: "\x1F\x8B\x08", contentType: "application/x-gzip"},
	{pattern: "PK\x03\x04", contentType: "application/zip"},
	{pattern: "Rar!\x1A\x07\x00", contentType: "application/x-rar-compressed"},
	{pattern: "Rar!\x1A\x07\x01\x00", contentType: "application/x-rar-compressed"},

	{pattern: "\x00\x61\x73\x6D", contentType: "application/wasm"},
}

// DetectContentType implements the algorithm described at
// https://mimesniff.spec.whatwg.org/ to determine the Content-Type of
// the given data. It considers at most the first 512 bytes of data.
// DetectContentType always returns a valid MIME type: if it cannot
// determine a more specific one, it returns
// "application/octet-stream".
func DetectContentType(data []byte) string {
	if len(data) > sniffLen {
		data = data[:sniffLen]
	}
	trimmed := data
	for len(trimmed) > 0 && isWS(trimmed[0]) {
		trimmed = trimmed[1:]
	}
	for _, tag := range htmlTags {
		if isHTMLTag(trimmed, tag) {
			return "text/html; charset=utf-8"
		}
	}
	if ct := matchSignatures(signatures, data, trimmed); ct != "" {
		return ct
	}
	if isMP4(data) {
		return "video/mp4"
	}
	if ct := matchSignatures(laterSignatures, data, trimmed); ct != "" {
		return ct
	}
	if isText(trimmed) {
		return "text/plain; charset=utf-8"
	}
	return "application/octet-stream"
}

func matchSignatures(sigs []signature, data, trimmed []byte) string {
	for _, sig := range sigs {
		d := data
		if sig.skipWS {
			d = trimmed
		}
		if sig.matches(d) {
			return sig.contentType
		}
	}
	return ""
}

func (sig signature) matches(data []byte) bool {
	if len(data) < len(sig.pattern) {
		return false
	}
	for i := 0; i < len(sig.pattern); i++ {
		b := data[i]
		if sig.mask != "" {
			b &= sig.mask[i]
		}
		if b != sig.pattern[i] {
			return false
		}
	}
	return true
}

// isHTMLTag reports whether data starts with tag, in any case, and a
// tag-terminating byte.
func isHTMLTag(data []byte, tag string) bool {
	if len(data) < len(tag)+1 {
		return false
	}
	for i := 0; i < len(tag); i++ {
		b := data[i]
		if 'A' <= tag[i] && tag[i] <= 'Z' {
			b &= 0xDF // upper case
		}
		if b != tag[i] {
			return false
		}
	}
	return data[len(tag)] == ' ' || data[len(tag)] == '>'
}

// isMP4 reports an ISO base media file ("ftyp" box) of an mp4 brand
// (section 6.2.1 of the standard).
func isMP4(data []byte) bool {
	if len(data) < 12 {
		return false
	}
	boxSize := int(binary.BigEndian.Uint32(data[:4]))
	if len(data) < boxSize || boxSize%4 != 0 || string(data[4:8]) != "ftyp" {
		return false
	}
	for st := 8; st < boxSize; st += 4 {
		if st == 12 {
			continue // the minor version number
		}
		if bytes.HasPrefix(data[st:], []byte("mp4")) {
			return true
		}
	}
	return false
}

// isWS reports a white space byte (0xWS in the standard).
func isWS(b byte) bool {
	switch b {
	case '\t', '\n', '\x0c', '\r', ' ':
		return true
	}
	return false
}

// isText reports data without the control bytes that mark binary
// data (0xBB in the standard).
func isText(data []byte) bool {
	for _, b := range data {
		switch {
		case b <= 0x08, b == 0x0B, 0x0E <= b && b <= 0x1A, 0x1C <= b && b <= 0x1F:
			return false
		}
	}
	return true
}
