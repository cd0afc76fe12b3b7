// Package syslog sends log messages to a syslog daemon, the local one
// over a Unix domain socket or a remote one over UDP or TCP.
//
// A Writer is dialed once; when a write fails it reconnects by itself
// and tries the message again.
//
// Go froze this package: richer syslog clients live outside the
// standard library.
//
// Each message goes out as one line in the BSD syslog format of
// RFC 3164: "<PRI>TIMESTAMP HOST TAG[PID]: MESSAGE", where PRI is the
// facility and severity packed into one number. The local daemon
// (a Unix socket) gets it without the host and with a short timestamp,
// as local syslog daemons expect.
package syslog

import (
	"errors"
	"fmt"
	"log"
	"net"
	"os"
	"strings"
	"sync"
	"time"
)

// Priority is a facility and a severity ORed together: LOG_FTP|LOG_ALERT
// is an alert from the FTP facility. Zero is LOG_KERN|LOG_EMERG.
type Priority int

// A Priority keeps the severity in its low three bits and the facility
// in the five above them.
const (
	severityMask = 0x07
	facilityMask = 0xf8
)

// Severities, from most to least urgent (RFC 3164 section 4.1.1).
const (
	LOG_EMERG Priority = iota
	LOG_ALERT
	LOG_CRIT
	LOG_ERR
	LOG_WARNING
	LOG_NOTICE
	LOG_INFO
	LOG_DEBUG
)

// Facilities, already shifted into place: each is its RFC 3164 code
// times eight. Codes 12 to 15 have no name here.
const (
	LOG_KERN Priority = iota << 3
	LOG_USER
	LOG_MAIL
	LOG_DAEMON
	LOG_AUTH
	LOG_SYSLOG
	LOG_LPR
	LOG_NEWS
	LOG_UUCP
	LOG_CRON
	LOG_AUTHPRIV
	LOG_FTP
	_
	_
	_
	_
	LOG_LOCAL0
	LOG_LOCAL1
	LOG_LOCAL2
	LOG_LOCAL3
	LOG_LOCAL4
	LOG_LOCAL5
	LOG_LOCAL6
	LOG_LOCAL7
)

// A Writer sends each write as one message to a syslog server.
type Writer struct {
	priority Priority
	tag      string
	hostname string
	network  string // "" for the local daemon's Unix socket
	raddr    string

	mu    sync.Mutex // guards conn and local
	conn  net.Conn   // nil after Close or a failed reconnect
	local bool       // whether conn is a Unix socket, which gets the short format
}

// New connects to the local syslog daemon. Messages written to the
// Writer carry priority and tag; an empty tag stands for os.Args[0].
func New(priority Priority, tag string) (*Writer, error) {
	return Dial("", "", priority, tag)
}

// Dial connects to the syslog daemon at raddr on network, which take
// the values net.Dial accepts; an empty network means the local daemon.
// Messages written to the Writer carry priority and tag; an empty tag
// stands for os.Args[0].
func Dial(network, raddr string, priority Priority, tag string) (*Writer, error) {
	if priority < 0 || priority > LOG_LOCAL7|LOG_DEBUG {
		return nil, errors.New("log/syslog: invalid priority")
	}
	if tag == "" {
		tag = os.Args[0]
	}
	hostname, _ := os.Hostname()
	w := &Writer{
		priority: priority,
		tag:      tag,
		hostname: hostname,
		network:  network,
		raddr:    raddr,
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if err := w.connect(); err != nil {
		return nil, err
	}
	return w, nil
}

// connect (re)opens the connection to the server, closing any old one.
// A host with no name is named after the connection instead. The
// caller holds w.mu.
func (w *Writer) connect() error {
	if w.conn != nil {
		w.conn.Close()
		w.conn = nil
	}
	if w.network == "" {
		conn, err := dialLocal()
		if err != nil {
			return err
		}
		w.conn, w.local = conn, true
		if w.hostname == "" {
			w.hostname = "localhost"
		}
		return nil
	}
	conn, err := net.Dial(w.network, w.raddr)
	if err != nil {
		return err
	}
	w.conn = conn
	w.local = w.network == "unix" || w.network == "unixgram"
	if w.hostname == "" {
		w.hostname = conn.LocalAddr().String()
	}
	return nil
}

// localSockets are where syslog daemons listen on Unix systems.
var localSockets = []string{"/dev/log", "/var/run/syslog", "/var/run/log"}

// dialLocal connects to the local syslog daemon, trying datagram
// sockets before stream ones.
func dialLocal() (net.Conn, error) {
	for _, network := range []string{"unixgram", "unix"} {
		for _, path := range localSockets {
			if conn, err := net.Dial(network, path); err == nil {
				return conn, nil
			}
		}
	}
	return nil, errors.New("Unix syslog delivery error")
}

// Write sends b as one message with the Writer's priority.
func (w *Writer) Write(b []byte) (int, error) {
	return w.send(w.priority, string(b))
}

// Close ends the connection; a later write opens a new one.
func (w *Writer) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.conn == nil {
		return nil
	}
	err := w.conn.Close()
	w.conn = nil
	return err
}

