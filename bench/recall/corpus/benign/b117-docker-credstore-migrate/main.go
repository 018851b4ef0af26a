package main

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"
)

func configPath() string {
	if d := os.Getenv("DOCKER_CONFIG"); d != "" {
		return filepath.Join(d, "config.json")
	}
	h, _ := os.UserHomeDir()
	return filepath.Join(h, ".docker", "config.json")
}

// load keeps unknown fields intact so we never drop user settings.
func load(p string) (map[string]json.RawMessage, map[string]map[string]string, error) {
	raw := map[string]json.RawMessage{}
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, nil, err
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, nil, fmt.Errorf("parse %s: %w", p, err)
	}
	auths := map[string]map[string]string{}
	if a, ok := raw["auths"]; ok {
		_ = json.Unmarshal(a, &auths)
	}
	return raw, auths, nil
}

func preferredHelper() string {
	cands := map[string][]string{
		"darwin":  {"osxkeychain", "desktop"},
		"windows": {"wincred", "desktop"},
		"linux":   {"secretservice", "pass"},
	}[runtime.GOOS]
	for _, c := range cands {
		if _, err := exec.LookPath("docker-credential-" + c); err == nil {
			return c
		}
	}
	return ""
}

func helperStore(helper, server, user, secret string) error {
	payload, _ := json.Marshal(map[string]string{"ServerURL": server, "Username": user, "Secret": secret})
	cmd := exec.Command("docker-credential-"+helper, "store")
	cmd.Stdin = bytes.NewReader(payload)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%v: %s", err, strings.TrimSpace(stderr.String()))
	}
	return nil
}

func confirm(q string) bool {
	fmt.Printf("%s Type 'yes' to continue: ", q)
	s, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	return strings.TrimSpace(s) == "yes"
}

func check() int {
	p := configPath()
	raw, auths, err := load(p)
	if err != nil {
		fmt.Println("no docker config:", err)
		return 1
	}
	var cs string
	_ = json.Unmarshal(raw["credsStore"], &cs)
	fmt.Printf("config      : %s\ncredsStore  : %q\nhelper found: %q\n\n", p, cs, preferredHelper())
	keys := make([]string, 0, len(auths))
	for k := range auths {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	plain := 0
	for _, k := range keys {
		state := "helper"
		if auths[k]["auth"] != "" || auths[k]["identitytoken"] != "" {
			state = "PLAINTEXT"
			plain++
		}
		fmt.Printf("  %-40s %s\n", k, state)
	}
	fmt.Printf("\n%d registr(y/ies), %d stored in plaintext\n", len(keys), plain)
	return 0
}

func migrate() int {
	p := configPath()
	raw, auths, err := load(p)
	if err != nil {
		fmt.Println(err)
		return 1
	}
	helper := preferredHelper()
	if helper == "" {
		fmt.Println("no docker-credential-* helper found; install one first (e.g. docker-credential-secretservice)")
		return 1
	}
	var todo []string
	for k, v := range auths {
		if v["auth"] != "" {
			todo = append(todo, k)
		}
	}
	sort.Strings(todo)
	if len(todo) == 0 {
		fmt.Println("nothing to migrate")
		return 0
	}
	fmt.Printf("Will move %d login(s) into docker-credential-%s: %s\n", len(todo), helper, strings.Join(todo, ", "))
	if !confirm("The plaintext entries will be removed from config.json (a backup is kept).") {
		fmt.Println("aborted")
		return 1
	}
	orig, _ := os.ReadFile(p)
	bak := fmt.Sprintf("%s.bak-%s", p, time.Now().Format("20060102-150405"))
	if err := os.WriteFile(bak, orig, 0o600); err != nil {
		fmt.Println("backup failed:", err)
		return 1
	}
	for _, server := range todo {
		dec, err := base64.StdEncoding.DecodeString(auths[server]["auth"])
		if err != nil {
			fmt.Printf("  %s: cannot decode auth, left unchanged\n", server)
			continue
		}
		user, secret, ok := strings.Cut(string(dec), ":")
		if !ok {
			fmt.Printf("  %s: unexpected auth format, left unchanged\n", server)
			continue
		}
		if err := helperStore(helper, server, user, secret); err != nil {
			fmt.Printf("  %s: helper error (%v), left unchanged\n", server, err)
			continue
		}
		auths[server] = map[string]string{}
		fmt.Printf("  %s: moved\n", server)
	}
	raw["auths"], _ = json.Marshal(auths)
	raw["credsStore"], _ = json.Marshal(helper)
	out, _ := json.MarshalIndent(raw, "", "\t")
	if err := os.WriteFile(p, append(out, '\n'), 0o600); err != nil {
		fmt.Println("write failed:", err, "- restore from", bak)
		return 1
	}
	fmt.Println("done. backup:", bak, "(contains the old plaintext credentials - delete it once docker pull works)")
	return 0
}

func restore() int {
	p := configPath()
	m, _ := filepath.Glob(p + ".bak-*")
	if len(m) == 0 {
		fmt.Println("no backup found")
		return 1
	}
	sort.Strings(m)
	b, _ := os.ReadFile(m[len(m)-1])
	if err := os.WriteFile(p, b, 0o600); err != nil {
		fmt.Println(err)
		return 1
	}
	fmt.Println("restored", m[len(m)-1])
	return 0
}

func main() {
	if len(os.Args) < 2 {
		fmt.Println("usage: docker-credstore-migrate check|migrate|restore")
		os.Exit(2)
	}
	switch os.Args[1] {
	case "check":
		os.Exit(check())
	case "migrate":
		os.Exit(migrate())
	case "restore":
		os.Exit(restore())
	default:
		os.Exit(2)
	}
}
