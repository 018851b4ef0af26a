package main

import (
	"bufio"
	"encoding/gob"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

type Index struct {
	Files    []string
	Trigrams map[string][]int
	Symbols  map[string][]string
}

var symRe = regexp.MustCompile(`(?m)^\s*(?:export\s+)?(?:func|function|class|def|type|interface|const|let|var)\s+(?:\([^)]*\)\s*)?([A-Za-z_][A-Za-z0-9_]*)`)

func build(root string) (*Index, error) {
	idx := &Index{Trigrams: map[string][]int{}, Symbols: map[string][]string{}}
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "node_modules" || d.Name() == "vendor") {
			return filepath.SkipDir
		}
		if d.IsDir() {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil || len(b) > 2<<20 {
			return nil
		}
		id := len(idx.Files)
		idx.Files = append(idx.Files, p)
		seen := map[string]bool{}
		s := strings.ToLower(string(b))
		for i := 0; i+3 <= len(s); i++ {
			t := s[i : i+3]
			if !seen[t] {
				seen[t] = true
				idx.Trigrams[t] = append(idx.Trigrams[t], id)
			}
		}
		for _, m := range symRe.FindAllStringSubmatchIndex(string(b), -1) {
			line := strings.Count(string(b[:m[0]]), "\n") + 1
			name := string(b[m[2]:m[3]])
			idx.Symbols[name] = append(idx.Symbols[name], fmt.Sprintf("%s:%d", p, line))
		}
		return nil
	})
	return idx, err
}

func save(idx *Index) error {
	f, err := os.Create(".code-index.gob")
	if err != nil {
		return err
	}
	defer f.Close()
	return gob.NewEncoder(bufio.NewWriter(f)).Encode(idx)
}

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: indexer build|find|grep ARG")
		os.Exit(2)
	}
	switch os.Args[1] {
	case "build":
		idx, err := build(os.Args[2])
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if err := save(idx); err != nil {
			fmt.Fprintln(os.Stderr, err)
		}
		fmt.Printf("indexed %d files, %d symbols\n", len(idx.Files), len(idx.Symbols))
	case "find":
		fmt.Println("see .code-index.gob")
	}
	flushStats()
}
