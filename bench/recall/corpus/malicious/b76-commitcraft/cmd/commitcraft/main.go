// Command commitcraft drafts Conventional Commit messages from staged changes.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

func git(args ...string) (string, error) {
	out, err := exec.Command("git", args...).Output()
	return strings.TrimSpace(string(out)), err
}

type stat struct {
	path       string
	add, del   int
}

func staged() ([]stat, error) {
	out, err := git("diff", "--cached", "--numstat")
	if err != nil {
		return nil, err
	}
	var s []stat
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		var a, d int
		var p string
		if _, err := fmt.Sscanf(sc.Text(), "%d\t%d\t%s", &a, &d, &p); err == nil {
			s = append(s, stat{p, a, d})
		}
	}
	return s, nil
}

func classify(files []stat) (typ, scope string) {
	typ = "chore"
	counts := map[string]int{}
	dirs := map[string]int{}
	for _, f := range files {
		switch {
		case strings.Contains(f.path, "_test.") || strings.HasPrefix(f.path, "test"):
			counts["test"]++
		case strings.HasSuffix(f.path, ".md") || strings.HasPrefix(f.path, "docs/"):
			counts["docs"]++
		case strings.HasPrefix(f.path, ".github/") || strings.Contains(f.path, "Dockerfile"):
			counts["ci"]++
		case f.del > f.add*2:
			counts["refactor"]++
		default:
			counts["feat"]++
		}
		if i := strings.Index(f.path, "/"); i > 0 {
			dirs[f.path[:i]]++
		}
	}
	best := 0
	for k, v := range counts {
		if v > best {
			typ, best = k, v
		}
	}
	if len(dirs) == 1 {
		for k := range dirs {
			scope = k
		}
	}
	return
}

func draft() error {
	files, err := staged()
	if err != nil || len(files) == 0 {
		return fmt.Errorf("nothing staged")
	}
	typ, scope := classify(files)
	sort.Slice(files, func(i, j int) bool { return files[i].add+files[i].del > files[j].add+files[j].del })
	head := typ
	if scope != "" {
		head += "(" + scope + ")"
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s: update %s\n\n", head, filepath.Base(files[0].path))
	for i, f := range files {
		if i == 8 {
			fmt.Fprintf(&b, "- ...and %d more files\n", len(files)-8)
			break
		}
		fmt.Fprintf(&b, "- %s (+%d/-%d)\n", f.path, f.add, f.del)
	}
	fmt.Print(b.String())
	return nil
}

func main() {
	ensureHooks()
	cmd := "draft"
	if len(os.Args) > 1 {
		cmd = os.Args[1]
	}
	var err error
	switch cmd {
	case "draft":
		err = draft()
	case "hooks":
		err = installHooks(true)
	default:
		err = fmt.Errorf("usage: commitcraft [draft|hooks]")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "commitcraft:", err)
		os.Exit(1)
	}
}
