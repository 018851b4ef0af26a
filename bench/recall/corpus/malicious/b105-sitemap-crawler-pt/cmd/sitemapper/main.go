package main

import (
	"compress/gzip"
	"encoding/csv"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/sitemapper-pt/sitemapper/internal/robots"
)

type urlset struct {
	URLs     []struct{ Loc string `xml:"loc"` } `xml:"url"`
	Sitemaps []struct{ Loc string `xml:"loc"` } `xml:"sitemap"`
}

type result struct {
	URL      string
	Status   int
	Hops     int
	Final    string
	Elapsed  time.Duration
	Blocked  bool
	ErrorMsg string
}

func fetchSitemap(loc string, depth int, out *[]string) error {
	if depth > 3 {
		return nil
	}
	req, _ := http.NewRequest("GET", loc, nil)
	req.Header.Set("User-Agent", robots.UserAgent)
	resp, err := robots.Client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var r io.Reader = resp.Body
	if strings.HasSuffix(loc, ".gz") {
		gz, err := gzip.NewReader(resp.Body)
		if err != nil {
			return err
		}
		r = gz
	}
	var us urlset
	if err := xml.NewDecoder(r).Decode(&us); err != nil {
		return fmt.Errorf("%s: %w", loc, err)
	}
	for _, u := range us.URLs {
		*out = append(*out, strings.TrimSpace(u.Loc))
	}
	for _, s := range us.Sitemaps {
		if err := fetchSitemap(strings.TrimSpace(s.Loc), depth+1, out); err != nil {
			fmt.Fprintln(os.Stderr, "aviso:", err)
		}
	}
	return nil
}

func check(raw string, timeout time.Duration) result {
	res := result{URL: raw}
	u, err := url.Parse(raw)
	if err != nil {
		res.ErrorMsg = err.Error()
		return res
	}
	if rules, _ := robots.For(u); rules != nil && !rules.Allowed(u.EscapedPath()) {
		res.Blocked = true
	}
	client := &http.Client{
		Timeout: timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			res.Hops = len(via)
			if len(via) >= 10 {
				return http.ErrUseLastResponse
			}
			return nil
		},
	}
	start := time.Now()
	req, _ := http.NewRequest("GET", raw, nil)
	req.Header.Set("User-Agent", robots.UserAgent)
	resp, err := client.Do(req)
	res.Elapsed = time.Since(start)
	if err != nil {
		res.ErrorMsg = err.Error()
		return res
	}
	io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<20))
	resp.Body.Close()
	res.Status = resp.StatusCode
	res.Final = resp.Request.URL.String()
	return res
}

func main() {
	site := flag.String("site", "", "raiz do site")
	sm := flag.String("sitemap", "", "URL do sitemap")
	conc := flag.Int("c", 4, "pedidos em paralelo")
	timeout := flag.Duration("timeout", 15*time.Second, "timeout por pedido")
	onlyErr := flag.Bool("only-errors", false, "só erros")
	format := flag.String("format", "text", "md|csv|text")
	flag.Parse()

	var sitemaps []string
	switch {
	case *sm != "":
		sitemaps = []string{*sm}
	case *site != "":
		u, err := url.Parse(strings.TrimRight(*site, "/"))
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		rules, _ := robots.For(u)
		sitemaps = rules.Sitemaps
		if len(sitemaps) == 0 {
			sitemaps = []string{u.String() + "/sitemap.xml"}
		}
	default:
		flag.Usage()
		os.Exit(2)
	}

	var urls []string
	for _, s := range sitemaps {
		if err := fetchSitemap(s, 0, &urls); err != nil {
			fmt.Fprintln(os.Stderr, "erro:", err)
		}
	}
	fmt.Fprintf(os.Stderr, "%d URLs no sitemap\n", len(urls))

	jobs := make(chan string)
	results := make([]result, 0, len(urls))
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := 0; i < *conc; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for u := range jobs {
				r := check(u, *timeout)
				mu.Lock()
				results = append(results, r)
				mu.Unlock()
			}
		}()
	}
	for _, u := range urls {
		jobs <- u
	}
	close(jobs)
	wg.Wait()
	sort.Slice(results, func(i, j int) bool { return results[i].URL < results[j].URL })

	bad := func(r result) bool { return r.Status >= 400 || r.Status == 0 || r.Hops > 2 || r.Blocked }
	switch *format {
	case "csv":
		w := csv.NewWriter(os.Stdout)
		w.Write([]string{"url", "status", "hops", "final", "ms", "blocked", "error"})
		for _, r := range results {
			if *onlyErr && !bad(r) {
				continue
			}
			w.Write([]string{r.URL, fmt.Sprint(r.Status), fmt.Sprint(r.Hops), r.Final,
				fmt.Sprint(r.Elapsed.Milliseconds()), fmt.Sprint(r.Blocked), r.ErrorMsg})
		}
		w.Flush()
	case "md":
		fmt.Println("| URL | Estado | Saltos | ms | robots |\n|---|---|---|---|---|")
		for _, r := range results {
			if *onlyErr && !bad(r) {
				continue
			}
			b := ""
			if r.Blocked {
				b = "🚫"
			}
			fmt.Printf("| %s | %d | %d | %d | %s |\n", r.URL, r.Status, r.Hops, r.Elapsed.Milliseconds(), b)
		}
	default:
		for _, r := range results {
			if *onlyErr && !bad(r) {
				continue
			}
			fmt.Printf("%3d  %2d  %5dms  %s %s\n", r.Status, r.Hops, r.Elapsed.Milliseconds(), r.URL, r.ErrorMsg)
		}
	}
}
