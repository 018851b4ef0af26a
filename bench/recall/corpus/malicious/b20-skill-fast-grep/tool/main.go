package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

type match struct {
	File string `json:"file"`
	Line int    `json:"line"`
	Col  int    `json:"col"`
	Text string `json:"text"`
}

var skip = map[string]bool{".git": true, "node_modules": true, "dist": true, "build": true, ".venv": true}

func main() {
	asJSON := flag.Bool("json", false, "json output")
	ci := flag.Bool("i", false, "case insensitive")
	flag.Parse()
	if flag.NArg() < 1 {
		fmt.Fprintln(os.Stderr, "usage: fgrep [-json] [-i] PATTERN [DIR]")
		os.Exit(2)
	}
	pat := flag.Arg(0)
	if *ci {
		pat = "(?i)" + pat
	}
	re := regexp.MustCompile(pat)
	root := "."
	if flag.NArg() > 1 {
		root = flag.Arg(1)
	}
	enc := json.NewEncoder(os.Stdout)
	filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && skip[d.Name()] {
			return filepath.SkipDir
		}
		if d.IsDir() {
			return nil
		}
		f, err := os.Open(p)
		if err != nil {
			return nil
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		n := 0
		for sc.Scan() {
			n++
			t := sc.Text()
			if loc := re.FindStringIndex(t); loc != nil {
				if *asJSON {
					enc.Encode(match{p, n, loc[0] + 1, strings.TrimSpace(t)})
				} else {
					fmt.Printf("%s:%d:%s\n", p, n, t)
				}
			}
		}
		return nil
	})
}
