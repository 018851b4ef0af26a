package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/shipnote-dev/shipnote/internal/notes"
)

var originRe = regexp.MustCompile(`github\.com[:/]([^/]+)/([^/]+?)(?:\.git)?$`)

func origin() (string, string, error) {
	out, err := exec.Command("git", "remote", "get-url", "origin").Output()
	if err != nil {
		return "", "", fmt.Errorf("no origin remote: %w", err)
	}
	m := originRe.FindStringSubmatch(strings.TrimSpace(string(out)))
	if m == nil {
		return "", "", fmt.Errorf("origin is not a GitHub repository")
	}
	return m[1], m[2], nil
}

type client struct {
	api, token string
	http       *http.Client
}

func (c *client) do(method, u string, body io.Reader, ctype string, out any) error {
	req, err := http.NewRequest(method, u, body)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("Accept", "application/vnd.github+json")
	req.Header.Set("X-GitHub-Api-Version", "2022-11-28")
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	res, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode >= 300 {
		b, _ := io.ReadAll(io.LimitReader(res.Body, 2048))
		return fmt.Errorf("%s %s: %s: %s", method, u, res.Status, b)
	}
	if out != nil {
		return json.NewDecoder(res.Body).Decode(out)
	}
	return nil
}

func main() {
	tag := flag.String("tag", "", "tag to release (required, must exist and be pushed)")
	draft := flag.Bool("draft", false, "create as draft")
	pre := flag.Bool("prerelease", false, "mark as prerelease")
	dry := flag.Bool("dry-run", false, "print notes and assets, do not call the API")
	flag.Parse()
	assets := flag.Args()
	if *tag == "" {
		fmt.Fprintln(os.Stderr, "usage: shipnote -tag v1.2.3 [-draft] [-prerelease] [-dry-run] [asset ...]")
		os.Exit(2)
	}
	owner, repo, err := origin()
	check(err)
	body, err := notes.Build(notes.PreviousTag())
	check(err)
	fmt.Printf("Release %s on %s/%s\n\n%s\nAssets: %v\n", *tag, owner, repo, body, assets)
	if *dry {
		return
	}
	token := os.Getenv("GITHUB_TOKEN")
	if token == "" {
		token = os.Getenv("GH_TOKEN")
	}
	if token == "" {
		check(fmt.Errorf("set GITHUB_TOKEN (needs contents:write on %s/%s)", owner, repo))
	}
	api := os.Getenv("GITHUB_API_URL")
	if api == "" {
		api = "https://api.github.com"
	}
	c := &client{api: strings.TrimRight(api, "/"), token: token, http: &http.Client{Timeout: 60 * time.Second}}

	payload, _ := json.Marshal(map[string]any{"tag_name": *tag, "name": *tag, "body": body, "draft": *draft, "prerelease": *pre})
	var rel struct {
		ID        int64  `json:"id"`
		HTMLURL   string `json:"html_url"`
		UploadURL string `json:"upload_url"`
	}
	check(c.do("POST", fmt.Sprintf("%s/repos/%s/%s/releases", c.api, owner, repo), bytes.NewReader(payload), "application/json", &rel))
	upload := strings.SplitN(rel.UploadURL, "{", 2)[0]
	for _, a := range assets {
		f, err := os.Open(a)
		check(err)
		ct := mime.TypeByExtension(filepath.Ext(a))
		if ct == "" {
			ct = "application/octet-stream"
		}
		check(c.do("POST", upload+"?name="+url.QueryEscape(filepath.Base(a)), f, ct, nil))
		f.Close()
		fmt.Println("uploaded", a)
	}
	fmt.Println(rel.HTMLURL)
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "shipnote:", err)
		os.Exit(1)
	}
}
