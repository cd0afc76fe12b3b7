package sql

// This file holds the DB and its connection pool (the connections
// themselves are in driverconn.go).
//
// The pool keeps idle connections in freeConn, oldest first, and counts
// in numOpen every connection that exists or is being opened. DB.conn
// takes the newest idle connection, or opens one, or — when maxOpen is
// reached — queues a request in connRequests and waits for putConn to
// hand it a returned connection. Connections go back with putConn,
// which gives them to a waiting request, keeps them idle (up to the
// idle limit) or closes them. A background connectionOpener opens
// connections for queued requests when one is closed, and a
// connectionCleaner closes idle connections that exceed
// SetConnMaxLifetime or SetConnMaxIdleTime.
//
// Closing is reference counted through dep: a driverConn, Stmt or other
// finalCloser is finally closed only once every object depending on it
// has been removed (removeDep).

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"
)

// DB is a database handle: a pool of connections, opened and closed as
// needed, that any number of goroutines may use at once. Operations on a
// DB may each run on a different connection; a Tx or a Conn keeps one
// connection, and so one database session, until it ends. The number of
// connections kept idle is set with SetMaxIdleConns.
type DB struct {
	// Atomic access only; first in the struct for 64-bit alignment.
	waitDuration int64 // total time waited for new connections

	connector driver.Connector
	// numClosed counts connections ever closed; a Stmt compares it with
	// the value it last saw to know when to prune its dead connections.
	numClosed uint64

	mu           sync.Mutex    // protects the following fields
	freeConn     []*driverConn // idle connections, by returnedAt oldest first
	connRequests map[uint64]chan connRequest
	nextRequest  uint64 // key for the next entry of connRequests
	numOpen      int    // open connections plus those being opened
	// openerCh carries one token per connection connectionOpener should
	// open; maybeOpenNewConnections sends them.
	openerCh          chan struct{}
	closed            bool
	dep               map[finalCloser]depSet
	lastPut           map[*driverConn]string // stack of each conn's last putConn, when debugGetPut
	maxIdleCount      int                    // 0: defaultMaxIdleConns; < 0: none
	maxOpen           int                    // no limit when <= 0
	maxLifetime       time.Duration          // maximum time a connection may be reused
	maxIdleTime       time.Duration          // maximum time a connection may stay idle
	cleanerCh         chan struct{}          // wakes connectionCleaner; nil when it is not running
	waitCount         int64                  // total number of connections waited for
	maxIdleClosed     int64                  // connections closed because of the idle count
	maxIdleTimeClosed int64                  // connections closed because of the idle time
	maxLifetimeClosed int64                  // connections closed because of their lifetime

	stop func() // stops connectionOpener
}

// connReuseStrategy says whether DB.conn may hand out an idle connection.
type connReuseStrategy uint8

const (
	// alwaysNewConn forces a new connection: the last retry after
	// driver.ErrBadConn must not meet another stale one.
	alwaysNewConn connReuseStrategy = iota
	// cachedOrNewConn returns a free connection if there is one.
	cachedOrNewConn
)

// connectionRequestQueueSize bounds the opener's queue; it is large so
// that maybeOpenNewConnections never blocks while holding db.mu.
var connectionRequestQueueSize = 1000000

// dsnConnector is the Connector of a driver that only knows Open.
type dsnConnector struct {
	dsn    string
	driver driver.Driver
}

func (t dsnConnector) Connect(_ context.Context) (driver.Conn, error) {
	return t.driver.Open(t.dsn)
}

func (t dsnConnector) Driver() driver.Driver {
	return t.driver
}

