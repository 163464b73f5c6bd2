//go:build unix && !linux

package chromium

import "syscall"

// dieWithParent does nothing where there is no PR_SET_PDEATHSIG: the
// context's cancellation still kills the browser's process group.
func dieWithParent(*syscall.SysProcAttr) {}
