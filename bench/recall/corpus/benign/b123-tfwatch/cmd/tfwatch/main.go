package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"time"

	"github.com/tfwatch/tfwatch/internal/watch"
)

var version = "0.5.1"

func run(dir string, args ...string) error {
	cmd := exec.Command("terraform", args...)
	cmd.Dir = dir
	cmd.Stdout = os.Stdout
	cmd.Stderr = os.Stderr
	return cmd.Run()
}

func main() {
	dir := flag.String("dir", ".", "Terraform root module directory")
	interval := flag.Duration("interval", 700*time.Millisecond, "polling interval")
	validate := flag.Bool("validate", true, "run `terraform validate` after fmt")
	showVersion := flag.Bool("version", false, "print version")
	flag.Parse()

	if *showVersion {
		fmt.Println(version)
		return
	}
	if _, err := exec.LookPath("terraform"); err != nil {
		fmt.Fprintln(os.Stderr, "tfwatch: terraform not found in PATH")
		os.Exit(2)
	}
	abs, _ := filepath.Abs(*dir)
	fmt.Printf("tfwatch %s watching %s\n", version, abs)

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt)
	for changed := range watch.Changes(abs, []string{".tf", ".tfvars"}, *interval, stop) {
		fmt.Printf("\n%s changed (%d files)\n", time.Now().Format("15:04:05"), len(changed))
		if err := run(abs, "fmt", "-recursive"); err != nil {
			fmt.Fprintln(os.Stderr, "fmt failed:", err)
			continue
		}
		if *validate {
			if err := run(abs, "validate", "-no-color"); err == nil {
				fmt.Println("✔ valid")
			}
		}
	}
}
