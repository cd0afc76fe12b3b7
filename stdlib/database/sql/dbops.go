package sql

// This file holds the operations of DB. Each one borrows a connection
// with conn, runs on it through one of the *DC functions — which Conn
// and Tx share with their pinned connection — and the release function
// gives the connection back.
//
// An operation failing with driver.ErrBadConn may have found a stale
// pooled connection, so it is retried (retry); the last attempt asks for
// a brand new connection.

import (
	"context"
	"database/sql/driver"
	"errors"
	"sync/atomic"
)

// maxBadConnRetries is how many times an operation is tried on a
// possibly cached connection before one last try on a new one.
const maxBadConnRetries = 2

// retry runs op until it fails with something other than
// driver.ErrBadConn, first allowing cached connections.
func (db *DB) retry(op func(strategy connReuseStrategy) error) error {
	for i := 0; i < maxBadConnRetries; i++ {
		err := op(cachedOrNewConn)
		if !errors.Is(err, driver.ErrBadConn) {
			return err
		}
	}
	return op(alwaysNewConn)
}

// pingDC pings the driver connection if it can be pinged, and releases it.
func (db *DB) pingDC(ctx context.Context, dc *driverConn, release func(error)) error {
	var err error
	if pinger, ok := dc.ci.(driver.Pinger); ok {
		withLock(dc, func() {
			err = pinger.Ping(ctx)
		})
	}
	release(err)
	return err
}

// PingContext checks that the database can be reached, opening a
// connection if the pool has none.
func (db *DB) PingContext(ctx context.Context) error {
	dc, err := db.retriedConn(ctx)
	if err != nil {
		return err
	}
	return db.pingDC(ctx, dc, dc.releaseConn)
}

// Ping is PingContext with context.Background.
func (db *DB) Ping() error {
	return db.PingContext(context.Background())
}

// PrepareContext prepares query for later use. The statement may be run
// by several goroutines at once and must be closed after use; ctx is for
// preparing it only.
func (db *DB) PrepareContext(ctx context.Context, query string) (*Stmt, error) {
	var stmt *Stmt
	err := db.retry(func(strategy connReuseStrategy) error {
		var err error
		stmt, err = db.prepare(ctx, query, strategy)
		return err
	})
	return stmt, err
}

// Prepare is PrepareContext with context.Background.
func (db *DB) Prepare(query string) (*Stmt, error) {
	return db.PrepareContext(context.Background(), query)
}

func (db *DB) prepare(ctx context.Context, query string, strategy connReuseStrategy) (*Stmt, error) {
	dc, err := db.conn(ctx, strategy)
	if err != nil {
		return nil, err
	}
	return db.prepareDC(ctx, dc, dc.releaseConn, nil, query)
}

// prepareDC prepares query on dc and calls release before returning.
// With cg nil the statement belongs to the DB and may later be prepared
// again on other connections of the pool; otherwise it is bound to the
// Tx or Conn cg.
func (db *DB) prepareDC(ctx context.Context, dc *driverConn, release func(error), cg stmtConnGrabber, query string) (*Stmt, error) {
	var ds *driverStmt
	var err error
	defer func() {
		release(err)
	}()
	withLock(dc, func() {
		ds, err = dc.prepareLocked(ctx, cg, query)
	})
	if err != nil {
		return nil, err
	}
	stmt := &Stmt{
		db:    db,
		query: query,
		cg:    cg,
		cgds:  ds,
	}
	if cg == nil {
		stmt.css = []connStmt{{dc, ds}}
		stmt.lastNumClosed = atomic.LoadUint64(&db.numClosed)
		db.addDep(stmt, stmt)
	}
	return stmt, nil
}

// ExecContext runs a query that returns no rows, such as an INSERT, with
// args for its placeholders.
func (db *DB) ExecContext(ctx context.Context, query string, args ...any) (Result, error) {
	var res Result
	err := db.retry(func(strategy connReuseStrategy) error {
		var err error
		res, err = db.exec(ctx, query, args, strategy)
		return err
	})
	return res, err
}

