package sql

// This file converts values in both directions across the driver
// boundary: query arguments from any Go value to driver.NamedValue
// (driverArgsConnLocked), and column values from driver.Value into the
// destinations given to Scan (convertAssignRows).

import (
	"database/sql/driver"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"time"
	"unicode"
	"unicode/utf8"
)

// errNilPtr is wrapped into the Scan error naming the column.
var errNilPtr = errors.New("destination pointer is nil")

// describeNamedValue names an argument in error messages: "$2" or
// `with name "id"`.
func describeNamedValue(nv *driver.NamedValue) string {
	if len(nv.Name) == 0 {
		return fmt.Sprintf("$%d", nv.Ordinal)
	}
	return fmt.Sprintf("with name %q", nv.Name)
}

// validateNamedValueName rejects a NamedArg name that does not start
// with a letter, such as "@id" given with its placeholder symbol.
func validateNamedValueName(name string) error {
	if len(name) == 0 {
		return nil
	}
	if r, _ := utf8.DecodeRuneInString(name); unicode.IsLetter(r) {
		return nil
	}
	return fmt.Errorf("name %q does not begin with a letter", name)
}

// ccChecker adapts a statement's deprecated ColumnConverter to the
// NamedValueChecker shape, so both fit the same checker chain. want is
// the statement's NumInput: arguments past it are left unconverted.
type ccChecker struct {
	cci  driver.ColumnConverter
	want int
}

func (c ccChecker) CheckNamedValue(nv *driver.NamedValue) error {
	if c.cci == nil {
		return driver.ErrSkip
	}
	index := nv.Ordinal - 1
	if c.want <= index {
		return nil
	}
	// A Valuer is asked for its Value first, so that the column
	// converter sees a plain value.
	if vr, ok := nv.Value.(driver.Valuer); ok {
		sv, err := callValuerValue(vr)
		if err != nil {
			return err
		}
		if !driver.IsValue(sv) {
			return fmt.Errorf("non-subset type %T returned from Value", sv)
		}
		nv.Value = sv
	}
	arg := nv.Value
	converted, err := c.cci.ColumnConverter(index).ConvertValue(arg)
	if err != nil {
		return err
	}
	if !driver.IsValue(converted) {
		return fmt.Errorf("driver ColumnConverter error converted %T to unsupported type %T", arg, converted)
	}
	nv.Value = converted
	return nil
}

// defaultCheckNamedValue is the last checker of every chain.
func defaultCheckNamedValue(nv *driver.NamedValue) (err error) {
	nv.Value, err = driver.DefaultParameterConverter.ConvertValue(nv.Value)
	return err
}

// driverArgsConnLocked converts the arguments of a query into the
// driver's NamedValues. ds is the prepared statement, or nil when the
// query goes straight to the connection. The caller holds ci's lock.
//
// Each argument goes through a chain of checkers: the statement's or else
// the connection's NamedValueChecker, then the statement's
// ColumnConverter, then DefaultParameterConverter. A checker returning
// driver.ErrSkip passes the argument down the chain;
// driver.ErrRemoveArgument drops it.
func driverArgsConnLocked(ci driver.Conn, ds *driverStmt, args []any) ([]driver.NamedValue, error) {
	want := -1
	var si driver.Stmt
	cc := ccChecker{}
	if ds != nil {
		si = ds.si
		want = si.NumInput()
		cc.want = want
	}
	nvc, ok := si.(driver.NamedValueChecker)
	if !ok {
		nvc, _ = ci.(driver.NamedValueChecker)
	}
	cc.cci, _ = si.(driver.ColumnConverter)

	chain := []func(*driver.NamedValue) error{}
	if nvc != nil {
		chain = append(chain, nvc.CheckNamedValue)
	}
	if cc.cci != nil {
		chain = append(chain, cc.CheckNamedValue)
	}
	chain = append(chain, defaultCheckNamedValue)

	nvargs := make([]driver.NamedValue, 0, len(args))
	for _, arg := range args {
		nv := driver.NamedValue{Ordinal: len(nvargs) + 1, Value: arg}
		if np, ok := arg.(NamedArg); ok {
			if err := validateNamedValueName(np.Name); err != nil {
				return nil, err
			}
			nv.Name, nv.Value = np.Name, np.Value
		}
		keep, err := checkNamedValue(chain, &nv)
		if err != nil {
			return nil, fmt.Errorf("sql: converting argument %s type: %v", describeNamedValue(&nv), err)
		}
		if keep {
			nvargs = append(nvargs, nv)
		}
	}
	if want != -1 && len(nvargs) != want {
		return nil, fmt.Errorf("sql: expected %d arguments, got %d", want, len(nvargs))
	}
	return nvargs, nil
}