// Emerg sends m with severity LOG_EMERG instead of the Writer's.
func (w *Writer) Emerg(m string) error { return w.sendAt(LOG_EMERG, m) }

// Alert sends m with severity LOG_ALERT instead of the Writer's.
func (w *Writer) Alert(m string) error { return w.sendAt(LOG_ALERT, m) }

// Crit sends m with severity LOG_CRIT instead of the Writer's.
func (w *Writer) Crit(m string) error { return w.sendAt(LOG_CRIT, m) }

// Err sends m with severity LOG_ERR instead of the Writer's.
func (w *Writer) Err(m string) error { return w.sendAt(LOG_ERR, m) }

// Warning sends m with severity LOG_WARNING instead of the Writer's.
func (w *Writer) Warning(m string) error { return w.sendAt(LOG_WARNING, m) }

// Notice sends m with severity LOG_NOTICE instead of the Writer's.
func (w *Writer) Notice(m string) error { return w.sendAt(LOG_NOTICE, m) }

// Info sends m with severity LOG_INFO instead of the Writer's.
func (w *Writer) Info(m string) error { return w.sendAt(LOG_INFO, m) }

// Debug sends m with severity LOG_DEBUG instead of the Writer's.
func (w *Writer) Debug(m string) error { return w.sendAt(LOG_DEBUG, m) }

// sendAt is send for the severity methods, which report only the error.
func (w *Writer) sendAt(severity Priority, m string) error {
	_, err := w.send(severity, m)
	return err
}

// send writes msg with w's facility and the severity taken from p. If
// the connection is gone or the write fails, it reconnects once and
// tries again, so a restarted daemon does not lose the message.
func (w *Writer) send(p Priority, msg string) (int, error) {
	pri := w.priority&facilityMask | p&severityMask
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.conn != nil {
		if n, err := w.write(pri, msg); err == nil {
			return n, nil
		}
	}
	if err := w.connect(); err != nil {
		return 0, err
	}
	return w.write(pri, msg)
}

// write sends one message on the current connection and returns the
// length of msg on success. A message always ends in a newline, which
// is added when msg lacks it.
func (w *Writer) write(pri Priority, msg string) (int, error) {
	nl := "\n"
	if strings.HasSuffix(msg, "\n") {
		nl = ""
	}
	var err error
	if w.local {
		_, err = fmt.Fprintf(w.conn, "<%d>%s %s[%d]: %s%s",
			pri, time.Now().Format(time.Stamp), w.tag, os.Getpid(), msg, nl)
	} else {
		_, err = fmt.Fprintf(w.conn, "<%d>%s %s %s[%d]: %s%s",
			pri, time.Now().Format(time.RFC3339), w.hostname, w.tag, os.Getpid(), msg, nl)
	}
	if err != nil {
		return 0, err
	}
	return len(msg), nil
}

// NewLogger returns a log.Logger, made with flags logFlag, whose lines
// go to the local syslog daemon with priority p.
func NewLogger(p Priority, logFlag int) (*log.Logger, error) {
	w, err := New(p, "")
	if err != nil {
		return nil, err
	}
	return log.New(w, "", logFlag), nil
}
