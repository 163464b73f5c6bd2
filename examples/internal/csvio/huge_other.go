//go:build !linux

package csvio

// adviseHuge does nothing outside Linux.
func adviseHuge(b []byte) {}
