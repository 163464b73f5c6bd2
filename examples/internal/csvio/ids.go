package csvio

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"io"
	"math/bits"
	"os"
	"runtime"

	"github.com/go-asn/berakhlak/internal/text"
)

// batchLen is how many ids are hashed before they are looked up together:
// the table's slots are cache misses, and lookups that do not depend on
// one another overlap in the processor.
const batchLen = 256

// The id table is kept at most maxLoadNum/maxLoadDen full; it is sized
// for the rows a file will hold (estimated from its size) at about
// presizeLoad.
const (
	maxLoadNum, maxLoadDen = 7, 8
	presizeNum, presizeDen = 5, 4 // slots per expected id
	estimateAfter          = 1024 // ids read before the file's rows are estimated
)

// idSet finds repeated ids in bounded memory: a 64-bit hash per id in an
// open-addressing table with linear probing.
type idSet struct {
	col  int    // the id column
	name string // its name, for errors
	seed maphash.Seed
	ra   io.ReaderAt // nil: the input cannot be re-read to confirm a hit

	keys    []byte   // 8 bytes a slot, a hash in little-endian order; 0 is an empty slot (a zero hash is stored as 1)
	lines   []uint32 // each id's line; only when ra is nil
	slots   int
	n       int
	touched uint64         // keeps the loads of flushIDs
	exact   map[string]int // ids whose hash matched another id's: id → line

	part      *part // a part of a file (see Read): the hashes go to its buckets
	size      int64 // the input's size when known, to size the table; 0 once done
	firstOff  int64 // offset of the first record with an id
	estimated bool

	// ids hashed but not yet looked up, with their bytes for the error
	pending []pendingID
	arena   []byte
}

type pendingID struct {
	h          uint64
	line       int
	start, end int // the id is arena[start:end]
}

// Unique makes column col (named name in errors) an id that must not
// repeat: from the next record on, Next or Errorf report a repeated id as
// "file:line: column NAME: "X" already on line N", or, when the input
// cannot be re-read, as "probably a duplicate of line N". An empty id is
// not checked (the programs refuse it themselves). The cost is a hash
// table of 8 bytes a slot: about 10 bytes per id for a file, whose rows
// are estimated from its size; when the input's size is not known
// (standard input), 12 bytes a slot with the lines, 14–21 bytes per id.
func (r *Reader) Unique(col int, name string) {
	ra, _ := r.src.(io.ReaderAt)
	s := &idSet{col: col, name: name, seed: maphash.MakeSeed(), ra: ra, size: inputSize(r.src), firstOff: -1}
	if p := r.part; p != nil {
		// One part of a file (see Read): its ids' hashes are checked
		// with the other parts' once all are read (see unique).
		s.seed, s.ra, s.part = p.seed, nil, p
		r.ids = s
		return
	}
	s.alloc(1 << 10)
	r.ids = s
}

// inputSize returns the input's size in bytes when it is known (a file,
// a *bytes.Reader), or 0.
func inputSize(src io.Reader) int64 {
	switch v := src.(type) {
	case interface{ Size() int64 }:
		return v.Size()
	case interface{ Stat() (os.FileInfo, error) }:
		if fi, err := v.Stat(); err == nil && fi.Mode().IsRegular() {
			return fi.Size()
		}
	}
	return 0
}

// estimate sizes the table for the number of ids the input holds,
// estimated from its size and the length of the rows read so far, so that
// a large file's table is allocated once, at about 10 bytes per id.
func (s *idSet) estimate(r *Reader) {
	s.estimated = true
	read := r.s.base + int64(r.s.pos) - s.firstOff
	if s.size <= 0 || read <= 0 {
		return
	}
	rows := float64(s.n+len(s.pending)) * float64(s.size-s.firstOff) / float64(read)
	if want := rows*presizeNum/presizeDen + 1024; want > float64(s.slots) && want < 1<<40 {
		s.rehash(int(want))
	}
}

func (s *idSet) alloc(n int) {
	s.slots = n
	s.keys = make([]byte, 8*n)
	adviseHuge(s.keys)
	if s.ra == nil {
		s.lines = make([]uint32, n)
	}
}

// add queues an id; a full queue is looked up.
func (s *idSet) add(r *Reader, id []byte, line int) error {
	if len(id) == 0 {
		return nil
	}
	if s.part != nil {
		s.part.add(maphash.Bytes(s.seed, id))
		return nil
	}
	if s.firstOff < 0 {
		s.firstOff = r.s.recOff
	}
	start := len(s.arena)
	s.arena = append(s.arena, id...)
	s.pending = append(s.pending, pendingID{maphash.Bytes(s.seed, id), line, start, len(s.arena)})
	if len(s.pending) == batchLen {
		return r.flushIDs()
	}
	return nil
}

