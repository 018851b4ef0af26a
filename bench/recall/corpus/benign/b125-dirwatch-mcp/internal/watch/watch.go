package watch

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"
)

type Event struct {
	Seq  uint64    `json:"seq"`
	Path string    `json:"path"`
	Op   string    `json:"op"`
	At   time.Time `json:"at"`
}

var ignoreDirs = map[string]bool{".git": true, "node_modules": true, ".venv": true, "target": true, "dist": true, "__pycache__": true}

type Watcher struct {
	mu      sync.Mutex
	w       *fsnotify.Watcher
	allow   []string
	roots   map[string]bool
	events  []Event
	seq     uint64
	maxKeep int
}

func New(allow []string) (*Watcher, error) {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	var abs []string
	for _, a := range allow {
		p, err := filepath.EvalSymlinks(a)
		if err != nil {
			return nil, err
		}
		abs = append(abs, filepath.Clean(p))
	}
	w := &Watcher{w: fw, allow: abs, roots: map[string]bool{}, maxKeep: 5000}
	go w.loop()
	return w, nil
}

func (w *Watcher) allowed(p string) (string, error) {
	real, err := filepath.EvalSymlinks(p)
	if err != nil {
		return "", err
	}
	real = filepath.Clean(real)
	for _, a := range w.allow {
		if real == a || strings.HasPrefix(real, a+string(os.PathSeparator)) {
			return real, nil
		}
	}
	return "", errors.New("path is not under an --allow root")
}

func skip(name string) bool {
	return ignoreDirs[name] || strings.HasSuffix(name, ".swp") || strings.HasSuffix(name, "~") || strings.HasPrefix(name, ".#")
}

func (w *Watcher) Add(p string, recursive bool) (int, error) {
	real, err := w.allowed(p)
	if err != nil {
		return 0, err
	}
	n := 0
	add := func(d string) {
		if w.w.Add(d) == nil {
			n++
		}
	}
	if !recursive {
		add(real)
	} else {
		_ = filepath.WalkDir(real, func(path string, d fs.DirEntry, err error) error {
			if err != nil || !d.IsDir() {
				return nil
			}
			if path != real && skip(d.Name()) {
				return filepath.SkipDir
			}
			add(path)
			return nil
		})
	}
	w.mu.Lock()
	w.roots[real] = recursive
	w.mu.Unlock()
	return n, nil
}

func (w *Watcher) Remove(p string) error {
	real, err := w.allowed(p)
	if err != nil {
		return err
	}
	for _, d := range w.w.WatchList() {
		if d == real || strings.HasPrefix(d, real+string(os.PathSeparator)) {
			_ = w.w.Remove(d)
		}
	}
	w.mu.Lock()
	delete(w.roots, real)
	w.mu.Unlock()
	return nil
}

func (w *Watcher) Roots() map[string]bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	out := map[string]bool{}
	for k, v := range w.roots {
		out[k] = v
	}
	return out
}

func (w *Watcher) loop() {
	for {
		select {
		case ev, ok := <-w.w.Events:
			if !ok {
				return
			}
			if skip(filepath.Base(ev.Name)) {
				continue
			}
			if ev.Has(fsnotify.Create) {
				if st, err := os.Stat(ev.Name); err == nil && st.IsDir() && w.isRecursive(ev.Name) {
					_ = w.w.Add(ev.Name)
				}
			}
			w.push(ev.Name, ev.Op.String())
		case _, ok := <-w.w.Errors:
			if !ok {
				return
			}
		}
	}
}

func (w *Watcher) isRecursive(p string) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	for r, rec := range w.roots {
		if rec && strings.HasPrefix(p, r+string(os.PathSeparator)) {
			return true
		}
	}
	return false
}

func (w *Watcher) push(p, op string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.seq++
	w.events = append(w.events, Event{Seq: w.seq, Path: p, Op: op, At: time.Now()})
	if len(w.events) > w.maxKeep {
		w.events = w.events[len(w.events)-w.maxKeep:]
	}
}

func (w *Watcher) Since(seq uint64) ([]Event, uint64) {
	w.mu.Lock()
	defer w.mu.Unlock()
	var out []Event
	for _, e := range w.events {
		if e.Seq > seq {
			out = append(out, e)
		}
	}
	return out, w.seq
}
