// database/sql and database/sql/driver: a tiny in-memory driver written
// here (one table in a slice, statements with ? placeholders, snapshots
// for rollback) driven through Open, Exec, Query and Scan into many
// types (strings, numbers, bool, []byte, RawBytes, time.Time, any, every
// Null type) with Go's conversion rules and their errors, QueryRow with
// ErrNoRows, prepared statements, transactions committed and rolled back,
// Conn, named and invalid arguments, the driver's value converters, and
// the pool's Stats, including a wait for the only connection.
package main

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// columns of the one table, "people".
var columns = []string{"name", "age", "score", "active", "joined"}

// memDB is a database: rows of driver Values, shared by its connections.
type memDB struct {
	mu   sync.Mutex
	rows [][]driver.Value
}

// memDriver opens connections to the database named by the DSN.
type memDriver struct {
	mu  sync.Mutex
	dbs map[string]*memDB
}

func (d *memDriver) Open(dsn string) (driver.Conn, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.dbs[dsn] == nil {
		d.dbs[dsn] = &memDB{}
	}
	return &memConn{db: d.dbs[dsn]}, nil
}

// memConn is one connection; snapshot holds the rows at Begin.
type memConn struct {
	db       *memDB
	snapshot [][]driver.Value
	inTx     bool
}

func (c *memConn) Prepare(query string) (driver.Stmt, error) {
	verb := strings.Fields(query)[0]
	switch verb {
	case "INSERT", "SELECT", "DELETE", "UPDATE":
		return &memStmt{c: c, verb: verb, query: query}, nil
	}
	return nil, fmt.Errorf("memdb: cannot parse %q", query)
}

func (c *memConn) Close() error { return nil }

func (c *memConn) Begin() (driver.Tx, error) {
	c.db.mu.Lock()
	defer c.db.mu.Unlock()
	c.snapshot = append([][]driver.Value(nil), c.db.rows...)
	c.inTx = true
	return c, nil
}

func (c *memConn) Commit() error {
	c.inTx = false
	return nil
}

func (c *memConn) Rollback() error {
	c.db.mu.Lock()
	defer c.db.mu.Unlock()
	c.db.rows = c.snapshot
	c.inTx = false
	return nil
}

// memStmt is a statement; its verb picks what Exec and Query do. A
// WHERE clause always compares the name column with the last argument.
type memStmt struct {
	c     *memConn
	verb  string
	query string
}

func (s *memStmt) Close() error  { return nil }
func (s *memStmt) NumInput() int { return strings.Count(s.query, "?") }

func (s *memStmt) Exec(args []driver.Value) (driver.Result, error) {
	db := s.c.db
	db.mu.Lock()
	defer db.mu.Unlock()
	switch s.verb {
	case "INSERT":
		db.rows = append(db.rows, append([]driver.Value(nil), args...))
		return driver.RowsAffected(1), nil
	case "DELETE":
		var kept [][]driver.Value
		for _, r := range db.rows {
			if !s.matches(r, args) {
				kept = append(kept, r)
			}
		}
		n := len(db.rows) - len(kept)
		db.rows = kept
		return driver.RowsAffected(n), nil
	case "UPDATE": // UPDATE people SET age = ? WHERE name = ?
		n := 0
		for i, r := range db.rows {
			if s.matches(r, args) {
				row := append([]driver.Value(nil), r...)
				row[1] = args[0]
				db.rows[i] = row
				n++
			}
		}
		return driver.RowsAffected(n), nil
	}
	return nil, errors.New("memdb: Exec of a SELECT")
}

func (s *memStmt) matches(row []driver.Value, args []driver.Value) bool {
	return !strings.Contains(s.query, "WHERE") || row[0] == args[len(args)-1]
}

func (s *memStmt) Query(args []driver.Value) (driver.Rows, error) {
	if s.verb != "SELECT" {
		return nil, errors.New("memdb: Query of a " + s.verb)
	}
	db := s.c.db
	db.mu.Lock()
	defer db.mu.Unlock()
	var out [][]driver.Value
	for _, r := range db.rows {
		if s.matches(r, args) {
			out = append(out, r)
		}
	}
	return &memRows{rows: out}, nil
}

