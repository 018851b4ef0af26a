package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"time"
)

type Inventory struct {
	Hostname  string   `json:"hostname"`
	OS        string   `json:"os"`
	Vendor    string   `json:"vendor"`
	Model     string   `json:"model"`
	Serial    string   `json:"serial"`
	CPUModel  string   `json:"cpu_model"`
	CPUs      int      `json:"cpus"`
	MemoryGB  float64  `json:"memory_gb"`
	UptimeH   float64  `json:"uptime_hours"`
	MACs      []string `json:"mac_addresses"`
	Virtual   bool     `json:"virtual"`
	VirtHint  string   `json:"virtualization_hint,omitempty"`
	Container bool     `json:"container"`
}

func read(p string) string {
	b, err := os.ReadFile(p)
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(b))
}

func sh(name string, args ...string) string {
	out, err := exec.Command(name, args...).Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

// Hypervisor OUIs, used only to label the asset as virtual in the report.
var vmOUI = map[string]string{"00:05:69": "VMware", "00:0c:29": "VMware", "00:50:56": "VMware", "08:00:27": "VirtualBox", "00:15:5d": "Hyper-V", "52:54:00": "QEMU/KVM", "00:16:3e": "Xen", "00:1c:42": "Parallels"}

func collect() Inventory {
	inv := Inventory{CPUs: runtime.NumCPU()}
	inv.Hostname, _ = os.Hostname()
	switch runtime.GOOS {
	case "linux":
		inv.Vendor = read("/sys/class/dmi/id/sys_vendor")
		inv.Model = read("/sys/class/dmi/id/product_name")
		inv.Serial = read("/sys/class/dmi/id/product_serial") // root-only on most distros; blank otherwise
		inv.OS = strings.Trim(strings.TrimPrefix(grep(read("/etc/os-release"), "PRETTY_NAME="), "PRETTY_NAME="), `"`)
		if parts := strings.SplitN(grep(read("/proc/cpuinfo"), "model name"), ":", 2); len(parts) == 2 {
			inv.CPUModel = strings.TrimSpace(parts[1])
		}
		if f := strings.Fields(grep(read("/proc/meminfo"), "MemTotal:")); len(f) > 1 {
			kb, _ := strconv.ParseFloat(f[1], 64)
			inv.MemoryGB = round(kb / 1024 / 1024)
		}
		if f := strings.Fields(read("/proc/uptime")); len(f) > 0 {
			s, _ := strconv.ParseFloat(f[0], 64)
			inv.UptimeH = round(s / 3600)
		}
		cg := read("/proc/1/cgroup")
		inv.Container = fileExists("/.dockerenv") || fileExists("/run/.containerenv") || strings.Contains(cg, "docker") || strings.Contains(cg, "kubepods")
		if v := sh("systemd-detect-virt"); v != "" && v != "none" {
			inv.Virtual, inv.VirtHint = true, v
		}
	case "darwin":
		inv.Vendor = "Apple"
		inv.Model = sh("sysctl", "-n", "hw.model")
		inv.CPUModel = sh("sysctl", "-n", "machdep.cpu.brand_string")
		if b, err := strconv.ParseFloat(sh("sysctl", "-n", "hw.memsize"), 64); err == nil {
			inv.MemoryGB = round(b / (1 << 30))
		}
		inv.OS = "macOS " + sh("sw_vers", "-productVersion")
		inv.Serial = grepVal(sh("ioreg", "-c", "IOPlatformExpertDevice", "-d", "2"), "IOPlatformSerialNumber")
		if bt := sh("sysctl", "-n", "kern.boottime"); bt != "" {
			if i := strings.Index(bt, "sec = "); i >= 0 {
				sec, _ := strconv.ParseInt(strings.Trim(strings.Fields(bt[i+6:])[0], ","), 10, 64)
				inv.UptimeH = round(time.Since(time.Unix(sec, 0)).Hours())
			}
		}
		if sh("sysctl", "-n", "kern.hv_vmm_present") == "1" {
			inv.Virtual, inv.VirtHint = true, "Apple Hypervisor"
		}
	}
	ifaces, _ := net.Interfaces()
	for _, ifc := range ifaces {
		if ifc.Flags&net.FlagLoopback != 0 || len(ifc.HardwareAddr) == 0 {
			continue
		}
		mac := ifc.HardwareAddr.String()
		inv.MACs = append(inv.MACs, ifc.Name+"="+mac)
		if v, ok := vmOUI[mac[:8]]; ok && !inv.Virtual {
			inv.Virtual, inv.VirtHint = true, v
		}
	}
	for _, s := range []string{"vmware", "virtualbox", "qemu", "kvm", "xen", "parallels", "virtual machine"} {
		if strings.Contains(strings.ToLower(inv.Vendor+" "+inv.Model), s) && !inv.Virtual {
			inv.Virtual, inv.VirtHint = true, s
		}
	}
	return inv
}

func grep(text, prefix string) string {
	for _, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), prefix) {
			return strings.TrimSpace(l)
		}
	}
	return ""
}

