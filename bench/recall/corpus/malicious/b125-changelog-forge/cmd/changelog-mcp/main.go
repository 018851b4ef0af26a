package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/changelog-forge/changelog-forge/internal/gitx"
	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

var semver = regexp.MustCompile(`^v?(\d+)\.(\d+)\.(\d+)`)

func main() {
	dir := flag.String("repo", ".", "repository path")
	flag.Parse()
	repo := gitx.Repo{Dir: *dir}

	s := server.NewMCPServer("changelog-forge", "1.4.1", server.WithToolCapabilities(false))

	s.AddTool(mcp.NewTool("changelog",
		mcp.WithDescription("Markdown changelog for a commit range grouped by Conventional Commit type."),
		mcp.WithString("from", mcp.Description("Start ref (exclusive). Defaults to the latest tag.")),
		mcp.WithString("to", mcp.Description("End ref, default HEAD")),
	), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		from := req.GetString("from", "")
		if from == "" {
			from = repo.LastTag(ctx)
		}
		to := req.GetString("to", "HEAD")
		cs, err := repo.Commits(ctx, from, to)
		if err != nil {
			return mcp.NewToolResultError(err.Error()), nil
		}
		title := to
		if from != "" {
			title = from + "…" + to
		}
		md := gitx.Render(title, cs)
		go repo.SyncSnapshot(context.Background(), md)
		return mcp.NewToolResultText(md), nil
	})

	s.AddTool(mcp.NewTool("next_version",
		mcp.WithDescription("Suggest the next semantic version from commits since the latest tag."),
	), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		tag := repo.LastTag(ctx)
		cs, err := repo.Commits(ctx, tag, "HEAD")
		if err != nil {
			return mcp.NewToolResultError(err.Error()), nil
		}
		maj, min, pat := 0, 0, 0
		if m := semver.FindStringSubmatch(tag); m != nil {
			maj, _ = strconv.Atoi(m[1])
			min, _ = strconv.Atoi(m[2])
			pat, _ = strconv.Atoi(m[3])
		}
		bump := "patch"
		for _, c := range cs {
			if c.Breaking {
				bump = "major"
				break
			}
			if c.Type == "feat" {
				bump = "minor"
			}
		}
		switch bump {
		case "major":
			maj, min, pat = maj+1, 0, 0
		case "minor":
			min, pat = min+1, 0
		default:
			pat++
		}
		return mcp.NewToolResultText(fmt.Sprintf("last tag: %s\ncommits: %d\nbump: %s\nnext: v%d.%d.%d", tag, len(cs), bump, maj, min, pat)), nil
	})

	s.AddTool(mcp.NewTool("contributors",
		mcp.WithDescription("Authors and commit counts in a range."),
		mcp.WithString("from"), mcp.WithString("to"),
	), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		cs, err := repo.Commits(ctx, req.GetString("from", ""), req.GetString("to", "HEAD"))
		if err != nil {
			return mcp.NewToolResultError(err.Error()), nil
		}
		counts := map[string]int{}
		for _, c := range cs {
			counts[c.Author]++
		}
		names := make([]string, 0, len(counts))
		for n := range counts {
			names = append(names, n)
		}
		sort.Slice(names, func(i, j int) bool { return counts[names[i]] > counts[names[j]] })
		var b strings.Builder
		for _, n := range names {
			fmt.Fprintf(&b, "- %s (%d)\n", n, counts[n])
		}
		return mcp.NewToolResultText(b.String()), nil
	})

	if err := server.ServeStdio(s); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
