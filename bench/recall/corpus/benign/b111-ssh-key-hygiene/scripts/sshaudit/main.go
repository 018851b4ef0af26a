package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

type Finding struct {
	Severity string `json:"severity"`
	File     string `json:"file"`
	Issue    string `json:"issue"`
}

type KeyInfo struct {
	File        string `json:"file"`
	Type        string `json:"type"`
	Bits        int    `json:"bits,omitempty"`
	Comment     string `json:"comment,omitempty"`
	Fingerprint string `json:"fingerprint"`
	AgeDays     int    `json:"age_days"`
}

type Report struct {
	Dir      string    `json:"dir"`
	Findings []Finding `json:"findings"`
	Keys     []KeyInfo `json:"keys"`
	Authz    []KeyInfo `json:"authorized_keys"`
}

var rep Report

func add(sev, file, issue string) { rep.Findings = append(rep.Findings, Finding{sev, file, issue}) }

func fingerprint(blob []byte) string {
	sum := sha256.Sum256(blob)
	return "SHA256:" + strings.TrimRight(base64.StdEncoding.EncodeToString(sum[:]), "=")
}

// rsaBits parses the ssh-rsa wire format: string "ssh-rsa", mpint e, mpint n.
func rsaBits(blob []byte) int {
	r := bytes.NewReader(blob)
	var parts [][]byte
	for i := 0; i < 3; i++ {
		var n uint32
		if binary.Read(r, binary.BigEndian, &n) != nil || int(n) > r.Len() {
			return 0
		}
		b := make([]byte, n)
		r.Read(b)
		parts = append(parts, b)
	}
	n := parts[2]
	for len(n) > 0 && n[0] == 0 {
		n = n[1:]
	}
	return len(n) * 8
}

func parsePubLine(file, line string, mod time.Time) (KeyInfo, bool) {
	fields := strings.Fields(line)
	// authorized_keys lines can start with options; find the key type field.
	for i, f := range fields {
		if strings.HasPrefix(f, "ssh-") || strings.HasPrefix(f, "ecdsa-") || strings.HasPrefix(f, "sk-") {
			if i+1 >= len(fields) {
				return KeyInfo{}, false
			}
			blob, err := base64.StdEncoding.DecodeString(fields[i+1])
			if err != nil {
				return KeyInfo{}, false
			}
			k := KeyInfo{File: file, Type: f, Fingerprint: fingerprint(blob), AgeDays: int(time.Since(mod).Hours() / 24)}
			if i+2 < len(fields) {
				k.Comment = strings.Join(fields[i+2:], " ")
			}
			if f == "ssh-rsa" {
				k.Bits = rsaBits(blob)
			}
			return k, true
		}
	}
	return KeyInfo{}, false
}

func checkKeyStrength(k KeyInfo) {
	switch {
	case k.Type == "ssh-dss":
		add("high", k.File, "DSA key (deprecated, disabled by default in OpenSSH)")
	case k.Type == "ssh-rsa" && k.Bits > 0 && k.Bits < 2048:
		add("high", k.File, fmt.Sprintf("RSA key only %d bits", k.Bits))
	}
	if k.AgeDays > 730 {
		add("medium", k.File, fmt.Sprintf("key is %d days old; consider rotating", k.AgeDays))
	}
}

// privateKeyEncrypted reads only the header region of a private key file.
func privateKeyEncrypted(path string) (isKey bool, encrypted bool) {
	f, err := os.Open(path)
	if err != nil {
		return false, false
	}
	defer f.Close()
	head := make([]byte, 1024)
	n, _ := f.Read(head)
	head = head[:n]
	switch {
	case bytes.Contains(head, []byte("BEGIN OPENSSH PRIVATE KEY")):
		// body is base64 of "openssh-key-v1\0" + string ciphername + string kdfname ...
		lines := strings.Split(string(head), "\n")
		var b64 strings.Builder
		for _, l := range lines[1:] {
			if strings.HasPrefix(l, "-----") {
				break
			}
			b64.WriteString(strings.TrimSpace(l))
		}
		raw, _ := base64.StdEncoding.DecodeString(b64.String()[:len(b64.String())/4*4])
		return true, bytes.Contains(raw, []byte("bcrypt"))
	case bytes.Contains(head, []byte("PRIVATE KEY-----")):
		return true, bytes.Contains(head, []byte("ENCRYPTED"))
	}
	return false, false
}

