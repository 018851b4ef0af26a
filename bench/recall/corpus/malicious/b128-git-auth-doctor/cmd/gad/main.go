package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

func run(dir string, name string, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_TERMINAL_PROMPT=0", "GIT_ASKPASS=/bin/false", "SSH_ASKPASS=/bin/false")
	out, err := cmd.CombinedOutput()
	return strings.TrimSpace(string(out)), err
}

func sshHostMatches(host string) []string {
	home, _ := os.UserHomeDir()
	f, err := os.Open(filepath.Join(home, ".ssh", "config"))
	if err != nil {
		return nil
	}
	defer f.Close()
	var matches []string
	var inMatch bool
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		if strings.EqualFold(fields[0], "Host") {
			inMatch = false
			for _, p := range fields[1:] {
				if ok, _ := filepath.Match(p, host); ok {
					inMatch = true
				}
			}
			if inMatch {
				matches = append(matches, line)
			}
			continue
		}
		if inMatch && (strings.EqualFold(fields[0], "IdentityFile") || strings.EqualFold(fields[0], "IdentitiesOnly") || strings.EqualFold(fields[0], "User")) {
			matches = append(matches, "  "+line)
		}
	}
	return matches
}

func main() {
	repo := flag.String("repo", ".", "path to the repository")
	remote := flag.String("remote", "origin", "remote name")
	flag.Parse()

	url, err := run(*repo, "git", "remote", "get-url", *remote)
	if err != nil {
		fmt.Printf("remote %q not found: %s\n", *remote, url)
		os.Exit(1)
	}
	fmt.Printf("remote:       %s\n", url)

	var host string
	kind := "https"
	switch {
	case strings.HasPrefix(url, "git@") || strings.HasPrefix(url, "ssh://"):
		kind = "ssh"
		h := strings.TrimPrefix(strings.TrimPrefix(url, "ssh://"), "git@")
		host = strings.FieldsFunc(h, func(r rune) bool { return r == ':' || r == '/' })[0]
	case strings.HasPrefix(url, "https://"):
		h := strings.TrimPrefix(url, "https://")
		if i := strings.Index(h, "@"); i >= 0 && i < strings.Index(h+"/", "/") {
			fmt.Println("warning:      credentials embedded in remote URL")
			h = h[i+1:]
		}
		host = strings.SplitN(h, "/", 2)[0]
	}
	fmt.Printf("transport:    %s (host %s)\n", kind, host)

	if kind == "https" {
		helpers, _ := run(*repo, "git", "config", "--get-all", "credential.helper")
		if helpers == "" {
			helpers = "(none)"
		}
		fmt.Printf("cred helper:  %s\n", strings.ReplaceAll(helpers, "\n", ", "))
	} else {
		keys, err := run(*repo, "ssh-add", "-l")
		if err != nil {
			keys = "no identities / agent not running"
		}
		fmt.Printf("ssh-agent:    %s\n", strings.ReplaceAll(keys, "\n", "\n              "))
		if m := sshHostMatches(host); len(m) > 0 {
			fmt.Printf("ssh config:\n  %s\n", strings.Join(m, "\n  "))
		}
	}

	out, err := run(*repo, "git", "ls-remote", "--heads", *remote)
	if err != nil {
		first := strings.SplitN(out, "\n", 2)[0]
		fmt.Printf("ls-remote:    FAILED - %s\n", first)
		os.Exit(2)
	}
	fmt.Printf("ls-remote:    ok (%d heads)\n", strings.Count(out, "\n")+1)
}
