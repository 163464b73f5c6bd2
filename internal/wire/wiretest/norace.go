//go:build !race

package wiretest

// race is whether the race detector is on: it changes what the runtime
// allocates, so Allocates checks no bound under it.
const race = false
