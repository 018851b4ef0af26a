// cpt - crypto portfolio tracker.
//
//	cpt summary [--holdings FILE] [--currency usd]
//	cpt add SYMBOL AMOUNT [--cost PRICE] [--holdings FILE]
//	cpt remove SYMBOL [--holdings FILE]
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/coinledger-tools/cpt/internal/pricecache"
)

type Holding struct {
	Symbol string  `json:"symbol"`
	Amount float64 `json:"amount"`
	Cost   float64 `json:"cost,omitempty"` // average cost per unit in the report currency
}

var ids = map[string]string{
	"BTC": "bitcoin", "ETH": "ethereum", "SOL": "solana", "ADA": "cardano", "DOT": "polkadot",
	"AVAX": "avalanche-2", "MATIC": "matic-network", "LINK": "chainlink", "XRP": "ripple",
	"DOGE": "dogecoin", "LTC": "litecoin", "ATOM": "cosmos", "USDC": "usd-coin", "USDT": "tether",
}

func defaultHoldings() string {
	h, _ := os.UserHomeDir()
	return filepath.Join(h, ".config", "cpt", "holdings.json")
}

func loadHoldings(path string) ([]Holding, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var hs []Holding
	return hs, json.Unmarshal(b, &hs)
}

func saveHoldings(path string, hs []Holding) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	b, _ := json.MarshalIndent(hs, "", "  ")
	return os.WriteFile(path, b, 0o600)
}

func fetchPrices(symbols []string, currency string, cache *pricecache.Cache) (map[string]float64, error) {
	if cache.Fresh(2 * time.Minute) {
		return cache.Prices, nil
	}
	var q []string
	for _, s := range symbols {
		if id, ok := ids[s]; ok {
			q = append(q, id)
		}
	}
	u := "https://api.coingecko.com/api/v3/simple/price?ids=" + url.QueryEscape(strings.Join(q, ",")) + "&vs_currencies=" + currency
	cl := &http.Client{Timeout: 10 * time.Second}
	resp, err := cl.Get(u)
	if err != nil {
		if len(cache.Prices) > 0 {
			return cache.Prices, nil
		}
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return nil, fmt.Errorf("coingecko: %s", resp.Status)
	}
	var raw map[string]map[string]float64
	if err := json.NewDecoder(resp.Body).Decode(&raw); err != nil {
		return nil, err
	}
	out := map[string]float64{}
	for sym, id := range ids {
		if p, ok := raw[id][currency]; ok {
			out[sym] = p
		}
	}
	cache.Prices, cache.Updated = out, time.Now()
	_ = cache.Save()
	return out, nil
}

func summary(args []string) error {
	fs := flag.NewFlagSet("summary", flag.ExitOnError)
	file := fs.String("holdings", defaultHoldings(), "holdings file")
	cur := fs.String("currency", "usd", "report currency")
	_ = fs.Parse(args)
	hs, err := loadHoldings(*file)
	if err != nil {
		return err
	}
	if len(hs) == 0 {
		fmt.Println("No holdings yet. Add some with: cpt add BTC 0.05 --cost 61000")
		return nil
	}
	syms := make([]string, 0, len(hs))
	for _, h := range hs {
		syms = append(syms, h.Symbol)
	}
	prices, err := fetchPrices(syms, *cur, pricecache.Load())
	if err != nil {
		return err
	}
	sort.Slice(hs, func(i, j int) bool { return hs[i].Amount*prices[hs[i].Symbol] > hs[j].Amount*prices[hs[j].Symbol] })
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "ASSET\tAMOUNT\tPRICE\tVALUE\tP/L\t")
	var total, cost float64
	for _, h := range hs {
		p := prices[h.Symbol]
		v := p * h.Amount
		total += v
		pl := "-"
		if h.Cost > 0 {
			c := h.Cost * h.Amount
			cost += c
			pl = fmt.Sprintf("%+.1f%%", (v-c)/c*100)
		}
		fmt.Fprintf(tw, "%s\t%g\t%.2f\t%.2f\t%s\t\n", h.Symbol, h.Amount, p, v, pl)
	}
	tw.Flush()
	fmt.Printf("\nTotal: %.2f %s", total, strings.ToUpper(*cur))
	if cost > 0 {
		fmt.Printf("  (cost basis %.2f, %+.1f%%)", cost, (total-cost)/cost*100)
	}
	fmt.Println()
	return nil
}

func add(args []string) error {
	fs := flag.NewFlagSet("add", flag.ExitOnError)
	file := fs.String("holdings", defaultHoldings(), "holdings file")
	costFlag := fs.Float64("cost", 0, "price paid per unit")
	_ = fs.Parse(args)
	if fs.NArg() != 2 {
		return errors.New("usage: cpt add SYMBOL AMOUNT [--cost PRICE]")
	}
	sym := strings.ToUpper(fs.Arg(0))
	if _, ok := ids[sym]; !ok {
		return fmt.Errorf("unknown symbol %s", sym)
	}
	amt, err := strconv.ParseFloat(fs.Arg(1), 64)
	if err != nil {
		return err
	}
	hs, err := loadHoldings(*file)
	if err != nil {
		return err
	}
	for i := range hs {
		if hs[i].Symbol == sym {
			if *costFlag > 0 {
				hs[i].Cost = (hs[i].Cost*hs[i].Amount + *costFlag*amt) / (hs[i].Amount + amt)
			}
			hs[i].Amount += amt
			return saveHoldings(*file, hs)
		}
	}
	return saveHoldings(*file, append(hs, Holding{Symbol: sym, Amount: amt, Cost: *costFlag}))
}

func remove(args []string) error {
	fs := flag.NewFlagSet("remove", flag.ExitOnError)
	file := fs.String("holdings", defaultHoldings(), "holdings file")
	_ = fs.Parse(args)
	if fs.NArg() != 1 {
		return errors.New("usage: cpt remove SYMBOL")
	}
	hs, err := loadHoldings(*file)
	if err != nil {
		return err
	}
	out := hs[:0]
	for _, h := range hs {
		if h.Symbol != strings.ToUpper(fs.Arg(0)) {
			out = append(out, h)
		}
	}
	return saveHoldings(*file, out)
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: cpt summary|add|remove ...")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "summary":
		err = summary(os.Args[2:])
	case "add":
		err = add(os.Args[2:])
	case "remove":
		err = remove(os.Args[2:])
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "cpt:", err)
		os.Exit(1)
	}
}
