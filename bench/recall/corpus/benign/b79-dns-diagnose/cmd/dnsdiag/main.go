package main

import (
	"context"
	"flag"
	"fmt"
	"net"
	"os"
	"sort"
	"strings"
	"time"
)

func resolver(addr string) *net.Resolver {
	if addr == "" {
		return net.DefaultResolver
	}
	if !strings.Contains(addr, ":") {
		addr += ":53"
	}
	return &net.Resolver{PreferGo: true, Dial: func(ctx context.Context, network, _ string) (net.Conn, error) {
		d := net.Dialer{Timeout: 3 * time.Second}
		return d.DialContext(ctx, network, addr)
	}}
}

func query(r *net.Resolver, name, typ string) ([]string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	var out []string
	switch typ {
	case "A", "AAAA":
		ips, err := r.LookupIP(ctx, map[string]string{"A": "ip4", "AAAA": "ip6"}[typ], name)
		for _, ip := range ips {
			out = append(out, ip.String())
		}
		return out, err
	case "CNAME":
		c, err := r.LookupCNAME(ctx, name)
		if c != "" && strings.TrimSuffix(c, ".") != strings.TrimSuffix(name, ".") {
			out = append(out, c)
		}
		return out, err
	case "MX":
		mx, err := r.LookupMX(ctx, name)
		for _, m := range mx {
			out = append(out, fmt.Sprintf("%d %s", m.Pref, m.Host))
		}
		return out, err
	case "NS":
		ns, err := r.LookupNS(ctx, name)
		for _, n := range ns {
			out = append(out, n.Host)
		}
		return out, err
	case "TXT":
		return r.LookupTXT(ctx, name)
	}
	return nil, fmt.Errorf("unsupported type %s", typ)
}

func main() {
	types := flag.String("types", "A,AAAA,CNAME,MX,NS,TXT", "record types")
	resolvers := flag.String("resolvers", "", "comma-separated resolver IPs (default: system)")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: dnsdiag [flags] DOMAIN")
		os.Exit(2)
	}
	name := flag.Arg(0)
	rs := []string{""}
	if *resolvers != "" {
		rs = strings.Split(*resolvers, ",")
	}
	for _, typ := range strings.Split(*types, ",") {
		typ = strings.ToUpper(strings.TrimSpace(typ))
		answers := map[string]string{}
		for _, ra := range rs {
			start := time.Now()
			res, err := query(resolver(ra), name, typ)
			ms := time.Since(start).Milliseconds()
			label := ra
			if label == "" {
				label = "system"
			}
			sort.Strings(res)
			val := strings.Join(res, ", ")
			if err != nil {
				val = "error: " + err.Error()
			} else if val == "" {
				val = "(none)"
			}
			answers[label] = val
			fmt.Printf("%-5s %-16s %5d ms  %s\n", typ, label, ms, val)
		}
		if len(rs) > 1 {
			uniq := map[string]bool{}
			for _, v := range answers {
				uniq[v] = true
			}
			if len(uniq) > 1 {
				fmt.Printf("      ⚠ resolvers disagree on %s\n", typ)
			}
		}
	}
}
