package htmlpage

import (
	"bytes"
	"fmt"
	"strings"
)

// urlAttributes are the HTML and SVG attributes whose value a browser may
// fetch or navigate to.
var urlAttributes = map[string]bool{
	"src": true, "href": true, "srcset": true, "action": true, "formaction": true,
	"poster": true, "data": true, "background": true, "cite": true, "longdesc": true,
	"ping": true, "manifest": true, "xlink:href": true, "codebase": true, "archive": true,
	"imagesrcset": true, "usemap": true, "profile": true,
}

// External returns every reference in an HTML document that would make a
// browser fetch something: a URL-bearing attribute (src, href, srcset,
// xlink:href, …) whose value is not "data:…" or "#…", a CSS url(…) that is
// not, an @import, a <meta http-equiv="refresh">, a <base>, and any
// tag or comment that does not end. A self-contained page returns none.
//
// It is a careful scan, not a full HTML parser: it reads the tags and
// their attributes (quoted or not), and the CSS of <style> elements and
// style attributes; text between tags cannot hold a tag once escaped.
func External(doc []byte) []string {
	var found []string
	s := string(doc)
	for i := 0; i < len(s); {
		lt := strings.IndexByte(s[i:], '<')
		if lt < 0 {
			break
		}
		i += lt
		rest := s[i:]
		switch {
		case strings.HasPrefix(rest, "<!--"):
			end := strings.Index(rest, "-->")
			if end < 0 {
				return append(found, "an unterminated comment")
			}
			i += end + 3
			continue
		case strings.HasPrefix(rest, "<!") || strings.HasPrefix(rest, "<?"):
			end := strings.IndexByte(rest, '>')
			if end < 0 {
				return append(found, "an unterminated declaration")
			}
			i += end + 1
			continue
		}
		if len(rest) < 2 || !isLetter(rest[1]) && rest[1] != '/' {
			i++ // a "<" in text
			continue
		}
		name, attrs, n, ok := readTag(rest)
		if !ok {
			return append(found, fmt.Sprintf("an unterminated tag at byte %d", i))
		}
		i += n
		found = append(found, checkTag(name, attrs)...)
		if name == "style" && rest[1] != '/' {
			end := strings.Index(strings.ToLower(s[i:]), "</style")
			if end < 0 {
				return append(found, "an unterminated <style>")
			}
			found = append(found, cssExternal(s[i:i+end])...)
			i += end
		}
	}
	return found
}

type attr struct{ name, value string }

// readTag reads the tag at the start of s ("<name attr=value …>") and
// returns its lower-case name, its attributes and its length.
func readTag(s string) (name string, attrs []attr, n int, ok bool) {
	i := 1
	if i < len(s) && s[i] == '/' {
		i++
	}
	start := i
	for i < len(s) && !isSpace(s[i]) && s[i] != '>' && s[i] != '/' {
		i++
	}
	name = strings.ToLower(s[start:i])
	for {
		for i < len(s) && (isSpace(s[i]) || s[i] == '/') {
			i++
		}
		if i >= len(s) {
			return "", nil, 0, false
		}
		if s[i] == '>' {
			return name, attrs, i + 1, true
		}
		start := i
		for i < len(s) && !isSpace(s[i]) && s[i] != '=' && s[i] != '>' && s[i] != '/' {
			i++
		}
		a := attr{name: strings.ToLower(s[start:i])}
		for i < len(s) && isSpace(s[i]) {
			i++
		}
		if i < len(s) && s[i] == '=' {
			i++
			for i < len(s) && isSpace(s[i]) {
				i++
			}
			if i >= len(s) {
				return "", nil, 0, false
			}
			if q := s[i]; q == '"' || q == '\'' {
				end := strings.IndexByte(s[i+1:], q)
				if end < 0 {
					return "", nil, 0, false
				}
				a.value = s[i+1 : i+1+end]
				i += end + 2
			} else {
				start := i
				for i < len(s) && !isSpace(s[i]) && s[i] != '>' {
					i++
				}
				a.value = s[start:i]
			}
		}
		attrs = append(attrs, a)
	}
}

func checkTag(name string, attrs []attr) []string {
	var found []string
	for _, a := range attrs {
		v := unescape(a.value)
		switch {
		case urlAttributes[a.name] && !local(v):
			found = append(found, fmt.Sprintf("<%s %s=%q>", name, a.name, v))
		case a.name == "style":
			found = append(found, cssExternal(v)...)
		case name == "meta" && a.name == "http-equiv" && strings.EqualFold(strings.TrimSpace(v), "refresh"):
			found = append(found, `<meta http-equiv="refresh">`)
		}
	}
	if name == "base" {
		found = append(found, "<base>")
	}
	return found
}

// cssExternal returns the url(…) references and @imports of CSS text
// that would fetch something.
func cssExternal(css string) []string {
	var found []string
	lower := strings.ToLower(css)
	if strings.Contains(lower, "@import") {
		found = append(found, "@import in CSS")
	}
	for i := 0; ; {
		j := strings.Index(lower[i:], "url(")
		if j < 0 {
			break
		}
		i += j + 4
		end := strings.IndexByte(css[i:], ')')
		if end < 0 {
			return append(found, "an unterminated url( in CSS")
		}
		v := strings.Trim(strings.TrimSpace(css[i:i+end]), `"'`)
		if !local(v) {
			found = append(found, fmt.Sprintf("url(%s) in CSS", v))
		}
		i += end
	}
	return found
}

// local reports whether a reference fetches nothing: a data: URL or a
// fragment of the page itself.
func local(v string) bool {
	v = strings.TrimSpace(v)
	return strings.HasPrefix(v, "#") || len(v) >= 5 && strings.EqualFold(v[:5], "data:")
}

// unescape undoes the character references a template writes in
// attribute values, enough to see a value's scheme ("&#43;" and the
// like are not needed for that).
func unescape(v string) string {
	if !strings.Contains(v, "&") {
		return v
	}
	r := strings.NewReplacer("&amp;", "&", "&#34;", `"`, "&quot;", `"`, "&#39;", "'", "&lt;", "<", "&gt;", ">", "&#58;", ":", "&colon;", ":")
	return r.Replace(v)
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isSpace(c byte) bool { return bytes.IndexByte([]byte(" \t\n\r\f"), c) >= 0 }
