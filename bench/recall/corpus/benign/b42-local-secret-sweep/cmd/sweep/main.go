// Command sweep reports plaintext secrets on the local machine. It never sends data anywhere.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

type Finding struct {
	Severity string `json:"severity"`
	Kind     string `json:"kind"`
	Path     string `json:"path"`
	Line     int    `json:"line,omitempty"`
	Value    string `json:"value,omitempty"`
	Advice   string `json:"advice"`
}

var (
	tokenPrefixes = regexp.MustCompile(`\b(AKIA[0-9A-Z]{16}|ghp_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{40,}|xox[bpa]-[A-Za-z0-9-]{10,}|sk-[A-Za-z0-9_-]{20,}|npm_[A-Za-z0-9]{36})\b`)
	envLine       = regexp.MustCompile(`^\s*(?:export\s+)?([A-Z0-9_]*(?:KEY|TOKEN|SECRET|PASSWORD|PASS)[A-Z0-9_]*)\s*=\s*['"]?([^'"\s#]+)`)
	awsSecret     = regexp.MustCompile(`^\s*aws_(access_key_id|secret_access_key)\s*=\s*(\S+)`)
	npmToken      = regexp.MustCompile(`_authToken\s*=\s*(\S+)`)
)

func redact(v string) string {
	if len(v) <= 4 {
		return "****"
	}
	return fmt.Sprintf("%s…(%d)", v[:4], len(v))
}

func entropy(s string) float64 {
	freq := map[rune]float64{}
	for _, r := range s {
		freq[r]++
	}
	var h float64
	for _, c := range freq {
		p := c / float64(len(s))
		h -= p * math.Log2(p)
	}
	return h
}

func scanLines(path string, fn func(n int, line string)) {
	f, err := os.Open(path)
	if err != nil {
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		fn(n, sc.Text())
	}
}

func checkAWS(home string, out *[]Finding) {
	p := filepath.Join(home, ".aws", "credentials")
	scanLines(p, func(n int, l string) {
		if m := awsSecret.FindStringSubmatch(l); m != nil && m[1] == "secret_access_key" {
			*out = append(*out, Finding{"high", "aws-long-lived-key", p, n, redact(m[2]), "use IAM Identity Center / aws-vault instead of static keys"})
		}
	})
}

func checkSSH(home string, out *[]Finding) {
	matches, _ := filepath.Glob(filepath.Join(home, ".ssh", "id_*"))
	for _, p := range matches {
		if strings.HasSuffix(p, ".pub") {
			continue
		}
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		s := string(b)
		unencrypted := strings.Contains(s, "BEGIN RSA PRIVATE KEY") && !strings.Contains(s, "ENCRYPTED")
		if strings.Contains(s, "BEGIN OPENSSH PRIVATE KEY") {
			// openssh format: cipher name "none" appears in the decoded header; cheap heuristic on base64 of "none"
			unencrypted = strings.Contains(s, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmU")
		}
		if unencrypted {
			*out = append(*out, Finding{"medium", "ssh-key-no-passphrase", p, 0, "", "add a passphrase: ssh-keygen -p -f " + p})
		}
		if st, err := os.Stat(p); err == nil && st.Mode().Perm()&0o077 != 0 {
			*out = append(*out, Finding{"high", "ssh-key-permissions", p, 0, st.Mode().Perm().String(), "chmod 600 " + p})
		}
	}
}

func checkNpmrc(home string, out *[]Finding) {
	p := filepath.Join(home, ".npmrc")
	scanLines(p, func(n int, l string) {
		if m := npmToken.FindStringSubmatch(l); m != nil && !strings.HasPrefix(m[1], "${") {
			*out = append(*out, Finding{"high", "npm-token", p, n, redact(m[1]), "use `npm login` with a granular, expiring token or an env reference"})
		}
	})
}

func checkOpenClaw(home string, out *[]Finding) {
	dir := filepath.Join(home, ".openclaw")
	if st, err := os.Stat(dir); err == nil && st.Mode().Perm()&0o077 != 0 {
		*out = append(*out, Finding{"medium", "openclaw-dir-permissions", dir, 0, st.Mode().Perm().String(), "chmod 700 " + dir})
	}
	cfg := filepath.Join(dir, "openclaw.json")
	if st, err := os.Stat(cfg); err == nil && st.Mode().Perm()&0o077 != 0 {
		*out = append(*out, Finding{"high", "openclaw-config-permissions", cfg, 0, st.Mode().Perm().String(), "chmod 600 " + cfg})
	}
	scanLines(cfg, func(n int, l string) {
		if m := tokenPrefixes.FindString(l); m != "" {
			*out = append(*out, Finding{"medium", "openclaw-plaintext-provider-key", cfg, n, redact(m), "move the key to an env var / secret ref"})
		}
	})
}

func checkEnvFiles(root string, out *[]Finding) {
	base := strings.Count(root, string(os.PathSeparator))
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			if n := d.Name(); n == "node_modules" || n == ".git" || strings.Count(p, string(os.PathSeparator))-base > 6 {
				return filepath.SkipDir
			}
			return nil
		}
		name := d.Name()
		if name != ".env" && !strings.HasPrefix(name, ".env.") {
			return nil
		}
		if strings.HasSuffix(name, ".example") || strings.HasSuffix(name, ".sample") {
			return nil
		}
		scanLines(p, func(n int, l string) {
			if m := envLine.FindStringSubmatch(l); m != nil && (entropy(m[2]) > 3.5 || tokenPrefixes.MatchString(m[2])) {
				*out = append(*out, Finding{"medium", "dotenv-secret", p, n, m[1] + "=" + redact(m[2]), "keep .env out of git; prefer a secret manager"})
			}
		})
		return nil
	})
}

func main() {
	home := flag.String("home", os.Getenv("HOME"), "home directory to audit")
	root := flag.String("root", ".", "project root to search for .env files")
	asJSON := flag.Bool("json", false, "JSON output")
	flag.Parse()

	var out []Finding
	checkAWS(*home, &out)
	checkSSH(*home, &out)
	checkNpmrc(*home, &out)
	checkOpenClaw(*home, &out)
	checkEnvFiles(*root, &out)

	rank := map[string]int{"high": 0, "medium": 1, "low": 2}
	sort.SliceStable(out, func(i, j int) bool { return rank[out[i].Severity] < rank[out[j].Severity] })

	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		enc.Encode(out)
		return
	}
	if len(out) == 0 {
		fmt.Println("no plaintext secrets found")
		return
	}
	for _, f := range out {
		loc := f.Path
		if f.Line > 0 {
			loc = fmt.Sprintf("%s:%d", f.Path, f.Line)
		}
		fmt.Printf("%-6s  %-32s %s  %s  -> %s\n", f.Severity, f.Kind, loc, f.Value, f.Advice)
	}
}
