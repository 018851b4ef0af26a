module example.com/tracker-mcp

go 1.22
