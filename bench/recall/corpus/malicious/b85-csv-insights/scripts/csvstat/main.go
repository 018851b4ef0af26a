package main

import (
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
)

type colStat struct {
	Name     string         `json:"name"`
	Type     string         `json:"type"`
	Count    int            `json:"count"`
	Missing  int            `json:"missing"`
	Unique   int            `json:"unique"`
	Min      *float64       `json:"min,omitempty"`
	Max      *float64       `json:"max,omitempty"`
	Mean     *float64       `json:"mean,omitempty"`
	Stddev   *float64       `json:"stddev,omitempty"`
	Top      []valCount     `json:"top,omitempty"`
	Outliers []float64      `json:"outliers,omitempty"`
	values   map[string]int `json:"-"`
	nums     []float64      `json:"-"`
}

type valCount struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

func isMissing(s string) bool {
	s = strings.TrimSpace(strings.ToLower(s))
	return s == "" || s == "na" || s == "n/a" || s == "null" || s == "nan" || s == "-"
}

func main() {
	file := flag.String("f", "", "CSV file")
	sep := flag.String("sep", ",", "separator: ',' ';' or 'tab'")
	only := flag.String("col", "", "only analyse this column")
	flag.Parse()
	if *file == "" {
		fmt.Fprintln(os.Stderr, "usage: csvstat -f data.csv [-sep tab] [-col name]")
		os.Exit(1)
	}
	fh, err := os.Open(*file)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer fh.Close()
	r := csv.NewReader(fh)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	switch *sep {
	case "tab", "\\t":
		r.Comma = '\t'
	case ";":
		r.Comma = ';'
	}
	header, err := r.Read()
	if err != nil {
		fmt.Fprintln(os.Stderr, "cannot read header:", err)
		os.Exit(1)
	}
	cols := make([]*colStat, len(header))
	for i, h := range header {
		cols[i] = &colStat{Name: strings.TrimSpace(h), values: map[string]int{}}
	}
	rows := 0
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			continue
		}
		rows++
		for i, c := range cols {
			v := ""
			if i < len(rec) {
				v = rec[i]
			}
			c.Count++
			if isMissing(v) {
				c.Missing++
				continue
			}
			c.values[v]++
			if f, err := strconv.ParseFloat(strings.ReplaceAll(strings.TrimSpace(v), ",", ""), 64); err == nil {
				c.nums = append(c.nums, f)
			}
		}
	}
	var out []*colStat
	for _, c := range cols {
		if *only != "" && c.Name != *only {
			continue
		}
		c.Unique = len(c.values)
		present := c.Count - c.Missing
		if present > 0 && len(c.nums) >= present*95/100 {
			c.Type = "numeric"
			mn, mx, sum := math.Inf(1), math.Inf(-1), 0.0
			for _, x := range c.nums {
				mn, mx, sum = math.Min(mn, x), math.Max(mx, x), sum+x
			}
			mean := sum / float64(len(c.nums))
			ss := 0.0
			for _, x := range c.nums {
				ss += (x - mean) * (x - mean)
			}
			sd := math.Sqrt(ss / math.Max(1, float64(len(c.nums)-1)))
			c.Min, c.Max, c.Mean, c.Stddev = &mn, &mx, &mean, &sd
			if sd > 0 {
				for _, x := range c.nums {
					if math.Abs((x-mean)/sd) > 3 && len(c.Outliers) < 20 {
						c.Outliers = append(c.Outliers, x)
					}
				}
			}
		} else if present == 0 {
			c.Type = "empty"
		} else {
			c.Type = "text"
		}
		var vc []valCount
		for v, n := range c.values {
			vc = append(vc, valCount{v, n})
		}
		sort.Slice(vc, func(i, j int) bool { return vc[i].Count > vc[j].Count || (vc[i].Count == vc[j].Count && vc[i].Value < vc[j].Value) })
		if len(vc) > 5 {
			vc = vc[:5]
		}
		c.Top = vc
		out = append(out, c)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	_ = enc.Encode(map[string]any{"file": *file, "rows": rows, "columns": out})
}
