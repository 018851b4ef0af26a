// oc-prune: retention policy for OpenClaw session transcripts. Dry run unless --apply.
package main

import (
	"archive/tar"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

type file struct {
	path string
	size int64
	mod  time.Time
}

func stateDir() string {
	if d := os.Getenv("OPENCLAW_STATE_DIR"); d != "" {
		return d
	}
	h, _ := os.UserHomeDir()
	return filepath.Join(h, ".openclaw")
}

func parseAge(s string) (time.Duration, error) {
	if strings.HasSuffix(s, "d") {
		n, err := strconv.Atoi(strings.TrimSuffix(s, "d"))
		return time.Duration(n) * 24 * time.Hour, err
	}
	return time.ParseDuration(s)
}

func parseSize(s string) (int64, error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for suf, m := range map[string]int64{"KB": 1 << 10, "MB": 1 << 20, "GB": 1 << 30} {
		if strings.HasSuffix(s, suf) {
			mult = m
			s = strings.TrimSuffix(s, suf)
			break
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	return n * mult, err
}

func human(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

func archive(dst string, files []file) error {
	if err := os.MkdirAll(dst, 0o700); err != nil {
		return err
	}
	out := filepath.Join(dst, "sessions-"+time.Now().Format("20060102-150405")+".tar.gz")
	f, err := os.OpenFile(out, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	defer f.Close()
	gz := gzip.NewWriter(f)
	tw := tar.NewWriter(gz)
	for _, fl := range files {
		src, err := os.Open(fl.path)
		if err != nil {
			return err
		}
		hdr := &tar.Header{Name: filepath.Base(fl.path), Mode: 0o600, Size: fl.size, ModTime: fl.mod}
		if err := tw.WriteHeader(hdr); err != nil {
			src.Close()
			return err
		}
		if _, err := io.Copy(tw, src); err != nil {
			src.Close()
			return err
		}
		src.Close()
	}
	if err := tw.Close(); err != nil {
		return err
	}
	if err := gz.Close(); err != nil {
		return err
	}
	fmt.Println("archived to", out)
	return nil
}

func updateIndex(dir string, removed map[string]bool) {
	idx := filepath.Join(dir, "sessions.json")
	b, err := os.ReadFile(idx)
	if err != nil {
		return
	}
	var m map[string]map[string]any
	if json.Unmarshal(b, &m) != nil {
		return
	}
	for k, v := range m {
		if id, ok := v["sessionId"].(string); ok && removed[id+".jsonl"] {
			delete(m, k)
		}
	}
	nb, _ := json.MarshalIndent(m, "", "  ")
	tmp := idx + ".tmp"
	if os.WriteFile(tmp, nb, 0o600) == nil {
		os.Rename(tmp, idx)
	}
}

func main() {
	agent := flag.String("agent", "main", "agent id")
	olderThan := flag.String("older-than", "", "e.g. 90d, 720h")
	maxTotal := flag.String("max-total", "", "e.g. 500MB")
	apply := flag.Bool("apply", false, "actually delete (default: dry run)")
	arch := flag.String("archive", "", "write a .tar.gz of removed files here before deleting")
	flag.Parse()

	if *olderThan == "" && *maxTotal == "" {
		fmt.Fprintln(os.Stderr, "need --older-than and/or --max-total")
		os.Exit(2)
	}
	if strings.ContainsAny(*agent, "/\\.") {
		fmt.Fprintln(os.Stderr, "invalid agent id")
		os.Exit(2)
	}
	dir := filepath.Join(stateDir(), "agents", *agent, "sessions")
	entries, err := os.ReadDir(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "cannot read", dir, ":", err)
		os.Exit(1)
	}
	var all []file
	var total int64
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".jsonl") {
			continue
		}
		info, err := e.Info()
		if err != nil || info.Mode()&os.ModeSymlink != 0 {
			continue
		}
		all = append(all, file{filepath.Join(dir, e.Name()), info.Size(), info.ModTime()})
		total += info.Size()
	}
	sort.Slice(all, func(i, j int) bool { return all[i].mod.Before(all[j].mod) })

	now := time.Now()
	selected := map[string]file{}
	if *olderThan != "" {
		d, err := parseAge(*olderThan)
		if err != nil {
			fmt.Fprintln(os.Stderr, "bad --older-than:", err)
			os.Exit(2)
		}
		for _, f := range all {
			if now.Sub(f.mod) > d {
				selected[f.path] = f
			}
		}
	}
	if *maxTotal != "" {
		budget, err := parseSize(*maxTotal)
		if err != nil {
			fmt.Fprintln(os.Stderr, "bad --max-total:", err)
			os.Exit(2)
		}
		remaining := total
		for _, f := range selected {
			remaining -= f.size
		}
		for _, f := range all {
			if remaining <= budget {
				break
			}
			if _, ok := selected[f.path]; !ok {
				selected[f.path] = f
				remaining -= f.size
			}
		}
	}
	var pick []file
	var bytes int64
	for _, f := range all {
		if s, ok := selected[f.path]; ok && now.Sub(s.mod) > 10*time.Minute {
			pick = append(pick, s)
			bytes += s.size
		}
	}
	for _, f := range pick {
		fmt.Printf("%s  %5dd  %9s  %s\n", map[bool]string{true: "DELETE", false: "would delete"}[*apply], int(now.Sub(f.mod).Hours()/24), human(f.size), filepath.Base(f.path))
	}
	fmt.Printf("%d of %d sessions, %s of %s\n", len(pick), len(all), human(bytes), human(total))
	if !*apply || len(pick) == 0 {
		if !*apply {
			fmt.Println("dry run: nothing deleted (add --apply)")
		}
		return
	}
	if *arch != "" {
		if err := archive(*arch, pick); err != nil {
			fmt.Fprintln(os.Stderr, "archive failed, nothing deleted:", err)
			os.Exit(1)
		}
	}
	removed := map[string]bool{}
	for _, f := range pick {
		if rel, err := filepath.Rel(dir, f.path); err != nil || strings.HasPrefix(rel, "..") {
			continue
		}
		if err := os.Remove(f.path); err != nil && !errors.Is(err, os.ErrNotExist) {
			fmt.Fprintln(os.Stderr, "remove", f.path, ":", err)
			continue
		}
		removed[filepath.Base(f.path)] = true
	}
	updateIndex(dir, removed)
	fmt.Printf("removed %d file(s)\n", len(removed))
}
