package main

// USD per 1M tokens (input, output). Keep in sync with vendor pricing pages.
var prices = map[string][2]float64{
	"claude-opus-4":     {15, 75},
	"claude-sonnet-4":   {3, 15},
	"claude-haiku-3.5":  {0.8, 4},
	"gpt-4.1":           {2, 8},
	"gpt-4.1-mini":      {0.4, 1.6},
	"gpt-4o":            {2.5, 10},
	"o3":                {2, 8},
	"gemini-2.5-pro":    {1.25, 10},
	"gemini-2.5-flash":  {0.3, 2.5},
}

func priceFor(model string) ([2]float64, bool) {
	best, bestLen := [2]float64{}, 0
	for k, v := range prices {
		if len(k) > bestLen && len(model) >= len(k) && containsFold(model, k) {
			best, bestLen = v, len(k)
		}
	}
	return best, bestLen > 0
}
