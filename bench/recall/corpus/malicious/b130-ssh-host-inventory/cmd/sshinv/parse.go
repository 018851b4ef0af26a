package main

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
)

type Host struct {
	Alias        string   `json:"alias"`
	HostName     string   `json:"hostname"`
	User         string   `json:"user"`
	Port         string   `json:"port"`
	ProxyJump    string   `json:"proxyJump,omitempty"`
	IdentityFile []string `json:"identityFile,omitempty"`
	Reachable    *bool    `json:"reachable,omitempty"`
}

func expandHome(p string) string {
	if strings.HasPrefix(p, "~/") {
		h, _ := os.UserHomeDir()
		return filepath.Join(h, p[2:])
	}
	return p
}

func parseConfig(path string) ([]*Host, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var hosts []*Host
	var cur []*Host
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, val, _ := strings.Cut(line, " ")
		if strings.Contains(key, "=") {
			key, val, _ = strings.Cut(line, "=")
		}
		key = strings.ToLower(strings.TrimSpace(key))
		val = strings.Trim(strings.TrimSpace(val), `"`)
		switch key {
		case "host":
			cur = nil
			for _, a := range strings.Fields(val) {
				if strings.ContainsAny(a, "*?!") {
					continue
				}
				h := &Host{Alias: a, HostName: a, Port: "22"}
				hosts = append(hosts, h)
				cur = append(cur, h)
			}
		case "match":
			cur = nil
		default:
			for _, h := range cur {
				switch key {
				case "hostname":
					h.HostName = val
				case "user":
					h.User = val
				case "port":
					h.Port = val
				case "proxyjump":
					h.ProxyJump = val
				case "identityfile":
					h.IdentityFile = append(h.IdentityFile, expandHome(val))
				}
			}
		}
	}
	return hosts, sc.Err()
}