// memRows iterates over a copy of the selected rows.
type memRows struct {
	rows [][]driver.Value
	pos  int
}

func (r *memRows) Columns() []string { return columns }
func (r *memRows) Close() error      { return nil }

func (r *memRows) Next(dest []driver.Value) error {
	if r.pos == len(r.rows) {
		return io.EOF
	}
	copy(dest, r.rows[r.pos])
	r.pos++
	return nil
}

// celsius is a named type the default converter widens to float64.
type celsius float32

// point is a struct no converter accepts.
type point struct{ x, y int }

func check(what string, err error) {
	if err != nil {
		fmt.Printf("%s: error: %v\n", what, err)
	}
}

const insert = "INSERT INTO people VALUES (?, ?, ?, ?, ?)"

func fill(db *sql.DB) {
	day := time.Date(2020, 3, 1, 12, 0, 0, 0, time.UTC)
	people := []struct {
		name   string
		age    any
		score  any
		active any
	}{
		{"ada", 36, 9.5, true},
		{"bob", int8(25), nil, "false"},
		{"cy", "41", celsius(7.25), 1},
		{"dee", uint16(19), sql.NullFloat64{Float64: 3, Valid: true}, sql.NullBool{}},
	}
	for i, p := range people {
		res, err := db.Exec(insert, p.name, p.age, p.score, p.active, day.AddDate(0, i, 0))
		check("insert "+p.name, err)
		n, _ := res.RowsAffected()
		_, idErr := res.LastInsertId()
		fmt.Printf("insert %s: %d row, LastInsertId: %v\n", p.name, n, idErr)
	}
}

func listAll(db *sql.DB, title string) {
	rows, err := db.Query("SELECT * FROM people")
	check("query", err)
	defer rows.Close()
	fmt.Println(title + ":")
	for rows.Next() {
		var (
			name   string
			age    int
			score  sql.NullFloat64
			active sql.NullBool
			joined time.Time
		)
		check("scan", rows.Scan(&name, &age, &score, &active, &joined))
		fmt.Printf("  %-4s age %d score %v active %v joined %s\n",
			name, age, score, active, joined.Format("2006-01-02"))
	}
	check("rows", rows.Err())
}

func scanTypes(db *sql.DB) {
	rows, err := db.Query("SELECT * FROM people WHERE name = ?", "cy")
	check("query cy", err)
	cols, _ := rows.Columns()
	fmt.Println("columns:", cols)
	types, _ := rows.ColumnTypes()
	for _, ct := range types {
		_, hasLen := ct.Length()
		fmt.Printf("  %s scans as %v (length known: %v)\n", ct.Name(), ct.ScanType(), hasLen)
	}
	rows.Next()
	var (
		nameBytes []byte
		age8      int8
		scoreText string
		score     float32
		active    bool
		joined    any
	)
	check("scan cy", rows.Scan(&nameBytes, &age8, &score, &active, &joined))
	fmt.Printf("cy: %q %d %v %v %v\n", nameBytes, age8, score, active, joined)
	var raw sql.RawBytes
	var name16 sql.NullInt16
	var anyAge any
	check("scan cy again", rows.Scan(&raw, &anyAge, &scoreText, &active, &joined))
	fmt.Printf("cy again: raw %q age %v (%T) score as text %q\n", raw, anyAge, anyAge, scoreText)
	err = rows.Scan(&name16, &age8, &score, &active, &joined)
	fmt.Println("name into NullInt16:", err)
	err = rows.Scan(&scoreText)
	fmt.Println("too few destinations:", err)
	rows.Close()
	fmt.Println("scan after close:", rows.Scan(&scoreText), "| Next:", rows.Next())
}

