//go:build linux

// Command peakrss runs a program and prints its peak resident memory, in
// bytes, for BenchmarkDuplicateCheckMemory:
//
//	peakrss [-stdin FILE] PROGRAM ARGS...
//
// A process's peak (getrusage's ru_maxrss) includes the memory of the
// process that started it, at the moment it did: the kernel carries the
// peak over an exec. A small starter keeps that floor below what is
// measured; a test binary, with the input it generated, does not.
// -stdin gives the program FILE on its standard input through a pipe, so
// that it cannot see a file's size. The program's standard output is
// discarded and its standard error passed on; peakrss exits with the
// program's status.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"syscall"
)

func main() {
	stdin := flag.String("stdin", "", "give `FILE` on standard input, through a pipe")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: peakrss [-stdin FILE] PROGRAM ARGS...")
		os.Exit(2)
	}
	cmd := exec.Command(flag.Arg(0), flag.Args()[1:]...)
	cmd.Stdout, cmd.Stderr = io.Discard, os.Stderr
	if *stdin != "" {
		f, err := os.Open(*stdin)
		if err != nil {
			fmt.Fprintln(os.Stderr, "peakrss:", err)
			os.Exit(1)
		}
		defer f.Close()
		cmd.Stdin = struct{ io.Reader }{f} // not an *os.File: exec copies it through a pipe
	}
	err := cmd.Run()
	if ee := (*exec.ExitError)(nil); err != nil && !errors.As(err, &ee) {
		fmt.Fprintln(os.Stderr, "peakrss:", err)
		os.Exit(1)
	}
	fmt.Println(cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss << 10) // KiB on Linux
	os.Exit(cmd.ProcessState.ExitCode())
}
