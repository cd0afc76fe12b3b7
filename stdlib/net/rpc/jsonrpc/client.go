// Package jsonrpc is a codec for package net/rpc that speaks JSON-RPC 1.0.
//
// A request is the object {"method":"Service.Method","params":[arg],"id":n}
// and its reply {"id":n,"result":reply,"error":null}, or with a null
// result and the error's text when the method failed.
package jsonrpc

import (
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/rpc"
	"sync"
)

// clientCodec writes requests as JSON objects and reads the replies.
// JSON replies do not name their method, so the codec remembers the
// method of each id it sent.
type clientCodec struct {
	dec *json.Decoder
	enc *json.Encoder
	c   io.Closer

	// resp is the reply whose header was read last; its body is decoded
	// by the ReadResponseBody that follows.
	resp clientResponse

	mutex   sync.Mutex        // guards pending
	pending map[uint64]string // request id -> method
}

// NewClientCodec returns a JSON-RPC ClientCodec on conn.
func NewClientCodec(conn io.ReadWriteCloser) rpc.ClientCodec {
	return &clientCodec{
		dec:     json.NewDecoder(conn),
		enc:     json.NewEncoder(conn),
		c:       conn,
		pending: make(map[uint64]string),
	}
}

// clientRequest is a request on the wire; params is an array of one.
type clientRequest struct {
	Method string `json:"method"`
	Params [1]any `json:"params"`
	Id     uint64 `json:"id"`
}

func (c *clientCodec) WriteRequest(r *rpc.Request, param any) error {
	c.mutex.Lock()
	c.pending[r.Seq] = r.ServiceMethod
	c.mutex.Unlock()
	return c.enc.Encode(&clientRequest{Method: r.ServiceMethod, Params: [1]any{param}, Id: r.Seq})
}

// clientResponse is a reply on the wire; the result stays raw until the
// caller's reply value is known.
type clientResponse struct {
	Id     uint64           `json:"id"`
	Result *json.RawMessage `json:"result"`
	Error  any              `json:"error"`
}

func (c *clientCodec) ReadResponseHeader(r *rpc.Response) error {
	c.resp = clientResponse{}
	if err := c.dec.Decode(&c.resp); err != nil {
		return err
	}
	c.mutex.Lock()
	r.ServiceMethod = c.pending[c.resp.Id]
	delete(c.pending, c.resp.Id)
	c.mutex.Unlock()

	r.Seq = c.resp.Id
	r.Error = ""
	// A reply without a result is an error, which must be a string.
	if c.resp.Error != nil || c.resp.Result == nil {
		msg, ok := c.resp.Error.(string)
		if !ok {
			return fmt.Errorf("invalid error %v", c.resp.Error)
		}
		if msg == "" {
			msg = "unspecified error"
		}
		r.Error = msg
	}
	return nil
}

func (c *clientCodec) ReadResponseBody(x any) error {
	if x == nil {
		return nil
	}
	return json.Unmarshal(*c.resp.Result, x)
}

func (c *clientCodec) Close() error {
	return c.c.Close()
}

// NewClient returns an rpc.Client that speaks JSON-RPC on conn.
func NewClient(conn io.ReadWriteCloser) *rpc.Client {
	return rpc.NewClientWithCodec(NewClientCodec(conn))
}

// Dial connects to a JSON-RPC server at address.
func Dial(network, address string) (*rpc.Client, error) {
	conn, err := net.Dial(network, address)
	if err != nil {
		return nil, err
	}
	return NewClient(conn), nil
}
