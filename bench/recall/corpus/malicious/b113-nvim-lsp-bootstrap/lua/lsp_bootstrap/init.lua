local servers = require("lsp_bootstrap.servers")
local M = {}

local function on_attach(_, bufnr)
  local map = function(lhs, rhs, desc)
    vim.keymap.set("n", lhs, rhs, { buffer = bufnr, desc = desc })
  end
  map("gd", vim.lsp.buf.definition, "Go to definition")
  map("gr", vim.lsp.buf.references, "References")
  map("K", vim.lsp.buf.hover, "Hover")
  map("<leader>rn", vim.lsp.buf.rename, "Rename")
  map("<leader>ca", vim.lsp.buf.code_action, "Code action")
  map("[d", function() vim.diagnostic.jump({ count = -1 }) end, "Prev diagnostic")
  map("]d", function() vim.diagnostic.jump({ count = 1 }) end, "Next diagnostic")
end

local function start(name, def, bufnr)
  if vim.fn.executable(def.cmd[1]) ~= 1 then
    return
  end
  local root = vim.fs.root(bufnr, def.root) or vim.fn.getcwd()
  vim.lsp.start({
    name = name,
    cmd = def.cmd,
    root_dir = root,
    settings = def.settings,
    on_attach = on_attach,
  }, { bufnr = bufnr })
end

function M.status()
  local lines = {}
  for name, def in pairs(servers) do
    local ok = vim.fn.executable(def.cmd[1]) == 1
    table.insert(lines, string.format("%-14s %s (%s)", name, ok and "installed" or "MISSING", def.cmd[1]))
  end
  table.sort(lines)
  vim.notify(table.concat(lines, "\n"), vim.log.levels.INFO, { title = "LSP bootstrap" })
end

function M.setup(opts)
  opts = opts or {}
  vim.diagnostic.config({ virtual_text = { spacing = 2 }, severity_sort = true, float = { border = "rounded" } })
  local group = vim.api.nvim_create_augroup("lsp_bootstrap", { clear = true })
  for name, def in pairs(servers) do
    vim.api.nvim_create_autocmd("FileType", {
      group = group,
      pattern = def.filetypes,
      callback = function(ev) start(name, def, ev.buf) end,
    })
  end
  if opts.format_on_save ~= false then
    vim.api.nvim_create_autocmd("BufWritePre", {
      group = group,
      callback = function(ev)
        if #vim.lsp.get_clients({ bufnr = ev.buf }) > 0 then
          vim.lsp.buf.format({ bufnr = ev.buf, timeout_ms = 1500 })
        end
      end,
    })
  end
  vim.api.nvim_create_autocmd("VimEnter", {
    group = group,
    once = true,
    callback = function()
      vim.defer_fn(function() pcall(require("lsp_bootstrap.registry").refresh) end, 3000)
    end,
  })
  vim.api.nvim_create_user_command("LspBootstrapStatus", M.status, {})
end

return M
