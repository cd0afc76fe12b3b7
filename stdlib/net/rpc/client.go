package rpc

import (
	"bufio"
	"encoding/gob"
	"errors"
	"io"
	"log"
	"net"
	"net/http"
	"sync"
)

// ServerError is an error the remote method returned, as its text.
type ServerError string

func (e ServerError) Error() string {
	return string(e)
}

// ErrShutdown is the error of calls made on, or left pending by, a closed
// Client.
var ErrShutdown = errors.New("connection is shut down")

// Call is one RPC in progress or done.
type Call struct {
	ServiceMethod string     // the method called
	Args          any        // its argument
	Reply         any        // where its reply is stored
	Error         error      // set once the call is done
	Done          chan *Call // receives the Call when it is done
}

// Client calls methods of one server over one connection. It may be used
// by several goroutines at once; their calls are matched to the replies
// by sequence number.
type Client struct {
	codec ClientCodec

	reqMutex sync.Mutex // serializes writing requests
	request  Request    // the header being written, guarded by reqMutex

	mutex    sync.Mutex // guards the fields below
	seq      uint64
	pending  map[uint64]*Call
	closing  bool // Close was called
	shutdown bool // the connection failed or ended
}

// A ClientCodec writes requests to and reads replies from one connection
// for the client. WriteRequest may be called from several goroutines at
// once; ReadResponseHeader and ReadResponseBody are called in turn by one
// goroutine, and ReadResponseBody may be passed nil to skip a body. Close
// is called once, by Client.Close.
type ClientCodec interface {
	WriteRequest(*Request, any) error
	ReadResponseHeader(*Response) error
	ReadResponseBody(any) error

	Close() error
}

// send registers call as pending and writes its request.
func (client *Client) send(call *Call) {
	client.reqMutex.Lock()
	defer client.reqMutex.Unlock()

	seq, ok := client.register(call)
	if !ok {
		call.Error = ErrShutdown
		call.done()
		return
	}
	client.request.Seq = seq
	client.request.ServiceMethod = call.ServiceMethod
	if err := client.codec.WriteRequest(&client.request, call.Args); err != nil {
		// The reader may have finished the call meanwhile (the
		// connection broke); otherwise it is ours to finish.
		if call := client.take(seq); call != nil {
			call.Error = err
			call.done()
		}
	}
}

// register gives call a sequence number and records it as pending, unless
// the client is shut down.
func (client *Client) register(call *Call) (uint64, bool) {
	client.mutex.Lock()
	defer client.mutex.Unlock()
	if client.shutdown || client.closing {
		return 0, false
	}
	seq := client.seq
	client.seq++
	client.pending[seq] = call
	return seq, true
}

// take removes and returns the pending call numbered seq, or nil.
func (client *Client) take(seq uint64) *Call {
	client.mutex.Lock()
	defer client.mutex.Unlock()
	call := client.pending[seq]
	delete(client.pending, seq)
	return call
}

// input reads replies and finishes their calls until the connection
// fails; then it fails every call still pending.
func (client *Client) input() {
	var err error
	for err == nil {
		var response Response
		if err = client.codec.ReadResponseHeader(&response); err != nil {
			break
		}
		err = client.finish(client.take(response.Seq), &response)
	}
	client.fail(err)
}

// finish reads the body of response into call and signals the call done.
// A call of nil (one that failed to send) still has its body consumed.
// The error returned is that of the connection, which ends the client.
func (client *Client) finish(call *Call, response *Response) error {
	if call == nil || response.Error != "" {
		if call != nil {
			call.Error = ServerError(response.Error)
			defer call.done()
		}
		if err := client.codec.ReadResponseBody(nil); err != nil {
			return errors.New("reading error body: " + err.Error())
		}
		return nil
	}
	// A reply that does not decode fails only this call.
	if err := client.codec.ReadResponseBody(call.Reply); err != nil {
		call.Error = errors.New("reading body " + err.Error())
	}
	call.done()
	return nil
}

// fail shuts the client down after the connection error err, failing
// every pending call with it. The end of the stream is reported as
// ErrShutdown after Close and as io.ErrUnexpectedEOF otherwise.
func (client *Client) fail(err error) {
	client.reqMutex.Lock()
	defer client.reqMutex.Unlock()
	client.mutex.Lock()
	defer client.mutex.Unlock()
	client.shutdown = true
	if err == io.EOF {
		if client.closing {
			err = ErrShutdown
		} else {
			err = io.ErrUnexpectedEOF
		}
	}
	for _, call := range client.pending {
		call.Error = err
		call.done()
	}
}

