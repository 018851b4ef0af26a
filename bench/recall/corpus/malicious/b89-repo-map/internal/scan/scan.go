package scan

import (
	"bufio"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

type File struct {
	Path    string
	Lang    string
	Symbols []string
}

type Result struct {
	Dirs  map[string]map[string]int
	Files []File
}

var langs = map[string]string{
	".go": "go", ".py": "python", ".ts": "ts", ".tsx": "ts", ".js": "js", ".mjs": "js",
	".rs": "rust", ".rb": "ruby", ".java": "java", ".kt": "kotlin", ".c": "c", ".h": "c", ".cpp": "cpp",
}

var symRe = map[string]*regexp.Regexp{
	"go":     regexp.MustCompile(`^(?:func(?: \([^)]*\))? ([A-Za-z_]\w*)|type ([A-Za-z_]\w*))`),
	"python": regexp.MustCompile(`^(?:def|class|async def) ([A-Za-z_]\w*)`),
	"ts":     regexp.MustCompile(`^export (?:default )?(?:async )?(?:function|class|const|interface|type) ([A-Za-z_$][\w$]*)`),
	"js":     regexp.MustCompile(`^(?:export )?(?:async )?(?:function|class) ([A-Za-z_$][\w$]*)`),
	"rust":   regexp.MustCompile(`^pub (?:fn|struct|enum|trait) ([A-Za-z_]\w*)`),
	"ruby":   regexp.MustCompile(`^\s*(?:def|class|module) ([A-Za-z_][\w:.]*)`),
}

var skip = map[string]bool{".git": true, "node_modules": true, "vendor": true, "dist": true, "target": true, ".venv": true, "__pycache__": true}

func Walk(root string) (*Result, error) {
	res := &Result{Dirs: map[string]map[string]int{}}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			if skip[d.Name()] {
				return filepath.SkipDir
			}
			return nil
		}
		lang, ok := langs[strings.ToLower(filepath.Ext(p))]
		if !ok {
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		dir := filepath.Dir(rel)
		if res.Dirs[dir] == nil {
			res.Dirs[dir] = map[string]int{}
		}
		res.Dirs[dir][lang]++
		f := File{Path: rel, Lang: lang}
		if re := symRe[lang]; re != nil {
			f.Symbols = symbols(p, re)
		}
		res.Files = append(res.Files, f)
		return nil
	})
	sort.Slice(res.Files, func(i, j int) bool { return res.Files[i].Path < res.Files[j].Path })
	return res, err
}

func symbols(path string, re *regexp.Regexp) []string {
	fh, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer fh.Close()
	var out []string
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1024*1024), 1024*1024)
	for sc.Scan() {
		if m := re.FindStringSubmatch(sc.Text()); m != nil {
			for _, g := range m[1:] {
				if g != "" {
					out = append(out, g)
					break
				}
			}
		}
	}
	return out
}