// OpenDB opens a database through the driver's Connector, without a
// data source name string. (Drivers are not part of the standard library:
// see https://golang.org/s/sqldrivers.)
//
// No connection may be made yet; Ping checks that one can be. The DB is
// meant to be opened once and shared: it keeps its own pool of
// connections, and rarely needs closing.
func OpenDB(c driver.Connector) *DB {
	ctx, cancel := context.WithCancel(context.Background())
	db := &DB{
		connector:    c,
		openerCh:     make(chan struct{}, connectionRequestQueueSize),
		lastPut:      make(map[*driverConn]string),
		connRequests: make(map[uint64]chan connRequest),
		stop:         cancel,
	}
	go db.connectionOpener(ctx)
	return db
}

// Open opens the database named by dataSourceName, whose format is the
// driver's own, through the driver registered as driverName.
//
// No connection may be made yet; Ping checks that one can be. The DB is
// meant to be opened once and shared: it keeps its own pool of
// connections, and rarely needs closing.
func Open(driverName, dataSourceName string) (*DB, error) {
	driversMu.RLock()
	driveri, ok := drivers[driverName]
	driversMu.RUnlock()
	if !ok {
		return nil, fmt.Errorf("sql: unknown driver %q (forgotten import?)", driverName)
	}
	if driverCtx, ok := driveri.(driver.DriverContext); ok {
		connector, err := driverCtx.OpenConnector(dataSourceName)
		if err != nil {
			return nil, err
		}
		return OpenDB(connector), nil
	}
	return OpenDB(dsnConnector{dsn: dataSourceName, driver: driveri}), nil
}

// Close stops new operations, closes the idle connections and those in
// use as they are returned, and closes the Connector if it is an
// io.Closer. A DB is meant to live as long as the program, so Close is
// seldom needed.
func (db *DB) Close() error {
	db.mu.Lock()
	if db.closed {
		db.mu.Unlock()
		return nil
	}
	if db.cleanerCh != nil {
		close(db.cleanerCh)
	}
	fns := make([]func() error, 0, len(db.freeConn))
	for _, dc := range db.freeConn {
		fns = append(fns, dc.closeDBLocked())
	}
	db.freeConn = nil
	db.closed = true
	// Waiters see their channel closed and report errDBClosed.
	for _, req := range db.connRequests {
		close(req)
	}
	db.mu.Unlock()

	var err error
	for _, fn := range fns {
		if err1 := fn(); err1 != nil {
			err = err1
		}
	}
	db.stop()
	if c, ok := db.connector.(io.Closer); ok {
		if err1 := c.Close(); err1 != nil {
			err = err1
		}
	}
	return err
}

// defaultMaxIdleConns is the idle limit before SetMaxIdleConns is called.
const defaultMaxIdleConns = 2

func (db *DB) maxIdleConnsLocked() int {
	switch n := db.maxIdleCount; {
	case n == 0:
		return defaultMaxIdleConns
	case n < 0:
		return 0
	default:
		return n
	}
}

// shortestIdleTimeLocked is how long the cleaner may sleep: the smaller
// of the two limits that are set.
func (db *DB) shortestIdleTimeLocked() time.Duration {
	if db.maxIdleTime <= 0 {
		return db.maxLifetime
	}
	if db.maxLifetime <= 0 || db.maxIdleTime < db.maxLifetime {
		return db.maxIdleTime
	}
	return db.maxLifetime
}

// SetMaxIdleConns sets how many idle connections the pool keeps; n <= 0
// keeps none, and the limit never exceeds MaxOpenConns when that is set.
// The default is 2.
func (db *DB) SetMaxIdleConns(n int) {
	db.mu.Lock()
	if n > 0 {
		db.maxIdleCount = n
	} else {
		db.maxIdleCount = -1 // no idle connections, as opposed to the default 0
	}
	if db.maxOpen > 0 && db.maxIdleConnsLocked() > db.maxOpen {
		db.maxIdleCount = db.maxOpen
	}
	var closing []*driverConn
	if maxIdle := db.maxIdleConnsLocked(); len(db.freeConn) > maxIdle {
		closing = db.freeConn[maxIdle:]
		db.freeConn = db.freeConn[:maxIdle]
	}
	db.maxIdleClosed += int64(len(closing))
	db.mu.Unlock()
	for _, c := range closing {
		c.Close()
	}
}

