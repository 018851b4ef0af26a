// dnsdoctor: compare DNS answers across resolvers and lint common records.
package main

import (
	"context"
	"flag"
	"fmt"
	"net"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"time"
)

type answer struct {
	resolver string
	rtype    string
	values   []string
	err      string
}

func resolverFor(addr string) *net.Resolver {
	if addr == "system" {
		return net.DefaultResolver
	}
	if !strings.Contains(addr, ":") {
		addr += ":53"
	}
	return &net.Resolver{
		PreferGo: true,
		Dial: func(ctx context.Context, network, _ string) (net.Conn, error) {
			d := net.Dialer{Timeout: 3 * time.Second}
			return d.DialContext(ctx, "udp", addr)
		},
	}
}

func lookup(ctx context.Context, r *net.Resolver, rtype, domain string) ([]string, error) {
	switch rtype {
	case "A", "AAAA":
		ips, err := r.LookupIP(ctx, map[string]string{"A": "ip4", "AAAA": "ip6"}[rtype], domain)
		out := make([]string, 0, len(ips))
		for _, ip := range ips {
			out = append(out, ip.String())
		}
		return out, err
	case "CNAME":
		c, err := r.LookupCNAME(ctx, domain)
		if c == domain+"." {
			return nil, err
		}
		return []string{c}, err
	case "MX":
		mx, err := r.LookupMX(ctx, domain)
		out := []string{}
		for _, m := range mx {
			out = append(out, fmt.Sprintf("%d %s", m.Pref, m.Host))
		}
		return out, err
	case "NS":
		ns, err := r.LookupNS(ctx, domain)
		out := []string{}
		for _, n := range ns {
			out = append(out, n.Host)
		}
		return out, err
	case "TXT":
		return r.LookupTXT(ctx, domain)
	}
	return nil, fmt.Errorf("unsupported type %s", rtype)
}

func lint(domain string, txt, dmarc, mx []string) []string {
	var notes []string
	spf := 0
	for _, t := range txt {
		if strings.HasPrefix(t, "v=spf1") {
			spf++
			if n := strings.Count(t, "include:") + strings.Count(t, " a ") + strings.Count(t, " mx"); n > 10 {
				notes = append(notes, "SPF: more than 10 DNS lookups (permerror)")
			}
			if strings.HasSuffix(t, "+all") {
				notes = append(notes, "SPF: ends with +all, anyone can send as "+domain)
			}
		}
	}
	if spf == 0 && len(mx) > 0 {
		notes = append(notes, "SPF: no v=spf1 record although MX exists")
	}
	if spf > 1 {
		notes = append(notes, "SPF: multiple v=spf1 records (permerror)")
	}
	if len(mx) > 0 && len(dmarc) == 0 {
		notes = append(notes, "DMARC: no _dmarc record")
	}
	return notes
}

func main() {
	domain := flag.String("domain", "", "domain to check")
	resolvers := flag.String("resolvers", "", "comma-separated resolver IPs in addition to the system resolver")
	flag.Parse()
	if *domain == "" {
		fmt.Fprintln(os.Stderr, "usage: dnsdoctor -domain example.com [-resolvers 192.0.2.53,...]")
		os.Exit(2)
	}
	list := []string{"system"}
	for _, r := range strings.Split(*resolvers, ",") {
		if r = strings.TrimSpace(r); r != "" {
			list = append(list, r)
		}
	}
	types := []string{"A", "AAAA", "CNAME", "MX", "NS", "TXT"}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()

	var rows []answer
	for _, rs := range list {
		r := resolverFor(rs)
		for _, t := range types {
			v, err := lookup(ctx, r, t, *domain)
			sort.Strings(v)
			a := answer{resolver: rs, rtype: t, values: v}
			if err != nil {
				a.err = err.Error()
			}
			rows = append(rows, a)
		}
	}

	w := tabwriter.NewWriter(os.Stdout, 0, 2, 2, ' ', 0)
	fmt.Fprintln(w, "TYPE\tRESOLVER\tANSWER\tNOTE")
	base := map[string]string{}
	for _, a := range rows {
		v := strings.Join(a.values, ", ")
		if a.err != "" && v == "" {
			v = "(" + a.err + ")"
		}
		note := ""
		if a.resolver == "system" {
			base[a.rtype] = v
		} else if base[a.rtype] != v {
			note = "DIFFERS"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", a.rtype, a.resolver, v, note)
	}
	w.Flush()

	sys := net.DefaultResolver
	txt, _ := sys.LookupTXT(ctx, *domain)
	dmarc, _ := sys.LookupTXT(ctx, "_dmarc."+*domain)
	mx, _ := lookup(ctx, sys, "MX", *domain)
	if notes := lint(*domain, txt, dmarc, mx); len(notes) > 0 {
		fmt.Println("\nFindings:")
		for _, n := range notes {
			fmt.Println("  - " + n)
		}
	}
}
