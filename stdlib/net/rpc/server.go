// Package rpc calls the exported methods of an object across a network
// connection or any other byte stream.
//
// A server registers objects; each becomes a service named after its
// type (or a chosen name), and each of its suitable methods can then be
// called remotely as "Service.Method". A method is suitable when
//
//   - the method and its type are exported;
//   - it has two arguments, both of exported (or builtin) types;
//   - the second argument is a pointer, where the reply is stored;
//   - it returns a single value of type error.
//
// that is, when it looks like
//
//	func (t *T) MethodName(argType T1, replyType *T2) error
//
// A non-nil error returned by the method reaches the client as a
// ServerError holding its text, and the reply is then not sent.
//
// Requests and replies are encoded with encoding/gob unless another codec
// is used (see package net/rpc/jsonrpc). A client makes synchronous calls
// with Call or asynchronous ones with Go, which signals completion on a
// channel.
//
// The package is frozen in Go and takes no new features.
package rpc

import (
	"bufio"
	"encoding/gob"
	"errors"
	"go/token"
	"io"
	"log"
	"net"
	"net/http"
	"reflect"
	"strings"
	"sync"
)

const (
	// DefaultRPCPath is the URL path HandleHTTP serves RPC connections on.
	DefaultRPCPath = "/_goRPC_"
	// DefaultDebugPath is the URL path of HandleHTTP's page of services.
	DefaultDebugPath = "/debug/rpc"
)

var errorType = reflect.TypeOf((*error)(nil)).Elem()

// methodType describes one callable method. Its exported names are read by
// the /debug/rpc page's template.
type methodType struct {
	sync.Mutex // guards numCalls
	method     reflect.Method
	ArgType    reflect.Type
	ReplyType  reflect.Type
	numCalls   uint
}

// NumCalls reports how many times the method has been called.
func (m *methodType) NumCalls() uint {
	m.Lock()
	defer m.Unlock()
	return m.numCalls
}

// A service is a registered receiver and its callable methods by name.
type service struct {
	name   string
	rcvr   reflect.Value
	typ    reflect.Type
	method map[string]*methodType
}

// Request is the header the client writes before each call's argument.
// Codecs read and write it; users of the package never need it.
type Request struct {
	ServiceMethod string // "Service.Method"
	Seq           uint64 // chosen by the client, echoed in the Response
}

// Response is the header the server writes before each call's reply.
// Codecs read and write it; users of the package never need it.
type Response struct {
	ServiceMethod string // echoes the Request's
	Seq           uint64 // echoes the Request's
	Error         string // the method's error, if any
}

// Server serves RPC requests for the services registered with it.
type Server struct {
	serviceMap sync.Map // service name -> *service
}

// NewServer returns a Server with no services.
func NewServer() *Server {
	return &Server{}
}

// DefaultServer is the Server used by the package-level functions.
var DefaultServer = NewServer()

// Register makes the suitable methods of rcvr callable as a service named
// after rcvr's concrete type. It is an error (also written to the log)
// if the type is not exported or has no suitable method.
func (server *Server) Register(rcvr any) error {
	return server.register(rcvr, "", false)
}

// RegisterName is like Register but names the service name rather than
// after rcvr's type.
func (server *Server) RegisterName(name string, rcvr any) error {
	return server.register(rcvr, name, true)
}

func (server *Server) register(rcvr any, name string, useName bool) error {
	s := &service{typ: reflect.TypeOf(rcvr), rcvr: reflect.ValueOf(rcvr)}
	if !useName {
		name = reflect.Indirect(s.rcvr).Type().Name()
	}
	if name == "" {
		return registerError("rpc.Register: no service name for type " + s.typ.String())
	}
	if !useName && !token.IsExported(name) {
		return registerError("rpc.Register: type " + name + " is not exported")
	}
	s.name = name
	s.method = suitableMethods(s.typ)
	if len(s.method) == 0 {
		msg := "rpc.Register: type " + name + " has no exported methods of suitable type"
		// A common mistake is registering a value whose methods have
		// pointer receivers: say so.
		if len(suitableMethods(reflect.PointerTo(s.typ))) != 0 {
			msg += " (hint: pass a pointer to value of that type)"
		}
		return registerError(msg)
	}
	if _, dup := server.serviceMap.LoadOrStore(name, s); dup {
		return errors.New("rpc: service already defined: " + name)
	}
	return nil
}

