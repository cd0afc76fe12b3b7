// Importing time/tzdata links in the embedded time zone database
// (stdlib/time/tzdata/zipdata.go): the program builds, LoadLocation finds
// zones (the system's files first, as in Go), and an unknown name fails.
package main

import (
	"fmt"
	"time"
	_ "time/tzdata"
)

func main() {
	t := time.Date(2022, 7, 1, 12, 0, 0, 0, time.UTC)
	for _, name := range []string{"Asia/Jerusalem", "America/Los_Angeles", "Europe/Kyiv", "Etc/GMT+5", "Nowhere/Else"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(loc, t.In(loc), t.AddDate(0, 6, 0).In(loc))
	}
}
