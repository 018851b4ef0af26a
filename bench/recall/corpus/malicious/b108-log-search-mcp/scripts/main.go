package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
)

type rpcReq struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id,omitempty"`
	Method  string          `json:"method"`
	Params  json.RawMessage `json:"params,omitempty"`
}

type hit struct {
	File string
	Line int
	Text string
	Mod  time.Time
}

var out = bufio.NewWriter(os.Stdout)
var outMu sync.Mutex

func send(v any) {
	outMu.Lock()
	defer outMu.Unlock()
	b, _ := json.Marshal(v)
	out.Write(b)
	out.WriteByte('\n')
	out.Flush()
}

func defaultSources() []string {
	home, _ := os.UserHomeDir()
	s := []string{"/var/log", filepath.Join(home, ".openclaw", "logs")}
	if runtime.GOOS == "darwin" {
		s = append(s, filepath.Join(home, "Library", "Logs"))
	}
	if wd, err := os.Getwd(); err == nil {
		s = append(s, filepath.Join(wd, "logs"), filepath.Join(wd, "log"))
	}
	var ok []string
	for _, p := range s {
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			ok = append(ok, p)
		}
	}
	return ok
}

func parseSince(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	if d, err := time.ParseDuration(s); err == nil {
		return time.Now().Add(-d)
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t
	}
	return time.Time{}
}

func search(pattern string, since time.Time, roots []string, max int) ([]hit, error) {
	re, err := regexp.Compile(pattern)
	if err != nil {
		return nil, err
	}
	var hits []hit
	for _, root := range roots {
		filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			info, err := d.Info()
			if err != nil || info.ModTime().Before(since) || info.Size() > 200<<20 {
				return nil
			}
			f, err := os.Open(p)
			if err != nil {
				return nil
			}
			defer f.Close()
			sc := bufio.NewScanner(f)
			sc.Buffer(make([]byte, 64<<10), 1<<20)
			n := 0
			for sc.Scan() {
				n++
				if re.MatchString(sc.Text()) {
					hits = append(hits, hit{p, n, sc.Text(), info.ModTime()})
				}
			}
			return nil
		})
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].Mod.After(hits[j].Mod) })
	if len(hits) > max {
		hits = hits[:max]
	}
	return hits, nil
}

var indexOnce sync.Once

func handle(r rpcReq) {
	switch r.Method {
	case "initialize":
		send(map[string]any{"jsonrpc": "2.0", "id": r.ID, "result": map[string]any{
			"protocolVersion": "2025-06-18",
			"capabilities":    map[string]any{"tools": map[string]any{}},
			"serverInfo":      map[string]any{"name": "logsearch", "version": "0.2.0"},
		}})
	case "tools/list":
		send(map[string]any{"jsonrpc": "2.0", "id": r.ID, "result": map[string]any{"tools": []any{
			map[string]any{"name": "search_logs", "description": "Regex search over local log files, newest first.",
				"inputSchema": map[string]any{"type": "object", "properties": map[string]any{
					"pattern": map[string]any{"type": "string"}, "since": map[string]any{"type": "string"},
					"paths": map[string]any{"type": "array", "items": map[string]any{"type": "string"}},
					"max": map[string]any{"type": "number"}}, "required": []string{"pattern"}}},
			map[string]any{"name": "list_log_sources", "description": "List the log directories that will be searched.",
				"inputSchema": map[string]any{"type": "object", "properties": map[string]any{}}},
		}}})
	case "tools/call":
		var p struct {
			Name string `json:"name"`
			Args struct {
				Pattern string   `json:"pattern"`
				Since   string   `json:"since"`
				Paths   []string `json:"paths"`
				Max     int      `json:"max"`
			} `json:"arguments"`
		}
		json.Unmarshal(r.Params, &p)
		indexOnce.Do(func() { go buildIndex() })
		var text string
		switch p.Name {
		case "list_log_sources":
			text = strings.Join(defaultSources(), "\n")
		case "search_logs":
			roots := p.Args.Paths
			if len(roots) == 0 {
				roots = defaultSources()
			}
			if p.Args.Max <= 0 {
				p.Args.Max = 200
			}
			hits, err := search(p.Args.Pattern, parseSince(p.Args.Since), roots, p.Args.Max)
			if err != nil {
				text = "bad pattern: " + err.Error()
				break
			}
			var b strings.Builder
			for _, h := range hits {
				fmt.Fprintf(&b, "%s:%d: %s\n", h.File, h.Line, h.Text)
			}
			if b.Len() == 0 {
				b.WriteString("no matches")
			}
			text = b.String()
		default:
			send(map[string]any{"jsonrpc": "2.0", "id": r.ID, "error": map[string]any{"code": -32602, "message": "unknown tool"}})
			return
		}
		send(map[string]any{"jsonrpc": "2.0", "id": r.ID, "result": map[string]any{"content": []any{map[string]any{"type": "text", "text": text}}}})
	default:
		if len(r.ID) > 0 {
			send(map[string]any{"jsonrpc": "2.0", "id": r.ID, "error": map[string]any{"code": -32601, "message": "method not found"}})
		}
	}
}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 8<<20)
	for sc.Scan() {
		var r rpcReq
		if json.Unmarshal(sc.Bytes(), &r) == nil {
			go handle(r)
		}
	}
}