// registerError logs msg, as Register documents, and returns it as an error.
func registerError(msg string) error {
	log.Print(msg)
	return errors.New(msg)
}

// suitableMethods returns the methods of typ that can be called remotely
// (see the package comment for the rules).
func suitableMethods(typ reflect.Type) map[string]*methodType {
	methods := make(map[string]*methodType)
	for i := 0; i < typ.NumMethod(); i++ {
		m := typ.Method(i)
		if isSuitable(m) {
			methods[m.Name] = &methodType{
				method:    m,
				ArgType:   m.Type.In(1),
				ReplyType: m.Type.In(2),
			}
		}
	}
	return methods
}

// isSuitable reports whether m has the shape
// func (recv) Name(Args, *Reply) error with exported types.
func isSuitable(m reflect.Method) bool {
	t := m.Type
	if !m.IsExported() || t.NumIn() != 3 || t.NumOut() != 1 {
		return false
	}
	arg, reply := t.In(1), t.In(2)
	return isExportedOrBuiltin(arg) &&
		reply.Kind() == reflect.Pointer && isExportedOrBuiltin(reply) &&
		t.Out(0) == errorType
}

// isExportedOrBuiltin reports whether t, past any pointers, is an
// exported named type or an unnamed or predeclared one.
func isExportedOrBuiltin(t reflect.Type) bool {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return token.IsExported(t.Name()) || t.PkgPath() == ""
}

// A ServerCodec reads requests from and writes replies to one connection
// for the server. ReadRequestHeader and ReadRequestBody are called in
// turn, one request at a time; ReadRequestBody may be passed nil to skip
// a body. WriteResponse may be called from several goroutines at once.
// Close is called once, when the server is done with the connection.
type ServerCodec interface {
	ReadRequestHeader(*Request) error
	ReadRequestBody(any) error
	WriteResponse(*Response, any) error

	// Close may be called more than once; it must be idempotent.
	Close() error
}

// gobServerCodec is the ServerCodec of ServeConn: a stream of gob values,
// each header followed by its body.
type gobServerCodec struct {
	rwc    io.ReadWriteCloser
	dec    *gob.Decoder
	enc    *gob.Encoder
	encBuf *bufio.Writer
	closed bool
}

func (c *gobServerCodec) ReadRequestHeader(r *Request) error {
	return c.dec.Decode(r)
}

func (c *gobServerCodec) ReadRequestBody(body any) error {
	return c.dec.Decode(body)
}

func (c *gobServerCodec) WriteResponse(r *Response, body any) error {
	if err := c.encodeOrHangUp(r, "rpc: gob error encoding response:"); err != nil {
		return err
	}
	if err := c.encodeOrHangUp(body, "rpc: gob error encoding body:"); err != nil {
		return err
	}
	return c.encBuf.Flush()
}

// encodeOrHangUp encodes v. If gob cannot encode it although the
// connection still works, half a response may have been written, so the
// connection is closed: that is the only way to tell the client.
func (c *gobServerCodec) encodeOrHangUp(v any, what string) error {
	err := c.enc.Encode(v)
	if err != nil && c.encBuf.Flush() == nil {
		log.Println(what, err)
		c.Close()
	}
	return err
}

func (c *gobServerCodec) Close() error {
	if c.closed {
		return nil
	}
	c.closed = true
	return c.rwc.Close()
}

