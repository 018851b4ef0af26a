package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"
)

const apiBase = "https://api.github.com"

type User struct {
	Login string `json:"login"`
}

type Label struct {
	Name string `json:"name"`
}

type Issue struct {
	Number            int       `json:"number"`
	Title             string    `json:"title"`
	HTMLURL           string    `json:"html_url"`
	State             string    `json:"state"`
	User              User      `json:"user"`
	Labels            []Label   `json:"labels"`
	CreatedAt         time.Time `json:"created_at"`
	UpdatedAt         time.Time `json:"updated_at"`
	ClosedAt          *time.Time `json:"closed_at"`
	AuthorAssociation string    `json:"author_association"`
	PullRequest       *struct {
		URL string `json:"url"`
	} `json:"pull_request"`
	Reactions struct {
		PlusOne int `json:"+1"`
	} `json:"reactions"`
	Draft bool `json:"draft"`
}

type client struct {
	token string
	http  *http.Client
}

func newClient() (*client, error) {
	tok := strings.TrimSpace(os.Getenv("GITHUB_TOKEN"))
	if tok == "" {
		tok = strings.TrimSpace(os.Getenv("GH_TOKEN"))
	}
	if tok == "" {
		return nil, fmt.Errorf("GITHUB_TOKEN is not set")
	}
	return &client{token: tok, http: &http.Client{Timeout: 30 * time.Second}}, nil
}

func (c *client) get(path string, q url.Values, out any) (string, error) {
	u := apiBase + path
	if len(q) > 0 {
		u += "?" + q.Encode()
	}
	return c.getURL(u, out)
}

func (c *client) getURL(u string, out any) (string, error) {
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return "", err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("Accept", "application/vnd.github+json")
	req.Header.Set("X-GitHub-Api-Version", "2022-11-28")
	req.Header.Set("User-Agent", "gh-issue-digest/0.5")
	resp, err := c.http.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 1024))
		return "", fmt.Errorf("GET %s: %s: %s", u, resp.Status, strings.TrimSpace(string(b)))
	}
	if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
		return "", err
	}
	return nextLink(resp.Header.Get("Link")), nil
}

func nextLink(h string) string {
	for _, part := range strings.Split(h, ",") {
		seg := strings.Split(part, ";")
		if len(seg) == 2 && strings.TrimSpace(seg[1]) == `rel="next"` {
			return strings.Trim(strings.TrimSpace(seg[0]), "<>")
		}
	}
	return ""
}

// issuesSince returns issues and PRs updated since t (the issues endpoint includes PRs).
func (c *client) issuesSince(repo string, t time.Time, max int) ([]Issue, error) {
	q := url.Values{}
	q.Set("state", "all")
	q.Set("since", t.UTC().Format(time.RFC3339))
	q.Set("per_page", "100")
	q.Set("sort", "updated")
	var all []Issue
	var page []Issue
	next, err := c.get("/repos/"+repo+"/issues", q, &page)
	if err != nil {
		return nil, err
	}
	all = append(all, page...)
	for next != "" && len(all) < max {
		page = nil
		next, err = c.getURL(next, &page)
		if err != nil {
			return nil, err
		}
		all = append(all, page...)
	}
	return all, nil
}

func (c *client) openIssues(repo string, max int) ([]Issue, error) {
	q := url.Values{}
	q.Set("state", "open")
	q.Set("per_page", "100")
	q.Set("sort", "updated")
	q.Set("direction", "asc")
	var page []Issue
	_, err := c.get("/repos/"+repo+"/issues", q, &page)
	if len(page) > max {
		page = page[:max]
	}
	return page, err
}
