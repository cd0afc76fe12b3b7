"""The API checklist (tools/apicheck.py): every package we ship complete has
every exported name of Go 1.19's, with Go's signature. Skips without an
installed Go whose GOROOT has api/go1*.txt."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import apicheck  # noqa: E402

# Packages whose whole Go 1.19 API we ship: a name lost from one is a regression.
COMPLETE = ["archive/tar", "archive/zip", "bufio", "bytes", "container/heap", "container/list", "container/ring", "context", "crypto",
    "compress/bzip2", "compress/flate", "compress/lzw", "compress/gzip", "compress/zlib", "crypto/aes", "crypto/cipher",
    "crypto/des", "crypto/dsa", "crypto/ecdsa", "crypto/ed25519", "crypto/elliptic", "crypto/hmac", "crypto/md5", "crypto/rand", "crypto/rc4", "crypto/rsa", "crypto/sha1", "crypto/x509", "crypto/x509/pkix",
    "crypto/sha256", "crypto/sha512", "crypto/subtle", "database/sql", "database/sql/driver", "debug/dwarf", "debug/elf", "debug/macho", "debug/pe", "embed", "encoding", "encoding/ascii85", "encoding/asn1", "encoding/base32",
    "encoding/base64", "encoding/binary", "encoding/csv", "encoding/hex", "encoding/json", "encoding/pem",
    "encoding/xml", "errors", "expvar", "flag", "fmt", "go/ast", "go/build/constraint", "go/constant", "go/doc/comment", "go/format", "go/parser", "go/printer", "go/scanner", "go/token", "hash", "hash/adler32", "hash/crc32", "hash/crc64", "hash/fnv",
    "hash/maphash", "html", "html/template", "image", "image/color", "image/color/palette", "image/draw", "image/gif",
    "image/jpeg", "image/png", "index/suffixarray", "io", "io/fs", "io/ioutil",
    "log", "log/syslog", "math", "math/big", "math/bits", "math/cmplx", "math/rand", "mime", "mime/multipart",
    "mime/quotedprintable", "net/http/cookiejar", "net/http/httputil", "net/mail", "net/netip", "net/rpc", "net/rpc/jsonrpc", "net/textproto", "net/url",
    "os", "os/exec", "os/signal", "os/user",
    "path", "path/filepath", "reflect", "regexp", "regexp/syntax", "runtime/debug", "sort", "strconv",
    "strings", "sync", "sync/atomic", "testing", "testing/fstest", "testing/iotest", "testing/quick",
    "text/scanner", "text/tabwriter", "text/template", "text/template/parse", "time", "unicode", "unicode/utf16",
    "unicode/utf8"]


@pytest.fixture(scope="module")
def go_api():
    root = apicheck.goroot()
    if root is None:
        pytest.skip("no Go installation with api/go1*.txt")
    return apicheck.go_features(root / "api")


@pytest.mark.parametrize("path", COMPLETE)
def test_complete_packages_have_go_api(go_api, path):
    missing, different = apicheck.compare(go_api[path], apicheck.our_features(apicheck.REPO / "stdlib", path))
    assert (missing, different) == ([], [])


def test_feature_lines_are_spelled_as_cmd_api_does(go_api):
    """Each kind of feature, as our walker prints it, is a line of Go's files."""
    ours = apicheck.our_features(apicheck.REPO / "stdlib", "bufio")
    for line in ("func NewReadWriter(*Reader, *Writer) *ReadWriter",    # func
                 "method (ReadWriter) Peek(int) ([]uint8, error)",     # promoted through *Reader
                 "type ReadWriter struct, embedded *Reader",           # embedded field
                 "type SplitFunc func([]uint8, bool) (int, []uint8, error)",
                 "const MaxScanTokenSize = 65536", "const MaxScanTokenSize ideal-int",
                 "var ErrNegativeCount error"):
        assert line in ours and line in go_api["bufio"]
    assert "type Getter interface { Get, Set, String }" in go_api["flag"]


def test_a_generic_type_is_spelled_with_its_type_parameters(go_api):
    ours = apicheck.our_features(apicheck.REPO / "stdlib", "sync/atomic")
    for line in ("type Pointer[$0 interface{}] struct", "method (*Pointer[$0]) Swap(*$0) *$0"):
        assert line in ours and line in go_api["sync/atomic"]


def test_a_missing_and_a_different_feature_are_told_apart():
    go = {"func A(int) string", "func B()", "type T struct, X int"}
    ours = {"func A(int) int", "type T struct, X int"}
    assert apicheck.compare(go, ours) == (["func B()"], [("func A(int) string", "func A(int) int")])


def test_a_string_constant_is_quoted_as_strconv_quote_does():
    assert apicheck.go_quote('<?xml version="1.0"?>\n\x01é') == '"<?xml version=\\"1.0\\"?>\\n\\x01é"'
