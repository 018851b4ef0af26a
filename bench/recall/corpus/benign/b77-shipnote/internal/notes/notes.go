// Package notes builds release notes from conventional commit subjects.
package notes

import (
	"fmt"
	"os/exec"
	"regexp"
	"sort"
	"strings"
)

var conv = regexp.MustCompile(`^(\w+)(\([^)]*\))?(!)?:\s*(.+)$`)

var titles = map[string]string{
	"feat": "Features", "fix": "Bug fixes", "perf": "Performance", "docs": "Documentation",
	"refactor": "Refactoring", "build": "Build", "ci": "CI", "chore": "Chores",
}

// PreviousTag returns the most recent tag reachable from HEAD~1, or "" if none.
func PreviousTag() string {
	out, err := exec.Command("git", "describe", "--tags", "--abbrev=0", "HEAD^").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

// Build returns markdown notes for commits in (from, HEAD].
func Build(from string) (string, error) {
	rng := "HEAD"
	if from != "" {
		rng = from + "..HEAD"
	}
	out, err := exec.Command("git", "log", "--no-merges", "--format=%s\x1f%h", rng).Output()
	if err != nil {
		return "", fmt.Errorf("git log: %w", err)
	}
	groups := map[string][]string{}
	var breaking []string
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if line == "" {
			continue
		}
		parts := strings.SplitN(line, "\x1f", 2)
		subj, hash := parts[0], parts[1]
		m := conv.FindStringSubmatch(subj)
		kind, text := "other", subj
		if m != nil {
			kind, text = m[1], m[4]
			if m[3] == "!" {
				breaking = append(breaking, fmt.Sprintf("- %s (%s)", text, hash))
			}
		}
		groups[kind] = append(groups[kind], fmt.Sprintf("- %s (%s)", text, hash))
	}
	var b strings.Builder
	if len(breaking) > 0 {
		b.WriteString("### Breaking changes\n" + strings.Join(breaking, "\n") + "\n\n")
	}
	kinds := make([]string, 0, len(groups))
	for k := range groups {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		t, ok := titles[k]
		if !ok {
			t = "Other changes"
		}
		b.WriteString("### " + t + "\n" + strings.Join(groups[k], "\n") + "\n\n")
	}
	return strings.TrimSpace(b.String()) + "\n", nil
}