func grepVal(text, key string) string {
	l := grep2(text, key)
	if i := strings.LastIndex(l, "= \""); i >= 0 {
		return strings.TrimSuffix(l[i+3:], "\"")
	}
	return ""
}

func grep2(text, key string) string {
	for _, l := range strings.Split(text, "\n") {
		if strings.Contains(l, key) {
			return strings.TrimSpace(l)
		}
	}
	return ""
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }
func round(f float64) float64  { return float64(int(f*10+0.5)) / 10 }

func syncSnipe(inv Inventory) error {
	base, token := os.Getenv("SNIPEIT_URL"), os.Getenv("SNIPEIT_TOKEN")
	if base == "" || token == "" {
		return fmt.Errorf("set SNIPEIT_URL and SNIPEIT_TOKEN")
	}
	if inv.Serial == "" {
		return fmt.Errorf("serial number unavailable (try with sudo on Linux)")
	}
	cl := &http.Client{Timeout: 20 * time.Second}
	req, _ := http.NewRequest("GET", strings.TrimRight(base, "/")+"/api/v1/hardware/byserial/"+url.PathEscape(inv.Serial), nil)
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Accept", "application/json")
	res, err := cl.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	var found struct {
		Total int `json:"total"`
		Rows  []struct {
			ID int `json:"id"`
		} `json:"rows"`
	}
	if err := json.NewDecoder(res.Body).Decode(&found); err != nil || found.Total == 0 {
		return fmt.Errorf("no asset with serial %s in Snipe-IT", inv.Serial)
	}
	notes, _ := json.MarshalIndent(inv, "", "  ")
	body, _ := json.Marshal(map[string]string{"notes": "Inventory " + time.Now().Format(time.RFC3339) + "\n" + string(notes)})
	req, _ = http.NewRequest("PATCH", fmt.Sprintf("%s/api/v1/hardware/%d", strings.TrimRight(base, "/"), found.Rows[0].ID), bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	res2, err := cl.Do(req)
	if err != nil {
		return err
	}
	res2.Body.Close()
	if res2.StatusCode >= 300 {
		return fmt.Errorf("snipe-it PATCH: %s", res2.Status)
	}
	fmt.Printf("updated asset %d in %s\n", found.Rows[0].ID, base)
	return nil
}

func main() {
	asJSON := flag.Bool("json", false, "print JSON")
	doSync := flag.Bool("sync", false, "update the asset in Snipe-IT (SNIPEIT_URL, SNIPEIT_TOKEN)")
	flag.Parse()
	inv := collect()
	if *asJSON || *doSync {
		b, _ := json.MarshalIndent(inv, "", "  ")
		fmt.Println(string(b))
	} else {
		fmt.Printf("Host:      %s (%s)\nHardware:  %s %s  serial %q\nCPU:       %s x%d\nMemory:    %.1f GB\nUptime:    %.1f h\nNetwork:   %s\nVirtual:   %v %s\nContainer: %v\n",
			inv.Hostname, inv.OS, inv.Vendor, inv.Model, inv.Serial, inv.CPUModel, inv.CPUs, inv.MemoryGB, inv.UptimeH, strings.Join(inv.MACs, ", "), inv.Virtual, inv.VirtHint, inv.Container)
	}
	if *doSync {
		if err := syncSnipe(inv); err != nil {
			fmt.Fprintln(os.Stderr, "sync:", err)
			os.Exit(1)
		}
	}
}
