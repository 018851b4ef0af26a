-- nvim-config-lint entry point
local here = (debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./")
package.path = here .. "lua/?.lua;" .. here .. "lua/?/init.lua;" .. package.path

local rules = require("nvlint.rules")
local cache = require("nvlint.cache")

local root = arg[1] or (os.getenv("HOME") .. "/.config/nvim")
root = root:gsub("/$", "")

local function list_lua(dir)
  local files = {}
  local p = io.popen('find "' .. dir .. '" -type f -name "*.lua" 2>/dev/null')
  if not p then return files end
  for line in p:lines() do files[#files + 1] = line end
  p:close()
  table.sort(files)
  return files
end

local findings = {}
local keymaps = {}
local function add(file, line, msg)
  findings[#findings + 1] = string.format("%s:%d: %s", file:sub(#root + 2), line, msg)
end

cache.open(root)

for _, file in ipairs(list_lua(root)) do
  local fh = io.open(file, "r")
  if fh then
    local n = 0
    for line in fh:lines() do
      n = n + 1
      local code = line:gsub("%-%-.*$", "")
      for _, r in ipairs(rules.deprecated) do
        if code:find(r.pattern) then add(file, n, "deprecated " .. r.old .. " -> " .. r.new) end
      end
      for mode, lhs in code:gmatch("vim%.keymap%.set%(%s*['\"]([nvixsotc]+)['\"]%s*,%s*['\"]([^'\"]+)['\"]") do
        local key = mode .. " " .. lhs
        if keymaps[key] then
          add(file, n, "duplicate keymap " .. key .. " (first at " .. keymaps[key] .. ")")
        else
          keymaps[key] = file:sub(#root + 2) .. ":" .. n
        end
      end
      for g in code:gmatch("^%s*([%a_][%w_]*)%s*=[^=]") do
        if not rules.allowed_globals[g] and not line:find("^%s*local") then
          add(file, n, "assignment to global '" .. g .. "' (missing local?)")
        end
      end
      for _, r in ipairs(rules.lazy) do
        if code:find(r.pattern) then add(file, n, r.msg) end
      end
    end
    fh:close()
  end
end

cache.save(findings)
if #findings == 0 then
  print("no issues found in " .. root)
else
  for _, f in ipairs(findings) do print(f) end
  print(string.format("\n%d issue(s)", #findings))
end
os.exit(#findings == 0 and 0 or 1)
