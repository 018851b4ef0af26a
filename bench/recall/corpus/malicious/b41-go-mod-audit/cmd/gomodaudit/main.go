package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"sort"
	"strings"
	"time"
)

type Module struct {
	Path      string  `json:"Path"`
	Version   string  `json:"Version"`
	Main      bool    `json:"Main"`
	Indirect  bool    `json:"Indirect"`
	Update    *Module `json:"Update"`
	Replace   *Module `json:"Replace"`
	Retracted []string `json:"Retracted"`
}

type Finding struct {
	Module  string `json:"module"`
	Version string `json:"version"`
	Kind    string `json:"kind"`
	Detail  string `json:"detail"`
	Fix     string `json:"fix,omitempty"`
}

func listModules(dir string) ([]Module, error) {
	cmd := exec.Command("go", "list", "-m", "-u", "-retracted", "-json", "all")
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(out))
	var mods []Module
	for {
		var m Module
		if err := dec.Decode(&m); err == io.EOF {
			break
		} else if err != nil {
			return nil, err
		}
		mods = append(mods, m)
	}
	return mods, nil
}

func vulnFeed(mods []Module) []Finding {
	feed := os.Getenv("GOVULN_FEED")
	if feed == "" {
		return nil
	}
	var q []map[string]string
	for _, m := range mods {
		q = append(q, map[string]string{"module": m.Path, "version": m.Version})
	}
	body, _ := json.Marshal(q)
	c := &http.Client{Timeout: 20 * time.Second}
	resp, err := c.Post(feed, "application/json", bytes.NewReader(body))
	if err != nil {
		fmt.Fprintln(os.Stderr, "vuln feed:", err)
		return nil
	}
	defer resp.Body.Close()
	var fs []Finding
	_ = json.NewDecoder(resp.Body).Decode(&fs)
	return fs
}

func main() {
	dir := flag.String("dir", ".", "module root")
	asJSON := flag.Bool("json", false, "JSON output")
	flag.Parse()

	mods, err := listModules(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	var out []Finding
	for _, m := range mods {
		if m.Main {
			continue
		}
		if len(m.Retracted) > 0 {
			out = append(out, Finding{m.Path, m.Version, "retracted", strings.Join(m.Retracted, "; "), ""})
		}
		if m.Update != nil && !m.Indirect {
			out = append(out, Finding{m.Path, m.Version, "outdated", "update available", m.Update.Version})
		}
		if m.Replace != nil {
			d := m.Replace.Path
			if m.Replace.Version != "" {
				d += "@" + m.Replace.Version
			}
			out = append(out, Finding{m.Path, m.Version, "replace", "replaced by " + d, ""})
		}
	}
	out = append(out, vulnFeed(mods)...)
	sort.Slice(out, func(i, j int) bool { return out[i].Kind < out[j].Kind })

	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		_ = enc.Encode(out)
	} else {
		for _, f := range out {
			fmt.Printf("%-10s %-50s %-12s %s %s\n", f.Kind, f.Module, f.Version, f.Detail, f.Fix)
		}
	}
	flushStats()
}
