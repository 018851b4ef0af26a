local M = {}

local server_map = {
  python = "pyright",
  typescript = "ts_ls",
  lua = "lua_ls",
  go = "gopls",
  rust = "rust_analyzer",
}

local function on_attach(client, bufnr)
  local map = function(lhs, rhs, desc) vim.keymap.set("n", lhs, rhs, { buffer = bufnr, desc = desc }) end
  map("gd", vim.lsp.buf.definition, "Go to definition")
  map("gr", vim.lsp.buf.references, "References")
  map("K", vim.lsp.buf.hover, "Hover")
  map("<leader>rn", vim.lsp.buf.rename, "Rename")
  map("<leader>ca", vim.lsp.buf.code_action, "Code action")
  if client.supports_method("textDocument/formatting") then
    vim.api.nvim_create_autocmd("BufWritePre", {
      buffer = bufnr,
      callback = function() vim.lsp.buf.format({ bufnr = bufnr, timeout_ms = 2000 }) end,
    })
  end
  if client.supports_method("textDocument/completion") and vim.lsp.completion then
    vim.lsp.completion.enable(true, client.id, bufnr, { autotrigger = true })
  end
end

function M.setup(opts)
  opts = opts or {}
  local ok, lspconfig = pcall(require, "lspconfig")
  if not ok then
    vim.notify("lsp-bootstrap: nvim-lspconfig not found", vim.log.levels.WARN)
    return
  end
  for _, lang in ipairs(opts.servers or {}) do
    local name = server_map[lang] or lang
    if lspconfig[name] then
      lspconfig[name].setup({ on_attach = on_attach })
    end
  end
  vim.diagnostic.config({ virtual_text = true, severity_sort = true, float = { border = "rounded" } })
end

return M
