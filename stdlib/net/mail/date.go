package mail

import (
	"errors"
	"strings"
	"time"
)

// dateLayouts are the layouts for time.Parse of the dates of RFC 5322
// section 3.3, tried in this order: with or without a day of the week,
// a day of one or two digits, a year of four or two, with or without
// seconds, and a numeric zone, a zone name (obsolete but common, and
// often after a numeric one as a comment: "-0700 (MST)") or UT.
var dateLayouts = buildDateLayouts()

func buildDateLayouts() []string {
	var layouts []string
	for _, weekday := range []string{"", "Mon, "} {
		for _, day := range []string{"2", "02"} {
			for _, year := range []string{"2006", "06"} {
				for _, seconds := range []string{":05", ""} {
					for _, zone := range []string{"-0700", "MST", "UT"} {
						layouts = append(layouts, weekday+day+" Jan "+year+" 15:04"+seconds+" "+zone)
					}
				}
			}
		}
	}
	return layouts
}

// ParseDate parses a date as RFC 5322 writes them.
//
// The date may be followed by comments, "Mon, 2 Jan 2006 15:04 -0700
// (MST)", which are skipped, and it may be folded over lines: CR LF
// pairs are dropped wherever they are.
func ParseDate(date string) (time.Time, error) {
	date = strings.ReplaceAll(date, "\r\n", "")
	if strings.Contains(date, "\r") {
		return time.Time{}, errors.New("mail: header has a CR without LF")
	}
	p := parser{s: strings.TrimLeft(date, " \t")}
	if end := zoneEnd(p.s); end > 0 {
		date, p.s = p.s[:end], p.s[end:]
	}
	if !p.skipCFWS() {
		return time.Time{}, errors.New("mail: misformatted parenthetical comment")
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, date); err == nil {
			return t, nil
		}
	}
	return time.Time{}, errors.New("mail: header could not be parsed")
}

// zoneEnd returns where the time zone of a date ends, so that what
// follows may be parsed as comments, or 0 if it cannot tell. A numeric
// zone is the sign and the four digits after the first '+' or '-'. A
// zone name is found by its final 'T' (as in UT, GMT, EST or MDT), the
// first 'T' but the one of a leading "Tue" or "Thu", if four bytes or
// more follow it; a T elsewhere leaves a date that will not parse.
func zoneEnd(s string) int {
	if i := strings.IndexAny(s, "+-"); i >= 0 && len(s) >= i+5 {
		return i + 5
	}
	i := strings.Index(s, "T")
	if i == 0 {
		i = strings.Index(s[1:], "T")
		if i >= 0 {
			i++
		}
	}
	if i >= 0 && len(s) >= i+5 {
		return i + 1
	}
	return 0
}
