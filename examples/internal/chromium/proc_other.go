//go:build !unix

package chromium

import "os/exec"

// ownGroup leaves the browser in the test's process group: stopping the
// browser stops it alone (exec.CommandContext's default).
func ownGroup(*exec.Cmd) {}

func killGroup(*exec.Cmd) {}
