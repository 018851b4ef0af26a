module github.com/envtools/dotenv-auditor

go 1.22