// flushIDs looks up the queued ids, in order, and returns the error for
// the first repeated one.
func (r *Reader) flushIDs() error {
	s := r.ids
	if s == nil || len(s.pending) == 0 {
		return nil
	}
	defer func() { s.pending, s.arena = s.pending[:0], s.arena[:0] }()
	if !s.estimated && s.n+len(s.pending) >= estimateAfter {
		s.estimate(r)
	}
	// Load each id's first slot before any is looked up: the loads do not
	// wait for one another, so their cache misses overlap, and the
	// lookups then find the slots in the cache (a lookup's probe loop
	// mispredicts, and would wait for each miss in turn).
	var sum uint64
	for _, p := range s.pending {
		i := slot(p.h, s.slots)
		sum += binary.LittleEndian.Uint64(s.keys[8*i : 8*i+8 : 8*i+8])
	}
	s.touched = sum
	for _, p := range s.pending {
		if (s.n+1)*maxLoadDen > s.slots*maxLoadNum {
			s.rehash(s.slots + s.slots/2)
		}
		first, hit := s.insert(p.h, p.line)
		if !hit {
			continue
		}
		if err := r.confirm(s.arena[p.start:p.end], p.line, first); err != nil {
			return err
		}
	}
	return nil
}

// slot maps a hash onto the table (Lemire's multiply-shift range
// reduction, so the table need not be a power of two).
func slot(h uint64, n int) int {
	hi, _ := bits.Mul64(h, uint64(n))
	return int(hi)
}

// insert adds h; when h is already there it adds nothing and reports the
// stored line (0 when lines are not kept).
func (s *idSet) insert(h uint64, line int) (first int, hit bool) {
	if h == 0 {
		h = 1
	}
	keys, n := s.keys, s.slots
	for i := slot(h, n); ; {
		k := keys[8*i : 8*i+8 : 8*i+8]
		switch binary.LittleEndian.Uint64(k) {
		case 0:
			binary.LittleEndian.PutUint64(k, h)
			if s.lines != nil {
				s.lines[i] = uint32(min(line, 1<<32-1))
			}
			s.n++
			return 0, false
		case h:
			if s.lines != nil {
				return int(s.lines[i]), true
			}
			return 0, true
		}
		if i++; i == n {
			i = 0
		}
	}
}

// rehash moves the table's hashes into a new table of n slots.
func (s *idSet) rehash(n int) {
	keys, lines, old := s.keys, s.lines, s.slots
	s.alloc(n)
	s.n = 0
	for i := range old {
		h := binary.LittleEndian.Uint64(keys[8*i:])
		if h == 0 {
			continue
		}
		l := 0
		if lines != nil {
			l = int(lines[i])
		}
		s.insert(h, l)
	}
	if len(keys) >= 4<<20 {
		// Hand the old table back now rather than at the next cycle, so
		// that a table growing in steps (standard input, whose size is
		// not known) does not hold several generations at once.
		keys, lines = nil, nil
		runtime.GC()
	}
}

// confirm decides a hash hit for id on line: a repeated id is an error;
// two ids that merely share a hash are remembered exactly.
func (r *Reader) confirm(id []byte, line, first int) error {
	s := r.ids
	if l, ok := s.exact[string(id)]; ok {
		return r.errAt(line, s.name, fmt.Errorf("%s already on line %d", text.Quote(string(id)), l))
	}
	if s.ra != nil {
		l, err := r.find(id, line)
		if err == nil {
			if l > 0 {
				return r.errAt(line, s.name, fmt.Errorf("%s already on line %d", text.Quote(string(id)), l))
			}
			if s.exact == nil {
				s.exact = map[string]int{}
			}
			s.exact[string(id)] = line
			return nil
		}
		// The input could not be re-read: fall through to "probably".
	}
	where := "an earlier line"
	if first > 0 {
		where = fmt.Sprintf("line %d", first)
	}
	return r.errAt(line, s.name, fmt.Errorf("%s is probably a duplicate of %s (the same 64-bit hash; %s cannot be re-read to confirm: give it as a file, or -allow-duplicates if ids may repeat)",
		text.Quote(string(id)), where, r.name))
}

// find re-reads the input from its start and returns the first line
// before line whose id equals id, or 0.
func (r *Reader) find(id []byte, line int) (int, error) {
	rr, err := NewReader(r.name, io.NewSectionReader(r.ids.ra, 0, 1<<62), r.opts)
	if err != nil {
		return 0, err
	}
	for {
		err := rr.Next()
		if err == io.EOF {
			return 0, nil
		}
		if err != nil {
			return 0, err
		}
		if rr.line >= line {
			return 0, nil
		}
		if bytes.Equal(rr.Field(r.ids.col), id) {
			return rr.line, nil
		}
	}
}
