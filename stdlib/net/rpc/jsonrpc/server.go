package jsonrpc

import (
	"encoding/json"
	"errors"
	"io"
	"net/rpc"
	"sync"
)

var errMissingParams = errors.New("jsonrpc: request body missing params")

// serverCodec reads requests as JSON objects and writes the replies.
// A client's id may be any JSON value, while rpc numbers requests itself:
// the codec gives each request a number of its own and remembers the
// client's id under it, to echo it in the reply.
type serverCodec struct {
	dec *json.Decoder
	enc *json.Encoder
	c   io.Closer

	// req is the request whose header was read last; its params are
	// decoded by the ReadRequestBody that follows.
	req serverRequest

	mutex   sync.Mutex // guards seq and pending
	seq     uint64
	pending map[uint64]*json.RawMessage // our number -> client's id
}

// NewServerCodec returns a JSON-RPC ServerCodec on conn.
func NewServerCodec(conn io.ReadWriteCloser) rpc.ServerCodec {
	return &serverCodec{
		dec:     json.NewDecoder(conn),
		enc:     json.NewEncoder(conn),
		c:       conn,
		pending: make(map[uint64]*json.RawMessage),
	}
}

// serverRequest is a request on the wire; params and id stay raw.
type serverRequest struct {
	Method string           `json:"method"`
	Params *json.RawMessage `json:"params"`
	Id     *json.RawMessage `json:"id"`
}

// serverResponse is a reply on the wire: exactly one of result and error
// is non-null.
type serverResponse struct {
	Id     *json.RawMessage `json:"id"`
	Result any              `json:"result"`
	Error  any              `json:"error"`
}

func (c *serverCodec) ReadRequestHeader(r *rpc.Request) error {
	c.req = serverRequest{}
	if err := c.dec.Decode(&c.req); err != nil {
		return err
	}
	r.ServiceMethod = c.req.Method
	c.mutex.Lock()
	c.seq++
	c.pending[c.seq] = c.req.Id
	r.Seq = c.seq
	c.mutex.Unlock()
	return nil
}

func (c *serverCodec) ReadRequestBody(x any) error {
	if x == nil {
		return nil
	}
	if c.req.Params == nil {
		return errMissingParams
	}
	// params is an array holding the one argument.
	params := [1]any{x}
	return json.Unmarshal(*c.req.Params, &params)
}

// null is the id of a reply to a request that had none.
var null = json.RawMessage("null")

func (c *serverCodec) WriteResponse(r *rpc.Response, x any) error {
	c.mutex.Lock()
	id, ok := c.pending[r.Seq]
	delete(c.pending, r.Seq)
	c.mutex.Unlock()
	if !ok {
		return errors.New("invalid sequence number in response")
	}
	if id == nil {
		id = &null
	}
	resp := serverResponse{Id: id}
	if r.Error == "" {
		resp.Result = x
	} else {
		resp.Error = r.Error
	}
	return c.enc.Encode(resp)
}

func (c *serverCodec) Close() error {
	return c.c.Close()
}

// ServeConn serves JSON-RPC on conn with rpc.DefaultServer until the
// client hangs up. It is usually run in a go statement.
func ServeConn(conn io.ReadWriteCloser) {
	rpc.ServeCodec(NewServerCodec(conn))
}
