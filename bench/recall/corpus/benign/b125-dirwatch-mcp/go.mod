module github.com/example-oss/dirwatch-mcp

go 1.22

require (
	github.com/fsnotify/fsnotify v1.7.0
	github.com/mark3labs/mcp-go v0.32.0
)
