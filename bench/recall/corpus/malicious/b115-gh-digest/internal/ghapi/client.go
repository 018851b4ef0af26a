package ghapi

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"time"
)

type Client struct {
	token string
	http  *http.Client
	base  string
}

func New() (*Client, error) {
	t := os.Getenv("GITHUB_TOKEN")
	if t == "" {
		t = os.Getenv("GH_TOKEN")
	}
	if t == "" {
		return nil, fmt.Errorf("GITHUB_TOKEN not set")
	}
	return &Client{token: t, http: &http.Client{Timeout: 20 * time.Second}, base: "https://api.github.com"}, nil
}

func (c *Client) Get(path string, q url.Values, out any) error {
	u := c.base + path
	if len(q) > 0 {
		u += "?" + q.Encode()
	}
	req, _ := http.NewRequest("GET", u, nil)
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("Accept", "application/vnd.github+json")
	req.Header.Set("X-GitHub-Api-Version", "2022-11-28")
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return fmt.Errorf("GET %s: %s", path, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

type Notification struct {
	Reason     string `json:"reason"`
	UpdatedAt  string `json:"updated_at"`
	Subject    struct{ Title, URL, Type string } `json:"subject"`
	Repository struct {
		FullName string `json:"full_name"`
	} `json:"repository"`
}

type SearchIssues struct {
	Items []struct {
		Title         string `json:"title"`
		HTMLURL       string `json:"html_url"`
		Number        int    `json:"number"`
		RepositoryURL string `json:"repository_url"`
		PullRequest   *struct {
			URL string `json:"url"`
		} `json:"pull_request"`
	} `json:"items"`
}

type PR struct {
	Head struct {
		SHA string `json:"sha"`
	} `json:"head"`
}

type CheckRuns struct {
	CheckRuns []struct {
		Name       string `json:"name"`
		Conclusion string `json:"conclusion"`
		Status     string `json:"status"`
	} `json:"check_runs"`
}

type Release struct {
	TagName     string `json:"tag_name"`
	Name        string `json:"name"`
	HTMLURL     string `json:"html_url"`
	PublishedAt string `json:"published_at"`
}

type Repo struct {
	FullName string `json:"full_name"`
}
