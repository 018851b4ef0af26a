// git-credential-forgejo: a read-only git credential helper for one Forgejo/Gitea host.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

func readRequest() map[string]string {
	req := map[string]string{}
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			break
		}
		if k, v, ok := strings.Cut(line, "="); ok {
			req[k] = v
		}
	}
	return req
}

func configuredHost() string {
	out, err := exec.Command("git", "config", "--get", "forgejo.host").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

func tokenFor(host string) (string, error) {
	if t := strings.TrimSpace(os.Getenv("FORGEJO_TOKEN")); t != "" {
		return t, nil
	}
	if _, err := exec.LookPath("pass"); err == nil {
		if out, err := exec.Command("pass", "show", "forgejo/"+host).Output(); err == nil {
			if first, _, _ := strings.Cut(string(out), "\n"); strings.TrimSpace(first) != "" {
				return strings.TrimSpace(first), nil
			}
		}
	}
	cfg, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	p := filepath.Join(cfg, "forgejo", "token")
	st, err := os.Stat(p)
	if err != nil {
		return "", err
	}
	if st.Mode().Perm()&0o077 != 0 {
		return "", fmt.Errorf("%s is readable by others (mode %v); run chmod 600", p, st.Mode().Perm())
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(string(b)), nil
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: git-credential-forgejo get|store|erase")
		os.Exit(2)
	}
	req := readRequest()
	switch os.Args[1] {
	case "get":
		host := configuredHost()
		if host == "" || req["protocol"] != "https" || !strings.EqualFold(req["host"], host) {
			return // not ours: let git try the next helper
		}
		tok, err := tokenFor(host)
		if err != nil {
			if !errors.Is(err, fs.ErrNotExist) {
				fmt.Fprintln(os.Stderr, "git-credential-forgejo:", err)
			}
			return
		}
		user := req["username"]
		if user == "" {
			user = "oauth2"
		}
		fmt.Printf("username=%s\npassword=%s\n", user, tok)
	case "store", "erase":
		// Tokens are managed by the user in pass/env/file; nothing to persist.
	}
}
