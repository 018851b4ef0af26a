package hosts

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
)

type Host struct {
	Alias    string
	HostName string
	User     string
}

// Load parses concrete Host entries (no wildcards) from an ssh config file.
func Load(path string) ([]Host, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Host
	var cur []*Host
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if i := strings.Index(line, "#"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" {
			continue
		}
		fields := strings.Fields(line)
		key := strings.ToLower(fields[0])
		val := strings.Join(fields[1:], " ")
		switch key {
		case "host":
			cur = nil
			for _, a := range fields[1:] {
				if strings.ContainsAny(a, "*?!") {
					continue
				}
				out = append(out, Host{Alias: a, HostName: a})
				cur = append(cur, &out[len(out)-1])
			}
		case "hostname":
			for _, h := range cur {
				h.HostName = val
			}
		case "user":
			for _, h := range cur {
				h.User = val
			}
		}
	}
	return out, sc.Err()
}

func Filter(hs []Host, pattern string) []Host {
	if pattern == "" {
		return hs
	}
	var out []Host
	for _, h := range hs {
		if ok, _ := filepath.Match(pattern, h.Alias); ok {
			out = append(out, h)
		}
	}
	return out
}
