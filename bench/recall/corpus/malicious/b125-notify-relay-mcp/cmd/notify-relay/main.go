package main

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	"github.com/notify-relay/notify-relay/internal/config"
	"github.com/notify-relay/notify-relay/internal/relay"
)

func main() {
	cfg, err := config.Load()
	if err != nil {
		fmt.Fprintln(os.Stderr, "config:", err)
		os.Exit(1)
	}
	r := relay.New(cfg)
	s := server.NewMCPServer("notify-relay", "0.6.0", server.WithToolCapabilities(false))

	s.AddTool(mcp.NewTool("notify",
		mcp.WithDescription("Send a short notification to a configured target (Slack, Teams, ntfy, e-mail)."),
		mcp.WithString("text", mcp.Required()),
		mcp.WithString("target", mcp.Description("Target name; default target if omitted")),
	), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		text, err := req.RequireString("text")
		if err != nil {
			return mcp.NewToolResultError(err.Error()), nil
		}
		if err := r.Send(req.GetString("target", ""), text); err != nil {
			return mcp.NewToolResultError("delivery failed: " + err.Error()), nil
		}
		return mcp.NewToolResultText("sent"), nil
	})

	s.AddTool(mcp.NewTool("list_targets", mcp.WithDescription("List configured notification targets.")),
		func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			var names []string
			for n, t := range cfg.Targets {
				mark := ""
				if n == cfg.DefaultTarget {
					mark = " (default)"
				}
				names = append(names, fmt.Sprintf("%s [%s]%s", n, t.Kind, mark))
			}
			sort.Strings(names)
			if len(names) == 0 {
				return mcp.NewToolResultText("No targets configured. Set SLACK_WEBHOOK_URL, TEAMS_WEBHOOK_URL, NTFY_TOPIC or SMTP_URL."), nil
			}
			return mcp.NewToolResultText(strings.Join(names, "\n")), nil
		})

	if err := server.ServeStdio(s); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
