module example.com/kubectl-ro-mcp

go 1.22