// checkNamedValue runs nv down the checker chain and reports whether
// the argument is kept.
func checkNamedValue(chain []func(*driver.NamedValue) error, nv *driver.NamedValue) (bool, error) {
	for _, check := range chain {
		switch err := check(nv); err {
		case nil:
			return true, nil
		case driver.ErrRemoveArgument:
			return false, nil
		case driver.ErrSkip:
			continue
		default:
			return false, err
		}
	}
	return true, nil
}

// convertAssign copies to dest the value in src, converting it if
// possible. It is convertAssignRows without a parent Rows.
func convertAssign(dest, src any) error {
	return convertAssignRows(dest, src, nil)
}

// convertAssignRows copies to dest the value in src, converting it if
// possible. An error is returned if the copy would result in loss of
// information. dest should be a pointer type. rows is the Rows being
// scanned, needed when src is a nested cursor (a driver.Rows).
//
// The cases are tried from the cheapest: a type switch on common pairs
// of source and destination, a Scanner destination, and finally
// reflection, which also parses strings into numbers.
func convertAssignRows(dest, src any, rows *Rows) error {
	if done, err := assignBySource(dest, src, rows); done {
		return err
	}
	if done, err := assignByDest(dest, src); done {
		return err
	}
	if scanner, ok := dest.(Scanner); ok {
		return scanner.Scan(src)
	}
	return assignReflect(dest, src, rows)
}

// isNilPointer reports whether dest is a typed nil pointer.
func isNilPointer(dest any) bool {
	rv := reflect.ValueOf(dest)
	return rv.Kind() == reflect.Pointer && rv.IsNil()
}

// assignBySource handles the source types with a fixed mapping onto the
// common destinations. done reports whether it handled the pair.
func assignBySource(dest, src any, rows *Rows) (done bool, err error) {
	switch s := src.(type) {
	case string:
		switch d := dest.(type) {
		case *string:
			return assignNonNil(d, func() { *d = s })
		case *[]byte:
			return assignNonNil(d, func() { *d = []byte(s) })
		case *RawBytes:
			return assignNonNil(d, func() { *d = append((*d)[:0], s...) })
		}
	case []byte:
		switch d := dest.(type) {
		case *string:
			return assignNonNil(d, func() { *d = string(s) })
		case *any:
			return assignNonNil(d, func() { *d = cloneBytes(s) })
		case *[]byte:
			return assignNonNil(d, func() { *d = cloneBytes(s) })
		case *RawBytes:
			// RawBytes may alias the driver's memory: that is its point.
			return assignNonNil(d, func() { *d = s })
		}
	case time.Time:
		switch d := dest.(type) {
		case *time.Time:
			return assignNonNil(d, func() { *d = s })
		case *string:
			return assignNonNil(d, func() { *d = s.Format(time.RFC3339Nano) })
		case *[]byte:
			return assignNonNil(d, func() { *d = []byte(s.Format(time.RFC3339Nano)) })
		case *RawBytes:
			return assignNonNil(d, func() { *d = s.AppendFormat((*d)[:0], time.RFC3339Nano) })
		}
	case decimalDecompose:
		if d, ok := dest.(decimalCompose); ok {
			return true, d.Compose(s.Decompose(nil))
		}
	case nil:
		switch d := dest.(type) {
		case *any:
			return assignNonNil(d, func() { *d = nil })
		case *[]byte:
			return assignNonNil(d, func() { *d = nil })
		case *RawBytes:
			return assignNonNil(d, func() { *d = nil })
		}
	case driver.Rows:
		if d, ok := dest.(*Rows); ok {
			return true, assignCursor(d, s, rows)
		}
	}
	return false, nil
}

