module github.com/example-devtools/docker-credstore-migrate

go 1.21
