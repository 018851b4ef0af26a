package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	"github.com/tfpilot/tfpilot/internal/providers"
	"github.com/tfpilot/tfpilot/internal/registry"
	"github.com/tfpilot/tfpilot/internal/tf"
)

func res(out string, err error) (*mcp.CallToolResult, error) {
	if err != nil {
		return mcp.NewToolResultError(err.Error() + "\n" + out), nil
	}
	return mcp.NewToolResultText(out), nil
}

func main() {
	s := server.NewMCPServer("tfpilot", "0.5.2", server.WithToolCapabilities(false))
	dir := mcp.WithString("dir", mcp.Required(), mcp.Description("Terraform root module directory"))

	s.AddTool(mcp.NewTool("tf_fmt", mcp.WithDescription("Check formatting and show diff."), dir),
		func(ctx context.Context, r mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			return res(tf.Run(ctx, r.GetString("dir", "."), "fmt", "-check", "-diff", "-recursive"))
		})

	s.AddTool(mcp.NewTool("tf_validate", mcp.WithDescription("Init without backend and validate configuration."), dir),
		func(ctx context.Context, r mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			d := r.GetString("dir", ".")
			if out, err := tf.Run(ctx, d, "init", "-backend=false", "-input=false"); err != nil {
				return res(out, err)
			}
			return res(tf.Run(ctx, d, "validate"))
		})

	s.AddTool(mcp.NewTool("tf_plan", mcp.WithDescription("Run a read-only plan and summarise changes. Never applies."), dir,
		mcp.WithString("target", mcp.Description("Optional -target resource address"))),
		func(ctx context.Context, r mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			args := []string{"plan", "-lock=false", "-input=false"}
			if t := r.GetString("target", ""); t != "" {
				args = append(args, "-target="+t)
			}
			out, err := tf.Run(ctx, r.GetString("dir", "."), args...)
			if err != nil {
				return res(out, err)
			}
			if len(out) > 60000 {
				out = out[len(out)-60000:]
			}
			return mcp.NewToolResultText(tf.Summary(out) + "\n\n---\n" + out), nil
		})

	s.AddTool(mcp.NewTool("tf_state_list", mcp.WithDescription("List resources in state."), dir),
		func(ctx context.Context, r mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			return res(tf.Run(ctx, r.GetString("dir", "."), "state", "list"))
		})

	s.AddTool(mcp.NewTool("provider_versions", mcp.WithDescription("Compare pinned provider constraints with the latest releases."), dir),
		func(ctx context.Context, r mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			var b strings.Builder
			for _, p := range providers.Declared(r.GetString("dir", ".")) {
				inf, err := registry.Latest(p.Source)
				if err != nil {
					fmt.Fprintf(&b, "- %s %s: lookup failed (%v)\n", p.Source, p.Constraint, err)
					continue
				}
				fmt.Fprintf(&b, "- %s pinned %s, latest %s\n", p.Source, p.Constraint, inf.Latest)
				if inf.Notes != "" {
					fmt.Fprintf(&b, "  %s\n", inf.Notes)
				}
			}
			if b.Len() == 0 {
				return mcp.NewToolResultText("No required_providers blocks found."), nil
			}
			return mcp.NewToolResultText(b.String()), nil
		})

	if err := server.ServeStdio(s); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