func nullTypes(db *sql.DB) {
	var (
		name   sql.NullString
		age    sql.NullInt32
		score  sql.NullInt64
		active sql.NullByte
		joined sql.NullTime
	)
	row := db.QueryRow("SELECT * FROM people WHERE name = ?", "bob")
	check("bob", row.Scan(&name, &age, &score, &active, &joined))
	fmt.Printf("bob: %+v %+v %+v %+v valid time %v\n", name, age, score, active, joined.Valid)
	for _, v := range []driver.Valuer{name, age, score, active, sql.NullInt16{Int16: 7, Valid: true}, sql.NullString{}} {
		val, _ := v.Value()
		fmt.Printf("  Value of %T: %v (%T)\n", v, val, val)
	}

	var n int
	err := db.QueryRow("SELECT * FROM people WHERE name = ?", "bob").Scan(&name, &age, &n, &active, &joined)
	fmt.Println("NULL into int:", err)
	err = db.QueryRow("SELECT * FROM people WHERE name = ?", "zed").Scan(&name)
	fmt.Println("no such row:", err, errors.Is(err, sql.ErrNoRows))
	var raw sql.RawBytes
	fmt.Println("RawBytes in QueryRow:", db.QueryRow("SELECT * FROM people").Scan(&raw))
}

func prepared(db *sql.DB) {
	stmt, err := db.Prepare("UPDATE people SET age = ? WHERE name = ?")
	check("prepare", err)
	defer stmt.Close()
	for _, name := range []string{"ada", "dee", "nobody"} {
		res, err := stmt.Exec(50, name)
		check("update", err)
		n, _ := res.RowsAffected()
		fmt.Printf("update %s: %d rows\n", name, n)
	}
	_, err = stmt.Exec(1)
	fmt.Println("wrong count:", err)
	_, err = stmt.Exec(point{1, 2}, "ada")
	fmt.Println("struct argument:", err)
	_, err = stmt.Exec(sql.Named("age", 3), "ada")
	fmt.Println("named argument:", err)
	_, err = stmt.Exec(uint64(1<<63), "ada")
	fmt.Println("huge uint64:", err)
	var missing *int
	_, err = stmt.Exec(missing, "nobody")
	fmt.Println("nil *int argument:", err)

	sel, err := db.Prepare("SELECT * FROM people WHERE name = ?")
	check("prepare select", err)
	var age int64
	var rest any
	check("select ada", sel.QueryRow("ada").Scan(&rest, &age, &rest, &rest, &rest))
	fmt.Println("ada is now", age)
	sel.Close()
	fmt.Println("closed statement:", sel.QueryRow("ada").Scan(&rest))
}

func transactions(db *sql.DB) {
	tx, err := db.Begin()
	check("begin", err)
	_, err = tx.Exec("DELETE FROM people WHERE name = ?", "ada")
	check("delete", err)
	count(db, tx, "inside the transaction")
	check("rollback", tx.Rollback())
	fmt.Println("rollback again:", tx.Rollback())
	count(db, nil, "after rollback")

	tx, err = db.BeginTx(context.Background(), &sql.TxOptions{})
	check("begin", err)
	stmt, err := tx.Prepare("DELETE FROM people WHERE name = ?")
	check("tx prepare", err)
	_, err = stmt.Exec("bob")
	check("tx delete", err)
	check("commit", tx.Commit())
	fmt.Println("statement after commit:", errOf(stmt.Exec("cy")))
	fmt.Println("exec after commit:", errOf(tx.Exec("DELETE FROM people")))
	count(db, nil, "after commit")

	_, err = db.BeginTx(context.Background(), &sql.TxOptions{Isolation: sql.LevelSerializable})
	fmt.Println("serializable:", err)
	_, err = db.BeginTx(context.Background(), &sql.TxOptions{ReadOnly: true})
	fmt.Println("read-only:", err)
	for _, l := range []sql.IsolationLevel{sql.LevelDefault, sql.LevelReadCommitted, sql.LevelLinearizable, 9} {
		fmt.Printf("  level %d is %v\n", int(l), l)
	}
}

