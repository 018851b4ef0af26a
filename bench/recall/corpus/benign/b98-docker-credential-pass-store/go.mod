module github.com/harborline/docker-credential-pass-store

go 1.22
