package httptest

import (
	"net"
	"net/http"
	"sync"
)

// A Server is an HTTP server listening on a system-chosen port on the
// local loopback interface, for use in end-to-end HTTP tests.
type Server struct {
	URL      string // base URL of form http://ipaddr:port with no trailing slash
	Listener net.Listener

	// EnableHTTP2 is kept for compatibility: gominic's server speaks
	// HTTP/1.1 only.
	EnableHTTP2 bool

	// Config may be changed after calling NewUnstartedServer and before
	// Start or StartTLS.
	Config *http.Server

	// wg counts the connections alive and the Serve goroutine: Close
	// waits for them.
	wg sync.WaitGroup

	mu     sync.Mutex // guards closed and conns
	closed bool
	conns  map[net.Conn]http.ConnState

	client *http.Client
}

// newLocalListener listens on a free port of the IPv4 loopback, or
// else of the IPv6 one.
func newLocalListener() net.Listener {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		if l, err = net.Listen("tcp6", "[::1]:0"); err != nil {
			panic("httptest: failed to listen on a port: " + err.Error())
		}
	}
	return l
}

// NewServer starts and returns a new Server. The caller should call
// Close when finished, to shut it down.
func NewServer(handler http.Handler) *Server {
	ts := NewUnstartedServer(handler)
	ts.Start()
	return ts
}

// NewUnstartedServer returns a new Server but doesn't start it.
//
// After changing its configuration, the caller should call Start.
//
// The caller should call Close when finished, to shut it down.
func NewUnstartedServer(handler http.Handler) *Server {
	return &Server{
		Listener: newLocalListener(),
		Config:   &http.Server{Handler: handler},
	}
}

// Start starts a server from NewUnstartedServer.
func (s *Server) Start() {
	if s.URL != "" {
		panic("Server already started")
	}
	if s.client == nil {
		s.client = &http.Client{Transport: &http.Transport{}}
	}
	s.URL = "http://" + s.Listener.Addr().String()
	s.wrap()
	s.goServe()
}

// StartTLS would start the server with TLS: gominic has no TLS, so it
// panics saying so.
func (s *Server) StartTLS() {
	panic("httptest: StartTLS: gominic's net/http has no TLS")
}

// NewTLSServer would start a server speaking TLS: gominic has no TLS,
// so it panics saying so.
func NewTLSServer(handler http.Handler) *Server {
	ts := NewUnstartedServer(handler)
	ts.StartTLS()
	return ts
}

// Close shuts down the server and blocks until all outstanding requests
// on this server have completed.
func (s *Server) Close() {
	s.mu.Lock()
	if !s.closed {
		s.closed = true
		s.Listener.Close()
		s.Config.SetKeepAlivesEnabled(false)
		for c, st := range s.conns {
			// Idle and new connections are closed now; active ones
			// close after their response, keep-alives being off.
			if st == http.StateIdle || st == http.StateNew {
				c.Close()
			}
		}
	}
	s.mu.Unlock()

	// Close the clients' idle connections to this server too.
	if t, ok := http.DefaultTransport.(interface{ CloseIdleConnections() }); ok {
		t.CloseIdleConnections()
	}
	if s.client != nil {
		s.client.CloseIdleConnections()
	}
	s.wg.Wait()
}

// CloseClientConnections closes any open HTTP connections to the test
// Server.
func (s *Server) CloseClientConnections() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for c := range s.conns {
		c.Close()
	}
}

// Client returns an HTTP client configured for making requests to the
// server. It is configured to reuse connections and is closed by
// Server.Close.
func (s *Server) Client() *http.Client {
	return s.client
}

func (s *Server) goServe() {
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		s.Config.Serve(s.Listener)
	}()
}

// wrap installs the connection state hook that tracks the server's
// connections, keeping any hook the caller set.
func (s *Server) wrap() {
	oldHook := s.Config.ConnState
	s.Config.ConnState = func(c net.Conn, cs http.ConnState) {
		s.trackConn(c, cs)
		if oldHook != nil {
			oldHook(c, cs)
		}
	}
}

func (s *Server) trackConn(c net.Conn, cs http.ConnState) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch cs {
	case http.StateNew:
		s.wg.Add(1)
		if s.conns == nil {
			s.conns = make(map[net.Conn]http.ConnState)
		}
		s.conns[c] = cs
		if s.closed {
			c.Close() // it raced with Close
		}
	case http.StateActive, http.StateIdle:
		if _, ok := s.conns[c]; ok {
			s.conns[c] = cs
			if cs == http.StateIdle && s.closed {
				c.Close()
			}
		}
	case http.StateHijacked, http.StateClosed:
		if _, ok := s.conns[c]; ok {
			delete(s.conns, c)
			s.wg.Done()
		}
	}
}
