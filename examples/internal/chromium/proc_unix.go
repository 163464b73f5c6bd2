//go:build unix

package chromium

import (
	"os/exec"
	"syscall"
)

// ownGroup starts the browser in a process group of its own, so that it
// can be stopped with every helper process it starts. Being in its own
// group, it does not get the terminal's interrupt: on Linux it is killed
// when the test process dies (dieWithParent), so neither an interrupt nor
// go test's timeout leaves a browser running.
func ownGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	dieWithParent(cmd.SysProcAttr)
	cmd.Cancel = func() error {
		return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
}

// killGroup kills what remains of the browser's process group.
func killGroup(cmd *exec.Cmd) {
	if cmd.Process != nil {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
}
