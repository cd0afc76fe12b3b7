package sql

// This file holds the Null types: each pairs a value with a Valid flag
// so that a column that may be NULL can be scanned and passed as an
// argument. Scan stores nil as Valid == false; Value returns nil for it.

import (
	"database/sql/driver"
	"time"
)

// NullString holds a string that may be NULL, which Valid tells. It can be a Scan
// destination (it is a Scanner) and a query argument (a driver.Valuer).
// For example:
//
//	var nick sql.NullString
//	err := db.QueryRow("SELECT nick FROM users WHERE id=?", id).Scan(&nick)
//	if nick.Valid {
//		// use nick.String
//	}
type NullString struct {
	String string
	Valid  bool // false for NULL
}

// Scan stores value, a NULL making Valid false.
func (ns *NullString) Scan(value any) error {
	if value == nil {
		ns.String, ns.Valid = "", false
		return nil
	}
	ns.Valid = true
	return convertAssign(&ns.String, value)
}

// Value returns the value, or nil for NULL.
func (ns NullString) Value() (driver.Value, error) {
	if !ns.Valid {
		return nil, nil
	}
	return ns.String, nil
}

// NullInt64 holds an int64 that may be NULL, which Valid tells. It can be a Scan
// destination (it is a Scanner) and a query argument (a driver.Valuer).
type NullInt64 struct {
	Int64 int64
	Valid bool // false for NULL
}

// Scan stores value, a NULL making Valid false.
func (n *NullInt64) Scan(value any) error {
	if value == nil {
		n.Int64, n.Valid = 0, false
		return nil
	}
	err := convertAssign(&n.Int64, value)
	n.Valid = err == nil
	return err
}

// Value returns the value, or nil for NULL.
func (n NullInt64) Value() (driver.Value, error) {
	if !n.Valid {
		return nil, nil
	}
	return n.Int64, nil
}

// NullInt32 holds an int32 that may be NULL, which Valid tells. It can be a Scan
// destination (it is a Scanner) and a query argument (a driver.Valuer).
type NullInt32 struct {
	Int32 int32
	Valid bool // false for NULL
}

// Scan stores value, a NULL making Valid false.
func (n *NullInt32) Scan(value any) error {
	if value == nil {
		n.Int32, n.Valid = 0, false
		return nil
	}
	err := convertAssign(&n.Int32, value)
	n.Valid = err == nil
	return err
}

// Value returns the value, or nil for NULL.
func (n NullInt32) Value() (driver.Value, error) {
	if !n.Valid {
		return nil, nil
	}
	return int64(n.Int32), nil
}

// NullInt16 holds an int16 that may be NULL, which Valid tells. It can be a Scan
// destination (it is a Scanner) and a query argument (a driver.Valuer).
type NullInt16 struct {
	Int16 int16
	Valid bool // false for NULL
}

// Scan stores value, a NULL making Valid false.
func (n *NullInt16) Scan(value any) error {
	if value == nil {
		n.Int16, n.Valid = 0, false
		return nil
	}
	err := convertAssign(&n.Int16, value)
	n.Valid = err == nil
	return err
}

// Value returns the value, or nil for NULL.
func (n NullInt16) Value() (driver.Value, error) {
	if !n.Valid {
		return nil, nil
	}
	return int64(n.Int16), nil
}

// NullByte holds a byte that may be NULL, which Valid tells. It can be a Scan
// destination (it is a Scanner) and a query argument (a driver.Valuer).
type NullByte struct {
	Byte  byte
	Valid bool // false for NULL
}

// Scan stores value, a NULL making Valid false.
func (n *NullByte) Scan(value any) error {
	if value == nil {
		n.Byte, n.Valid = 0, false
		return nil
	}
	err := convertAssign(&n.Byte, value)
	n.Valid = err == nil
	return err
}

// Value returns the value, or nil for NULL.
func (n NullByte) Value() (driver.Value, error) {
	if !n.Valid {
		return nil, nil
	}
	return int64(n.Byte), nil
}

// NullFloat64 holds a float64 that may be NULL, which Valid tells. It can be a Scan
// destination (it is a Scanner) and a query argument (a driver.Valuer).
type NullFloat64 struct {
	Float64 float64
	Valid   bool // false for NULL
}

// Scan stores value, a NULL making Valid false.
func (n *NullFloat64) Scan(value any) error {
	if value == nil {
		n.Float64, n.Valid = 0, false
		return nil
	}
	err := convertAssign(&n.Float64, value)
	n.Valid = err == nil
	return err
}

// Value returns the value, or nil for NULL.
func (n NullFloat64) Value() (driver.Value, error) {
	if !n.Valid {
		return nil, nil
	}
	return n.Float64, nil
}

// NullBool holds a bool that may be NULL, which Valid tells. It can be a Scan
// destination (it is a Scanner) and a query argument (a driver.Valuer).
type NullBool struct {
	Bool  bool
	Valid bool // false for NULL
}

// Scan stores value, a NULL making Valid false.
func (n *NullBool) Scan(value any) error {
	if value == nil {
		n.Bool, n.Valid = false, false
		return nil
	}
	err := convertAssign(&n.Bool, value)
	n.Valid = err == nil
	return err
}

// Value returns the value, or nil for NULL.
func (n NullBool) Value() (driver.Value, error) {
	if !n.Valid {
		return nil, nil
	}
	return n.Bool, nil
}

// NullTime holds a time.Time that may be NULL, which Valid tells. It can be a Scan
// destination (it is a Scanner) and a query argument (a driver.Valuer).
type NullTime struct {
	Time  time.Time
	Valid bool // false for NULL
}

// Scan stores value, a NULL making Valid false.
func (n *NullTime) Scan(value any) error {
	if value == nil {
		n.Time, n.Valid = time.Time{}, false
		return nil
	}
	err := convertAssign(&n.Time, value)
	n.Valid = err == nil
	return err
}

// Value returns the value, or nil for NULL.
func (n NullTime) Value() (driver.Value, error) {
	if !n.Valid {
		return nil, nil
	}
	return n.Time, nil
}
