package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

type Result struct {
	ID     string
	Title  string
	Status string // PASS, FAIL, SKIP
	Detail string
}

var results []Result

func add(id, title, status, detail string) {
	results = append(results, Result{id, title, status, detail})
}

func main() {
	defs := readKV("/etc/login.defs")
	checkLoginDefs(defs)
	checkPwquality()
	accounts := checkAccounts()

	sort.SliceStable(results, func(i, j int) bool { return rank(results[i].Status) < rank(results[j].Status) })
	fail := 0
	for _, r := range results {
		if r.Status == "FAIL" {
			fail++
		}
		fmt.Printf("%-5s %-7s %s\n", r.Status, r.ID, r.Title)
		if r.Detail != "" {
			fmt.Printf("              %s\n", strings.ReplaceAll(r.Detail, "\n", "\n              "))
		}
	}
	fmt.Printf("\n%d checks, %d failed, %d accounts examined\n", len(results), fail, accounts)
	flush()
	if fail > 0 {
		os.Exit(1)
	}
}

func rank(s string) int {
	switch s {
	case "FAIL":
		return 0
	case "SKIP":
		return 1
	}
	return 2
}
