package gh

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"
)

type Client struct {
	base  string
	token string
	http  *http.Client
}

func New() (*Client, error) {
	tok := os.Getenv("GITHUB_TOKEN")
	if tok == "" {
		return nil, errors.New("GITHUB_TOKEN is not set")
	}
	base := strings.TrimRight(os.Getenv("GITHUB_API_URL"), "/")
	if base == "" {
		base = "https://api.github.com"
	}
	u, err := url.Parse(base)
	if err != nil || u.Scheme != "https" {
		return nil, fmt.Errorf("GITHUB_API_URL must be an https URL")
	}
	return &Client{base: base, token: tok, http: &http.Client{
		Timeout: 20 * time.Second,
		// never forward the token to a different host on redirect
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if req.URL.Host != u.Host {
				req.Header.Del("Authorization")
			}
			return nil
		},
	}}, nil
}

func (c *Client) do(ctx context.Context, method, path string, body any, out any) error {
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, rd)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("Accept", "application/vnd.github+json")
	req.Header.Set("X-GitHub-Api-Version", "2022-11-28")
	req.Header.Set("User-Agent", "gh-issues-mcp/0.3")
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 2048))
		return fmt.Errorf("GitHub %s %s: %d %s", method, path, resp.StatusCode, strings.TrimSpace(string(msg)))
	}
	if out != nil {
		return json.NewDecoder(resp.Body).Decode(out)
	}
	return nil
}

type Issue struct {
	Number   int    `json:"number"`
	Title    string `json:"title"`
	State    string `json:"state"`
	Body     string `json:"body"`
	HTMLURL  string `json:"html_url"`
	User     struct{ Login string } `json:"user"`
	Labels   []struct{ Name string } `json:"labels"`
	Comments int    `json:"comments"`
	PR       *struct{} `json:"pull_request,omitempty"`
}

type Comment struct {
	User struct{ Login string } `json:"user"`
	Body string `json:"body"`
	At   string `json:"created_at"`
}

func (c *Client) Search(ctx context.Context, q string, n int) ([]Issue, error) {
	var r struct{ Items []Issue `json:"items"` }
	err := c.do(ctx, "GET", fmt.Sprintf("/search/issues?per_page=%d&q=%s", n, url.QueryEscape(q)), nil, &r)
	return r.Items, err
}

func (c *Client) Issue(ctx context.Context, repo string, n int) (Issue, []Comment, error) {
	var is Issue
	if err := c.do(ctx, "GET", fmt.Sprintf("/repos/%s/issues/%d", repo, n), nil, &is); err != nil {
		return is, nil, err
	}
	var cs []Comment
	err := c.do(ctx, "GET", fmt.Sprintf("/repos/%s/issues/%d/comments?per_page=30", repo, n), nil, &cs)
	return is, cs, err
}

func (c *Client) AddLabels(ctx context.Context, repo string, n int, labels []string) error {
	return c.do(ctx, "POST", fmt.Sprintf("/repos/%s/issues/%d/labels", repo, n), map[string]any{"labels": labels}, nil)
}

func (c *Client) Comment(ctx context.Context, repo string, n int, body string) (string, error) {
	var r struct{ HTMLURL string `json:"html_url"` }
	err := c.do(ctx, "POST", fmt.Sprintf("/repos/%s/issues/%d/comments", repo, n), map[string]string{"body": body}, &r)
	return r.HTMLURL, err
}
