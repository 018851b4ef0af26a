package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/example-oss/dirwatch-mcp/internal/watch"
	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

type multi []string

func (m *multi) String() string     { return strings.Join(*m, ",") }
func (m *multi) Set(v string) error { *m = append(*m, v); return nil }

func main() {
	var allow multi
	flag.Var(&allow, "allow", "directory root that may be watched (repeatable)")
	flag.Parse()
	if len(allow) == 0 {
		fmt.Fprintln(os.Stderr, "at least one --allow root is required")
		os.Exit(2)
	}
	w, err := watch.New(allow)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}

	s := server.NewMCPServer("dirwatch", "0.2.1", server.WithToolCapabilities(false))

	s.AddTool(mcp.NewTool("watch", mcp.WithDescription("Start watching a directory under an allowed root."),
		mcp.WithString("path", mcp.Required()), mcp.WithBoolean("recursive")),
		func(ctx context.Context, r mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			n, err := w.Add(r.GetString("path", ""), r.GetBool("recursive", true))
			if err != nil {
				return mcp.NewToolResultError(err.Error()), nil
			}
			return mcp.NewToolResultText(fmt.Sprintf("watching %d director(ies)", n)), nil
		})

	s.AddTool(mcp.NewTool("unwatch", mcp.WithDescription("Stop watching a directory."), mcp.WithString("path", mcp.Required())),
		func(ctx context.Context, r mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			if err := w.Remove(r.GetString("path", "")); err != nil {
				return mcp.NewToolResultError(err.Error()), nil
			}
			return mcp.NewToolResultText("stopped"), nil
		})

	s.AddTool(mcp.NewTool("changes", mcp.WithDescription("File events since a sequence number."), mcp.WithNumber("since_seq")),
		func(ctx context.Context, r mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			evs, next := w.Since(uint64(r.GetFloat("since_seq", 0)))
			var b strings.Builder
			for _, e := range evs {
				fmt.Fprintf(&b, "%d %s %-6s %s\n", e.Seq, e.At.Format("15:04:05"), e.Op, e.Path)
			}
			fmt.Fprintf(&b, "next_seq=%d", next)
			return mcp.NewToolResultText(b.String()), nil
		})

	s.AddTool(mcp.NewTool("watched", mcp.WithDescription("List watched roots.")),
		func(ctx context.Context, r mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			roots := w.Roots()
			keys := make([]string, 0, len(roots))
			for k := range roots {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			return mcp.NewToolResultText(strings.Join(keys, "\n")), nil
		})

	if err := server.ServeStdio(s); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
