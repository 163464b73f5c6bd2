package csvio

import (
	"bytes"
	"fmt"
	"hash/maphash"
	"io"
	"math/bits"
	"os"

	"github.com/go-asn/berakhlak/internal/text"
)

// batchLen is how many ids are hashed before they are looked up together:
// the table's slots are cache misses, and lookups that do not depend on
// one another overlap in the processor.
const batchLen = 256

// idSet finds repeated ids in bounded memory: a 64-bit hash per id in an
// open-addressing table with linear probing.
type idSet struct {
	col  int    // the id column
	name string // its name, for errors
	seed maphash.Seed
	ra   io.ReaderAt // nil: the input cannot be re-read to confirm a hit

	keys  []uint64 // 0 is an empty slot (a zero hash is stored as 1)
	lines []uint32 // each id's line; only when ra is nil
	n     int
	exact map[string]int // ids whose hash matched another id's: id → line

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
// table of 8 bytes a slot (12 when the input cannot be re-read), about
// 11–16 (16–24) bytes per id.
func (r *Reader) Unique(col int, name string) {
	ra, _ := r.src.(io.ReaderAt)
	s := &idSet{col: col, name: name, seed: maphash.MakeSeed(), ra: ra}
	s.alloc(1 << 10)
	r.ids = s
	r.sizeHint = inputSize(r.src)
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

// presize sizes the table for the number of ids the input will hold,
// estimated from its size and its first record's length, with half again
// as many slots (rows vary in length), so that a large file's table is not
// rebuilt as it grows.
func (s *idSet) presize(size int64, recordLen int) {
	if size <= 0 || recordLen <= 0 {
		return
	}
	n := size/int64(recordLen) + 1
	if want := int(n*3/2) + 1024; want > len(s.keys) && want < 1<<31 {
		s.alloc(want + 1)
	}
}

func (s *idSet) alloc(n int) {
	s.keys = make([]uint64, n)
	if s.ra == nil {
		s.lines = make([]uint32, n)
	}
}

// add queues an id; a full queue is looked up.
func (s *idSet) add(r *Reader, id []byte, line int) error {
	if len(id) == 0 {
		return nil
	}
	if r.sizeHint > 0 {
		s.presize(r.sizeHint, int(r.s.base+int64(r.s.pos)-r.s.recOff))
		r.sizeHint = 0
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
	for _, p := range s.pending {
		if (s.n+1)*4 > len(s.keys)*3 {
			s.grow()
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
	n := len(s.keys)
	for i := slot(h, n); ; {
		switch s.keys[i] {
		case 0:
			s.keys[i] = h
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

// grow makes the table half as large again.
func (s *idSet) grow() {
	keys, lines := s.keys, s.lines
	s.alloc(len(keys) + len(keys)/2)
	s.n = 0
	for i, h := range keys {
		if h == 0 {
			continue
		}
		l := 0
		if lines != nil {
			l = int(lines[i])
		}
		s.insert(h, l)
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
		if bytes.Equal(rr.fields[r.ids.col], id) {
			return rr.line, nil
		}
	}
}
