// Tests time.Local from the TZ environment variable: the program runs
// itself (os.Executable, os/exec) with TZ set to a zone name, an absolute
// file, "" and an unknown name, and each child prints Local and a date in it.
package main

import (
	"fmt"
	"os"
	"os/exec"
	"time"
)

func main() {
	if os.Getenv("LOCAL_TEST_CHILD") != "" {
		t := time.Date(2023, 7, 1, 12, 0, 0, 0, time.Local)
		name, off := t.Zone()
		fmt.Println(time.Local, t, name, off, time.Unix(0, 0).Location() == time.Local)
		return
	}
	exe, err := os.Executable()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, tz := range []string{"America/New_York", ":Asia/Tokyo", "/usr/share/zoneinfo/Europe/Paris", "", "UTC", "No/Such_Zone"} {
		cmd := exec.Command(exe)
		cmd.Env = append(os.Environ(), "LOCAL_TEST_CHILD=1", "TZ="+tz)
		out, err := cmd.CombinedOutput()
		fmt.Printf("TZ=%q: %s", tz, out)
		if err != nil {
			fmt.Println(err)
		}
	}
}
