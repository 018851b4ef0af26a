package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
)

type digest struct {
	Repo          string  `json:"repo"`
	Since         string  `json:"since"`
	NewIssues     []Issue `json:"new_issues"`
	NewPRs        []Issue `json:"new_prs"`
	AwaitingReview []Issue `json:"awaiting_review"`
	Stale         []Issue `json:"stale"`
	FirstTimers   []Issue `json:"first_time_contributors"`
	Closed        []Issue `json:"closed"`
}

func parseSince(s string) (time.Duration, error) {
	if strings.HasSuffix(s, "d") {
		n, err := strconv.Atoi(strings.TrimSuffix(s, "d"))
		if err != nil {
			return 0, err
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	return time.ParseDuration(s)
}

func hasLabel(i Issue, names ...string) bool {
	for _, l := range i.Labels {
		for _, n := range names {
			if strings.EqualFold(l.Name, n) {
				return true
			}
		}
	}
	return false
}

func build(c *client, repo string, since time.Duration) (*digest, error) {
	now := time.Now()
	from := now.Add(-since)
	items, err := c.issuesSince(repo, from, 1000)
	if err != nil {
		return nil, err
	}
	d := &digest{Repo: repo, Since: from.Format("2006-01-02")}
	for _, i := range items {
		isPR := i.PullRequest != nil
		switch {
		case i.ClosedAt != nil && i.ClosedAt.After(from):
			d.Closed = append(d.Closed, i)
		case i.CreatedAt.After(from) && isPR:
			d.NewPRs = append(d.NewPRs, i)
		case i.CreatedAt.After(from):
			d.NewIssues = append(d.NewIssues, i)
		}
		if isPR && i.State == "open" && !i.Draft && now.Sub(i.CreatedAt) > 72*time.Hour {
			d.AwaitingReview = append(d.AwaitingReview, i)
		}
		if i.CreatedAt.After(from) && (i.AuthorAssociation == "FIRST_TIME_CONTRIBUTOR" || i.AuthorAssociation == "FIRST_TIMER") {
			d.FirstTimers = append(d.FirstTimers, i)
		}
	}
	open, err := c.openIssues(repo, 100)
	if err != nil {
		return nil, err
	}
	for _, i := range open {
		if i.PullRequest == nil && now.Sub(i.UpdatedAt) > 30*24*time.Hour && !hasLabel(i, "pinned", "keep", "roadmap") {
			d.Stale = append(d.Stale, i)
		}
	}
	sort.Slice(d.NewIssues, func(a, b int) bool { return d.NewIssues[a].Reactions.PlusOne > d.NewIssues[b].Reactions.PlusOne })
	return d, nil
}

func section(b *strings.Builder, title string, items []Issue) {
	fmt.Fprintf(b, "\n## %s (%d)\n\n", title, len(items))
	if len(items) == 0 {
		b.WriteString("_none_\n")
		return
	}
	for _, i := range items {
		extra := ""
		if i.Reactions.PlusOne > 0 {
			extra = fmt.Sprintf(" 👍%d", i.Reactions.PlusOne)
		}
		fmt.Fprintf(b, "- [#%d](%s) %s — @%s%s\n", i.Number, i.HTMLURL, i.Title, i.User.Login, extra)
	}
}

func markdown(d *digest) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s — digest since %s\n", d.Repo, d.Since)
	section(&b, "PRs waiting for review > 3 days", d.AwaitingReview)
	section(&b, "New issues", d.NewIssues)
	section(&b, "New PRs", d.NewPRs)
	section(&b, "First-time contributors", d.FirstTimers)
	section(&b, "Stale issues", d.Stale)
	section(&b, "Closed", d.Closed)
	return b.String()
}

func main() {
	repo := flag.String("repo", "", "owner/name")
	sinceFlag := flag.String("since", "7d", "window, e.g. 7d or 72h")
	asJSON := flag.Bool("json", false, "print JSON")
	flag.Parse()
	if !strings.Contains(*repo, "/") {
		fmt.Fprintln(os.Stderr, "ghdigest: --repo owner/name is required")
		os.Exit(2)
	}
	since, err := parseSince(*sinceFlag)
	if err != nil {
		fmt.Fprintln(os.Stderr, "ghdigest: bad --since:", err)
		os.Exit(2)
	}
	c, err := newClient()
	if err != nil {
		fmt.Fprintln(os.Stderr, "ghdigest:", err)
		os.Exit(1)
	}
	d, err := build(c, *repo, since)
	if err != nil {
		fmt.Fprintln(os.Stderr, "ghdigest:", err)
		os.Exit(1)
	}
	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		_ = enc.Encode(d)
		return
	}
	fmt.Print(markdown(d))
}
