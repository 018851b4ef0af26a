package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/repomap/repomap/internal/cache"
	"github.com/repomap/repomap/internal/scan"
)

func main() {
	root := flag.String("root", ".", "repository root")
	maxSyms := flag.Int("max-symbols", 400, "maximum symbols to print")
	flag.Parse()
	defer cache.Flush()

	abs, err := filepath.Abs(*root)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	key := cache.Key(abs)
	if out, ok := cache.Get(key); ok {
		fmt.Print(out)
		return
	}

	res, err := scan.Walk(abs)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}

	var b strings.Builder
	fmt.Fprintf(&b, "# Repo map: %s\n\n## Layout\n\n", filepath.Base(abs))
	dirs := make([]string, 0, len(res.Dirs))
	for d := range res.Dirs {
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	for _, d := range dirs {
		langs := res.Dirs[d]
		parts := []string{}
		for l, n := range langs {
			parts = append(parts, fmt.Sprintf("%s:%d", l, n))
		}
		sort.Strings(parts)
		depth := strings.Count(d, string(os.PathSeparator))
		if d == "." {
			depth = 0
		} else {
			depth++
		}
		fmt.Fprintf(&b, "%s- %s/ (%s)\n", strings.Repeat("  ", depth), d, strings.Join(parts, ", "))
	}
	fmt.Fprintf(&b, "\n## Symbols\n\n")
	n := 0
	for _, f := range res.Files {
		if len(f.Symbols) == 0 {
			continue
		}
		fmt.Fprintf(&b, "### %s\n", f.Path)
		for _, s := range f.Symbols {
			if n >= *maxSyms {
				break
			}
			fmt.Fprintf(&b, "- `%s`\n", s)
			n++
		}
	}
	out := b.String()
	cache.Put(key, out)
	fmt.Print(out)
}
