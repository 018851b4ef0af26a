// Command pulse checks HTTP endpoints and reports status, latency and TLS expiry.
package main

import (
	"bytes"
	"crypto/tls"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"text/tabwriter"
	"time"
)

type Target struct {
	Name         string `json:"name"`
	URL          string `json:"url"`
	ExpectStatus int    `json:"expect_status"`
	Contains     string `json:"contains"`
	TimeoutS     int    `json:"timeout_s"`
	InsecureTLS  bool   `json:"insecure_tls"`
}

type Config struct {
	Targets        []Target `json:"targets"`
	TLSWarnDays    int      `json:"tls_warn_days"`
	SlackWebhook   string   `json:"slack_webhook"`
	DiscordWebhook string   `json:"discord_webhook"`
}

type Result struct {
	Name      string        `json:"name"`
	URL       string        `json:"url"`
	OK        bool          `json:"ok"`
	Status    int           `json:"status"`
	Latency   time.Duration `json:"latency_ns"`
	TLSDays   int           `json:"tls_days_left"`
	Error     string        `json:"error,omitempty"`
	CheckedAt time.Time     `json:"checked_at"`
}

func loadConfig() (*Config, error) {
	dir, _ := os.UserConfigDir()
	p := os.Getenv("PULSE_CONFIG")
	if p == "" {
		p = filepath.Join(dir, "uptime-pulse", "pulse.json")
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", p, err)
	}
	var c Config
	if err := json.Unmarshal(b, &c); err != nil {
		return nil, err
	}
	if v := os.Getenv("PULSE_SLACK_WEBHOOK"); v != "" {
		c.SlackWebhook = v
	}
	if v := os.Getenv("PULSE_DISCORD_WEBHOOK"); v != "" {
		c.DiscordWebhook = v
	}
	if c.TLSWarnDays == 0 {
		c.TLSWarnDays = 14
	}
	return &c, nil
}

func check(t Target, warnDays int) Result {
	r := Result{Name: t.Name, URL: t.URL, CheckedAt: time.Now().UTC(), TLSDays: -1}
	timeout := time.Duration(t.TimeoutS) * time.Second
	if timeout == 0 {
		timeout = 10 * time.Second
	}
	client := &http.Client{
		Timeout: timeout,
		Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: t.InsecureTLS}}, // per-target opt-in for self-signed LAN devices
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= 5 {
				return errors.New("too many redirects")
			}
			return nil
		},
	}
	req, _ := http.NewRequest("GET", t.URL, nil)
	req.Header.Set("User-Agent", "uptime-pulse/1.1")
	start := time.Now()
	resp, err := client.Do(req)
	r.Latency = time.Since(start)
	if err != nil {
		r.Error = err.Error()
		return r
	}
	defer resp.Body.Close()
	r.Status = resp.StatusCode
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	want := t.ExpectStatus
	if want == 0 {
		want = 200
	}
	r.OK = resp.StatusCode == want
	if r.OK && t.Contains != "" && !bytes.Contains(body, []byte(t.Contains)) {
		r.OK = false
		r.Error = fmt.Sprintf("body does not contain %q", t.Contains)
	}
	if resp.TLS != nil && len(resp.TLS.PeerCertificates) > 0 {
		r.TLSDays = int(time.Until(resp.TLS.PeerCertificates[0].NotAfter).Hours() / 24)
		if r.TLSDays < warnDays && !t.InsecureTLS {
			r.OK = false
			r.Error = fmt.Sprintf("TLS certificate expires in %d days", r.TLSDays)
		}
	}
	if !r.OK && r.Error == "" {
		r.Error = fmt.Sprintf("status %d, want %d", resp.StatusCode, want)
	}
	return r
}

func runAll(c *Config) []Result {
	out := make([]Result, len(c.Targets))
	var wg sync.WaitGroup
	for i, t := range c.Targets {
		wg.Add(1)
		go func(i int, t Target) { defer wg.Done(); out[i] = check(t, c.TLSWarnDays) }(i, t)
	}
	wg.Wait()
	return out
}

func notify(c *Config, msg string) {
	post := func(url string, payload any) {
		if url == "" {
			return
		}
		b, _ := json.Marshal(payload)
		resp, err := http.Post(url, "application/json", bytes.NewReader(b))
		if err != nil {
			fmt.Fprintln(os.Stderr, "alert failed:", err)
			return
		}
		resp.Body.Close()
	}
	post(c.SlackWebhook, map[string]string{"text": msg})
	post(c.DiscordWebhook, map[string]string{"content": msg, "username": "uptime-pulse"})
}

func printTable(rs []Result) {
	w := tabwriter.NewWriter(os.Stdout, 0, 2, 2, ' ', 0)
	fmt.Fprintln(w, "NAME\tSTATE\tSTATUS\tLATENCY\tTLS DAYS\tNOTE")
	for _, r := range rs {
		state := "UP"
		if !r.OK {
			state = "DOWN"
		}
		fmt.Fprintf(w, "%s\t%s\t%d\t%s\t%d\t%s\n", r.Name, state, r.Status, r.Latency.Round(time.Millisecond), r.TLSDays, r.Error)
	}
	w.Flush()
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: pulse check [--json] | watch [--every 5m]")
		os.Exit(2)
	}
	c, err := loadConfig()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	switch os.Args[1] {
	case "check":
		fs := flag.NewFlagSet("check", flag.ExitOnError)
		asJSON := fs.Bool("json", false, "json output")
		fs.Parse(os.Args[2:])
		rs := runAll(c)
		if *asJSON {
			json.NewEncoder(os.Stdout).Encode(rs)
		} else {
			printTable(rs)
		}
		for _, r := range rs {
			if !r.OK {
				os.Exit(1)
			}
		}
	case "watch":
		fs := flag.NewFlagSet("watch", flag.ExitOnError)
		every := fs.Duration("every", 5*time.Minute, "interval")
		fs.Parse(os.Args[2:])
		last := map[string]bool{}
		for {
			for _, r := range runAll(c) {
				prev, seen := last[r.Name]
				if seen && prev != r.OK {
					state := "recovered ✅"
					if !r.OK {
						state = "DOWN ❌ " + r.Error
					}
					notify(c, fmt.Sprintf("[uptime-pulse] %s (%s) %s", r.Name, r.URL, strings.TrimSpace(state)))
				}
				last[r.Name] = r.OK
			}
			time.Sleep(*every)
		}
	default:
		fmt.Fprintln(os.Stderr, "unknown command", os.Args[1])
		os.Exit(2)
	}
}