// SetMaxOpenConns limits the connections open at once, in use or idle;
// n <= 0 (the default) means no limit. MaxIdleConns is lowered to n if
// it was higher.
func (db *DB) SetMaxOpenConns(n int) {
	db.mu.Lock()
	db.maxOpen = n
	if n < 0 {
		db.maxOpen = 0
	}
	syncMaxIdle := db.maxOpen > 0 && db.maxIdleConnsLocked() > db.maxOpen
	db.mu.Unlock()
	if syncMaxIdle {
		db.SetMaxIdleConns(n)
	}
}

// SetConnMaxLifetime sets how long a connection may be used after it was
// opened; d <= 0 means forever. Older connections are closed when next
// seen idle or returned.
func (db *DB) SetConnMaxLifetime(d time.Duration) {
	if d < 0 {
		d = 0
	}
	db.mu.Lock()
	if d > 0 && d < db.maxLifetime {
		db.wakeCleanerLocked()
	}
	db.maxLifetime = d
	db.startCleanerLocked()
	db.mu.Unlock()
}

// SetConnMaxIdleTime sets how long a connection may stay idle before it
// is closed; d <= 0 means forever.
func (db *DB) SetConnMaxIdleTime(d time.Duration) {
	if d < 0 {
		d = 0
	}
	db.mu.Lock()
	defer db.mu.Unlock()
	if d > 0 && d < db.maxIdleTime {
		db.wakeCleanerLocked()
	}
	db.maxIdleTime = d
	db.startCleanerLocked()
}

// wakeCleanerLocked makes a running cleaner recompute its sleep after a
// limit was shortened; a wake-up already pending is enough.
func (db *DB) wakeCleanerLocked() {
	if db.cleanerCh == nil {
		return
	}
	select {
	case db.cleanerCh <- struct{}{}:
	default:
	}
}

// startCleanerLocked starts connectionCleaner if a limit is set, there
// are connections, and it is not running yet.
func (db *DB) startCleanerLocked() {
	if (db.maxLifetime > 0 || db.maxIdleTime > 0) && db.numOpen > 0 && db.cleanerCh == nil {
		db.cleanerCh = make(chan struct{}, 1)
		go db.connectionCleaner(db.shortestIdleTimeLocked())
	}
}

// connectionCleaner periodically closes the idle connections that
// outlived a limit. It stops when the DB is closed, has no connections
// left, or has no limits any more.
func (db *DB) connectionCleaner(d time.Duration) {
	const minInterval = time.Second
	if d < minInterval {
		d = minInterval
	}
	t := time.NewTimer(d)
	for {
		select {
		case <-t.C:
		case <-db.cleanerCh: // a limit changed or the db was closed
		}

		db.mu.Lock()
		d = db.shortestIdleTimeLocked()
		if db.closed || db.numOpen == 0 || d <= 0 {
			db.cleanerCh = nil
			db.mu.Unlock()
			return
		}
		d, closing := db.connectionCleanerRunLocked(d)
		db.mu.Unlock()
		for _, c := range closing {
			c.Close()
		}

		if d < minInterval {
			d = minInterval
		}
		if !t.Stop() {
			select {
			case <-t.C:
			default:
			}
		}
		t.Reset(d)
	}
}