// Exec is ExecContext with context.Background.
func (db *DB) Exec(query string, args ...any) (Result, error) {
	return db.ExecContext(context.Background(), query, args...)
}

func (db *DB) exec(ctx context.Context, query string, args []any, strategy connReuseStrategy) (Result, error) {
	dc, err := db.conn(ctx, strategy)
	if err != nil {
		return nil, err
	}
	return db.execDC(ctx, dc, dc.releaseConn, query, args)
}

// execDC runs query on dc, directly if the driver's connection can
// execute (ExecerContext or Execer), else through a one-off prepared
// statement; it calls release before returning.
func (db *DB) execDC(ctx context.Context, dc *driverConn, release func(error), query string, args []any) (res Result, err error) {
	defer func() {
		release(err)
	}()
	execerCtx, ok := dc.ci.(driver.ExecerContext)
	var execer driver.Execer
	if !ok {
		execer, ok = dc.ci.(driver.Execer)
	}
	if ok {
		var resi driver.Result
		withLock(dc, func() {
			var nvdargs []driver.NamedValue
			nvdargs, err = driverArgsConnLocked(dc.ci, nil, args)
			if err == nil {
				resi, err = ctxDriverExec(ctx, execerCtx, execer, query, nvdargs)
			}
		})
		if err != driver.ErrSkip {
			if err != nil {
				return nil, err
			}
			return driverResult{dc, resi}, nil
		}
	}
	var si driver.Stmt
	withLock(dc, func() {
		si, err = ctxDriverPrepare(ctx, dc.ci, query)
	})
	if err != nil {
		return nil, err
	}
	ds := &driverStmt{Locker: dc, si: si}
	defer ds.Close()
	return resultFromStatement(ctx, dc.ci, ds, args...)
}

// QueryContext runs a query that returns rows, such as a SELECT, with
// args for its placeholders.
func (db *DB) QueryContext(ctx context.Context, query string, args ...any) (*Rows, error) {
	var rows *Rows
	err := db.retry(func(strategy connReuseStrategy) error {
		var err error
		rows, err = db.query(ctx, query, args, strategy)
		return err
	})
	return rows, err
}

// Query is QueryContext with context.Background.
func (db *DB) Query(query string, args ...any) (*Rows, error) {
	return db.QueryContext(context.Background(), query, args...)
}

func (db *DB) query(ctx context.Context, query string, args []any, strategy connReuseStrategy) (*Rows, error) {
	dc, err := db.conn(ctx, strategy)
	if err != nil {
		return nil, err
	}
	return db.queryDC(ctx, nil, dc, dc.releaseConn, query, args)
}

// queryDC runs query on dc like execDC. The connection is released on
// error, and otherwise when the returned Rows are closed. txctx is the
// context of the Tx running the query, if any: the Rows also close when
// it ends.
func (db *DB) queryDC(ctx, txctx context.Context, dc *driverConn, releaseConn func(error), query string, args []any) (*Rows, error) {
	queryerCtx, ok := dc.ci.(driver.QueryerContext)
	var queryer driver.Queryer
	if !ok {
		queryer, ok = dc.ci.(driver.Queryer)
	}
	if ok {
		var rowsi driver.Rows
		var err error
		withLock(dc, func() {
			var nvdargs []driver.NamedValue
			nvdargs, err = driverArgsConnLocked(dc.ci, nil, args)
			if err == nil {
				rowsi, err = ctxDriverQuery(ctx, queryerCtx, queryer, query, nvdargs)
			}
		})
		if err != driver.ErrSkip {
			if err != nil {
				releaseConn(err)
				return nil, err
			}
			rows := &Rows{dc: dc, releaseConn: releaseConn, rowsi: rowsi}
			rows.initContextClose(ctx, txctx)
			return rows, nil
		}
	}

	var si driver.Stmt
	var err error
	withLock(dc, func() {
		si, err = ctxDriverPrepare(ctx, dc.ci, query)
	})
	if err != nil {
		releaseConn(err)
		return nil, err
	}
	ds := &driverStmt{Locker: dc, si: si}
	rowsi, err := rowsiFromStatement(ctx, dc.ci, ds, args...)
	if err != nil {
		ds.Close()
		releaseConn(err)
		return nil, err
	}
	// The one-off statement lives as long as its rows.
	rows := &Rows{dc: dc, releaseConn: releaseConn, rowsi: rowsi, closeStmt: ds}
	rows.initContextClose(ctx, txctx)
	return rows, nil
}

