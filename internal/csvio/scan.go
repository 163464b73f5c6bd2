package csvio

import (
	"bytes"
	"errors"
	"io"
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

// scanner splits its input into records with the semantics of
// encoding/csv's Reader with Comma ',', TrimLeadingSpace true, LazyQuotes
// false, no Comment and FieldsPerRecord -1 (FuzzDifferential checks
// this), except that a record is at most max bytes long.
//
// A line without a quote, the common case, is split in place with byte
// searches over a large reused buffer: the fields are slices of the
// buffer, valid until the next call. A line with a quote is parsed with
// the full quoting rules, its quoted fields unescaped into a reused
// scratch buffer.
type scanner struct {
	r          io.Reader
	buf        []byte
	pos, end   int   // unread input is buf[pos:end]
	base       int64 // input offset of buf[0]
	eof        bool
	readErr    error // a read error other than io.EOF, returned once buf is drained
	max        int   // longest record, in bytes
	quoteAt    int   // index in buf of the next quote at or after pos; end if none is buffered
	longFields bool  // the last record's fields were long: split with byte searches

	line    int   // lines consumed so far
	recLine int   // first line of the last record
	recOff  int64 // input offset of the last record
	fields  [][]byte
	scratch []byte
}

func newScanner(r io.Reader, max int) *scanner {
	return &scanner{r: r, buf: make([]byte, min(initialBuf, max+1)), max: max, quoteAt: -1}
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
		nb := make([]byte, min(2*len(s.buf), s.max+1))
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

// next returns the next record's fields, or io.EOF. The fields are valid
// until the next call.
func (s *scanner) next() ([][]byte, error) {
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
		// Cut the line at its commas while looking for its end, in one
		// pass: fields are short, so a plain loop beats a byte search per
		// field.
		buf := s.buf[:s.end]
		f := s.fields[:0]
		start, i := s.pos, s.pos
		if s.longFields {
			// Long fields (ballot lists): byte searches win.
			if j := bytes.IndexByte(buf[i:], '\n'); j >= 0 {
				i += j
			} else {
				i = len(buf)
			}
			for {
				j := bytes.IndexByte(buf[start:i], ',')
				if j < 0 {
					break
				}
				seg := buf[start : start+j : start+j]
				if len(seg) > 0 && (seg[0] >= utf8.RuneSelf || isSpaceASCII[seg[0]]) {
					seg = trimLeft(seg)
				}
				f = append(f, seg)
				start += j + 1
			}
		} else {
			for ; i < len(buf); i++ {
				c := buf[i]
				if c == ',' {
					seg := buf[start:i:i]
					if len(seg) > 0 && (seg[0] >= utf8.RuneSelf || isSpaceASCII[seg[0]]) {
						seg = trimLeft(seg)
					}
					f = append(f, seg)
					start = i + 1
				} else if c == '\n' {
					break
				}
			}
		}
		s.fields = f
		if i == len(buf) {
			// No newline buffered.
			if s.readErr != nil {
				return nil, s.readErr
			}
			if !s.eof {
				if i-s.pos > s.max {
					s.recLine, s.recOff = s.line+1, s.base+int64(s.pos)
					return nil, lineTooLongError{s.max}
				}
				s.fill()
				s.quoteAt = -1
				continue
			}
			if i == s.pos {
				return nil, io.EOF
			}
		}
		n := i - s.pos // the line's length, then with its newline
		s.recLine, s.recOff = s.line+1, s.base+int64(s.pos)
		if n > s.max {
			return nil, lineTooLongError{s.max}
		}
		if i < len(buf) {
			n++
		}
		if s.quoteAt < i {
			fields, err := s.quotedRecord()
			if errors.Is(err, errNeedMore) {
				continue
			}
			return fields, err
		}
		seg := buf[start:i:i]
		if len(seg) > 0 && seg[len(seg)-1] == '\r' {
			seg = seg[:len(seg)-1]
		}
		s.line++
		s.pos += n
		if len(f) == 0 && len(seg) == 0 {
			continue // an empty line is not a record (as for encoding/csv)
		}
		if len(seg) > 0 && (seg[0] >= utf8.RuneSelf || isSpaceASCII[seg[0]]) {
			seg = trimLeft(seg)
		}
		f = append(f, seg)
		s.fields = f
		// Fields averaging more than 24 bytes are split with byte searches.
		s.longFields = n > 24*len(f)
		return f, nil
	}
}

// quotedRecord parses the record at s.pos, whose first line has a quote,
// with the full quoting rules. It returns errNeedMore after reading more
// input when the record does not end within the buffer.
func (s *scanner) quotedRecord() ([][]byte, error) {
	data := s.buf[s.pos:s.end]
	fields, used, lines, err := s.parseQuoted(data, s.eof)
	if errors.Is(err, errNeedMore) {
		if len(data) > s.max {
			return nil, lineTooLongError{s.max}
		}
		if s.readErr != nil {
			return nil, s.readErr
		}
		s.fill()
		s.quoteAt = -1
		return nil, errNeedMore
	}
	if err != nil {
		// The rest of a malformed record is not worth resuming from.
		s.line += lines
		if s.readErr != nil {
			return nil, s.readErr
		}
		return nil, err
	}
	if used > s.max {
		return nil, lineTooLongError{s.max}
	}
	s.line += lines
	s.pos += used
	return fields, nil
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
// with encoding/csv's rules for quotes. It returns the fields, the bytes
// and lines the record used, or errNeedMore when the record does not end
// within data and more input may follow.
func (s *scanner) parseQuoted(data []byte, atEOF bool) (fields [][]byte, used, lines int, err error) {
	line, nl, next, ok := lineAt(data, 0, atEOF)
	if !ok {
		return nil, 0, 0, errNeedMore
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
				return nil, 0, lines, errBareQuote
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
				return nil, 0, lines, errQuote
			}
			// The field goes on past the end of this line.
			sc = append(sc, line...)
			if !nl {
				return nil, 0, lines, errQuote // the input ends inside the quotes
			}
			sc = append(sc, '\n')
			line, nl, next, ok = lineAt(data, next, atEOF)
			if !ok {
				return nil, 0, lines, errNeedMore
			}
			lines++
			if len(line) == 0 && !nl {
				return nil, 0, lines, errQuote
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
	return f, next, lines, nil
}
