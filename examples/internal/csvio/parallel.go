package csvio

import (
	"bytes"
	"errors"
	"hash/maphash"
	"io"
	"math/bits"
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"
)

// defaultMinPart is the smallest part a file is cut into when
// Options.MinPart is 0: below it, a goroutine costs more than it saves.
const defaultMinPart = 4 << 20

// errStopped ends a part's reading when another part has failed.
var errStopped = errors.New("csvio: stopped: another part of the file failed")

// part is what a Reader over one part of a file shares with the others.
type part struct {
	stop *atomic.Bool // set when any part fails
	seed maphash.Seed // every part hashes its ids alike
	// buckets holds the hashes of the part's ids, by range of hash
	// (rangeOf): one range per part. The ids are checked once every part
	// is read, each range on its own goroutine (unique).
	buckets [][]uint64
	rows    int64 // the rows estimated in the part, to size the buckets
}

// add queues a hash of an id for the check of its range.
func (p *part) add(h uint64) {
	r := rangeOf(h, len(p.buckets))
	if p.buckets[r] == nil {
		p.buckets[r] = make([]uint64, 0, p.rows/int64(len(p.buckets))*9/8+64)
	}
	p.buckets[r] = append(p.buckets[r], h)
}

// rangeOf returns which of n ranges h falls in. It takes the hash's low
// half, so that the slot of h in its range's table (slot, from the high
// half) is independent of its range.
func rangeOf(h uint64, n int) int { return slot(bits.RotateLeft64(h, 32), n) }

// unique checks that no hash of parts' buckets repeats, each range on its
// own goroutine with its own table (about 10 bytes an id, like a single
// reading's), and reports false at the first repeat, which may be two
// different ids that share a hash: the file is then read again on one
// goroutine, which decides. Each bucket is dropped once it is in its
// table.
func unique(parts []*part) bool {
	var dup atomic.Bool
	var wg sync.WaitGroup
	for r := range parts[0].buckets {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n := 0
			for _, p := range parts {
				n += len(p.buckets[r])
			}
			if n == 0 {
				return // no ids in this range, or none checked (-allow-duplicates)
			}
			keys := make([]uint64, n*presizeNum/presizeDen+64)
			adviseHuge(unsafe.Slice((*byte)(unsafe.Pointer(&keys[0])), 8*len(keys)))
			var touched uint64
			for _, p := range parts {
				b := p.buckets[r]
				for len(b) > 0 && !dup.Load() {
					batch := b[:min(batchLen, len(b))]
					b = b[len(batch):]
					// Load the slots first, so that their cache misses
					// overlap (see flushIDs).
					for _, h := range batch {
						touched += keys[slot(h, len(keys))]
					}
					for _, h := range batch {
						if insertHash(keys, h) {
							dup.Store(true)
							return
						}
					}
				}
				p.buckets[r] = nil
			}
			runtime.KeepAlive(touched) // the loads are not dead code
		}()
	}
	wg.Wait()
	return !dup.Load()
}

// insertHash adds h to the open-addressing table keys (0 an empty slot, a
// zero hash stored as 1), and reports whether it was there already.
func insertHash(keys []uint64, h uint64) bool {
	if h == 0 {
		h = 1
	}
	for i := slot(h, len(keys)); ; {
		switch keys[i] {
		case 0:
			keys[i] = h
			return false
		case h:
			return true
		}
		if i++; i == len(keys) {
			i = 0
		}
	}
}

// Read reads the CSV input src, named name in errors, with read, which
// gets a Reader positioned after the header (to Bind, Unique and read
// every record) and returns what it made of the records: a tally.
//
// With opts.Workers 1 or less, or when src cannot be read at an offset
// (standard input, see Open) or is smaller than two parts
// (opts.MinPart), Read is read(NewReader(name, src, opts)): one goroutine.
// Otherwise it cuts the records after the header into up to Workers parts
// of about equal size, at line ends, and calls read once per part, each on
// its own goroutine with its own Reader: the file's header, then the
// part's records. It returns the parts' values merged in file order by
// merge(acc, next), which may change and return acc (a tally's Merge).
//
// What one goroutine would do is the rule; the parts only go faster. Any
// error, in a part or from merge, stops the other parts, and the file is
// read again from its start on one goroutine, so that the error returned
// is exactly the first in file order, with its true line, whatever part
// found it. A cut that falls inside a quoted field (a line break within
// quotes) makes the part before it end in an open quote, an error, and
// so the same second reading; a cut is put between two lines without a
// quote when one is near, so that this is rare. The ids of every part
// ([Reader.Unique]) are hashed as they are read, and checked together
// once every part is read, each range of hashes in its own table on its
// own goroutine; any repeat, which may be two ids that share a hash, is
// also decided by the second reading, which names both lines.
//
// A part's Reader counts lines from the part's start: Reader.Line is for
// errors, and every error Read returns comes from the single reading.
//
// Memory is each part's read buffer (it grows only to the longest
// record, opts.MaxLine), the ids' hashes (8 bytes an id), and then the
// ranges' tables (about 10 bytes an id, as one goroutine's table), each
// range's hashes dropped once they are in its table.
func Read[T any](name string, src io.Reader, opts Options, read func(*Reader) (T, error), merge func(acc, next T) (T, error)) (T, error) {
	if in, ok := src.(*Input); ok {
		src = in.Reader
	}
	single := func() (T, error) {
		r, err := NewReader(name, src, opts)
		if err != nil {
			var zero T
			return zero, err
		}
		return read(r)
	}
	ra, ok := src.(io.ReaderAt)
	size := inputSize(src)
	if opts.Workers <= 1 || !ok || size <= 0 {
		return single()
	}
	header, cuts, rows, err := cut(name, ra, size, opts)
	if err != nil || len(cuts) < 3 {
		return single() // a bad header is reported by the single reading
	}
	if v, ok := readParts(name, ra, header, cuts, rows, opts, read, merge); ok {
		return v, nil
	}
	// src was only read at offsets (ReadAt), so it is still at its start.
	return single()
}

