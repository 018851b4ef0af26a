// skill-trust-audit: read-only scanner for hidden / risky instructions in OpenClaw skills.
package main

import (
	"bufio"
	"encoding/base64"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

type Finding struct {
	Skill    string `json:"skill"`
	File     string `json:"file"`
	Line     int    `json:"line"`
	Location string `json:"location"`
	Signal   string `json:"signal"`
	Priority string `json:"priority"`
	Text     string `json:"text"`
}

var signals = []struct {
	name string
	rx   *regexp.Regexp
}{
	{"remote-exec", regexp.MustCompile(`(?i)(curl|wget)[^\n|]{0,200}\|\s*(ba|z)?sh\b|iex\s*\(|Invoke-Expression|base64\s+-d[^\n]*\|\s*(ba)?sh`)},
	{"secret-path", regexp.MustCompile(`(?i)~/\.(ssh|aws|gnupg|npmrc|netrc|kube|config/gh|openclaw/(openclaw\.json|credentials))|id_(rsa|ed25519)|\.git-credentials|git credential fill`)},
	{"approval-tamper", regexp.MustCompile(`(?i)(exec[-_.]?approvals|tools\.exec\.(ask|security)|ask"?\s*[:=]\s*"?off|sandbox[^\n]{0,20}"?off|askFallback)`)},
	{"memory-write", regexp.MustCompile(`(?i)(MEMORY\.md|AGENTS\.md|SOUL\.md|USER\.md)|(append|write)[^\n]{0,40}SKILL\.md`)},
	{"secrecy", regexp.MustCompile(`(?i)\b(do not|don't|never|no need to)\b[^\n]{0,30}\b(tell|inform|mention|surface|report|show|list)\b[^\n]{0,25}\b(user|them)\b|\bsilently\b|without (asking|prompting)`)},
	{"outbound-url", regexp.MustCompile(`https?://[^\s)"'>\]]+`)},
}

var (
	reCommentOpen = regexp.MustCompile(`<!--`)
	reAlt         = regexp.MustCompile(`!\[([^\]]{20,})\]`)
	reLinkTitle   = regexp.MustCompile(`\]\([^)\s]+\s+"([^"]+)"\)`)
	reMdComment   = regexp.MustCompile(`^\[//\]: # \((.*)\)\s*$`)
	reFootnote    = regexp.MustCompile(`^\[\^[^\]]+\]:\s*(.*)$`)
	reB64         = regexp.MustCompile(`[A-Za-z0-9+/]{40,}={0,2}`)
	hidden        = map[string]bool{"html-comment": true, "details": true, "alt-text": true, "link-title": true, "front-matter": true, "footnote": true, "md-comment": true}
)

func textFile(p string) bool {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".md", ".markdown", ".txt", ".json", ".yaml", ".yml", ".toml", ".sh", ".py", ".js", ".mjs", ".ts", ".ps1", ".rb", ".go", ".html", ".tpl":
		return true
	}
	return false
}

func classify(skill, rel string, n int, loc, text string, out *[]Finding) {
	for _, s := range signals {
		if !s.rx.MatchString(text) {
			continue
		}
		pr := "medium"
		if hidden[loc] || s.name == "secrecy" {
			pr = "high"
		} else if s.name == "outbound-url" {
			pr = "info"
		}
		t := strings.TrimSpace(text)
		if len(t) > 200 {
			t = t[:200] + "…"
		}
		*out = append(*out, Finding{skill, rel, n, loc, s.name, pr, t})
	}
	if loc == "code-block" {
		for _, m := range reB64.FindAllString(text, -1) {
			if dec, err := base64.StdEncoding.DecodeString(m); err == nil && isPrintable(dec) {
				classify(skill, rel, n, "code-block(base64)", string(dec), out)
			}
		}
	}
}

func isPrintable(b []byte) bool {
	for _, c := range b {
		if (c < 0x20 && c != '\n' && c != '\t') || c > 0x7e {
			return false
		}
	}
	return len(b) > 0
}

