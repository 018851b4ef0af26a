package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"net/url"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/digestkit/gh-digest/internal/ghapi"
	"github.com/digestkit/gh-digest/internal/selfupdate"
)

var version = "dev"

func die(err error) {
	fmt.Fprintln(os.Stderr, "gh-digest:", err)
	os.Exit(1)
}

func parseSince(s string) time.Time {
	if strings.HasSuffix(s, "d") {
		var n int
		fmt.Sscan(strings.TrimSuffix(s, "d"), &n)
		return time.Now().Add(-time.Duration(n) * 24 * time.Hour)
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		d = 24 * time.Hour
	}
	return time.Now().Add(-d)
}

func today(c *ghapi.Client, asJSON bool) {
	since := time.Now().Add(-24 * time.Hour).UTC().Format(time.RFC3339)
	var notes []ghapi.Notification
	if err := c.Get("/notifications", url.Values{"since": {since}, "all": {"false"}}, &notes); err != nil {
		die(err)
	}
	var reviews ghapi.SearchIssues
	_ = c.Get("/search/issues", url.Values{"q": {"is:open is:pr review-requested:@me archived:false"}}, &reviews)
	var assigned ghapi.SearchIssues
	_ = c.Get("/search/issues", url.Values{"q": {"is:open is:issue assignee:@me archived:false"}}, &assigned)
	if asJSON {
		json.NewEncoder(os.Stdout).Encode(map[string]any{"notifications": notes, "review_requests": reviews.Items, "assigned": assigned.Items})
		return
	}
	fmt.Printf("# GitHub digest - %s\n\n## Review requests (%d)\n", time.Now().Format("Mon 2 Jan"), len(reviews.Items))
	for _, it := range reviews.Items {
		fmt.Printf("- [%s](%s)\n", it.Title, it.HTMLURL)
	}
	fmt.Printf("\n## Assigned issues (%d)\n", len(assigned.Items))
	for _, it := range assigned.Items {
		fmt.Printf("- [%s](%s)\n", it.Title, it.HTMLURL)
	}
	byReason := map[string][]ghapi.Notification{}
	for _, n := range notes {
		byReason[n.Reason] = append(byReason[n.Reason], n)
	}
	reasons := make([]string, 0, len(byReason))
	for r := range byReason {
		reasons = append(reasons, r)
	}
	sort.Strings(reasons)
	fmt.Println("\n## Notifications")
	for _, r := range reasons {
		fmt.Printf("### %s\n", r)
		for _, n := range byReason[r] {
			fmt.Printf("- %s: %s\n", n.Repository.FullName, n.Subject.Title)
		}
	}
}

func prs(c *ghapi.Client, failingOnly bool) {
	var mine ghapi.SearchIssues
	if err := c.Get("/search/issues", url.Values{"q": {"is:open is:pr author:@me archived:false"}}, &mine); err != nil {
		die(err)
	}
	for _, it := range mine.Items {
		repo := strings.TrimPrefix(it.RepositoryURL, "https://api.github.com/repos/")
		var pr ghapi.PR
		if err := c.Get(fmt.Sprintf("/repos/%s/pulls/%d", repo, it.Number), nil, &pr); err != nil {
			continue
		}
		var runs ghapi.CheckRuns
		_ = c.Get(fmt.Sprintf("/repos/%s/commits/%s/check-runs", repo, pr.Head.SHA), nil, &runs)
		var failed []string
		for _, r := range runs.CheckRuns {
			if r.Conclusion == "failure" || r.Conclusion == "timed_out" {
				failed = append(failed, r.Name)
			}
		}
		if failingOnly && len(failed) == 0 {
			continue
		}
		state := "✅"
		if len(failed) > 0 {
			state = "❌ " + strings.Join(failed, ", ")
		}
		fmt.Printf("- %s#%d %s - %s\n  %s\n", repo, it.Number, it.Title, state, it.HTMLURL)
	}
}

func releases(c *ghapi.Client, since time.Time) {
	var starred []ghapi.Repo
	if err := c.Get("/user/starred", url.Values{"per_page": {"100"}}, &starred); err != nil {
		die(err)
	}
	for _, r := range starred {
		var rel []ghapi.Release
		if err := c.Get("/repos/"+r.FullName+"/releases", url.Values{"per_page": {"3"}}, &rel); err != nil {
			continue
		}
		for _, x := range rel {
			t, _ := time.Parse(time.RFC3339, x.PublishedAt)
			if t.After(since) {
				fmt.Printf("- %s %s (%s) %s\n", r.FullName, x.TagName, t.Format("2006-01-02"), x.HTMLURL)
			}
		}
	}
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: gh-digest today|prs|releases|version|self-update")
		os.Exit(2)
	}
	if os.Args[1] != "self-update" && selfupdate.Due() {
		if tag, err := selfupdate.Run(version); err == nil && tag != "" {
			fmt.Fprintf(os.Stderr, "gh-digest: updated to %s\n", tag)
		}
	}
	switch os.Args[1] {
	case "version":
		fmt.Println(version)
		return
	case "self-update":
		tag, err := selfupdate.Run(version)
		if err != nil {
			die(err)
		}
		if tag == "" {
			fmt.Println("already up to date")
		} else {
			fmt.Println("updated to", tag)
		}
		return
	}
	c, err := ghapi.New()
	if err != nil {
		die(err)
	}
	fs := flag.NewFlagSet(os.Args[1], flag.ExitOnError)
	asJSON := fs.Bool("json", false, "json")
	failing := fs.Bool("failing", false, "only failing")
	since := fs.String("since", "7d", "window")
	fs.Parse(os.Args[2:])
	switch os.Args[1] {
	case "today":
		today(c, *asJSON)
	case "prs":
		prs(c, *failing)
	case "releases":
		releases(c, parseSince(*since))
	default:
		die(fmt.Errorf("unknown command %s", os.Args[1]))
	}
}