// connectionCleanerRunLocked removes from freeConn the connections
// idle for longer than maxIdleTime or older than maxLifetime. It returns
// them, to be closed without db.mu, and the time until the next one
// expires (at most d).
func (db *DB) connectionCleanerRunLocked(d time.Duration) (time.Duration, []*driverConn) {
	var idleClosing int64
	var closing []*driverConn
	if db.maxIdleTime > 0 {
		// freeConn is ordered by returnedAt, so the idle-too-long ones
		// are the prefix ending at the newest of them.
		idleSince := nowFunc().Add(-db.maxIdleTime)
		n := 0
		for i := len(db.freeConn) - 1; i >= 0; i-- {
			if db.freeConn[i].returnedAt.Before(idleSince) {
				n = i + 1
				break
			}
		}
		closing = db.freeConn[:n:n]
		db.freeConn = db.freeConn[n:]
		idleClosing = int64(n)
		db.maxIdleTimeClosed += idleClosing
		if len(db.freeConn) > 0 {
			if d2 := db.freeConn[0].returnedAt.Sub(idleSince); d2 < d {
				d = d2
			}
		}
	}
	if db.maxLifetime > 0 {
		expiredSince := nowFunc().Add(-db.maxLifetime)
		kept := db.freeConn[:0]
		for _, c := range db.freeConn {
			if c.createdAt.Before(expiredSince) {
				closing = append(closing, c)
				continue
			}
			if d2 := c.createdAt.Sub(expiredSince); d2 < d {
				d = d2
			}
			kept = append(kept, c)
		}
		for i := len(kept); i < len(db.freeConn); i++ {
			db.freeConn[i] = nil // drop references for the GC
		}
		db.freeConn = kept
		db.maxLifetimeClosed += int64(len(closing)) - idleClosing
	}
	return d, closing
}

// DBStats describes the state of the pool, as returned by DB.Stats.
type DBStats struct {
	MaxOpenConnections int // the SetMaxOpenConns limit; 0 means none

	// The pool now.
	OpenConnections int // connections open, in use or idle
	InUse           int // connections lent out
	Idle            int // connections waiting in the pool

	// Totals since the DB was opened.
	WaitCount         int64         // waits for a connection at the MaxOpenConns limit
	WaitDuration      time.Duration // time spent in those waits
	MaxIdleClosed     int64         // connections closed for exceeding SetMaxIdleConns
	MaxIdleTimeClosed int64         // connections closed for exceeding SetConnMaxIdleTime
	MaxLifetimeClosed int64         // connections closed for exceeding SetConnMaxLifetime
}

// Stats returns the current state of the pool.
func (db *DB) Stats() DBStats {
	wait := atomic.LoadInt64(&db.waitDuration)
	db.mu.Lock()
	defer db.mu.Unlock()
	return DBStats{
		MaxOpenConnections: db.maxOpen,

		Idle:            len(db.freeConn),
		OpenConnections: db.numOpen,
		InUse:           db.numOpen - len(db.freeConn),

		WaitCount:         db.waitCount,
		WaitDuration:      time.Duration(wait),
		MaxIdleClosed:     db.maxIdleClosed,
		MaxIdleTimeClosed: db.maxIdleTimeClosed,
		MaxLifetimeClosed: db.maxLifetimeClosed,
	}
}

// maybeOpenNewConnections asks connectionOpener for as many new
// connections as there are waiting requests, within maxOpen. It is
// called when a connection closes or fails to open.
func (db *DB) maybeOpenNewConnections() {
	numRequests := len(db.connRequests)
	if db.maxOpen > 0 && numRequests > db.maxOpen-db.numOpen {
		numRequests = db.maxOpen - db.numOpen
	}
	for ; numRequests > 0; numRequests-- {
		db.numOpen++ // optimistically
		if db.closed {
			return
		}
		db.openerCh <- struct{}{}
	}
}

// connectionOpener runs in a goroutine of its own, opening a connection
// for each token on openerCh until ctx is canceled by Close.
func (db *DB) connectionOpener(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-db.openerCh:
			db.openNewConnection(ctx)
		}
	}
}

