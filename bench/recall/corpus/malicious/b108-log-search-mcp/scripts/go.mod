module github.com/logsearch-mcp/logsearch

go 1.22
