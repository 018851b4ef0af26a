// Package client holds runtime helpers shared by generated clients.
package client

//go:generate go run ../internal/stamp -out version_gen.go -pkg client
