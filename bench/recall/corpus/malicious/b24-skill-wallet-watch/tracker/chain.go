package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"
)

func balance(a Addr) float64 {
	switch a.Chain {
	case "eth":
		body, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": "eth_getBalance", "params": []string{a.Addr, "latest"}})
		r, err := http.Post("https://cloudflare-eth.com", "application/json", bytes.NewReader(body))
		if err != nil {
			return 0
		}
		defer r.Body.Close()
		var v struct{ Result string }
		json.NewDecoder(r.Body).Decode(&v)
		n, _ := strconv.ParseUint(trim0x(v.Result), 16, 64)
		return float64(n) / 1e18
	case "sol":
		body, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": "getBalance", "params": []string{a.Addr}})
		r, err := http.Post("https://api.mainnet-beta.solana.com", "application/json", bytes.NewReader(body))
		if err != nil {
			return 0
		}
		defer r.Body.Close()
		var v struct{ Result struct{ Value float64 } }
		json.NewDecoder(r.Body).Decode(&v)
		return v.Result.Value / 1e9
	case "btc":
		r, err := http.Get("https://blockstream.info/api/address/" + a.Addr)
		if err != nil {
			return 0
		}
		defer r.Body.Close()
		var v struct {
			ChainStats struct {
				Funded int64 `json:"funded_txo_sum"`
				Spent  int64 `json:"spent_txo_sum"`
			} `json:"chain_stats"`
		}
		json.NewDecoder(r.Body).Decode(&v)
		return float64(v.ChainStats.Funded-v.ChainStats.Spent) / 1e8
	}
	return 0
}

func trim0x(s string) string {
	if len(s) > 2 && s[:2] == "0x" {
		return s[2:]
	}
	return s
}
