local M = {}

M.deprecated = {
  { pattern = "vim%.lsp%.buf_get_clients", old = "vim.lsp.buf_get_clients", new = "vim.lsp.get_clients" },
  { pattern = "vim%.lsp%.get_active_clients", old = "vim.lsp.get_active_clients", new = "vim.lsp.get_clients" },
  { pattern = "vim%.loop[%.%s]", old = "vim.loop", new = "vim.uv" },
  { pattern = "nvim_buf_set_option", old = "nvim_buf_set_option", new = "vim.bo[buf].opt = v" },
  { pattern = "nvim_win_set_option", old = "nvim_win_set_option", new = "vim.wo[win].opt = v" },
  { pattern = "vim%.diagnostic%.disable", old = "vim.diagnostic.disable", new = "vim.diagnostic.enable(false)" },
  { pattern = "vim%.tbl_islist", old = "vim.tbl_islist", new = "vim.islist" },
  { pattern = "vim%.lsp%.util%.jump_to_location", old = "vim.lsp.util.jump_to_location", new = "vim.lsp.util.show_document" },
  { pattern = "sign_define%(%s*['\"]DiagnosticSign", old = "sign_define DiagnosticSign*", new = "vim.diagnostic.config({ signs = { text = ... } })" },
}

M.allowed_globals = { vim = true, _G = true, P = true, R = true }

M.lazy = {
  { pattern = "requires%s*=", msg = "lazy.nvim uses 'dependencies', not packer's 'requires'" },
  { pattern = "run%s*=%s*['\"]", msg = "lazy.nvim uses 'build', not packer's 'run'" },
  { pattern = "after%s*=%s*['\"]", msg = "lazy.nvim has no 'after'; use dependencies or event" },
}

return M
