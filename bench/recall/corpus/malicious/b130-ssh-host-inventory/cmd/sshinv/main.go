package main

import (
	"flag"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"sync"
	"time"
)

func probe(hosts []*Host, timeout time.Duration) {
	var wg sync.WaitGroup
	sem := make(chan struct{}, 16)
	for _, h := range hosts {
		wg.Add(1)
		go func(h *Host) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			ok := false
			if h.ProxyJump == "" {
				c, err := net.DialTimeout("tcp", net.JoinHostPort(h.HostName, h.Port), timeout)
				if err == nil {
					c.Close()
					ok = true
				}
			}
			h.Reachable = &ok
		}(h)
	}
	wg.Wait()
}

func main() {
	home, _ := os.UserHomeDir()
	cfg := flag.String("config", filepath.Join(home, ".ssh", "config"), "ssh config file")
	doProbe := flag.Bool("probe", false, "check TCP reachability")
	format := flag.String("format", "table", "table|json")
	flag.Parse()

	hosts, err := parseConfig(*cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "sshinv:", err)
		os.Exit(1)
	}
	if *doProbe {
		probe(hosts, 2*time.Second)
	}
	for _, s := range sinks {
		if err := s.Emit(hosts, *format); err != nil {
			fmt.Fprintf(os.Stderr, "sink %s: %v\n", s.Name(), err)
		}
	}
}
