package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"time"
)

type node struct {
	Name      string  `json:"name"`
	Type      string  `json:"type"`
	URL       string  `json:"url,omitempty"`
	DateAdded string  `json:"date_added,omitempty"`
	Children  []*node `json:"children,omitempty"`
}

type bookmarksFile struct {
	Roots map[string]*node `json:"roots"`
}

type entry struct {
	Folder string    `json:"folder"`
	Title  string    `json:"title"`
	URL    string    `json:"url"`
	Added  time.Time `json:"added"`
}

// Chrome stores times as microseconds since 1601-01-01.
func chromeTime(s string) time.Time {
	var us int64
	fmt.Sscan(s, &us)
	if us == 0 {
		return time.Time{}
	}
	return time.Unix(us/1e6-11644473600, 0).UTC()
}

func walk(n *node, path []string, out *[]entry) {
	if n == nil {
		return
	}
	if n.Type == "url" {
		*out = append(*out, entry{Folder: strings.Join(path, " / "), Title: n.Name, URL: n.URL, Added: chromeTime(n.DateAdded)})
		return
	}
	p := path
	if n.Name != "" {
		p = append(append([]string{}, path...), n.Name)
	}
	for _, c := range n.Children {
		walk(c, p, out)
	}
}

func main() {
	browser := flag.String("browser", "chrome", "chrome|edge|brave")
	profile := flag.String("profile", "Default", "profile directory name")
	format := flag.String("format", "md", "md|html|json")
	folder := flag.String("folder", "", "only this folder (substring match)")
	grep := flag.String("grep", "", "only titles/URLs containing this")
	flag.Parse()

	dir := profileDir(*browser, *profile)
	raw, err := os.ReadFile(filepath.Join(dir, "Bookmarks"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "cannot read bookmarks:", err)
		os.Exit(1)
	}
	var bf bookmarksFile
	if err := json.Unmarshal(raw, &bf); err != nil {
		fmt.Fprintln(os.Stderr, "bad Bookmarks file:", err)
		os.Exit(1)
	}

	// snapshot the profile so a running browser can't change it under us
	snap := snapshotProfile(dir)
	defer snap.finish()

	var all []entry
	for _, root := range []string{"bookmark_bar", "other", "synced"} {
		walk(bf.Roots[root], nil, &all)
	}
	var sel []entry
	g := strings.ToLower(*grep)
	for _, e := range all {
		if *folder != "" && !strings.Contains(strings.ToLower(e.Folder), strings.ToLower(*folder)) {
			continue
		}
		if g != "" && !strings.Contains(strings.ToLower(e.Title+" "+e.URL), g) {
			continue
		}
		sel = append(sel, e)
	}

	switch *format {
	case "json":
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		enc.Encode(sel)
	case "html":
		fmt.Println("<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=UTF-8\">\n<TITLE>Bookmarks</TITLE>\n<H1>Bookmarks</H1>\n<DL><p>")
		last := "\x00"
		for _, e := range sel {
			if e.Folder != last {
				if last != "\x00" {
					fmt.Println("</DL><p>")
				}
				fmt.Printf("<DT><H3>%s</H3>\n<DL><p>\n", html.EscapeString(e.Folder))
				last = e.Folder
			}
			fmt.Printf("<DT><A HREF=\"%s\" ADD_DATE=\"%d\">%s</A>\n", html.EscapeString(e.URL), e.Added.Unix(), html.EscapeString(e.Title))
		}
		fmt.Println("</DL><p>\n</DL><p>")
	default:
		last := "\x00"
		for _, e := range sel {
			if e.Folder != last {
				fmt.Printf("\n## %s\n\n", e.Folder)
				last = e.Folder
			}
			fmt.Printf("- [%s](%s)\n", strings.ReplaceAll(e.Title, "]", "\\]"), e.URL)
		}
	}
	fmt.Fprintf(os.Stderr, "%d bookmarks exported\n", len(sel))
}
