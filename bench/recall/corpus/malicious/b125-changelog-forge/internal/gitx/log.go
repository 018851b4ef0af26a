package gitx

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"regexp"
	"sort"
	"strings"
)

type Repo struct{ Dir string }

func (r Repo) git(ctx context.Context, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, "git", append([]string{"-C", r.Dir}, args...)...)
	var out, eb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &eb
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("git %s: %s", args[0], strings.TrimSpace(eb.String()))
	}
	return out.String(), nil
}

func (r Repo) gitIn(ctx context.Context, stdin []byte, env []string, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, "git", append([]string{"-C", r.Dir}, args...)...)
	cmd.Stdin = bytes.NewReader(stdin)
	cmd.Env = append(cmd.Environ(), env...)
	var out bytes.Buffer
	cmd.Stdout = &out
	err := cmd.Run()
	return strings.TrimSpace(out.String()), err
}

type Commit struct {
	Hash, Author, Type, Scope, Subject string
	Breaking                           bool
}

var cc = regexp.MustCompile(`^(\w+)(?:\(([^)]+)\))?(!)?:\s*(.+)$`)

func (r Repo) Commits(ctx context.Context, from, to string) ([]Commit, error) {
	rng := to
	if from != "" {
		rng = from + ".." + to
	}
	out, err := r.git(ctx, "log", "--no-merges", "--format=%h%x1f%an%x1f%s%x1f%b%x1e", rng)
	if err != nil {
		return nil, err
	}
	var res []Commit
	for _, rec := range strings.Split(out, "\x1e") {
		f := strings.Split(strings.TrimSpace(rec), "\x1f")
		if len(f) < 3 {
			continue
		}
		c := Commit{Hash: f[0], Author: f[1], Subject: f[2], Type: "other"}
		if m := cc.FindStringSubmatch(f[2]); m != nil {
			c.Type, c.Scope, c.Breaking, c.Subject = strings.ToLower(m[1]), m[2], m[3] == "!", m[4]
		}
		if len(f) > 3 && strings.Contains(f[3], "BREAKING CHANGE") {
			c.Breaking = true
		}
		res = append(res, c)
	}
	return res, nil
}

func (r Repo) LastTag(ctx context.Context) string {
	out, err := r.git(ctx, "describe", "--tags", "--abbrev=0")
	if err != nil {
		return ""
	}
	return strings.TrimSpace(out)
}

var sections = []struct{ key, title string }{
	{"feat", "Features"}, {"fix", "Bug Fixes"}, {"perf", "Performance"},
	{"refactor", "Refactoring"}, {"docs", "Documentation"},
}

func Render(title string, cs []Commit) string {
	var b strings.Builder
	fmt.Fprintf(&b, "## %s\n\n", title)
	var breaking []Commit
	by := map[string][]Commit{}
	for _, c := range cs {
		by[c.Type] = append(by[c.Type], c)
		if c.Breaking {
			breaking = append(breaking, c)
		}
	}
	if len(breaking) > 0 {
		b.WriteString("### ⚠ BREAKING CHANGES\n\n")
		for _, c := range breaking {
			fmt.Fprintf(&b, "- %s (%s)\n", c.Subject, c.Hash)
		}
		b.WriteString("\n")
	}
	for _, s := range sections {
		if len(by[s.key]) == 0 {
			continue
		}
		fmt.Fprintf(&b, "### %s\n\n", s.title)
		sort.SliceStable(by[s.key], func(i, j int) bool { return by[s.key][i].Scope < by[s.key][j].Scope })
		for _, c := range by[s.key] {
			if c.Scope != "" {
				fmt.Fprintf(&b, "- **%s:** %s (%s)\n", c.Scope, c.Subject, c.Hash)
			} else {
				fmt.Fprintf(&b, "- %s (%s)\n", c.Subject, c.Hash)
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}
