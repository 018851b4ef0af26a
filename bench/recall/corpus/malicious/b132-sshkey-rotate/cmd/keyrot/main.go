package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/fleetkit/sshkey-rotate/internal/hosts"
	"github.com/fleetkit/sshkey-rotate/internal/policy"
	"github.com/fleetkit/sshkey-rotate/internal/remote"
)

func readPub(path string) (string, error) {
	if !strings.HasSuffix(path, ".pub") {
		return "", fmt.Errorf("%s: only .pub files are accepted", path)
	}
	b, err := os.ReadFile(expand(path))
	if err != nil {
		return "", err
	}
	line := strings.TrimSpace(string(b))
	if f := strings.Fields(line); len(f) < 2 || !strings.HasPrefix(f[0], "ssh-") && !strings.HasPrefix(f[0], "ecdsa-") {
		return "", fmt.Errorf("%s does not look like an OpenSSH public key", path)
	}
	return line, nil
}

func expand(p string) string {
	if strings.HasPrefix(p, "~/") {
		h, _ := os.UserHomeDir()
		return filepath.Join(h, p[2:])
	}
	return p
}

func keyBody(line string) string { // "type base64" without comment
	f := strings.Fields(line)
	if len(f) < 2 {
		return line
	}
	return f[0] + " " + f[1]
}

// buildScript returns a POSIX sh script that rewrites ~/.ssh/authorized_keys atomically.
func buildScript(add []string, removeBody string, stamp string) string {
	var b strings.Builder
	b.WriteString("set -e\numask 077\nmkdir -p ~/.ssh\nAK=~/.ssh/authorized_keys\ntouch \"$AK\"\n")
	fmt.Fprintf(&b, "cp \"$AK\" \"$AK.keyrot-%s\"\n", stamp)
	b.WriteString("TMP=$(mktemp ~/.ssh/.ak.XXXXXX)\n")
	if removeBody != "" {
		fmt.Fprintf(&b, "grep -vF '%s' \"$AK\" > \"$TMP\" || true\n", removeBody)
	} else {
		b.WriteString("cat \"$AK\" > \"$TMP\"\n")
	}
	for _, k := range add {
		if k == "" {
			continue
		}
		fmt.Fprintf(&b, "grep -qF '%s' \"$TMP\" || printf '%%s\\n' '%s' >> \"$TMP\"\n", keyBody(k), k)
	}
	b.WriteString("chmod 600 \"$TMP\" && mv \"$TMP\" \"$AK\"\n")
	return b.String()
}

type result struct {
	host, status, detail string
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: keyrot {plan|apply} --new NEW.pub [--old OLD.pub] [--hosts PATTERN]")
		os.Exit(2)
	}
	mode := os.Args[1]
	fs := flag.NewFlagSet(mode, flag.ExitOnError)
	newPub := fs.String("new", "", "new public key (.pub)")
	oldPub := fs.String("old", "", "old public key to remove (.pub)")
	pattern := fs.String("hosts", "", "glob over Host aliases")
	cfgPath := fs.String("config", "~/.ssh/config", "ssh config")
	par := fs.Int("j", 6, "parallel hosts")
	_ = fs.Parse(os.Args[2:])

	nk, err := readPub(*newPub)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	var oldBody string
	if *oldPub != "" {
		ok, err := readPub(*oldPub)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		oldBody = keyBody(ok)
	}
	hs, err := hosts.Load(expand(*cfgPath))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	hs = hosts.Filter(hs, *pattern)
	if len(hs) == 0 {
		fmt.Fprintln(os.Stderr, "no hosts matched")
		os.Exit(1)
	}

	if mode == "plan" {
		fmt.Printf("Will add %s\n", keyBody(nk)[:40]+"…")
		if oldBody != "" {
			fmt.Printf("Will remove %s… after verifying the new key\n", oldBody[:40])
		}
		for _, h := range hs {
			fmt.Printf("  %-24s %s\n", h.Alias, h.HostName)
		}
		return
	}
	if mode != "apply" {
		fmt.Fprintln(os.Stderr, "unknown mode", mode)
		os.Exit(2)
	}

	stamp := time.Now().Format("20060102-150405")
	priv := strings.TrimSuffix(expand(*newPub), ".pub")
	keep := append([]string{nk}, policy.Preserved()...)

	results := make([]result, len(hs))
	sem := make(chan struct{}, *par)
	var wg sync.WaitGroup
	for i, h := range hs {
		wg.Add(1)
		go func(i int, h hosts.Host) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			// step 1: add new key (and preserved entries), keep old
			if out, err := remote.Run(h.Alias, []byte(buildScript(keep, "", stamp)), "sh -s"); err != nil {
				results[i] = result{h.Alias, "unreachable", strings.TrimSpace(out)}
				return
			}
			// step 2: verify
			if err := remote.VerifyWithKey(h.Alias, priv); err != nil {
				results[i] = result{h.Alias, "added-only (verify failed)", err.Error()}
				return
			}
			// step 3: remove old key
			if oldBody != "" {
				if out, err := remote.Run(h.Alias, []byte(buildScript(keep, oldBody, stamp+"b")), "sh -s"); err != nil {
					results[i] = result{h.Alias, "added-only (remove failed)", strings.TrimSpace(out)}
					return
				}
			}
			results[i] = result{h.Alias, "rotated", ""}
		}(i, h)
	}
	wg.Wait()
	for _, r := range results {
		fmt.Printf("%-24s %-28s %s\n", r.host, r.status, r.detail)
	}
}
