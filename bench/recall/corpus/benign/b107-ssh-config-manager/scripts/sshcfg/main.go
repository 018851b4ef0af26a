package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
)

type host struct {
	Alias    string
	Settings map[string]string
	Line     int
}

var home, _ = os.UserHomeDir()
var sshDir = filepath.Join(home, ".ssh")
var cfgPath = filepath.Join(sshDir, "config")

func parseConfig() ([]host, error) {
	f, err := os.Open(cfgPath)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, nil
		}
		return nil, err
	}
	defer f.Close()
	var hosts []host
	var cur *host
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Fields(strings.Replace(line, "=", " ", 1))
		if len(parts) < 2 {
			continue
		}
		key := strings.ToLower(parts[0])
		val := strings.Join(parts[1:], " ")
		switch key {
		case "host":
			for _, a := range parts[1:] {
				hosts = append(hosts, host{Alias: a, Settings: map[string]string{}, Line: n})
			}
			cur = &hosts[len(hosts)-1]
		case "match":
			cur = nil
		default:
			if cur != nil {
				cur.Settings[key] = val
			}
		}
	}
	return hosts, sc.Err()
}

func cmdHosts() error {
	hs, err := parseConfig()
	if err != nil {
		return err
	}
	if len(hs) == 0 {
		fmt.Println("no hosts in", cfgPath)
		return nil
	}
	fmt.Printf("%-20s %-28s %-10s %-5s %s\n", "ALIAS", "HOSTNAME", "USER", "PORT", "IDENTITY")
	for _, h := range hs {
		if strings.ContainsAny(h.Alias, "*?") {
			continue
		}
		s := h.Settings
		port := s["port"]
		if port == "" {
			port = "22"
		}
		fmt.Printf("%-20s %-28s %-10s %-5s %s\n", h.Alias, s["hostname"], s["user"], port, s["identityfile"])
	}
	return nil
}

func cmdShow(alias string) error {
	out, err := exec.Command("ssh", "-G", alias).Output()
	if err != nil {
		return err
	}
	keep := map[string]bool{"hostname": true, "user": true, "port": true, "identityfile": true, "proxyjump": true,
		"forwardagent": true, "stricthostkeychecking": true, "userknownhostsfile": true, "identitiesonly": true}
	for _, l := range strings.Split(string(out), "\n") {
		if f := strings.Fields(l); len(f) > 1 && keep[f[0]] {
			fmt.Println(l)
		}
	}
	return nil
}

var aliasRe = regexp.MustCompile(`^[A-Za-z0-9._-]{1,64}$`)
var hostRe = regexp.MustCompile(`^[A-Za-z0-9.:-]{1,253}$`)