// QueryRowContext runs a query for at most one row. The returned Row is
// never nil: an error, or ErrNoRows when nothing matched, comes out of its
// Scan, which reads the first row and discards the rest.
func (db *DB) QueryRowContext(ctx context.Context, query string, args ...any) *Row {
	rows, err := db.QueryContext(ctx, query, args...)
	return &Row{rows: rows, err: err}
}

// QueryRow is QueryRowContext with context.Background.
func (db *DB) QueryRow(query string, args ...any) *Row {
	return db.QueryRowContext(context.Background(), query, args...)
}

// BeginTx starts a transaction. The transaction is rolled back if ctx
// ends before Commit or Rollback (Commit then fails). opts may be nil for
// the defaults; a driver that cannot honour them returns an error.
func (db *DB) BeginTx(ctx context.Context, opts *TxOptions) (*Tx, error) {
	var tx *Tx
	err := db.retry(func(strategy connReuseStrategy) error {
		var err error
		tx, err = db.begin(ctx, opts, strategy)
		return err
	})
	return tx, err
}

// Begin is BeginTx with context.Background and the driver's default
// options.
func (db *DB) Begin() (*Tx, error) {
	return db.BeginTx(context.Background(), nil)
}

func (db *DB) begin(ctx context.Context, opts *TxOptions, strategy connReuseStrategy) (*Tx, error) {
	dc, err := db.conn(ctx, strategy)
	if err != nil {
		return nil, err
	}
	return db.beginDC(ctx, dc, dc.releaseConn, opts)
}

// beginDC starts a transaction on dc, which the Tx keeps until it ends.
func (db *DB) beginDC(ctx context.Context, dc *driverConn, release func(error), opts *TxOptions) (*Tx, error) {
	var txi driver.Tx
	var err error
	keepConnOnRollback := false
	withLock(dc, func() {
		// A connection can be put back after a canceled transaction only
		// if the driver can reset its session and check it is sound.
		_, hasSessionResetter := dc.ci.(driver.SessionResetter)
		_, hasConnectionValidator := dc.ci.(driver.Validator)
		keepConnOnRollback = hasSessionResetter && hasConnectionValidator
		txi, err = ctxDriverBegin(ctx, opts, dc.ci)
	})
	if err != nil {
		release(err)
		return nil, err
	}

	// The transaction ends (rolls back) when ctx does; its own cancel
	// lets Commit and Rollback stop awaitDone.
	ctx, cancel := context.WithCancel(ctx)
	tx := &Tx{
		db:                 db,
		dc:                 dc,
		releaseConn:        release,
		txi:                txi,
		cancel:             cancel,
		keepConnOnRollback: keepConnOnRollback,
		ctx:                ctx,
	}
	go tx.awaitDone()
	return tx, nil
}

// Driver returns the driver behind the database.
func (db *DB) Driver() driver.Driver {
	return db.connector.Driver()
}

// Conn takes one connection out of the pool, a new one or an idle one,
// waiting for it if needed until ctx ends, so that several operations
// share a database session. The Conn must be closed to give it back.
func (db *DB) Conn(ctx context.Context) (*Conn, error) {
	dc, err := db.retriedConn(ctx)
	if err != nil {
		return nil, err
	}
	return &Conn{db: db, dc: dc}, nil
}

// retriedConn borrows a connection, retrying past bad cached ones.
func (db *DB) retriedConn(ctx context.Context) (*driverConn, error) {
	var dc *driverConn
	err := db.retry(func(strategy connReuseStrategy) error {
		var err error
		dc, err = db.conn(ctx, strategy)
		return err
	})
	return dc, err
}
