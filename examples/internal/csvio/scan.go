package csvio

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// The scanner's errors. The Reader turns them into a *RowError naming
// the file and line.
var (
	errBareQuote = errors.New(`a " in a field that does not start with a quote (quote the whole field and double the inner quote: "a ""b"" c")`)
	errQuote     = errors.New(`a quoted field is not closed, or its closing " is followed by something other than a comma or the end of the line`)
)

// lineTooLongError is a record longer than the limit.
type lineTooLongError struct{ max int }

func (e lineTooLongError) Error() string {
	return "line longer than " + byteCount(e.max) + " (the limit; raise it with -max-line)"
}

// initialBuf is the read buffer's size; it grows, up to the longest
// record allowed, only for a record that does not fit.
const initialBuf = 256 << 10

// slack is how many bytes the buffer has past its end, so that a word
// load at any buffered byte stays inside it, and a field's window
// (Reader.Window) has WindowSlack bytes past the field.
const slack = 32

// scanner splits its input into records with the semantics of
// encoding/csv's Reader with Comma ',', TrimLeadingSpace true, LazyQuotes
// false, no Comment and FieldsPerRecord -1 (FuzzDifferential checks
// this), except that a record is at most max bytes long.
//
// A line without a quote, the common case, is cut in place: short fields
// (ratings) by looking at eight bytes at a time for commas and the
// newline, long fields (ballot lists) by byte searches. Such a record is
// kept as the line and the offsets of its commas, with no allocation and
// no copy; its fields are slices of the buffer, valid until the next
// call. When the line has no white space and no byte outside ASCII at
// the edge of a field (for short fields: anywhere), nothing needs
// trimming and that is all. Otherwise, and for a line with a quote (which
// is parsed with the full quoting rules, its quoted fields unescaped into
// a reused scratch buffer), the fields are listed one by one.
type scanner struct {
	r          io.Reader
	buf        []byte // the buffered input is buf[:end]; cap(buf) ≥ len(buf)+slack
	pos, end   int    // unread input is buf[pos:end]
	base       int64  // input offset of buf[0]
	eof        bool
	readErr    error // a read error other than io.EOF, returned once buf is drained
	max        int   // longest record, in bytes
	quoteAt    int   // index in buf of the next quote at or after pos; end if none is buffered
	longFields bool  // the last record's fields were long: split with byte searches

	line    int   // lines consumed so far
	recLine int   // first line of the last record
	recOff  int64 // input offset of the last record

	// The last record: plain (rec cut at cuts), or listed in fields.
	plain   bool
	rec     []byte   // plain: the line, without its line ending
	recAt   int      // plain: rec's offset in buf
	cuts    []int32  // plain: cuts[0] is -1, cuts[i+1] the end of field i in rec
	fields  [][]byte // not plain: each field, leading white space dropped
	scratch []byte
}

func newScanner(r io.Reader, max int) *scanner {
	n := min(initialBuf, max+1)
	cuts := make([]int32, 1, 64)
	cuts[0] = -1
	return &scanner{r: r, buf: make([]byte, n, n+slack), max: max, quoteAt: -1, cuts: cuts}
}

// nfields returns the number of fields of the last record.
func (s *scanner) nfields() int {
	if s.plain {
		return len(s.cuts) - 1
	}
	return len(s.fields)
}

// field returns field i of the last record.
func (s *scanner) field(i int) []byte {
	if s.plain {
		a, b := int(s.cuts[i])+1, int(s.cuts[i+1])
		return s.rec[a:b:b]
	}
	return s.fields[i]
}

// window returns field i of a plain record and the buffer from the
// field's start to at least WindowSlack bytes past its end; nil for a
// record that is not plain.
func (s *scanner) window(i int) (field, window []byte) {
	if !s.plain {
		return s.fields[i], nil
	}
	a, b := int(s.cuts[i])+1, int(s.cuts[i+1])
	at := s.recAt
	return s.rec[a:b:b], s.buf[at+a : at+b+WindowSlack : at+b+WindowSlack]
}

