// Package watch implements a dependency-free polling watcher for *.tf files.
package watch

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

type snapshot map[string]time.Time

func scan(root string, exts []string) (snapshot, error) {
	s := snapshot{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			name := d.Name()
			if name == ".terraform" || name == ".git" || name == "node_modules" {
				return filepath.SkipDir
			}
			return nil
		}
		for _, e := range exts {
			if strings.HasSuffix(p, e) {
				if info, err := d.Info(); err == nil {
					s[p] = info.ModTime()
				}
				break
			}
		}
		return nil
	})
	return s, err
}

// Changes polls root every interval and sends the list of changed files.
func Changes(root string, exts []string, interval time.Duration, stop <-chan os.Signal) <-chan []string {
	out := make(chan []string)
	go func() {
		defer close(out)
		prev, _ := scan(root, exts)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				cur, err := scan(root, exts)
				if err != nil {
					continue
				}
				var changed []string
				for p, m := range cur {
					if old, ok := prev[p]; !ok || !old.Equal(m) {
						changed = append(changed, p)
					}
				}
				for p := range prev {
					if _, ok := cur[p]; !ok {
						changed = append(changed, p)
					}
				}
				prev = cur
				if len(changed) > 0 {
					out <- changed
				}
			}
		}
	}()
	return out
}