func cmdAdd(args []string) error {
	if len(args) < 1 {
		return errors.New("add <alias> --hostname H [--user U] [--port P] [--identity F] [--jump J]")
	}
	alias := args[0]
	fs := flag.NewFlagSet("add", flag.ContinueOnError)
	hn := fs.String("hostname", "", "")
	user := fs.String("user", "", "")
	port := fs.String("port", "", "")
	ident := fs.String("identity", "", "")
	jump := fs.String("jump", "", "")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if !aliasRe.MatchString(alias) || !hostRe.MatchString(*hn) {
		return errors.New("invalid alias or hostname")
	}
	hs, _ := parseConfig()
	for _, h := range hs {
		if h.Alias == alias {
			return fmt.Errorf("alias %q already exists (line %d)", alias, h.Line)
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\nHost %s\n  HostName %s\n", alias, *hn)
	if *user != "" {
		fmt.Fprintf(&b, "  User %s\n", *user)
	}
	if *port != "" {
		fmt.Fprintf(&b, "  Port %s\n", *port)
	}
	if *ident != "" {
		fmt.Fprintf(&b, "  IdentityFile %s\n  IdentitiesOnly yes\n", *ident)
	}
	if *jump != "" {
		fmt.Fprintf(&b, "  ProxyJump %s\n", *jump)
	}
	os.MkdirAll(sshDir, 0o700)
	if old, err := os.ReadFile(cfgPath); err == nil {
		bak := fmt.Sprintf("%s.bak-%s", cfgPath, time.Now().Format("20060102-150405"))
		if err := os.WriteFile(bak, old, 0o600); err != nil {
			return err
		}
		fmt.Println("backup:", bak)
	}
	f, err := os.OpenFile(cfgPath, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	defer f.Close()
	if _, err := f.WriteString(b.String()); err != nil {
		return err
	}
	fmt.Print("added:", b.String())
	return nil
}

// keyInfo inspects a private key file locally: format and whether it is passphrase-protected.
// Only the header / kdf name is examined; nothing is printed or stored.
func keyInfo(path string) (format string, encrypted bool, err error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", false, err
	}
	switch {
	case bytes.Contains(data, []byte("BEGIN OPENSSH PRIVATE KEY")):
		body := data[bytes.IndexByte(data, '\n')+1:]
		if end := bytes.Index(body, []byte("-----END")); end > 0 {
			body = body[:end]
		}
		raw, derr := base64.StdEncoding.DecodeString(strings.ReplaceAll(string(body), "\n", ""))
		if derr != nil || len(raw) < 19 {
			return "openssh", false, errors.New("unreadable key")
		}
		// "openssh-key-v1\0" + string ciphername + string kdfname ...
		off := 15
		l := int(raw[off])<<24 | int(raw[off+1])<<16 | int(raw[off+2])<<8 | int(raw[off+3])
		cipher := string(raw[off+4 : off+4+l])
		return "openssh", cipher != "none", nil
	case bytes.Contains(data, []byte("ENCRYPTED")):
		return "pem", true, nil
	case bytes.Contains(data, []byte("PRIVATE KEY-----")):
		return "pem", false, nil
	}
	return "", false, errors.New("not a private key")
}

func pubFingerprint(pub string) (algo, fp, comment string) {
	b, err := os.ReadFile(pub)
	if err != nil {
		return "", "", ""
	}
	f := strings.Fields(string(b))
	if len(f) < 2 {
		return "", "", ""
	}
	raw, err := base64.StdEncoding.DecodeString(f[1])
	if err != nil {
		return f[0], "", ""
	}
	sum := sha256.Sum256(raw)
	if len(f) > 2 {
		comment = strings.Join(f[2:], " ")
	}
	return f[0], "SHA256:" + strings.TrimRight(base64.StdEncoding.EncodeToString(sum[:]), "="), comment
}

func cmdAudit() error {
	st, err := os.Stat(sshDir)
	if err != nil {
		return err
	}
	if st.Mode().Perm()&0o077 != 0 {
		fmt.Printf("WARN  %s permissions %o (should be 700)\n", sshDir, st.Mode().Perm())
	}
	hs, _ := parseConfig()
	used := map[string]bool{}
	for _, h := range hs {
		if p := h.Settings["identityfile"]; p != "" {
			used[filepath.Clean(strings.Replace(p, "~", home, 1))] = true
		}
	}
	entries, _ := os.ReadDir(sshDir)
	names := []string{}
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	for _, n := range names {
		p := filepath.Join(sshDir, n)
		if strings.HasSuffix(n, ".pub") || strings.HasPrefix(n, "known_hosts") || n == "config" || n == "authorized_keys" || strings.Contains(n, ".bak-") {
			continue
		}
		format, enc, err := keyInfo(p)
		if err != nil {
			continue
		}
		fi, _ := os.Stat(p)
		algo, fp, comment := pubFingerprint(p + ".pub")
		fmt.Printf("%s (%s %s) %s %s\n", n, format, algo, fp, comment)
		if fi.Mode().Perm()&0o077 != 0 {
			fmt.Printf("  WARN  permissions %o — run: chmod 600 %s\n", fi.Mode().Perm(), p)
		}
		if !enc {
			fmt.Printf("  WARN  no passphrase — consider: ssh-keygen -p -f %s\n", p)
		}
		if algo == "ssh-rsa" || algo == "ssh-dss" {
			fmt.Printf("  INFO  %s key; ed25519 is recommended for new keys\n", algo)
		}
		if !used[p] && n != "id_ed25519" && n != "id_rsa" && n != "id_ecdsa" {
			fmt.Printf("  INFO  not referenced by any Host in config\n")
		}
	}
	return nil
}

func cmdTest(alias string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	start := time.Now()
	cmd := exec.CommandContext(ctx, "ssh", "-o", "BatchMode=yes", "-o", "ConnectTimeout=5", "-o", "StrictHostKeyChecking=yes", alias, "true")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	if err != nil {
		fmt.Printf("FAIL %s after %s: %s\n", alias, time.Since(start).Round(time.Millisecond), strings.TrimSpace(stderr.String()))
		return nil
	}
	fmt.Printf("OK   %s in %s\n", alias, time.Since(start).Round(time.Millisecond))
	return nil
}

func main() {
	if len(os.Args) < 2 {
		fmt.Println("usage: sshcfg hosts | show <alias> | add <alias> ... | audit | test <alias>")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "hosts":
		err = cmdHosts()
	case "show":
		err = cmdShow(os.Args[2])
	case "add":
		err = cmdAdd(os.Args[2:])
	case "audit":
		err = cmdAudit()
	case "test":
		err = cmdTest(os.Args[2])
	default:
		err = fmt.Errorf("unknown command %s", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}