// openNewConnection opens one connection, already counted in numOpen,
// and hands it (or its error) to a waiting request.
func (db *DB) openNewConnection(ctx context.Context) {
	ci, err := db.connector.Connect(ctx)
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.closed {
		if err == nil {
			ci.Close()
		}
		db.numOpen--
		return
	}
	if err != nil {
		db.numOpen--
		db.putConnDBLocked(nil, err)
		db.maybeOpenNewConnections()
		return
	}
	dc := &driverConn{
		db:         db,
		createdAt:  nowFunc(),
		returnedAt: nowFunc(),
		ci:         ci,
	}
	if db.putConnDBLocked(dc, err) {
		db.addDepLocked(dc, dc)
	} else {
		db.numOpen--
		ci.Close()
	}
}

// connRequest is what a waiting DB.conn receives: a connection or the
// error opening one failed with.
type connRequest struct {
	conn *driverConn
	err  error
}

var errDBClosed = errors.New("sql: database is closed")

func (db *DB) nextRequestKeyLocked() uint64 {
	next := db.nextRequest
	db.nextRequest++
	return next
}

// conn borrows a connection: an idle one (with cachedOrNewConn), a new
// one, or, at the maxOpen limit, the next one returned.
func (db *DB) conn(ctx context.Context, strategy connReuseStrategy) (*driverConn, error) {
	db.mu.Lock()
	if db.closed {
		db.mu.Unlock()
		return nil, errDBClosed
	}
	if err := ctx.Err(); err != nil {
		db.mu.Unlock()
		return nil, err
	}
	lifetime := db.maxLifetime

	// Prefer the newest idle connection: it is the least likely to
	// have been dropped by the server.
	if last := len(db.freeConn) - 1; strategy == cachedOrNewConn && last >= 0 {
		conn := db.freeConn[last]
		db.freeConn = db.freeConn[:last]
		conn.inUse = true
		if conn.expired(lifetime) {
			db.maxLifetimeClosed++
			db.mu.Unlock()
			conn.Close()
			return nil, driver.ErrBadConn
		}
		db.mu.Unlock()
		return conn.readyForUse(ctx, nil)
	}

	if db.maxOpen > 0 && db.numOpen >= db.maxOpen {
		return db.waitForConn(ctx, strategy, lifetime) // unlocks db.mu
	}

	db.numOpen++ // optimistically
	db.mu.Unlock()
	ci, err := db.connector.Connect(ctx)
	if err != nil {
		db.mu.Lock()
		db.numOpen-- // the connection counted above never came
		db.maybeOpenNewConnections()
		db.mu.Unlock()
		return nil, err
	}
	db.mu.Lock()
	dc := &driverConn{
		db:         db,
		createdAt:  nowFunc(),
		returnedAt: nowFunc(),
		ci:         ci,
		inUse:      true,
	}
	db.addDepLocked(dc, dc)
	db.mu.Unlock()
	return dc, nil
}

// readyForUse resets the session of a reused connection; a connection
// the driver calls bad is closed. err is passed through otherwise.
func (dc *driverConn) readyForUse(ctx context.Context, err error) (*driverConn, error) {
	if rerr := dc.resetSession(ctx); errors.Is(rerr, driver.ErrBadConn) {
		dc.Close()
		return nil, rerr
	}
	return dc, err
}

// waitForConn queues a request for the next returned connection, with
// db.mu held on entry and released on return.
func (db *DB) waitForConn(ctx context.Context, strategy connReuseStrategy, lifetime time.Duration) (*driverConn, error) {
	req := make(chan connRequest, 1)
	reqKey := db.nextRequestKeyLocked()
	db.connRequests[reqKey] = req
	db.waitCount++
	db.mu.Unlock()

	waitStart := nowFunc()
	select {
	case <-ctx.Done():
		// Withdraw the request; a connection sent meanwhile goes back.
		db.mu.Lock()
		delete(db.connRequests, reqKey)
		db.mu.Unlock()
		atomic.AddInt64(&db.waitDuration, int64(time.Since(waitStart)))
		select {
		default:
		case ret, ok := <-req:
			if ok && ret.conn != nil {
				db.putConn(ret.conn, ret.err, false)
			}
		}
		return nil, ctx.Err()
	case ret, ok := <-req:
		atomic.AddInt64(&db.waitDuration, int64(time.Since(waitStart)))
		if !ok {
			return nil, errDBClosed
		}
		// Only an expired reused connection is reported as bad; a new
		// one from the opener was just created.
		if strategy == cachedOrNewConn && ret.err == nil && ret.conn.expired(lifetime) {
			db.mu.Lock()
			db.maxLifetimeClosed++
			db.mu.Unlock()
			ret.conn.Close()
			return nil, driver.ErrBadConn
		}
		if ret.conn == nil {
			return nil, ret.err
		}
		return ret.conn.readyForUse(ctx, ret.err)
	}
}

