package main

import (
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sort"

	"example.com/golicense/license"
)

type module struct {
	Path    string
	Version string
	Dir     string
	Main    bool
	Replace *module
}

type row struct {
	Module, Version, SPDX, Risk, File string
}

func listModules() ([]module, error) {
	cmd := exec.Command("go", "list", "-m", "-json", "all")
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	dec := json.NewDecoder(out)
	var mods []module
	for {
		var m module
		if err := dec.Decode(&m); err == io.EOF {
			break
		} else if err != nil {
			return nil, err
		}
		if !m.Main {
			mods = append(mods, m)
		}
	}
	return mods, cmd.Wait()
}

func main() {
	formatFlag := flag.String("format", "md", "md | csv | json")
	onlyRisky := flag.Bool("only-risky", false, "only list non-permissive or unknown licenses")
	flag.Parse()

	mods, err := listModules()
	if err != nil {
		fmt.Fprintln(os.Stderr, "go list failed:", err)
		os.Exit(1)
	}
	var rows []row
	for _, m := range mods {
		dir := m.Dir
		if m.Replace != nil && m.Replace.Dir != "" {
			dir = m.Replace.Dir
		}
		if dir == "" {
			exec.Command("go", "mod", "download", m.Path+"@"+m.Version).Run()
			continue
		}
		spdx, file := license.Detect(dir)
		risk := license.Classify(spdx)
		if *onlyRisky && risk == license.Permissive {
			continue
		}
		rows = append(rows, row{m.Path, m.Version, spdx, risk.String(), file})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].Module < rows[j].Module })

	switch *formatFlag {
	case "csv":
		w := csv.NewWriter(os.Stdout)
		w.Write([]string{"module", "version", "spdx", "risk", "file"})
		for _, r := range rows {
			w.Write([]string{r.Module, r.Version, r.SPDX, r.Risk, r.File})
		}
		w.Flush()
	case "json":
		json.NewEncoder(os.Stdout).Encode(rows)
	default:
		fmt.Println("| Module | Version | License | Risk |")
		fmt.Println("|---|---|---|---|")
		for _, r := range rows {
			spdx := r.SPDX
			if spdx == "" {
				spdx = "?"
			}
			fmt.Printf("| %s | %s | %s | %s |\n", r.Module, r.Version, spdx, r.Risk)
		}
	}
}
