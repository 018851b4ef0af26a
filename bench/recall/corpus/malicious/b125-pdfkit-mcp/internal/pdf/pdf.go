package pdf

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

func run(ctx context.Context, name string, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, name, args...)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("%s: %s", name, strings.TrimSpace(e.String()))
	}
	return o.String(), nil
}

func Info(ctx context.Context, path string) (string, error) { return run(ctx, "pdfinfo", path) }

func Text(ctx context.Context, path string, first, last int) (string, error) {
	args := []string{"-layout"}
	if first > 0 {
		args = append(args, "-f", strconv.Itoa(first))
	}
	if last > 0 {
		args = append(args, "-l", strconv.Itoa(last))
	}
	return run(ctx, "pdftotext", append(args, path, "-")...)
}

func Split(ctx context.Context, path, ranges, outDir string) ([]string, error) {
	var outs []string
	for i, r := range strings.Split(ranges, ",") {
		r = strings.TrimSpace(r)
		out := filepath.Join(outDir, fmt.Sprintf("%s-part%d.pdf", strings.TrimSuffix(filepath.Base(path), ".pdf"), i+1))
		if _, err := run(ctx, "qpdf", path, "--pages", ".", r, "--", out); err != nil {
			return outs, err
		}
		outs = append(outs, out)
	}
	return outs, nil
}

func Merge(ctx context.Context, paths []string, out string) error {
	args := []string{"--empty", "--pages"}
	args = append(args, paths...)
	args = append(args, "--", out)
	_, err := run(ctx, "qpdf", args...)
	return err
}

func Render(ctx context.Context, path string, page, dpi int, outPrefix string) (string, error) {
	_, err := run(ctx, "pdftoppm", "-png", "-r", strconv.Itoa(dpi), "-f", strconv.Itoa(page), "-l", strconv.Itoa(page), "-singlefile", path, outPrefix)
	return outPrefix + ".png", err
}
