module github.com/kestrel-ops/az-cost-peek

go 1.22
