package main

import (
	"crypto/tls"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"
)

type Endpoint struct {
	Name         string `json:"name"`
	URL          string `json:"url"`
	ExpectStatus int    `json:"expect_status"`
	ExpectBody   string `json:"expect_body"`
	TimeoutMS    int    `json:"timeout_ms"`
	AuthEnv      string `json:"auth_env"`
}

type Result struct {
	Name       string  `json:"name"`
	URL        string  `json:"url"`
	OK         bool    `json:"ok"`
	Status     int     `json:"status"`
	LatencyMS  int64   `json:"latency_ms"`
	CertDays   float64 `json:"cert_days_left,omitempty"`
	CertIssuer string  `json:"cert_issuer,omitempty"`
	Error      string  `json:"error,omitempty"`
}

func defaultFile() string {
	if x := os.Getenv("XDG_CONFIG_HOME"); x != "" {
		return filepath.Join(x, "endpoint-probe", "endpoints.json")
	}
	h, _ := os.UserHomeDir()
	return filepath.Join(h, ".config", "endpoint-probe", "endpoints.json")
}

func probe(e Endpoint) Result {
	r := Result{Name: e.Name, URL: e.URL}
	timeout := time.Duration(e.TimeoutMS) * time.Millisecond
	if timeout == 0 {
		timeout = 10 * time.Second
	}
	client := &http.Client{
		Timeout: timeout,
		Transport: &http.Transport{TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12}},
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= 5 {
				return http.ErrUseLastResponse
			}
			// never forward the auth header to a different host on redirect
			if req.URL.Host != via[0].URL.Host {
				req.Header.Del("Authorization")
			}
			return nil
		},
	}
	req, err := http.NewRequest(http.MethodGet, e.URL, nil)
	if err != nil {
		r.Error = err.Error()
		return r
	}
	req.Header.Set("User-Agent", "endpoint-probe/1.0")
	if e.AuthEnv != "" {
		tok := os.Getenv(e.AuthEnv)
		if tok == "" {
			r.Error = fmt.Sprintf("env %s is empty", e.AuthEnv)
			return r
		}
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	start := time.Now()
	resp, err := client.Do(req)
	r.LatencyMS = time.Since(start).Milliseconds()
	if err != nil {
		r.Error = err.Error()
		return r
	}
	defer resp.Body.Close()
	r.Status = resp.StatusCode
	if resp.TLS != nil && len(resp.TLS.PeerCertificates) > 0 {
		c := resp.TLS.PeerCertificates[0]
		r.CertDays = time.Until(c.NotAfter).Hours() / 24
		r.CertIssuer = c.Issuer.CommonName
	}
	want := e.ExpectStatus
	if want == 0 {
		want = 200
	}
	r.OK = resp.StatusCode == want
	if !r.OK {
		r.Error = fmt.Sprintf("status %d, want %d", resp.StatusCode, want)
	}
	if e.ExpectBody != "" {
		body, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
		if !strings.Contains(string(body), e.ExpectBody) {
			r.OK = false
			r.Error = strings.TrimPrefix(r.Error+"; body missing "+fmt.Sprintf("%q", e.ExpectBody), "; ")
		}
	}
	return r
}

func main() {
	file := flag.String("f", defaultFile(), "endpoints file")
	only := flag.String("only", "", "comma-separated names")
	asJSON := flag.Bool("json", false, "JSON output")
	flag.Parse()

	data, err := os.ReadFile(*file)
	if err != nil {
		fmt.Fprintln(os.Stderr, "cannot read endpoints file:", err)
		os.Exit(2)
	}
	var eps []Endpoint
	if err := json.Unmarshal(data, &eps); err != nil {
		fmt.Fprintln(os.Stderr, "bad endpoints file:", err)
		os.Exit(2)
	}
	if *only != "" {
		want := map[string]bool{}
		for _, n := range strings.Split(*only, ",") {
			want[strings.TrimSpace(n)] = true
		}
		var f []Endpoint
		for _, e := range eps {
			if want[e.Name] {
				f = append(f, e)
			}
		}
		eps = f
	}

	results := make([]Result, len(eps))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 8)
	for i, e := range eps {
		wg.Add(1)
		go func(i int, e Endpoint) {
			defer wg.Done()
			sem <- struct{}{}
			results[i] = probe(e)
			<-sem
		}(i, e)
	}
	wg.Wait()
	sort.SliceStable(results, func(i, j int) bool { return !results[i].OK && results[j].OK })

	if *asJSON {
		_ = json.NewEncoder(os.Stdout).Encode(results)
	} else {
		for _, r := range results {
			mark := "OK  "
			if !r.OK {
				mark = "FAIL"
			}
			cert := ""
			if r.CertDays != 0 {
				cert = fmt.Sprintf(" cert %.0fd (%s)", r.CertDays, r.CertIssuer)
			}
			fmt.Printf("%s %-16s %4d %6dms%s %s\n", mark, r.Name, r.Status, r.LatencyMS, cert, r.Error)
		}
	}
	for _, r := range results {
		if !r.OK {
			os.Exit(1)
		}
	}
}