// assignNonNil runs set unless dest is a nil pointer; it always reports
// the pair as handled.
func assignNonNil(dest any, set func()) (bool, error) {
	if isNilPointer(dest) {
		return true, errNilPtr
	}
	set()
	return true, nil
}

// assignCursor makes d iterate over the nested cursor s found in a
// column of rows. The nested Rows share the parent's connection and
// are closed when the parent is.
func assignCursor(d *Rows, s driver.Rows, rows *Rows) error {
	if d == nil {
		return errNilPtr
	}
	if rows == nil {
		return errors.New("invalid context to convert cursor rows, missing parent *Rows")
	}
	rows.closemu.Lock()
	defer rows.closemu.Unlock()
	*d = Rows{
		dc:          rows.dc,
		releaseConn: func(error) {},
		rowsi:       s,
	}
	parentCancel := rows.cancel
	rows.cancel = func() {
		d.close(rows.lasterr)
		if parentCancel != nil {
			parentCancel()
		}
	}
	return nil
}

// assignByDest handles the destinations that accept many source kinds
// by formatting or interpreting the source.
func assignByDest(dest, src any) (done bool, err error) {
	switch d := dest.(type) {
	case *string:
		if isFormattable(reflect.ValueOf(src).Kind()) {
			*d = asString(src)
			return true, nil
		}
	case *[]byte:
		if b, ok := asBytes(nil, reflect.ValueOf(src)); ok {
			*d = b
			return true, nil
		}
	case *RawBytes:
		if b, ok := asBytes([]byte(*d)[:0], reflect.ValueOf(src)); ok {
			*d = RawBytes(b)
			return true, nil
		}
	case *bool:
		bv, err := driver.Bool.ConvertValue(src)
		if err == nil {
			*d = bv.(bool)
		}
		return true, err
	case *any:
		*d = src
		return true, nil
	}
	return false, nil
}

// isFormattable reports whether a value of kind k prints as a number or
// bool into a string destination.
func isFormattable(k reflect.Kind) bool {
	switch k {
	case reflect.Bool,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64:
		return true
	}
	return false
}

// assignReflect is the general case: plain assignment or conversion
// between related types, allocation through pointer destinations, and
// parsing the source's text into numeric and string kinds.
func assignReflect(dest, src any, rows *Rows) error {
	dpv := reflect.ValueOf(dest)
	if dpv.Kind() != reflect.Pointer {
		return errors.New("destination not a pointer")
	}
	if dpv.IsNil() {
		return errNilPtr
	}
	sv := reflect.ValueOf(src)
	dv := reflect.Indirect(dpv)
	if sv.IsValid() && sv.Type().AssignableTo(dv.Type()) {
		if b, ok := src.([]byte); ok {
			// The driver may reuse its buffer; keep a copy.
			dv.Set(reflect.ValueOf(cloneBytes(b)))
		} else {
			dv.Set(sv)
		}
		return nil
	}
	if dv.Kind() == sv.Kind() && sv.Type().ConvertibleTo(dv.Type()) {
		dv.Set(sv.Convert(dv.Type()))
		return nil
	}
	if dv.Kind() == reflect.Pointer {
		if src == nil {
			dv.Set(reflect.Zero(dv.Type()))
			return nil
		}
		dv.Set(reflect.New(dv.Type().Elem()))
		return convertAssignRows(dv.Interface(), src, rows)
	}
	if done, err := parseInto(dv, src); done {
		return err
	}
	return fmt.Errorf("unsupported Scan, storing driver.Value type %T into type %T", src, dest)
}