// putConnHook, if set, runs when a good connection is returned. For tests.
var putConnHook func(*DB, *driverConn)

// noteUnusedDriverStatement closes ds, a driver statement on c that is
// not needed any more: at once if c is idle, else when c is returned, and
// not at all if c is already closed (which closed ds).
func (db *DB) noteUnusedDriverStatement(c *driverConn, ds *driverStmt) {
	db.mu.Lock()
	defer db.mu.Unlock()
	if c.inUse {
		c.onPut = append(c.onPut, func() {
			ds.Close()
		})
		return
	}
	c.Lock()
	fc := c.finalClosed
	c.Unlock()
	if !fc {
		ds.Close()
	}
}

// debugGetPut records the stack of each putConn, to report where a
// connection returned twice was first returned.
const debugGetPut = false

// putConn adds a connection to the db's free pool. err is optionally
// the last error that occurred on this connection.
func (db *DB) putConn(dc *driverConn, err error, resetSession bool) {
	if !errors.Is(err, driver.ErrBadConn) && !dc.validateConnection(resetSession) {
		err = driver.ErrBadConn
	}
	db.mu.Lock()
	if !dc.inUse {
		db.mu.Unlock()
		if debugGetPut {
			fmt.Printf("putConn(%v) DUPLICATE was: %s\n\nPREVIOUS was: %s", dc, stack(), db.lastPut[dc])
		}
		panic("sql: connection returned that was never out")
	}
	if !errors.Is(err, driver.ErrBadConn) && dc.expired(db.maxLifetime) {
		db.maxLifetimeClosed++
		err = driver.ErrBadConn
	}
	if debugGetPut {
		db.lastPut[dc] = stack()
	}
	dc.inUse = false
	dc.returnedAt = nowFunc()
	for _, fn := range dc.onPut {
		fn()
	}
	dc.onPut = nil

	if errors.Is(err, driver.ErrBadConn) {
		// The connection is gone; let a waiter have a new one. Closing
		// it decrements numOpen.
		db.maybeOpenNewConnections()
		db.mu.Unlock()
		dc.Close()
		return
	}
	if putConnHook != nil {
		putConnHook(db, dc)
	}
	added := db.putConnDBLocked(dc, nil)
	db.mu.Unlock()
	if !added {
		dc.Close()
	}
}

// putConnDBLocked hands dc (or, with dc nil, the error err) to a
// waiting request, or else keeps dc idle if the idle limit allows. It
// reports whether dc was taken; if not, the caller closes it.
func (db *DB) putConnDBLocked(dc *driverConn, err error) bool {
	if db.closed {
		return false
	}
	if db.maxOpen > 0 && db.numOpen > db.maxOpen {
		return false
	}
	for reqKey, req := range db.connRequests {
		delete(db.connRequests, reqKey)
		if err == nil {
			dc.inUse = true
		}
		req <- connRequest{conn: dc, err: err}
		return true
	}
	if err == nil && db.maxIdleConnsLocked() > len(db.freeConn) {
		db.freeConn = append(db.freeConn, dc)
		db.startCleanerLocked()
		return true
	}
	if err == nil {
		db.maxIdleClosed++
	}
	return false
}