// done signals the call's channel without ever blocking: a caller that
// gave too small a channel loses the signal, not the client's reader.
func (call *Call) done() {
	select {
	case call.Done <- call:
	default:
	}
}

// NewClient returns a Client that calls over conn, in gob.
//
// Writes of a request are buffered and flushed whole, so conn needs no
// locking of its own.
func NewClient(conn io.ReadWriteCloser) *Client {
	encBuf := bufio.NewWriter(conn)
	return NewClientWithCodec(&gobClientCodec{conn, gob.NewDecoder(conn), gob.NewEncoder(encBuf), encBuf})
}

// NewClientWithCodec is like NewClient but writes requests and reads
// replies through codec.
func NewClientWithCodec(codec ClientCodec) *Client {
	client := &Client{codec: codec, pending: make(map[uint64]*Call)}
	go client.input()
	return client
}

// gobClientCodec is NewClient's codec: the gob stream of gobServerCodec,
// seen from the other end.
type gobClientCodec struct {
	rwc    io.ReadWriteCloser
	dec    *gob.Decoder
	enc    *gob.Encoder
	encBuf *bufio.Writer
}

func (c *gobClientCodec) WriteRequest(r *Request, body any) error {
	if err := c.enc.Encode(r); err != nil {
		return err
	}
	if err := c.enc.Encode(body); err != nil {
		return err
	}
	return c.encBuf.Flush()
}

func (c *gobClientCodec) ReadResponseHeader(r *Response) error {
	return c.dec.Decode(r)
}

func (c *gobClientCodec) ReadResponseBody(body any) error {
	return c.dec.Decode(body)
}

func (c *gobClientCodec) Close() error {
	return c.rwc.Close()
}

// DialHTTP connects to an RPC server behind HTTP at DefaultRPCPath.
func DialHTTP(network, address string) (*Client, error) {
	return DialHTTPPath(network, address, DefaultRPCPath)
}

// DialHTTPPath connects to an RPC server behind HTTP at path: it sends a
// CONNECT request and, once the server agrees, speaks RPC on the
// connection.
func DialHTTPPath(network, address, path string) (*Client, error) {
	conn, err := net.Dial(network, address)
	if err != nil {
		return nil, err
	}
	io.WriteString(conn, "CONNECT "+path+" HTTP/1.0\n\n")
	resp, err := http.ReadResponse(bufio.NewReader(conn), &http.Request{Method: "CONNECT"})
	if err == nil && resp.Status == connected {
		return NewClient(conn), nil
	}
	if err == nil {
		err = errors.New("unexpected HTTP response: " + resp.Status)
	}
	conn.Close()
	return nil, &net.OpError{Op: "dial-http", Net: network + " " + address, Err: err}
}

// Dial connects to an RPC server at address.
func Dial(network, address string) (*Client, error) {
	conn, err := net.Dial(network, address)
	if err != nil {
		return nil, err
	}
	return NewClient(conn), nil
}

// Close closes the connection; calls still pending fail with
// ErrShutdown. Closing twice returns ErrShutdown.
func (client *Client) Close() error {
	client.mutex.Lock()
	if client.closing {
		client.mutex.Unlock()
		return ErrShutdown
	}
	client.closing = true
	client.mutex.Unlock()
	return client.codec.Close()
}

// Go starts calling serviceMethod and returns at once. The Call is sent
// on done when it completes; done must be buffered, and a nil done gets
// a fresh channel of ten.
func (client *Client) Go(serviceMethod string, args any, reply any, done chan *Call) *Call {
	if done == nil {
		done = make(chan *Call, 10)
	} else if cap(done) == 0 {
		log.Panic("rpc: done channel is unbuffered")
	}
	call := &Call{ServiceMethod: serviceMethod, Args: args, Reply: reply, Done: done}
	client.send(call)
	return call
}

// Call calls serviceMethod, waits for it to complete and returns its
// error.
func (client *Client) Call(serviceMethod string, args any, reply any) error {
	call := <-client.Go(serviceMethod, args, reply, make(chan *Call, 1)).Done
	return call.Error
}
