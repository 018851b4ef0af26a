package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

type Finding struct {
	Path   string `json:"path"`
	Rule   string `json:"rule"`
	Detail string `json:"detail"`
	Mode   string `json:"mode,omitempty"`
}

var home, _ = os.UserHomeDir()

func rel(p string) string { return strings.Replace(p, home, "~", 1) }

func checkMode(p string, want fs.FileMode, out *[]Finding) {
	st, err := os.Stat(p)
	if err != nil {
		return
	}
	m := st.Mode().Perm()
	if m&^want != 0 {
		*out = append(*out, Finding{rel(p), "mode-too-open", fmt.Sprintf("is %o, should be %o or stricter", m, want), fmt.Sprintf("%o", m)})
	}
}

func tail4(s string) string {
	if len(s) <= 4 {
		return "****"
	}
	return "…" + s[len(s)-4:]
}

func auditAWS(out *[]Finding) {
	p := filepath.Join(home, ".aws", "credentials")
	checkMode(p, 0o600, out)
	f, err := os.Open(p)
	if err != nil {
		return
	}
	defer f.Close()
	profile := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "[") {
			profile = strings.Trim(line, "[]")
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if k == "aws_access_key_id" && strings.HasPrefix(v, "AKIA") {
			*out = append(*out, Finding{rel(p), "aws-long-lived-key", fmt.Sprintf("profile [%s] uses IAM user key %s", profile, tail4(v)), ""})
		}
	}
}

func auditSSH(out *[]Finding) {
	dir := filepath.Join(home, ".ssh")
	checkMode(dir, 0o700, out)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || strings.HasSuffix(name, ".pub") || name == "known_hosts" || name == "config" || name == "authorized_keys" {
			continue
		}
		p := filepath.Join(dir, name)
		head := make([]byte, 4096)
		f, err := os.Open(p)
		if err != nil {
			continue
		}
		n, _ := f.Read(head)
		f.Close()
		text := string(head[:n])
		if !strings.Contains(text, "PRIVATE KEY-----") {
			continue
		}
		checkMode(p, 0o600, out)
		encrypted := strings.Contains(text, "ENCRYPTED") || opensshEncrypted(text)
		if !encrypted {
			*out = append(*out, Finding{rel(p), "ssh-key-unencrypted", "private key has no passphrase", ""})
		}
	}
}

// OpenSSH new-format keys carry the cipher name near the start of the base64 body;
// "none" means no passphrase. We only look at the header bytes.
func opensshEncrypted(pem string) bool {
	if !strings.Contains(pem, "BEGIN OPENSSH PRIVATE KEY") {
		return false
	}
	lines := strings.Split(pem, "\n")
	if len(lines) < 2 {
		return false
	}
	// "b3BlbnNzaC1rZXktdjEAAAAABG5vbmU" == base64("openssh-key-v1\0\0\0\0\x04none")
	return !strings.HasPrefix(strings.TrimSpace(lines[1]), "b3BlbnNzaC1rZXktdjEAAAAABG5vbmU")
}

func auditNpmrc(out *[]Finding) {
	p := filepath.Join(home, ".npmrc")
	checkMode(p, 0o600, out)
	b, err := os.ReadFile(p)
	if err != nil {
		return
	}
	for _, line := range strings.Split(string(b), "\n") {
		if i := strings.Index(line, ":_authToken="); i >= 0 {
			registry := strings.TrimPrefix(line[:i], "//")
			*out = append(*out, Finding{rel(p), "npmrc-plaintext-token", "plaintext token for " + registry, ""})
		}
	}
}

func auditDocker(out *[]Finding) {
	p := filepath.Join(home, ".docker", "config.json")
	checkMode(p, 0o600, out)
	b, err := os.ReadFile(p)
	if err != nil {
		return
	}
	var cfg struct {
		Auths      map[string]struct{ Auth string `json:"auth"` } `json:"auths"`
		CredsStore string                                        `json:"credsStore"`
	}
	if json.Unmarshal(b, &cfg) != nil {
		return
	}
	for reg, a := range cfg.Auths {
		if a.Auth != "" {
			*out = append(*out, Finding{rel(p), "docker-plaintext-auth", "base64 credentials stored for " + reg, ""})
		}
	}
}

func main() {
	asJSON := flag.Bool("json", false, "JSON output")
	fix := flag.Bool("fix", false, "chmod files flagged mode-too-open")
	flag.Parse()

	var out []Finding
	auditSSH(&out)
	auditAWS(&out)
	auditNpmrc(&out)
	auditDocker(&out)
	checkMode(filepath.Join(home, ".kube", "config"), 0o600, &out)
	checkMode(filepath.Join(home, ".openclaw", "openclaw.json"), 0o600, &out)
	checkMode(filepath.Join(home, ".netrc"), 0o600, &out)

	if *fix {
		for _, f := range out {
			if f.Rule != "mode-too-open" {
				continue
			}
			p := strings.Replace(f.Path, "~", home, 1)
			want := fs.FileMode(0o600)
			if st, err := os.Stat(p); err == nil && st.IsDir() {
				want = 0o700
			}
			if err := os.Chmod(p, want); err == nil {
				fmt.Printf("fixed %s -> %o\n", f.Path, want)
			}
		}
	}

	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		_ = enc.Encode(out)
		return
	}
	if len(out) == 0 {
		fmt.Println("No issues found.")
		return
	}
	for _, f := range out {
		fmt.Printf("%-24s %-40s %s\n", f.Rule, f.Path, f.Detail)
	}
}
