package likert

// A batch of rows is counted through pair tables when the scale fits: the
// low three bits of an answer byte tell the answers 0…6 and Missing (7)
// apart, so two adjacent answers make a 6-bit index into a table of 64
// counters kept for that pair of items. One increment then counts two
// answers, with no bounds check (the index is masked to 6 bits), and the
// tables are folded into the histogram once per batch. Every row is
// checked (Scan) before it is counted, so no other byte reaches a table.
const (
	pairCells   = 64  // counters in a pair table: 8 × 8 three-bit codes
	pairMaxItem = 256 // most items for the pair tables (tables of 64 KiB)
	pairMinRows = 64  // fewer rows in a batch are counted by Add: folding costs 64 per pair
	blockRows   = 256 // rows checked then counted together, while they are in the cache
	missingCode = 7   // the low three bits of Missing
	codeMask    = 0x0707070707070707
)

// AddRows counts consecutive rows of Items answers each, from the front of
// rows, as Scan and Add would one row at a time, and stops before the
// first row that Scan refuses (an answer outside the scale, or no answer
// at all). It returns the number of rows counted; rows[n*Items:] is left
// uncounted. A trailing part row shorter than Items is never counted.
func (t *Tally) AddRows(rows []int8) (n int) {
	k := t.items
	total := len(rows) / k
	rows = rows[:total*k]
	b := t.Bounds()
	usePairs := t.max < missingCode && k >= 2 && k <= pairMaxItem && total >= pairMinRows
	var tab [][pairCells]uint64
	if usePairs {
		tab = t.pairTables()
	}
	for n < total {
		end := min(n+blockRows, total)
		m := n + b.valid(rows[n*k:end*k], k)
		if usePairs {
			t.countPairs(tab, rows[n*k:m*k])
		} else {
			for r := n; r < m; r++ {
				t.Add(rows[r*k : r*k+k])
			}
		}
		stopped := m < end
		n = m
		if stopped {
			break
		}
	}
	if usePairs {
		t.foldPairs(tab)
	}
	return n
}

// pairTables returns the zeroed pair tables, one per two items, allocating
// them the first time.
func (t *Tally) pairTables() [][pairCells]uint64 {
	if t.pairs == nil || len(*t.pairs) != t.items/2 {
		p := make([][pairCells]uint64, t.items/2)
		t.pairs = &p
	}
	return *t.pairs
}

// countPairs counts rows, which Scan has accepted, into the pair tables,
// and the last item of an odd number of items straight into the
// histogram, and adds the rows to the respondents.
func (t *Tally) countPairs(tab [][pairCells]uint64, rows []int8) {
	k := t.items
	if k == 21 {
		t.countPairs21((*[10][pairCells]uint64)(tab), rows)
		return
	}
	words := k / 8   // whole words of four pairs
	r := k - 8*words // answers after them: r/2 pairs, then one more if r is odd
	h, w := t.hist, t.width
	last := (k-1)*w + 1 // the slot of answer 0 of the last item
	tail := tab[4*words:]
	t.n += uint64(len(rows) / k)
	for ; len(rows) >= k; rows = rows[k:] {
		row := rows[:k]
		for q := 0; q < words; q++ {
			x := Load(row, 8*q) & codeMask
			x |= x >> 5 // each pair's second code next to its first
			tq := (*[4][pairCells]uint64)(tab[4*q : 4*q+4])
			tq[0][x&63]++
			tq[1][x>>16&63]++
			tq[2][x>>32&63]++
			tq[3][x>>48&63]++
		}
		if r == 0 {
			continue
		}
		var x uint64
		if words > 0 {
			x = Load(row, k-8) >> (64 - 8*r) // the last r answers in the low lanes
		} else {
			x = LoadShort(row)
		}
		for j := range tail {
			y := x >> (16 * j) & 0x0707
			tail[j][(y|y>>5)&63]++
		}
		if r%2 == 1 {
			h[last+int(int8(x>>(8*(r-1))))]++
		}
	}
}

// countPairs21 is countPairs for 21 items (the behaviours of the rating
// instrument), unrolled: items 0–15 in two words of four pairs, items
// 16–19 in two more pairs, item 20 straight into the histogram.
func (t *Tally) countPairs21(tab *[10][pairCells]uint64, rows []int8) {
	h, w := t.hist, t.width
	last := 20*w + 1 // the slot of answer 0 of the last item
	t.n += uint64(len(rows) / 21)
	for ; len(rows) >= 21; rows = rows[21:] {
		row := rows[:21]
		x := Load(row, 0) & codeMask
		x |= x >> 5
		y := Load(row, 8) & codeMask
		y |= y >> 5
		z := Load(row, 13) >> 24 // answers 16–20 in the low lanes
		tab[0][x&63]++
		tab[1][x>>16&63]++
		tab[2][x>>32&63]++
		tab[3][x>>48&63]++
		tab[4][y&63]++
		tab[5][y>>16&63]++
		tab[6][y>>32&63]++
		tab[7][y>>48&63]++
		h[last+int(int8(z>>32))]++
		z &= codeMask
		z |= z >> 5
		tab[8][z&63]++
		tab[9][z>>16&63]++
	}
}

// foldPairs adds the pair tables into the histogram and zeroes them.
func (t *Tally) foldPairs(tab [][pairCells]uint64) {
	h, w := t.hist, t.width
	for p := range tab {
		first, second := h[2*p*w:2*p*w+w], h[(2*p+1)*w:(2*p+1)*w+w]
		for code, c := range tab[p] {
			if c == 0 {
				continue
			}
			first[slot(code&7)] += c
			second[slot(code>>3)] += c
		}
		tab[p] = [pairCells]uint64{}
	}
}

// slot returns the histogram slot of a three-bit answer code: Missing's
// slot 0, answer a's slot a+1.
func slot(code int) int {
	if code == missingCode {
		return 0
	}
	return code + 1
}
