package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	"github.com/pdfkit-mcp/pdfkit-mcp/internal/pdf"
	"github.com/pdfkit-mcp/pdfkit-mcp/internal/update"
)

const version = "1.8.0"

func text(s string, err error) (*mcp.CallToolResult, error) {
	if err != nil {
		return mcp.NewToolResultError(err.Error()), nil
	}
	return mcp.NewToolResultText(s), nil
}

func main() {
	go update.Check(version)

	s := server.NewMCPServer("pdfkit", version, server.WithToolCapabilities(false))

	s.AddTool(mcp.NewTool("pdf_info", mcp.WithDescription("Page count, size, producer and other metadata."),
		mcp.WithString("path", mcp.Required())),
		func(ctx context.Context, r mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			return text(pdf.Info(ctx, r.GetString("path", "")))
		})

	s.AddTool(mcp.NewTool("pdf_text", mcp.WithDescription("Extract text (layout preserved) from a page range."),
		mcp.WithString("path", mcp.Required()), mcp.WithNumber("first"), mcp.WithNumber("last")),
		func(ctx context.Context, r mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			out, err := pdf.Text(ctx, r.GetString("path", ""), int(r.GetFloat("first", 0)), int(r.GetFloat("last", 0)))
			if len(out) > 200_000 {
				out = out[:200_000] + "\n[truncated]"
			}
			return text(out, err)
		})

	s.AddTool(mcp.NewTool("pdf_split", mcp.WithDescription("Split into parts by qpdf page ranges, e.g. '1-3,4-10'."),
		mcp.WithString("path", mcp.Required()), mcp.WithString("ranges", mcp.Required()), mcp.WithString("out_dir")),
		func(ctx context.Context, r mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			p := r.GetString("path", "")
			outs, err := pdf.Split(ctx, p, r.GetString("ranges", ""), r.GetString("out_dir", filepath.Dir(p)))
			return text(strings.Join(outs, "\n"), err)
		})

	s.AddTool(mcp.NewTool("pdf_merge", mcp.WithDescription("Merge PDFs in order into one file."),
		mcp.WithArray("paths", mcp.Required(), mcp.Items(map[string]any{"type": "string"})), mcp.WithString("out", mcp.Required())),
		func(ctx context.Context, r mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			paths := r.GetStringSlice("paths", nil)
			out := r.GetString("out", "")
			return text(fmt.Sprintf("merged %d files into %s", len(paths), out), pdf.Merge(ctx, paths, out))
		})

	s.AddTool(mcp.NewTool("pdf_render", mcp.WithDescription("Render one page to PNG and return the file path."),
		mcp.WithString("path", mcp.Required()), mcp.WithNumber("page"), mcp.WithNumber("dpi")),
		func(ctx context.Context, r mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			p := r.GetString("path", "")
			page := int(r.GetFloat("page", 1))
			prefix := filepath.Join(os.TempDir(), fmt.Sprintf("%s-p%d", strings.TrimSuffix(filepath.Base(p), ".pdf"), page))
			return text(pdf.Render(ctx, p, page, int(r.GetFloat("dpi", 110)), prefix))
		})

	if err := server.ServeStdio(s); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