// fill reads more input into buf, keeping buf[pos:end]. It grows buf when
// the unread part fills it, up to max+1 bytes (one more than a record may
// have, so that an over-long record is noticed). It reports false when no
// more input can be read: at the end, after a read error, or when the
// buffer is at its largest and full.
func (s *scanner) fill() bool {
	if s.eof {
		return false
	}
	if s.pos > 0 {
		n := copy(s.buf, s.buf[s.pos:s.end])
		s.base += int64(s.pos)
		s.pos, s.end = 0, n
	}
	if s.end == len(s.buf) {
		if len(s.buf) > s.max {
			return false
		}
		n := min(2*len(s.buf), s.max+1)
		nb := make([]byte, n, n+slack)
		copy(nb, s.buf[:s.end])
		s.buf = nb
	}
	for tries := 0; tries < 100; tries++ {
		n, err := s.r.Read(s.buf[s.end:])
		s.end += n
		if err != nil {
			s.eof = true
			if !errors.Is(err, io.EOF) {
				s.readErr = err
			}
			return n > 0
		}
		if n > 0 {
			return true
		}
	}
	s.eof, s.readErr = true, io.ErrNoProgress
	return false
}

// Word-at-a-time byte tests: each sets the high bit of every byte of w
// that passes, and only of those (no carry crosses a byte).
const (
	low7s  = 0x7f7f7f7f7f7f7f7f
	highs  = 0x8080808080808080
	commas = 0x2c2c2c2c2c2c2c2c
	nls    = 0x0a0a0a0a0a0a0a0a
)

// zeroBytes marks the zero bytes of x.
func zeroBytes(x uint64) uint64 { return ^((x&low7s + low7s) | x | low7s) }

// oddBytes marks the bytes that a field may have to be trimmed of: below
// '!' (white space and control bytes) or outside ASCII.
func oddBytes(w uint64) uint64 { return (^(w&low7s + 0x5f5f5f5f5f5f5f5f) | w) & highs }

// word returns the 8 bytes at buf[i:], which may run into the slack.
func word(buf []byte, i int) uint64 { return binary.LittleEndian.Uint64(buf[i : i+8 : i+8]) }

// next reads the next record, or returns io.EOF. Its fields are valid
// until the next call.
func (s *scanner) next() error {
	for {
		if s.quoteAt < s.pos {
			// Where the next quote is: one byte search serves every line
			// before it.
			if q := bytes.IndexByte(s.buf[s.pos:s.end], '"'); q >= 0 {
				s.quoteAt = s.pos + q
			} else {
				s.quoteAt = s.end
			}
		}
		var nl, odd int
		if s.longFields {
			nl, odd = s.cutLong()
		} else {
			nl, odd = s.cutShort()
		}
		end := nl // the line's end, then without a "\r" before it
		if nl == s.end {
			// No newline buffered.
			if s.readErr != nil {
				return s.readErr
			}
			if !s.eof {
				if nl-s.pos > s.max {
					s.recLine, s.recOff = s.line+1, s.base+int64(s.pos)
					return lineTooLongError{s.max}
				}
				s.fill()
				s.quoteAt = -1
				continue
			}
			if nl == s.pos {
				return io.EOF
			}
		}
		s.recLine, s.recOff = s.line+1, s.base+int64(s.pos)
		if nl-s.pos > s.max {
			return lineTooLongError{s.max}
		}
		if s.quoteAt < nl {
			err := s.quotedRecord()
			if errors.Is(err, errNeedMore) {
				continue
			}
			return err
		}
		if end > s.pos && s.buf[end-1] == '\r' {
			end--
		}
		rec, at := s.buf[s.pos:end:end], s.pos
		next := nl
		if nl < s.end {
			next++
		}
		n := next - s.pos
		s.line++
		s.pos = next
		cuts := append(s.cuts, int32(len(rec)))
		s.cuts = cuts
		if len(cuts) == 2 && len(rec) == 0 {
			continue // an empty line is not a record (as for encoding/csv)
		}
		// Fields averaging more than 24 bytes are cut with byte searches.
		s.longFields = n > 24*(len(cuts)-1)
		s.rec, s.recAt, s.plain = rec, at, true
		if odd > 0 {
			s.list()
		}
		return nil
	}
}