// readParts reads the parts between cuts on their own goroutines and
// merges them; it reports false on any error or possible duplicate.
func readParts[T any](name string, ra io.ReaderAt, header []byte, cuts []int64, rows int64, opts Options, read func(*Reader) (T, error), merge func(T, T) (T, error)) (T, bool) {
	var zero T
	n := len(cuts) - 1
	values := make([]T, n)
	var stop atomic.Bool
	seed := maphash.MakeSeed()
	parts := make([]*part, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			body := io.NewSectionReader(ra, cuts[i], cuts[i+1]-cuts[i])
			src := io.MultiReader(bytes.NewReader(header), body)
			parts[i] = &part{stop: &stop, seed: seed, rows: rows/int64(n) + 1, buckets: make([][]uint64, n)}
			r, err := newReader(name, src, opts, parts[i])
			if err == nil {
				values[i], err = read(r)
			}
			if err != nil {
				stop.Store(true) // the error itself comes from the single reading
			}
		}()
	}
	wg.Wait()
	if stop.Load() || !unique(parts) {
		return zero, false
	}
	acc := values[0]
	for _, v := range values[1:] {
		var err error
		if acc, err = merge(acc, v); err != nil {
			return zero, false
		}
	}
	return acc, true
}

// cut returns the header's bytes (the byte order mark included), the
// offsets that cut the records after it into parts, and an estimate of
// the rows, from the length of the first lines after the header, to size
// the buckets of the ids' hashes. cuts[0] is the header's end, the last is size, and each
// other is the start of a line, just after a line end. Parts are about
// (size − header)/Workers bytes, and at least opts.MinPart.
func cut(name string, ra io.ReaderAt, size int64, opts Options) ([]byte, []int64, int64, error) {
	h, err := NewReader(name, io.NewSectionReader(ra, 0, size), opts)
	if err != nil {
		return nil, nil, 0, err
	}
	end := h.s.base + int64(h.s.pos) // just after the header's line end
	header := make([]byte, end)
	if _, err := ra.ReadAt(header, 0); err != nil {
		return nil, nil, 0, err
	}
	first := make([]byte, min(64<<10, size-end))
	got, err := ra.ReadAt(first, end)
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, nil, 0, err
	}
	// The rows, as if every line were as long as the first ones: to size
	// the buckets of hashes (see part), which grow if need be.
	lines := int64(bytes.Count(first[:got], []byte{'\n'}))
	rows := size - end
	if lines > 0 {
		rows = (size - end) * lines / int64(got)
	}
	minPart := int64(opts.MinPart)
	if minPart <= 0 {
		minPart = defaultMinPart
	}
	body := size - end
	n := min(int64(opts.Workers), body/minPart)
	cuts := []int64{end}
	for k := int64(1); k < n; k++ {
		at, ok := lineStart(ra, end+k*body/n, size, opts)
		if ok && at > cuts[len(cuts)-1] && at < size {
			cuts = append(cuts, at)
		}
	}
	return header, append(cuts, size), rows + 1, nil
}

// nearLines is how many lines after a point a cut looks at for two lines
// without a quote, between which it cannot be inside a quoted field
// unless that field spans three lines or more.
const nearLines = 64

// lineStart returns the offset of a line start at or after at: just after
// a line end, preferably between two lines that hold no quote, within
// nearLines lines; false when no line end is found within a record's
// length (opts.MaxLine), where a record would be too long anyway.
func lineStart(ra io.ReaderAt, at, size int64, opts Options) (int64, bool) {
	max := int64(opts.MaxLine)
	if max <= 0 {
		max = defaultMaxLine
	}
	buf := make([]byte, min(max+1, 64<<10, size-at))
	n, err := ra.ReadAt(buf, at)
	if err != nil && !errors.Is(err, io.EOF) {
		return 0, false
	}
	buf = buf[:n]
	first := bytes.IndexByte(buf, '\n')
	if first < 0 {
		return 0, false
	}
	// The lines after the first line end: a start between a line and the
	// next, both without a quote, is preferred.
	prevQuote := bytes.IndexByte(buf[:first], '"') >= 0
	start := first + 1
	for range nearLines {
		nl := bytes.IndexByte(buf[start:], '\n')
		if nl < 0 {
			break
		}
		quote := bytes.IndexByte(buf[start:start+nl], '"') >= 0
		if !prevQuote && !quote {
			return at + int64(start), true
		}
		prevQuote = quote
		start += nl + 1
	}
	return at + int64(first) + 1, true
}

// Merge is the merge of Read for a tally: acc.Merge(next), acc returned.
// Every tally of the module merges exactly, in any order.
func Merge[T interface{ Merge(T) error }](acc, next T) (T, error) { return acc, acc.Merge(next) }