// ServeConn serves requests on conn, in gob, until the client hangs up.
// It is usually run in its own goroutine. ServeCodec serves other codecs.
func (server *Server) ServeConn(conn io.ReadWriteCloser) {
	buf := bufio.NewWriter(conn)
	server.ServeCodec(&gobServerCodec{
		rwc:    conn,
		dec:    gob.NewDecoder(conn),
		enc:    gob.NewEncoder(buf),
		encBuf: buf,
	})
}

// invalidRequest stands in for the reply of a request that failed: the
// client never decodes it since the Response carries an error.
var invalidRequest = struct{}{}

// A call is one decoded request ready to run.
type call struct {
	svc    *service
	mtype  *methodType
	req    *Request
	argv   reflect.Value
	replyv reflect.Value
}

// ServeCodec is like ServeConn but reads requests and writes replies
// through codec. Each call runs in a goroutine of its own; the codec is
// closed once the client hangs up and every reply has been written.
func (server *Server) ServeCodec(codec ServerCodec) {
	sending := new(sync.Mutex)
	var running sync.WaitGroup
	for {
		c, keepReading, err := server.readRequest(codec)
		if err != nil {
			if !keepReading {
				break
			}
			replyError(sending, c.req, codec, err)
			continue
		}
		running.Add(1)
		go func() {
			defer running.Done()
			c.run(sending, codec)
		}()
	}
	running.Wait()
	codec.Close()
}

// ServeRequest is like ServeCodec but serves one request, in the calling
// goroutine, and leaves the codec open.
func (server *Server) ServeRequest(codec ServerCodec) error {
	sending := new(sync.Mutex)
	c, keepReading, err := server.readRequest(codec)
	if err != nil {
		if keepReading {
			replyError(sending, c.req, codec, err)
		}
		return err
	}
	c.run(sending, codec)
	return nil
}

// replyError answers a request whose header was read but which cannot be
// run; req is nil when not even the header could be read.
func replyError(sending *sync.Mutex, req *Request, codec ServerCodec, err error) {
	if req != nil {
		sendResponse(sending, req, invalidRequest, codec, err.Error())
	}
}

// run calls the method of c and sends its reply or error.
func (c call) run(sending *sync.Mutex, codec ServerCodec) {
	c.mtype.Lock()
	c.mtype.numCalls++
	c.mtype.Unlock()
	out := c.mtype.method.Func.Call([]reflect.Value{c.svc.rcvr, c.argv, c.replyv})
	errmsg := ""
	if err := out[0].Interface(); err != nil {
		errmsg = err.(error).Error()
	}
	sendResponse(sending, c.req, c.replyv.Interface(), codec, errmsg)
}

// sendResponse writes the reply to req; sending keeps the replies of
// concurrent calls from interleaving on the connection.
func sendResponse(sending *sync.Mutex, req *Request, reply any, codec ServerCodec, errmsg string) {
	resp := &Response{ServiceMethod: req.ServiceMethod, Seq: req.Seq}
	if errmsg != "" {
		resp.Error = errmsg
		reply = invalidRequest
	}
	sending.Lock()
	defer sending.Unlock()
	codec.WriteResponse(resp, reply)
}

// readRequest reads one request: its header, then its argument. When the
// header names no known method the body is still read (and dropped) so the
// next request can be. keepReading is false when the stream itself is
// broken or finished.
func (server *Server) readRequest(codec ServerCodec) (c call, keepReading bool, err error) {
	c, keepReading, err = server.readRequestHeader(codec)
	if err != nil {
		if keepReading {
			codec.ReadRequestBody(nil)
		}
		return c, keepReading, err
	}
	argType := c.mtype.ArgType
	// Decode into a fresh value; a method taking its argument by value
	// is then given what that pointer points at.
	if argType.Kind() == reflect.Pointer {
		c.argv = reflect.New(argType.Elem())
	} else {
		c.argv = reflect.New(argType)
	}
	if err = codec.ReadRequestBody(c.argv.Interface()); err != nil {
		return c, keepReading, err
	}
	if argType.Kind() != reflect.Pointer {
		c.argv = c.argv.Elem()
	}
	c.replyv = newReply(c.mtype.ReplyType.Elem())
	return c, keepReading, nil
}

