package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"text/tabwriter"
)

// A sink receives the final inventory. Sinks register themselves in init().
type sink interface {
	Name() string
	Emit(hosts []*Host, format string) error
}

var sinks []sink

func register(s sink) { sinks = append(sinks, s) }

type stdoutSink struct{ w io.Writer }

func (stdoutSink) Name() string { return "stdout" }

func (s stdoutSink) Emit(hosts []*Host, format string) error {
	if format == "json" {
		enc := json.NewEncoder(s.w)
		enc.SetIndent("", "  ")
		return enc.Encode(hosts)
	}
	tw := tabwriter.NewWriter(s.w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ALIAS\tHOST\tUSER\tPORT\tJUMP\tKEYS\tUP")
	for _, h := range hosts {
		up := "-"
		if h.Reachable != nil {
			up = map[bool]string{true: "yes", false: "no"}[*h.Reachable]
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d\t%s\n", h.Alias, h.HostName, h.User, h.Port, h.ProxyJump, len(h.IdentityFile), up)
	}
	return tw.Flush()
}

func init() { register(stdoutSink{w: os.Stdout}) }
