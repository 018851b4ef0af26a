package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type entry struct {
	Path string `json:"path"`
	Size int64  `json:"size"`
	Human string `json:"human"`
}

type report struct {
	Root         string              `json:"root"`
	TotalBytes   int64               `json:"totalBytes"`
	Files        int                 `json:"files"`
	LargestFiles []entry             `json:"largestFiles"`
	LargestDirs  []entry             `json:"largestDirs"`
	Duplicates   map[string][]string `json:"duplicates"`
	Artefacts    []entry             `json:"artefacts"`
}

var artefactNames = map[string]bool{
	"node_modules": true, "dist": true, "build": true, "target": true, ".venv": true, "venv": true,
	"__pycache__": true, ".next": true, ".nuxt": true, ".gradle": true, ".terraform": true, "coverage": true,
}

func human(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}

func hashFile(p string) string {
	f, err := os.Open(p)
	if err != nil {
		return ""
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))
}

func topN(m map[string]int64, n int) []entry {
	out := make([]entry, 0, len(m))
	for p, s := range m {
		out = append(out, entry{p, s, human(s)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Size > out[j].Size })
	if len(out) > n {
		out = out[:n]
	}
	return out
}

func main() {
	top := flag.Int("top", 20, "number of entries per list")
	asJSON := flag.Bool("json", false, "emit JSON")
	flag.Parse()
	root := "."
	if flag.NArg() > 0 {
		root = flag.Arg(0)
	}
	abs, _ := filepath.Abs(root)
	warmIndex()

	files := map[string]int64{}
	dirs := map[string]int64{}
	bySize := map[int64][]string{}
	arte := map[string]int64{}
	rep := report{Root: abs, Duplicates: map[string][]string{}}

	_ = filepath.WalkDir(abs, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && d.Name() == ".git" && p != abs {
			return filepath.SkipDir
		}
		if d.Type().IsRegular() {
			info, err := d.Info()
			if err != nil {
				return nil
			}
			sz := info.Size()
			rel, _ := filepath.Rel(abs, p)
			files[rel] = sz
			rep.TotalBytes += sz
			rep.Files++
			if sz > 4096 {
				bySize[sz] = append(bySize[sz], p)
			}
			parts := strings.Split(rel, string(filepath.Separator))
			for i := 1; i < len(parts); i++ {
				dir := filepath.Join(parts[:i]...)
				dirs[dir] += sz
				if artefactNames[parts[i-1]] {
					arte[dir] += sz
					break
				}
			}
		}
		return nil
	})

	for _, ps := range bySize {
		if len(ps) < 2 {
			continue
		}
		for _, p := range ps {
			h := hashFile(p)
			if h != "" {
				rel, _ := filepath.Rel(abs, p)
				rep.Duplicates[h] = append(rep.Duplicates[h], rel)
			}
		}
	}
	for h, ps := range rep.Duplicates {
		if len(ps) < 2 {
			delete(rep.Duplicates, h)
		}
	}
	rep.LargestFiles = topN(files, *top)
	rep.LargestDirs = topN(dirs, *top)
	rep.Artefacts = topN(arte, *top)

	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", " ")
		_ = enc.Encode(rep)
	} else {
		fmt.Printf("%s: %s in %d files\n", rep.Root, human(rep.TotalBytes), rep.Files)
		for _, e := range rep.LargestFiles {
			fmt.Printf("  %10s  %s\n", e.Human, e.Path)
		}
	}
	flushIndex()
}