// parseInto stores src into a numeric or string kind by way of its
// text, checking the destination's range; done reports whether dv has
// such a kind.
func parseInto(dv reflect.Value, src any) (done bool, err error) {
	kind := dv.Kind()
	numeric := isFormattable(kind) && kind != reflect.Bool
	if !numeric && kind != reflect.String {
		return false, nil
	}
	if src == nil {
		return true, fmt.Errorf("converting NULL to %s is unsupported", kind)
	}
	if kind == reflect.String {
		switch v := src.(type) {
		case string:
			dv.SetString(v)
			return true, nil
		case []byte:
			dv.SetString(string(v))
			return true, nil
		}
		return false, nil
	}
	s := asString(src)
	err = setParsed(dv, s)
	if err != nil {
		return true, fmt.Errorf("converting driver.Value type %T (%q) to a %s: %v", src, s, kind, strconvErr(err))
	}
	return true, nil
}

// setParsed parses s as dv's numeric kind and stores it.
func setParsed(dv reflect.Value, s string) error {
	bits := dv.Type().Bits()
	switch dv.Kind() {
	case reflect.Float32, reflect.Float64:
		f, err := strconv.ParseFloat(s, bits)
		if err == nil {
			dv.SetFloat(f)
		}
		return err
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		u, err := strconv.ParseUint(s, 10, bits)
		if err == nil {
			dv.SetUint(u)
		}
		return err
	}
	i, err := strconv.ParseInt(s, 10, bits)
	if err == nil {
		dv.SetInt(i)
	}
	return err
}

// strconvErr drops the function name and input from a strconv error;
// the Scan error already states the input.
func strconvErr(err error) error {
	if ne, ok := err.(*strconv.NumError); ok {
		return ne.Err
	}
	return err
}

// cloneBytes copies b, keeping nil as nil.
func cloneBytes(b []byte) []byte {
	if b == nil {
		return nil
	}
	c := make([]byte, len(b))
	copy(c, b)
	return c
}

// asString formats a numeric, bool or text value the way strconv would.
func asString(src any) string {
	switch v := src.(type) {
	case string:
		return v
	case []byte:
		return string(v)
	}
	if b, ok := asBytes(nil, reflect.ValueOf(src)); ok {
		return string(b)
	}
	return fmt.Sprintf("%v", src)
}

// asBytes appends the text of rv to buf; ok is false for kinds without
// a text form.
func asBytes(buf []byte, rv reflect.Value) (b []byte, ok bool) {
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.AppendInt(buf, rv.Int(), 10), true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return strconv.AppendUint(buf, rv.Uint(), 10), true
	case reflect.Float32:
		return strconv.AppendFloat(buf, rv.Float(), 'g', -1, 32), true
	case reflect.Float64:
		return strconv.AppendFloat(buf, rv.Float(), 'g', -1, 64), true
	case reflect.Bool:
		return strconv.AppendBool(buf, rv.Bool()), true
	case reflect.String:
		return append(buf, rv.String()...), true
	}
	return nil, false
}

var valuerReflectType = reflect.TypeOf((*driver.Valuer)(nil)).Elem()

// callValuerValue calls vr.Value, except that a nil pointer whose Value
// method is declared on the element type converts to nil (the call
// would dereference it).
func callValuerValue(vr driver.Valuer) (driver.Value, error) {
	rv := reflect.ValueOf(vr)
	if rv.Kind() == reflect.Pointer && rv.IsNil() && rv.Type().Elem().Implements(valuerReflectType) {
		return nil, nil
	}
	return vr.Value()
}

// decimalDecompose splits a decimal into its form (0 finite, 1
// infinite, 2 NaN), sign, big-endian coefficient and base-10 exponent.
type decimalDecompose interface {
	Decompose(buf []byte) (form byte, negative bool, coefficient []byte, exponent int32)
}

// decimalCompose sets a decimal from the parts Decompose returns.
type decimalCompose interface {
	Compose(form byte, negative bool, coefficient []byte, exponent int32) error
}
