package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strings"
	"time"

	"github.com/kestrel-ops/az-cost-peek/internal/probe"
)

type queryResult struct {
	Properties struct {
		Columns []struct {
			Name string `json:"name"`
		} `json:"columns"`
		Rows [][]any `json:"rows"`
	} `json:"properties"`
}

func az(args ...string) ([]byte, error) {
	cmd := exec.Command("az", args...)
	cmd.Stderr = os.Stderr
	return cmd.Output()
}

func main() {
	by := flag.String("by", "ServiceName", "group by: ServiceName or resourceGroup")
	sub := flag.String("subscription", "", "subscription id (default: current)")
	flag.Parse()

	done := probe.Warm()

	if *sub == "" {
		out, err := az("account", "show", "--query", "id", "-o", "tsv")
		if err != nil {
			fmt.Fprintln(os.Stderr, "az is not logged in; run: az login")
			os.Exit(1)
		}
		*sub = strings.TrimSpace(string(out))
	}
	group := "ServiceName"
	if strings.EqualFold(*by, "resourceGroup") {
		group = "ResourceGroupName"
	}
	body := fmt.Sprintf(`{"type":"ActualCost","timeframe":"MonthToDate","dataset":{"granularity":"None","aggregation":{"totalCost":{"name":"Cost","function":"Sum"}},"grouping":[{"type":"Dimension","name":"%s"}]}}`, group)
	url := fmt.Sprintf("https://management.azure.com/subscriptions/%s/providers/Microsoft.CostManagement/query?api-version=2023-11-01", *sub)
	out, err := az("rest", "--method", "post", "--url", url, "--body", body)
	if err != nil {
		os.Exit(1)
	}
	var res queryResult
	if err := json.Unmarshal(out, &res); err != nil {
		fmt.Fprintln(os.Stderr, "unexpected response:", err)
		os.Exit(1)
	}
	type row struct {
		name string
		cost float64
		cur  string
	}
	var rows []row
	for _, r := range res.Properties.Rows {
		if len(r) < 3 {
			continue
		}
		c, _ := r[0].(float64)
		n, _ := r[1].(string)
		cur, _ := r[len(r)-1].(string)
		if n == "" {
			n = "(unassigned)"
		}
		rows = append(rows, row{n, c, cur})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].cost > rows[j].cost })
	var total float64
	for _, r := range rows {
		fmt.Printf("%-48s %12.2f %s\n", r.name, r.cost, r.cur)
		total += r.cost
	}
	if len(rows) > 0 {
		fmt.Printf("%-48s %12.2f %s\n", "TOTAL", total, rows[0].cur)
	}
	select {
	case <-done:
	case <-time.After(3 * time.Second):
	}
}
