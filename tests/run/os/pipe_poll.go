// Tests the poller under os's pipes: a goroutine blocked reading a pipe
// lets the others run (a ticker goroutine, a writer that sleeps first);
// Close wakes a blocked reader with "file already closed"; a read
// deadline fails a blocked read; a blocking pipe given to NewFile (and a
// Pipe end after Fd) waits without stopping the others, and a FIFO opened
// for reading waits for its writer.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"time"
)

func main() {
	readWhileOthersRun()
	closeWakesReader()
	deadlineWakesReader()
	blockingNewFile()
	blockingAfterFd()
	fifo()
}

// readWhileOthersRun: the reader blocks until the writer, which first
// sleeps, writes; meanwhile the main goroutine counts.
func readWhileOthersRun() {
	r, w, err := os.Pipe()
	if err != nil {
		panic(err)
	}
	got := make(chan string)
	go func() {
		b, err := io.ReadAll(r)
		got <- fmt.Sprintf("%q %v", b, err)
	}()
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Fprint(w, "hello, ")
		time.Sleep(10 * time.Millisecond)
		fmt.Fprint(w, "pipe")
		w.Close()
	}()
	counted := 0
	for i := 0; i < 1000; i++ {
		counted++
	}
	fmt.Println("counted", counted, "read", <-got)
	r.Close()
}

// closeWakesReader: Close of the read end wakes the goroutine blocked in Read.
func closeWakesReader() {
	r, w, _ := os.Pipe()
	defer w.Close()
	closed := make(chan error)
	go func() {
		time.Sleep(20 * time.Millisecond)
		closed <- r.Close()
	}()
	n, err := r.Read(make([]byte, 8))
	fmt.Println("read after close:", n, err, err.(*os.PathError).Err == os.ErrClosed)
	fmt.Println("close:", <-closed)
	fmt.Println("close again:", r.Close())
}

// deadlineWakesReader: a read deadline fails the blocked read.
func deadlineWakesReader() {
	r, w, _ := os.Pipe()
	defer r.Close()
	defer w.Close()
	r.SetReadDeadline(time.Now().Add(20 * time.Millisecond))
	_, err := r.Read(make([]byte, 8))
	fmt.Println("deadline:", err, os.IsTimeout(err))
	r.SetReadDeadline(time.Time{})
	w.Write([]byte("x"))
	n, err := r.Read(make([]byte, 8))
	fmt.Println("after reset:", n, err)
}

// blockingNewFile: a blocking pipe wrapped by NewFile has no deadlines,
// and its Read waits while a timer's goroutine writes.
func blockingNewFile() {
	var p [2]int
	if err := syscall.Pipe(p[:]); err != nil {
		panic(err)
	}
	r := os.NewFile(uintptr(p[0]), "reader")
	defer r.Close()
	defer syscall.Close(p[1])
	fmt.Println("deadline on a blocking file:", r.SetReadDeadline(time.Now()))
	time.AfterFunc(20*time.Millisecond, func() { syscall.Write(p[1], []byte("a")) })
	b := make([]byte, 1)
	n, err := r.Read(b)
	fmt.Println("blocking read:", n, err, string(b))
}

// blockingAfterFd: Fd puts a pipe end back in blocking mode; the read
// blocked on it ends when both ends are closed (Go's read, blocked in the
// kernel, sees the end of the file; gominic's, parked on the poller, sees
// the file closed: both are what Go's os tests accept).
func blockingAfterFd() {
	r, w, _ := os.Pipe()
	r.Fd()
	done := make(chan error)
	go func() {
		_, err := r.Read(make([]byte, 1))
		if pe, ok := err.(*os.PathError); ok {
			err = pe.Err
		}
		done <- err
	}()
	time.Sleep(20 * time.Millisecond)
	r.Close()
	w.Close()
	err := <-done
	fmt.Println("blocking read after close:", err == io.EOF || err == os.ErrClosed)
}

// fifo: the reader opens a named pipe before its writer exists, and reads
// the writer's lines up to the end of the file.
func fifo() {
	dir, err := os.MkdirTemp("", "fifo")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	name := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(name, 0600); err != nil {
		panic(err)
	}
	go func() {
		w, err := os.OpenFile(name, os.O_WRONLY, 0)
		if err != nil {
			panic(err)
		}
		for i := 0; i < 3; i++ {
			time.Sleep(5 * time.Millisecond)
			fmt.Fprintf(w, "line %d\n", i)
		}
		w.Close()
	}()
	r, err := os.Open(name)
	if err != nil {
		panic(err)
	}
	defer r.Close()
	s := bufio.NewScanner(r)
	for s.Scan() {
		fmt.Println("fifo:", s.Text())
	}
	fmt.Println("fifo end:", s.Err())
}
