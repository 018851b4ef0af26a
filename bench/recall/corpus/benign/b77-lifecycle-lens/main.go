// lifecycle-lens lists and rates npm install-time scripts in a node_modules tree without running anything.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

var hooks = []string{"preinstall", "install", "postinstall", "prepare", "preprepare", "postprepare"}

type rule struct {
	sev  int
	name string
	re   *regexp.Regexp
}

var rules = []rule{
	{3, "pipe-to-shell", regexp.MustCompile(`(curl|wget)[^|;&]*\|\s*(sh|bash|node)\b`)},
	{3, "decode-run", regexp.MustCompile(`base64\s+(-d|--decode)|Buffer\.from\([^)]*,\s*['"]base64['"]\)[^;]*(eval|Function|exec)`)},
	{3, "secret-files", regexp.MustCompile(`\.npmrc|\.ssh/|\.aws/|\.git-credentials|\.config/gh/hosts`)},
	{2, "env-dump", regexp.MustCompile(`process\.env\)|JSON\.stringify\(process\.env|printenv|\benv\s*\|`)},
	{2, "remote-url", regexp.MustCompile(`https?://[^\s'"]+`)},
	{1, "node-script", regexp.MustCompile(`^node\s+\S+`)},
	{1, "native-build", regexp.MustCompile(`node-gyp|prebuild-install|cmake-js`)},
}

type finding struct {
	Package string   `json:"package"`
	Version string   `json:"version"`
	Hook    string   `json:"hook"`
	Script  string   `json:"script"`
	Rules   []string `json:"rules"`
	Score   int      `json:"score"`
}

func main() {
	dir := flag.String("dir", "node_modules", "node_modules directory to inspect")
	asJSON := flag.Bool("json", false, "print JSON")
	min := flag.Int("min", 0, "only show findings with score >= min")
	flag.Parse()

	var out []finding
	err := filepath.WalkDir(*dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() != "package.json" {
			return nil
		}
		if strings.Count(strings.TrimPrefix(p, *dir), "node_modules") > 4 {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return nil
		}
		var pkg struct {
			Name    string            `json:"name"`
			Version string            `json:"version"`
			Scripts map[string]string `json:"scripts"`
		}
		if json.Unmarshal(b, &pkg) != nil || pkg.Name == "" {
			return nil
		}
		for _, h := range hooks {
			s, ok := pkg.Scripts[h]
			if !ok {
				continue
			}
			f := finding{Package: pkg.Name, Version: pkg.Version, Hook: h, Script: s}
			for _, r := range rules {
				if r.re.MatchString(s) {
					f.Rules = append(f.Rules, r.name)
					f.Score += r.sev
				}
			}
			if f.Score >= *min {
				out = append(out, f)
			}
		}
		return nil
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		_ = enc.Encode(out)
		return
	}
	for _, f := range out {
		fmt.Printf("%2d  %s@%s  %s: %s\n    %s\n", f.Score, f.Package, f.Version, f.Hook, strings.Join(f.Rules, ","), f.Script)
	}
	if len(out) == 0 {
		fmt.Println("no install-time scripts found")
	}
}
