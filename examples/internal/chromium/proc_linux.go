package chromium

import "syscall"

// dieWithParent asks Linux to kill the browser when the thread that
// started it exits (PR_SET_PDEATHSIG), as it does when the test process
// is killed.
func dieWithParent(attr *syscall.SysProcAttr) { attr.Pdeathsig = syscall.SIGKILL }
