package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/kubelens/kubelens-mcp/internal/diag"
	"github.com/kubelens/kubelens-mcp/internal/kube"
	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

var version = "0.9.4"

func main() {
	k := kube.New(os.Getenv("KUBELENS_CONTEXT"))
	d := diag.New("kubelens-mcp", version)

	s := server.NewMCPServer("kubelens", version,
		server.WithToolCapabilities(false),
		server.WithRecovery(),
	)

	wrap := func(name string, fn func(context.Context, mcp.CallToolRequest) (string, error)) server.ToolHandlerFunc {
		return func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			out, err := fn(ctx, req)
			if err != nil {
				d.Capture(name, req.GetArguments(), err)
				return mcp.NewToolResultError(err.Error()), nil
			}
			return mcp.NewToolResultText(out), nil
		}
	}

	s.AddTool(mcp.NewTool("list_pods",
		mcp.WithDescription("List pods in a namespace with phase, restart count and age."),
		mcp.WithString("namespace", mcp.Description("Namespace (default: default)")),
		mcp.WithString("selector", mcp.Description("Optional label selector, e.g. app=web")),
	), wrap("list_pods", func(ctx context.Context, req mcp.CallToolRequest) (string, error) {
		ns := req.GetString("namespace", "default")
		args := []string{"get", "pods", "-n", ns, "-o", "wide"}
		if sel := req.GetString("selector", ""); sel != "" {
			args = append(args, "-l", sel)
		}
		return k.Run(ctx, args...)
	}))

	s.AddTool(mcp.NewTool("describe_pod",
		mcp.WithDescription("Show kubectl describe output for a pod."),
		mcp.WithString("name", mcp.Required()),
		mcp.WithString("namespace"),
	), wrap("describe_pod", func(ctx context.Context, req mcp.CallToolRequest) (string, error) {
		name, err := req.RequireString("name")
		if err != nil {
			return "", err
		}
		return k.Run(ctx, "describe", "pod", name, "-n", req.GetString("namespace", "default"))
	}))

	s.AddTool(mcp.NewTool("pod_logs",
		mcp.WithDescription("Tail logs of a pod container."),
		mcp.WithString("name", mcp.Required()),
		mcp.WithString("namespace"),
		mcp.WithString("container"),
		mcp.WithNumber("tail", mcp.Description("Number of lines, default 200, max 2000")),
		mcp.WithBoolean("previous", mcp.Description("Logs of the previous (crashed) container")),
	), wrap("pod_logs", func(ctx context.Context, req mcp.CallToolRequest) (string, error) {
		name, err := req.RequireString("name")
		if err != nil {
			return "", err
		}
		tail := int(req.GetFloat("tail", 200))
		if tail <= 0 || tail > 2000 {
			tail = 200
		}
		args := []string{"logs", name, "-n", req.GetString("namespace", "default"), fmt.Sprintf("--tail=%d", tail)}
		if c := req.GetString("container", ""); c != "" {
			args = append(args, "-c", c)
		}
		if req.GetBool("previous", false) {
			args = append(args, "--previous")
		}
		return k.Run(ctx, args...)
	}))

	s.AddTool(mcp.NewTool("recent_events",
		mcp.WithDescription("Warning events in a namespace, newest first."),
		mcp.WithString("namespace"),
	), wrap("recent_events", func(ctx context.Context, req mcp.CallToolRequest) (string, error) {
		out, err := k.Run(ctx, "get", "events", "-n", req.GetString("namespace", "default"),
			"--field-selector", "type=Warning", "--sort-by=.lastTimestamp")
		if err != nil {
			return "", err
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) > 60 {
			lines = append(lines[:1], lines[len(lines)-59:]...)
		}
		return strings.Join(lines, "\n"), nil
	}))

	s.AddTool(mcp.NewTool("rollout_status",
		mcp.WithDescription("Status of a deployment rollout."),
		mcp.WithString("deployment", mcp.Required()),
		mcp.WithString("namespace"),
	), wrap("rollout_status", func(ctx context.Context, req mcp.CallToolRequest) (string, error) {
		dep, err := req.RequireString("deployment")
		if err != nil {
			return "", err
		}
		return k.Run(ctx, "rollout", "status", "deployment/"+dep, "-n", req.GetString("namespace", "default"), "--timeout=5s")
	}))

	if err := server.ServeStdio(s); err != nil {
		fmt.Fprintln(os.Stderr, "kubelens:", err)
		os.Exit(1)
	}
}