// cutShort cuts the line at s.pos at its commas into s.cuts, looking at
// eight bytes at a time, and returns where its newline is (s.end if none
// is buffered) and how many of its bytes, not counting a "\r" before the
// newline, may need trimming: any white space or byte outside ASCII.
func (s *scanner) cutShort() (nl, odd int) {
	buf, end, p0 := s.buf[:cap(s.buf)], s.end, s.pos
	cuts := s.cuts[:1]
	nl = end
	for i := p0; i < end; i += 8 {
		w := word(buf, i)
		c, o := zeroBytes(w^commas), oddBytes(w)
		if rest := end - i; rest < 8 {
			m := uint64(1)<<(8*rest) - 1 // the bytes past end are not input
			c, o = c&m, o&m
		}
		if o != 0 {
			// White space, a control byte, a byte outside ASCII, or the
			// newline, which is one of them.
			if n := zeroBytes(w^nls) & o; n != 0 {
				below := n&-n - 1
				c, o = c&below, o&below
				nl = i + bits.TrailingZeros64(n)>>3
				for ; c != 0; c &= c - 1 {
					cuts = append(cuts, int32(i+bits.TrailingZeros64(c)>>3-p0))
				}
				odd += bits.OnesCount64(o)
				break
			}
			odd += bits.OnesCount64(o)
		}
		for ; c != 0; c &= c - 1 {
			cuts = append(cuts, int32(i+bits.TrailingZeros64(c)>>3-p0))
		}
	}
	s.cuts = cuts
	if nl > p0 && buf[nl-1] == '\r' {
		odd--
	}
	return nl, odd
}

// cutLong is cutShort with byte searches, for long fields; it counts the
// fields whose first or last byte may need trimming.
func (s *scanner) cutLong() (nl, odd int) {
	buf := s.buf[:s.end]
	p0 := s.pos
	nl = len(buf)
	if j := bytes.IndexByte(buf[p0:], '\n'); j >= 0 {
		nl = p0 + j
	}
	cuts := s.cuts[:1]
	start := p0
	for {
		j := bytes.IndexByte(buf[start:nl], ',')
		if j < 0 {
			break
		}
		if j > 0 && (isOdd(buf[start]) || isOdd(buf[start+j-1])) {
			odd++
		}
		cuts = append(cuts, int32(start+j-p0))
		start += j + 1
	}
	s.cuts = cuts
	e := nl
	if e > start && buf[e-1] == '\r' {
		e--
	}
	if e > start && (isOdd(buf[start]) || isOdd(buf[e-1])) {
		odd++
	}
	return nl, odd
}

// isOdd reports whether a field starting or ending with c may need
// trimming: c is white space, a control byte or outside ASCII.
func isOdd(c byte) bool { return c-'!' >= 0x80-'!' }

// list turns the plain record into a list of fields, leading white space
// dropped.
func (s *scanner) list() {
	f := s.fields[:0]
	for i := range len(s.cuts) - 1 {
		c := s.field(i)
		if len(c) > 0 && (c[0] >= utf8.RuneSelf || isSpaceASCII[c[0]]) {
			c = trimLeft(c)
		}
		f = append(f, c)
	}
	s.fields, s.plain = f, false
}

// quotedRecord parses the record at s.pos, whose first line has a quote,
// with the full quoting rules. It returns errNeedMore after reading more
// input when the record does not end within the buffer.
func (s *scanner) quotedRecord() error {
	data := s.buf[s.pos:s.end]
	used, lines, err := s.parseQuoted(data, s.eof)
	if errors.Is(err, errNeedMore) {
		if len(data) > s.max {
			return lineTooLongError{s.max}
		}
		if s.readErr != nil {
			return s.readErr
		}
		s.fill()
		s.quoteAt = -1
		return errNeedMore
	}
	if err != nil {
		// The rest of a malformed record is not worth resuming from.
		s.line += lines
		if s.readErr != nil {
			return s.readErr
		}
		return err
	}
	if used > s.max {
		return lineTooLongError{s.max}
	}
	s.line += lines
	s.pos += used
	s.plain = false
	return nil
}

