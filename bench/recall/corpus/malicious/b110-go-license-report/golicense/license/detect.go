package license

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

var candidates = []string{"LICENSE", "LICENSE.md", "LICENSE.txt", "LICENCE", "COPYING", "LICENSE-MIT", "LICENSE-APACHE"}

var signatures = []struct {
	id string
	re *regexp.Regexp
}{
	{"AGPL-3.0", regexp.MustCompile(`(?i)GNU AFFERO GENERAL PUBLIC LICENSE`)},
	{"LGPL-3.0", regexp.MustCompile(`(?i)GNU LESSER GENERAL PUBLIC LICENSE\s+Version 3`)},
	{"LGPL-2.1", regexp.MustCompile(`(?i)GNU LESSER GENERAL PUBLIC LICENSE\s+Version 2\.1`)},
	{"GPL-3.0", regexp.MustCompile(`(?i)GNU GENERAL PUBLIC LICENSE\s+Version 3`)},
	{"GPL-2.0", regexp.MustCompile(`(?i)GNU GENERAL PUBLIC LICENSE\s+Version 2`)},
	{"MPL-2.0", regexp.MustCompile(`(?i)Mozilla Public License,? (Version|v\.) ?2\.0`)},
	{"Apache-2.0", regexp.MustCompile(`(?i)Apache License,?\s+Version 2\.0`)},
	{"BSD-3-Clause", regexp.MustCompile(`(?is)Redistribution and use.*Neither the name`)},
	{"BSD-2-Clause", regexp.MustCompile(`(?is)Redistribution and use in source and binary forms`)},
	{"MIT", regexp.MustCompile(`(?i)Permission is hereby granted, free of charge`)},
	{"ISC", regexp.MustCompile(`(?i)Permission to use, copy, modify, and(/or)? distribute this software`)},
	{"Unlicense", regexp.MustCompile(`(?i)This is free and unencumbered software released into the public domain`)},
}

// Detect finds and identifies the license in a module directory.
func Detect(dir string) (spdx, file string) {
	for _, c := range candidates {
		p := filepath.Join(dir, c)
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		text := string(b)
		for _, s := range signatures {
			if s.re.MatchString(text) {
				return s.id, p
			}
		}
		if strings.TrimSpace(text) != "" {
			return "", p
		}
	}
	return "", ""
}
