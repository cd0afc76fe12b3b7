// net/rpc and net/rpc/jsonrpc over loopback TCP: an Arith service
// registered on a Server (and the registrations Go refuses, with their log
// lines), synchronous Call and asynchronous Go with the gob codec, a
// method's error as a ServerError, unknown services and methods, the HTTP
// CONNECT handshake of DialHTTP with the /debug/rpc page, a JSON-RPC
// client and server, JSON-RPC's exact bytes on the wire, and ErrShutdown
// after Close.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/rpc"
	"net/rpc/jsonrpc"
	"os"
	"strings"
)

type Args struct{ A, B int }

type Quotient struct{ Quo, Rem int }

type Arith int

func (*Arith) Multiply(args *Args, reply *int) error {
	*reply = args.A * args.B
	return nil
}

func (*Arith) Divide(args Args, quo *Quotient) error {
	if args.B == 0 {
		return errors.New("divide by zero")
	}
	quo.Quo, quo.Rem = args.A/args.B, args.A%args.B
	return nil
}

// Sum shows a builtin reply type: a map, which the server allocates.
func (*Arith) Sum(xs []int, reply *map[string]int) error {
	for _, x := range xs {
		(*reply)["sum"] += x
	}
	(*reply)["n"] = len(xs)
	return nil
}

// Methods of the wrong shape are ignored by Register.
func (*Arith) NoReply(args *Args) error           { return nil }
func (*Arith) ValueReply(args *Args, r int) error { return nil }

type unexported int

func (*unexported) Multiply(args *Args, reply *int) error { return nil }

type PointerOnly int

func (*PointerOnly) Multiply(args *Args, reply *int) error { return nil }

type Nothing int

func listen() net.Listener {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	return ln
}

func registrations(server *rpc.Server) {
	fmt.Println("Register(Arith):", server.Register(new(Arith)))
	fmt.Println("again:", server.Register(new(Arith)))
	fmt.Println("RegisterName(Calc):", server.RegisterName("Calc", new(Arith)))
	fmt.Println("unexported:", server.Register(new(unexported)))
	fmt.Println("value receiver:", server.Register(PointerOnly(0)))
	fmt.Println("no methods:", server.Register(new(Nothing)))
}

func gobCalls(addr string) {
	client, err := rpc.Dial("tcp", addr)
	if err != nil {
		log.Fatal(err)
	}
	var product int
	err = client.Call("Arith.Multiply", &Args{7, 8}, &product)
	fmt.Println("Multiply 7*8 =", product, err)

	var quo Quotient
	err = client.Call("Calc.Divide", Args{17, 5}, &quo)
	fmt.Printf("Divide 17/5 = %+v %v\n", quo, err)

	err = client.Call("Arith.Divide", Args{1, 0}, &quo)
	_, isServerError := err.(rpc.ServerError)
	fmt.Println("Divide 1/0:", err, "ServerError:", isServerError)

	sums := map[string]int{}
	err = client.Call("Arith.Sum", []int{1, 2, 3, 4}, &sums)
	fmt.Println("Sum:", sums, err)

	for _, name := range []string{"Arith.Add", "Bank.Deposit", "NoDot", "Arith.NoReply"} {
		fmt.Printf("%s: %v\n", name, client.Call(name, &Args{1, 2}, &product))
	}

	// Several calls in flight at once, each with its own reply.
	done := make(chan *rpc.Call, 3)
	replies := make([]int, 3)
	for i := range replies {
		client.Go("Arith.Multiply", &Args{i, 10}, &replies[i], done)
	}
	for range replies {
		<-done
	}
	fmt.Println("Go:", replies)

	fmt.Println("Close:", client.Close())
	fmt.Println("Close again:", client.Close())
	fmt.Println("Call after Close:", client.Call("Arith.Multiply", &Args{1, 1}, &product))
	fmt.Println("is ErrShutdown:", client.Call("Arith.Multiply", &Args{1, 1}, &product) == rpc.ErrShutdown)
}

func httpCalls(server *rpc.Server) {
	ln := listen()
	defer ln.Close()
	server.HandleHTTP("/rpc", "/debug")
	go http.Serve(ln, nil)
	addr := ln.Addr().String()

	client, err := rpc.DialHTTPPath("tcp", addr, "/rpc")
	if err != nil {
		log.Fatal(err)
	}
	var product int
	err = client.Call("Arith.Multiply", &Args{6, 7}, &product)
	fmt.Println("over HTTP: 6*7 =", product, err)
	client.Close()

	_, err = rpc.DialHTTPPath("tcp", addr, "/nowhere")
	fmt.Println("wrong path:", strings.Replace(err.Error(), addr, "ADDR", 1))

	resp, err := http.Get("http://" + addr + "/rpc")
	if err != nil {
		log.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Printf("GET /rpc: %s %q\n", resp.Status, body)

	resp, err = http.Get("http://" + addr + "/debug")
	if err != nil {
		log.Fatal(err)
	}
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println("debug page rows:")
	for _, line := range strings.Split(string(body), "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "Service") || strings.HasPrefix(line, "<td") {
			fmt.Println("  ", line)
		}
	}
}

func jsonCalls(server *rpc.Server) {
	ln := listen()
	defer ln.Close()
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			go server.ServeCodec(jsonrpc.NewServerCodec(conn))
		}
	}()

	client, err := jsonrpc.Dial("tcp", ln.Addr().String())
	if err != nil {
		log.Fatal(err)
	}
	var quo Quotient
	err = client.Call("Arith.Divide", &Args{100, 7}, &quo)
	fmt.Printf("JSON Divide 100/7 = %+v %v\n", quo, err)
	fmt.Println("JSON Divide 1/0:", client.Call("Arith.Divide", &Args{1, 0}, &quo))
	fmt.Println("JSON unknown:", client.Call("Arith.Pow", &Args{1, 0}, &quo))
	client.Close()

	// The bytes on the wire: a hand-written request and the server's reply.
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		log.Fatal(err)
	}
	defer conn.Close()
	r := bufio.NewReader(conn)
	for _, req := range []string{
		`{"method":"Arith.Multiply","params":[{"A":3,"B":4}],"id":"first"}`,
		`{"method":"Arith.Divide","params":[{"A":3,"B":0}],"id":2}`,
		`{"method":"Arith.Multiply","id":3}`,
	} {
		fmt.Fprintln(conn, req)
		line, _ := r.ReadString('\n')
		fmt.Print("wire: ", line)
	}
}

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)

	server := rpc.NewServer()
	registrations(server)

	ln := listen()
	go server.Accept(ln) // runs until the program exits
	gobCalls(ln.Addr().String())

	httpCalls(server)
	jsonCalls(server)
}