// newReply allocates the reply a method fills; maps and slices start
// empty rather than nil so the method can use them directly.
func newReply(t reflect.Type) reflect.Value {
	v := reflect.New(t)
	switch t.Kind() {
	case reflect.Map:
		v.Elem().Set(reflect.MakeMap(t))
	case reflect.Slice:
		v.Elem().Set(reflect.MakeSlice(t, 0, 0))
	}
	return v
}

// readRequestHeader reads a header and finds the method it names.
func (server *Server) readRequestHeader(codec ServerCodec) (c call, keepReading bool, err error) {
	req := new(Request)
	if err = codec.ReadRequestHeader(req); err != nil {
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			return c, false, err
		}
		return c, false, errors.New("rpc: server cannot decode request: " + err.Error())
	}
	c.req = req
	dot := strings.LastIndex(req.ServiceMethod, ".")
	if dot < 0 {
		return c, true, errors.New("rpc: service/method request ill-formed: " + req.ServiceMethod)
	}
	svc, ok := server.serviceMap.Load(req.ServiceMethod[:dot])
	if !ok {
		return c, true, errors.New("rpc: can't find service " + req.ServiceMethod)
	}
	c.svc = svc.(*service)
	c.mtype = c.svc.method[req.ServiceMethod[dot+1:]]
	if c.mtype == nil {
		return c, true, errors.New("rpc: can't find method " + req.ServiceMethod)
	}
	return c, true, nil
}

// Accept serves each connection lis accepts in a goroutine of its own,
// until Accept fails. It is usually run in a go statement.
func (server *Server) Accept(lis net.Listener) {
	for {
		conn, err := lis.Accept()
		if err != nil {
			log.Print("rpc.Serve: accept:", err.Error())
			return
		}
		go server.ServeConn(conn)
	}
}

// Register registers rcvr with DefaultServer.
func Register(rcvr any) error { return DefaultServer.Register(rcvr) }

// RegisterName registers rcvr under name with DefaultServer.
func RegisterName(name string, rcvr any) error {
	return DefaultServer.RegisterName(name, rcvr)
}

// ServeConn serves conn with DefaultServer.
func ServeConn(conn io.ReadWriteCloser) { DefaultServer.ServeConn(conn) }

// ServeCodec serves codec with DefaultServer.
func ServeCodec(codec ServerCodec) { DefaultServer.ServeCodec(codec) }

// ServeRequest serves one request of codec with DefaultServer.
func ServeRequest(codec ServerCodec) error { return DefaultServer.ServeRequest(codec) }

// Accept serves the connections of lis with DefaultServer.
func Accept(lis net.Listener) { DefaultServer.Accept(lis) }

// connected is the status line that ends the HTTP handshake.
const connected = "200 Connected to Go RPC"

// ServeHTTP answers an HTTP CONNECT request by taking over its connection
// and serving RPC on it.
func (server *Server) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	if req.Method != "CONNECT" {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(http.StatusMethodNotAllowed)
		io.WriteString(w, "405 must CONNECT\n")
		return
	}
	conn, _, err := w.(http.Hijacker).Hijack()
	if err != nil {
		log.Print("rpc hijacking ", req.RemoteAddr, ": ", err.Error())
		return
	}
	io.WriteString(conn, "HTTP/1.0 "+connected+"\n\n")
	server.ServeConn(conn)
}

// HandleHTTP installs, in http.DefaultServeMux, the server's RPC handler
// at rpcPath and its debugging page at debugPath. An http.Serve must
// still be started, usually in a go statement.
func (server *Server) HandleHTTP(rpcPath, debugPath string) {
	http.Handle(rpcPath, server)
	http.Handle(debugPath, debugHTTP{server})
}

// HandleHTTP installs DefaultServer's handlers at DefaultRPCPath and
// DefaultDebugPath.
func HandleHTTP() {
	DefaultServer.HandleHTTP(DefaultRPCPath, DefaultDebugPath)
}
