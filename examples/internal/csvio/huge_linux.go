package csvio

import "syscall"

// adviseHuge asks Linux to back b with huge pages (transparent huge pages
// in "madvise" mode): the id table is written at random places, and with
// 4 KiB pages nearly every id costs a page fault and a TLB miss. It is
// only advice; b works the same without it.
func adviseHuge(b []byte) {
	const hugePage = 2 << 20
	if len(b) < 2*hugePage {
		return
	}
	_ = syscall.Madvise(b[:len(b)&^(4<<10-1)], syscall.MADV_HUGEPAGE)
}
