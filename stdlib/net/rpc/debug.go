package rpc

// The page at DefaultDebugPath lists each service with its methods and how
// often each has been called.

import (
	"fmt"
	"html/template"
	"net/http"
	"sort"
)

const debugText = `<html>
	<body>
	<title>Services</title>
	{{range .}}
	<hr>
	Service {{.Name}}
	<hr>
		<table>
		<th align=center>Method</th><th align=center>Calls</th>
		{{range .Method}}
			<tr>
			<td align=left font=fixed>{{.Name}}({{.Type.ArgType}}, {{.Type.ReplyType}}) error</td>
			<td align=center>{{.Type.NumCalls}}</td>
			</tr>
		{{end}}
		</table>
	{{end}}
	</body>
	</html>`

var debug = template.Must(template.New("RPC debug").Parse(debugText))

// debugMethod and debugService are the rows the template ranges over.
type debugMethod struct {
	Type *methodType
	Name string
}

type debugService struct {
	Service *service
	Name    string
	Method  []debugMethod
}

// debugHTTP serves the debugging page of its Server.
type debugHTTP struct {
	*Server
}

func (server debugHTTP) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	if err := debug.Execute(w, server.debugServices()); err != nil {
		fmt.Fprintln(w, "rpc: error executing template:", err.Error())
	}
}

// debugServices lists the registered services and their methods, sorted
// by name so the page is stable.
func (server *Server) debugServices() []debugService {
	var services []debugService
	server.serviceMap.Range(func(name, svc any) bool {
		s := svc.(*service)
		ds := debugService{Service: s, Name: name.(string)}
		for mname, m := range s.method {
			ds.Method = append(ds.Method, debugMethod{m, mname})
		}
		sort.Slice(ds.Method, func(i, j int) bool { return ds.Method[i].Name < ds.Method[j].Name })
		services = append(services, ds)
		return true
	})
	sort.Slice(services, func(i, j int) bool { return services[i].Name < services[j].Name })
	return services
}