func errOf(_ sql.Result, err error) error { return err }

// count prints how many rows a query sees, through tx if not nil.
func count(db *sql.DB, tx *sql.Tx, when string) {
	var rows *sql.Rows
	var err error
	if tx != nil {
		rows, err = tx.Query("SELECT * FROM people")
	} else {
		rows, err = db.Query("SELECT * FROM people")
	}
	check("count", err)
	n := 0
	for rows.Next() {
		n++
	}
	fmt.Printf("%d rows %s\n", n, when)
}

func pool(db *sql.DB) {
	ctx := context.Background()
	db.SetMaxOpenConns(1)
	printStats(db, "max one connection")
	c, err := db.Conn(ctx)
	check("conn", err)
	printStats(db, "holding it")

	done := make(chan bool)
	go func() {
		var age int
		var rest any
		err := db.QueryRow("SELECT * FROM people WHERE name = ?", "cy").Scan(&rest, &age, &rest, &rest, &rest)
		fmt.Println("waiter got cy's age:", age, err)
		done <- true
	}()
	for db.Stats().WaitCount == 0 {
		time.Sleep(time.Millisecond)
	}
	printStats(db, "one waiting")
	check("conn exec", errOf(c.ExecContext(ctx, "UPDATE people SET age = ? WHERE name = ?", 42, "cy")))
	check("conn close", c.Close())
	<-done
	fmt.Println("conn after close:", c.PingContext(ctx))
	printStats(db, "waiter done")

	db.SetMaxIdleConns(-1)
	printStats(db, "no idle connections kept")
	check("ping", db.Ping())
	printStats(db, "after ping")
}

func printStats(db *sql.DB, when string) {
	s := db.Stats()
	fmt.Printf("stats (%s): max %d open %d in use %d idle %d waits %d idle-closed %d\n",
		when, s.MaxOpenConnections, s.OpenConnections, s.InUse, s.Idle, s.WaitCount, s.MaxIdleClosed)
}

func converters() {
	for _, v := range []any{true, "yes", "t", int64(0), uint8(2), 1.5} {
		b, err := driver.Bool.ConvertValue(v)
		fmt.Printf("Bool(%v): %v %v\n", v, b, err)
	}
	for _, v := range []any{int64(1 << 40), "12", uint(7), "x"} {
		n, err := driver.Int32.ConvertValue(v)
		fmt.Printf("Int32(%v): %v %v\n", v, n, err)
	}
	s, _ := driver.String.ConvertValue(3.5)
	fmt.Printf("String(3.5): %q\n", s)
	_, err := driver.NotNull{Converter: driver.String}.ConvertValue(nil)
	fmt.Println("NotNull(nil):", err)
	v, err := driver.Null{Converter: driver.Int32}.ConvertValue(nil)
	fmt.Println("Null(nil):", v, err)
	for _, v := range []any{celsius(1.5), []byte("b"), point{}, []int{1}, time.Time{}} {
		c, err := driver.DefaultParameterConverter.ConvertValue(v)
		fmt.Printf("default(%T): %v %v; IsValue %v\n", v, c, err, driver.IsValue(v))
	}
	_, err = driver.ResultNoRows.RowsAffected()
	fmt.Println("ResultNoRows:", err)
}

func main() {
	sql.Register("memdb", &memDriver{dbs: map[string]*memDB{}})
	fmt.Println("drivers:", sql.Drivers())
	_, err := sql.Open("nosuch", "")
	fmt.Println(err)

	db, err := sql.Open("memdb", "people")
	check("open", err)
	fill(db)
	listAll(db, "everyone")
	scanTypes(db)
	nullTypes(db)
	prepared(db)
	listAll(db, "after updates")
	transactions(db)
	pool(db)
	listAll(db, "at the end")
	converters()

	check("close", db.Close())
	fmt.Println("query on closed db:", db.QueryRow("SELECT * FROM people").Scan())
}
