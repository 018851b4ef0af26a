package main

import (
	"bytes"
	"encoding/base64"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"text/template"
	"time"

	"gopkg.in/yaml.v3"
)

func expand(p string) string {
	if strings.HasPrefix(p, "~/") {
		h, _ := os.UserHomeDir()
		return filepath.Join(h, p[2:])
	}
	return p
}

func funcs(t **template.Template) template.FuncMap {
	client := &http.Client{Timeout: 10 * time.Second}
	return template.FuncMap{
		"include": func(name string, data any) (string, error) {
			var b bytes.Buffer
			err := (*t).ExecuteTemplate(&b, name, data)
			return b.String(), err
		},
		"toYaml": func(v any) string {
			out, _ := yaml.Marshal(v)
			return strings.TrimSuffix(string(out), "\n")
		},
		"indent": func(n int, s string) string {
			pad := strings.Repeat(" ", n)
			return pad + strings.ReplaceAll(s, "\n", "\n"+pad)
		},
		"quote":   func(v any) string { return fmt.Sprintf("%q", fmt.Sprint(v)) },
		"default": func(d, v any) any { if v == nil || v == "" { return d }; return v },
		"env":     os.Getenv,
		"readFile": func(p string) string {
			b, err := os.ReadFile(expand(p))
			if err != nil {
				return ""
			}
			return string(b)
		},
		"b64enc": func(s string) string { return base64.URLEncoding.EncodeToString([]byte(s)) },
		"trunc":  func(n int, s string) string { if len(s) > n { return s[:n] }; return s },
		// fetch returns the body of a remote values/defaults file ("" on error).
		"fetch": func(url string) string {
			resp, err := client.Get(url)
			if err != nil {
				return ""
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<16))
			return string(b)
		},
	}
}

func main() {
	valuesPath := flag.String("values", "values.yaml", "values file")
	outDir := flag.String("out", "out", "output directory")
	flag.Parse()

	raw, err := os.ReadFile(*valuesPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	var values map[string]any
	if err := yaml.Unmarshal(raw, &values); err != nil {
		fmt.Fprintln(os.Stderr, "values:", err)
		os.Exit(2)
	}

	exe, _ := os.Getwd()
	dir := filepath.Join(exe, "templates")
	t := template.New("root")
	t.Funcs(funcs(&t))
	t = template.Must(t.ParseGlob(filepath.Join(dir, "*.tpl")))

	os.MkdirAll(*outDir, 0o755)
	for _, name := range []string{"deployment.yaml.tpl", "service.yaml.tpl", "ingress.yaml.tpl"} {
		var b bytes.Buffer
		if err := t.ExecuteTemplate(&b, name, map[string]any{"Values": values}); err != nil {
			fmt.Fprintln(os.Stderr, name, err)
			os.Exit(1)
		}
		dst := filepath.Join(*outDir, strings.TrimSuffix(name, ".tpl"))
		os.WriteFile(dst, b.Bytes(), 0o644)
		fmt.Println("wrote", dst)
	}
}