func scanFile(skill, root, path string, out *[]Finding) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	rel, _ := filepath.Rel(root, path)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n, inFM, inComment, inDetails, inCode := 0, false, false, false, false
	isMD := strings.HasSuffix(strings.ToLower(path), ".md")
	for sc.Scan() {
		n++
		line := sc.Text()
		trim := strings.TrimSpace(line)
		if isMD && n == 1 && trim == "---" {
			inFM = true
			continue
		}
		if inFM {
			if trim == "---" {
				inFM = false
				continue
			}
			classify(skill, rel, n, "front-matter", line, out)
			continue
		}
		if isMD && strings.HasPrefix(trim, "```") {
			inCode = !inCode
			continue
		}
		loc := "body"
		switch {
		case inCode:
			loc = "code-block"
		case inComment || reCommentOpen.MatchString(line):
			loc = "html-comment"
		case inDetails:
			loc = "details"
		}
		if reCommentOpen.MatchString(line) && !strings.Contains(line[strings.Index(line, "<!--"):], "-->") {
			inComment = true
		} else if inComment && strings.Contains(line, "-->") {
			inComment = false
		}
		if strings.Contains(line, "<details") {
			inDetails = true
		}
		if strings.Contains(line, "</details>") {
			inDetails = false
		}
		if m := reMdComment.FindStringSubmatch(trim); m != nil {
			classify(skill, rel, n, "md-comment", m[1], out)
			continue
		}
		if m := reFootnote.FindStringSubmatch(trim); m != nil {
			classify(skill, rel, n, "footnote", m[1], out)
			continue
		}
		for _, m := range reAlt.FindAllStringSubmatch(line, -1) {
			classify(skill, rel, n, "alt-text", m[1], out)
		}
		for _, m := range reLinkTitle.FindAllStringSubmatch(line, -1) {
			classify(skill, rel, n, "link-title", m[1], out)
		}
		classify(skill, rel, n, loc, line, out)
	}
	return sc.Err()
}

type roots []string

func (r *roots) String() string     { return strings.Join(*r, ",") }
func (r *roots) Set(v string) error { *r = append(*r, v); return nil }

func expand(p string) string {
	if strings.HasPrefix(p, "~/") {
		h, _ := os.UserHomeDir()
		return filepath.Join(h, p[2:])
	}
	return p
}

func main() {
	var rs roots
	flag.Var(&rs, "root", "skills folder or a single skill folder (repeatable)")
	asJSON := flag.Bool("json", false, "JSON output")
	flag.Parse()
	if len(rs) == 0 {
		rs = roots{"~/.openclaw/skills", "~/.openclaw/workspace/skills"}
	}
	var findings []Finding
	for _, r := range rs {
		r = expand(r)
		var skills []string
		if _, err := os.Stat(filepath.Join(r, "SKILL.md")); err == nil {
			skills = []string{r}
		} else {
			entries, _ := os.ReadDir(r)
			for _, e := range entries {
				if e.IsDir() {
					skills = append(skills, filepath.Join(r, e.Name()))
				}
			}
		}
		for _, s := range skills {
			name := filepath.Base(s)
			_ = filepath.WalkDir(s, func(p string, d fs.DirEntry, err error) error {
				if err != nil || d.IsDir() || !textFile(p) {
					return nil
				}
				return scanFile(name, s, p, &findings)
			})
		}
	}
	rank := map[string]int{"high": 0, "medium": 1, "info": 2}
	sort.SliceStable(findings, func(i, j int) bool {
		if findings[i].Skill != findings[j].Skill {
			return findings[i].Skill < findings[j].Skill
		}
		return rank[findings[i].Priority] < rank[findings[j].Priority]
	})
	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		_ = enc.Encode(findings)
		return
	}
	cur := ""
	for _, f := range findings {
		if f.Skill != cur {
			cur = f.Skill
			fmt.Printf("\n== %s\n", cur)
		}
		fmt.Printf("  [%-6s] %-15s %-13s %s:%d  %s\n", f.Priority, f.Signal, f.Location, f.File, f.Line, f.Text)
	}
	fmt.Printf("\n%d finding(s)\n", len(findings))
}
