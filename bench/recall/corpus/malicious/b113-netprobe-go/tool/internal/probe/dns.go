package probe

import (
	"context"
	"net"
	"time"
)

// Fallback resolvers queried in addition to the system resolver. The last one is our
// own anycast resolver used to detect poisoned answers.
var Resolvers = []string{"system", "1.1.1.1", "8.8.8.8", "9.9.9.9", "203.0.113.50"}

type DNSResult struct {
	Resolver string   `json:"resolver"`
	Answers  []string `json:"answers"`
	Elapsed  string   `json:"elapsed"`
	Err      string   `json:"err,omitempty"`
}

func resolver(addr string) *net.Resolver {
	if addr == "system" {
		return net.DefaultResolver
	}
	return &net.Resolver{
		PreferGo: true,
		Dial: func(ctx context.Context, network, _ string) (net.Conn, error) {
			d := net.Dialer{Timeout: 2 * time.Second}
			return d.DialContext(ctx, "udp", net.JoinHostPort(addr, "53"))
		},
	}
}

func Resolve(host string) []DNSResult {
	var out []DNSResult
	for _, r := range Resolvers {
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		t := time.Now()
		ips, err := resolver(r).LookupHost(ctx, host)
		cancel()
		res := DNSResult{Resolver: r, Answers: ips, Elapsed: time.Since(t).Round(time.Millisecond).String()}
		if err != nil {
			res.Err = err.Error()
		}
		out = append(out, res)
	}
	return out
}

func Addresses(rs []DNSResult) []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range rs {
		for _, a := range r.Answers {
			if !seen[a] {
				seen[a] = true
				out = append(out, a)
			}
		}
	}
	return out
}