// isSpaceASCII reports the ASCII bytes unicode.IsSpace accepts.
var isSpaceASCII = [128]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// trimLeft drops leading white space, as unicode.IsSpace defines it.
func trimLeft(b []byte) []byte {
	for len(b) > 0 {
		c := b[0]
		if c < utf8.RuneSelf {
			if !isSpaceASCII[c] {
				return b
			}
			b = b[1:]
			continue
		}
		r, size := utf8.DecodeRune(b)
		if !unicode.IsSpace(r) {
			return b
		}
		b = b[size:]
	}
	return b
}

// errNeedMore says that the record does not end inside the buffered input.
var errNeedMore = errors.New("csvio: need more input")

// lineAt returns the line starting at data[p:]: its text without the line
// ending, whether it ended with a newline, and where the next line
// starts. Like encoding/csv it turns "\r\n" into "\n" and drops a "\r"
// just before the end of the input. ok is false when the line is not
// complete in data and more input may follow.
func lineAt(data []byte, p int, atEOF bool) (text []byte, nl bool, next int, ok bool) {
	rest := data[p:]
	i := bytes.IndexByte(rest, '\n')
	if i < 0 {
		if !atEOF {
			return nil, false, 0, false
		}
		text = rest
		if len(text) > 0 && text[len(text)-1] == '\r' {
			text = text[:len(text)-1]
		}
		return text, false, len(data), true
	}
	text = rest[:i]
	if len(text) > 0 && text[len(text)-1] == '\r' {
		text = text[:len(text)-1]
	}
	return text, true, p + i + 1, true
}

// parseQuoted parses one record starting at data[0] (a non-empty line)
// with encoding/csv's rules for quotes into s.fields. It returns the bytes
// and lines the record used, or errNeedMore when the record does not end
// within data and more input may follow.
func (s *scanner) parseQuoted(data []byte, atEOF bool) (used, lines int, err error) {
	line, nl, next, ok := lineAt(data, 0, atEOF)
	if !ok {
		return 0, 0, errNeedMore
	}
	lines = 1
	f := s.fields[:0]
	sc := s.scratch[:0]
	// Quoted fields are unescaped into sc; their bounds are kept as
	// offsets until the end, since sc may move as it grows.
	type span struct{ i, start, end int }
	var spans [8]span
	quoted := spans[:0]
	for {
		line = trimLeft(line)
		if len(line) == 0 || line[0] != '"' {
			j := bytes.IndexByte(line, ',')
			field := line
			if j >= 0 {
				field = line[:j]
			}
			if bytes.IndexByte(field, '"') >= 0 {
				return 0, lines, errBareQuote
			}
			f = append(f, field)
			if j < 0 {
				break
			}
			line = line[j+1:]
			continue
		}
		// A quoted field.
		line = line[1:]
		start := len(sc)
		endRecord := false
		for {
			j := bytes.IndexByte(line, '"')
			if j >= 0 {
				sc = append(sc, line[:j]...)
				line = line[j+1:]
				if len(line) > 0 && line[0] == '"' {
					sc = append(sc, '"')
					line = line[1:]
					continue
				}
				if len(line) > 0 && line[0] == ',' {
					line = line[1:]
					break
				}
				if len(line) == 0 {
					endRecord = true
					break
				}
				return 0, lines, errQuote
			}
			// The field goes on past the end of this line.
			sc = append(sc, line...)
			if !nl {
				return 0, lines, errQuote // the input ends inside the quotes
			}
			sc = append(sc, '\n')
			line, nl, next, ok = lineAt(data, next, atEOF)
			if !ok {
				return 0, lines, errNeedMore
			}
			lines++
			if len(line) == 0 && !nl {
				return 0, lines, errQuote
			}
		}
		quoted = append(quoted, span{len(f), start, len(sc)})
		f = append(f, nil)
		if endRecord {
			break
		}
	}
	for _, q := range quoted {
		f[q.i] = sc[q.start:q.end:q.end]
	}
	s.fields, s.scratch = f, sc
	return next, lines, nil
}
