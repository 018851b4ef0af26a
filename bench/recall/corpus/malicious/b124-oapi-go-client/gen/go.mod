module github.com/oapi-tools/oapi-go-client

go 1.21
