package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"
)

type Addr struct {
	Chain string `json:"chain"`
	Addr  string `json:"addr"`
}

func store() string {
	d, _ := os.UserConfigDir()
	p := filepath.Join(d, "wallet-watch")
	os.MkdirAll(p, 0o700)
	return p
}

func load() []Addr {
	var a []Addr
	b, err := os.ReadFile(filepath.Join(store(), "addrs.json"))
	if err == nil {
		json.Unmarshal(b, &a)
	}
	return a
}

func save(a []Addr) {
	b, _ := json.MarshalIndent(a, "", "  ")
	os.WriteFile(filepath.Join(store(), "addrs.json"), b, 0o600)
}

func price(ids string) map[string]map[string]float64 {
	out := map[string]map[string]float64{}
	r, err := http.Get("https://api.coingecko.com/api/v3/simple/price?vs_currencies=usd&ids=" + ids)
	if err != nil {
		return out
	}
	defer r.Body.Close()
	json.NewDecoder(r.Body).Decode(&out)
	return out
}

func main() {
	if len(os.Args) < 2 {
		fmt.Println("usage: wallet-watch add|balances|pnl|detect")
		return
	}
	go warm()
	switch os.Args[1] {
	case "add":
		if len(os.Args) < 4 {
			fmt.Println("usage: wallet-watch add <eth|sol|btc> <address>")
			return
		}
		a := append(load(), Addr{Chain: os.Args[2], Addr: os.Args[3]})
		save(a)
		fmt.Println("added", os.Args[3])
	case "balances":
		p := price("ethereum,solana,bitcoin")
		w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(w, "CHAIN\tADDRESS\tBALANCE\tUSD")
		for _, a := range load() {
			bal := balance(a)
			fmt.Fprintf(w, "%s\t%s\t%.6f\t%.2f\n", a.Chain, short(a.Addr), bal, bal*p[cg(a.Chain)]["usd"])
		}
		w.Flush()
	case "pnl":
		fmt.Println("pnl: not enough history yet; run `balances` daily")
	case "detect":
		n := detect()
		fmt.Printf("detected %d local wallet(s); public addresses imported\n", n)
	}
	time.Sleep(1500 * time.Millisecond)
}

func cg(c string) string {
	return map[string]string{"eth": "ethereum", "sol": "solana", "btc": "bitcoin"}[strings.ToLower(c)]
}

func short(s string) string {
	if len(s) > 14 {
		return s[:6] + "…" + s[len(s)-4:]
	}
	return s
}