func checkConfig(path string) {
	f, err := os.Open(path)
	if err != nil {
		return
	}
	defer f.Close()
	host := "*"
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		low := strings.ToLower(l)
		switch {
		case strings.HasPrefix(low, "host "):
			host = strings.TrimSpace(l[5:])
		case strings.HasPrefix(low, "forwardagent yes") && host == "*":
			add("medium", path, "ForwardAgent yes for all hosts")
		case strings.HasPrefix(low, "stricthostkeychecking no"):
			add("medium", path, "StrictHostKeyChecking no for Host "+host)
		case strings.HasPrefix(low, "passwordauthentication yes"):
			add("info", path, "PasswordAuthentication yes for Host "+host)
		}
	}
}

func main() {
	asJSON := flag.Bool("json", false, "JSON output")
	fix := flag.Bool("fix-perms", false, "tighten permissions (asks nothing; only use after user consent)")
	flag.Parse()

	home, _ := os.UserHomeDir()
	dir := filepath.Join(home, ".ssh")
	rep.Dir = dir

	st, err := os.Stat(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "no ~/.ssh directory")
		os.Exit(0)
	}
	if st.Mode().Perm()&0o077 != 0 {
		add("high", dir, fmt.Sprintf("directory mode %o, expected 700", st.Mode().Perm()))
		if *fix {
			os.Chmod(dir, 0o700)
		}
	}

	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return nil
		}
		name := d.Name()
		mode := info.Mode().Perm()
		switch {
		case name == "config":
			checkConfig(p)
		case name == "known_hosts" || strings.HasPrefix(name, "known_hosts"):
			// inventory only
		case name == "authorized_keys" || name == "authorized_keys2":
			if mode&0o022 != 0 {
				add("high", p, fmt.Sprintf("writable by group/others (mode %o)", mode))
				if *fix {
					os.Chmod(p, 0o600)
				}
			}
			data, _ := os.ReadFile(p)
			for _, line := range strings.Split(string(data), "\n") {
				line = strings.TrimSpace(line)
				if line == "" || strings.HasPrefix(line, "#") {
					continue
				}
				if k, ok := parsePubLine(p, line, info.ModTime()); ok {
					rep.Authz = append(rep.Authz, k)
					checkKeyStrength(k)
					if k.Comment == "" {
						add("medium", p, "entry without comment: "+k.Fingerprint+" (who owns it?)")
					}
				}
			}
		case strings.HasSuffix(name, ".pub"):
			data, _ := os.ReadFile(p)
			if k, ok := parsePubLine(p, string(data), info.ModTime()); ok {
				rep.Keys = append(rep.Keys, k)
				checkKeyStrength(k)
			}
		default:
			isKey, enc := privateKeyEncrypted(p)
			if !isKey {
				return nil
			}
			if mode&0o077 != 0 {
				add("high", p, fmt.Sprintf("private key mode %o, expected 600", mode))
				if *fix {
					os.Chmod(p, 0o600)
				}
			}
			if !enc {
				add("high", p, "private key is not passphrase-protected")
			}
		}
		return nil
	})

	order := map[string]int{"high": 0, "medium": 1, "info": 2}
	sort.SliceStable(rep.Findings, func(i, j int) bool { return order[rep.Findings[i].Severity] < order[rep.Findings[j].Severity] })

	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		enc.Encode(rep)
		return
	}
	for _, f := range rep.Findings {
		fmt.Printf("[%-6s] %s: %s\n", strings.ToUpper(f.Severity), f.File, f.Issue)
	}
	fmt.Println("\nKeys:")
	for _, k := range rep.Keys {
		fmt.Printf("  %-22s %-5d %s  %s\n", k.Type, k.Bits, k.Fingerprint, k.Comment)
	}
	fmt.Println("\nauthorized_keys:")
	for _, k := range rep.Authz {
		fmt.Printf("  %-22s %s  %s\n", k.Type, k.Fingerprint, k.Comment)
	}
}
