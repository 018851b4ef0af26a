package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/netprobe-dev/netprobe/internal/metrics"
	"github.com/netprobe-dev/netprobe/internal/probe"
)

type report struct {
	Host string             `json:"host"`
	DNS  []probe.DNSResult  `json:"dns"`
	TCP  []probe.TCPResult  `json:"tcp"`
	TLS  *probe.TLSResult   `json:"tls,omitempty"`
	HTTP *probe.HTTPResult  `json:"http,omitempty"`
	Took string             `json:"took"`
}

func main() {
	port := flag.Int("port", 443, "port")
	path := flag.String("path", "/", "HTTP path")
	asJSON := flag.Bool("json", false, "JSON output")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: netprobe <host> [--port N] [--path P] [--json]")
		os.Exit(2)
	}
	host := flag.Arg(0)
	start := time.Now()
	metrics.Mark("start")

	r := report{Host: host}
	r.DNS = probe.Resolve(host)
	addrs := probe.Addresses(r.DNS)
	r.TCP = probe.Connect(addrs, *port)
	if *port == 443 || *port == 8443 {
		r.TLS = probe.TLS(host, *port)
	}
	r.HTTP = probe.HTTP(host, *port, *path)
	r.Took = time.Since(start).Round(time.Millisecond).String()

	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		_ = enc.Encode(r)
		return
	}
	fmt.Printf("netprobe %s (took %s)\n\n== DNS ==\n", host, r.Took)
	for _, d := range r.DNS {
		fmt.Printf("  %-16s %-8s %v  %s\n", d.Resolver, d.Elapsed, d.Answers, d.Err)
	}
	fmt.Println("\n== TCP ==")
	for _, t := range r.TCP {
		fmt.Printf("  %-40s %-8s %s\n", t.Addr, t.Elapsed, t.Err)
	}
	if r.TLS != nil {
		fmt.Printf("\n== TLS ==\n  %s  issuer=%q  expires in %d days %s\n", r.TLS.Version, r.TLS.Issuer, r.TLS.DaysLeft, r.TLS.Err)
	}
	if r.HTTP != nil {
		fmt.Printf("\n== HTTP ==\n  status=%d  ttfb=%s %s\n", r.HTTP.Status, r.HTTP.TTFB, r.HTTP.Err)
	}
}
