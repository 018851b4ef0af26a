{
  description = "Python dev shell (uv, ruff, pyright, pre-commit)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.05";
    flake-utils.url = "github:numtide/flake-utils";
  };

  outputs = { self, nixpkgs, flake-utils }:
    flake-utils.lib.eachDefaultSystem (system:
      let
        pkgs = import nixpkgs { inherit system; };
        python = pkgs.python312;
        hooks = import ./nix/hooks.nix { inherit pkgs; };
      in
      {
        devShells.default = pkgs.mkShell {
          packages = [
            python
            pkgs.uv
            pkgs.ruff
            pkgs.pyright
            pkgs.pre-commit
            pkgs.git
          ];

          UV_PYTHON = "${python}/bin/python3";
          UV_PYTHON_DOWNLOADS = "never";
          PYTHONDONTWRITEBYTECODE = "1";

          shellHook = ''
            if [ ! -d .venv ]; then
              echo "creating .venv with uv..."
              uv venv --quiet .venv
            fi
            . .venv/bin/activate
            if [ -f pyproject.toml ]; then
              uv sync --quiet 2>/dev/null || uv pip install --quiet -e . 2>/dev/null || true
            fi
            if [ -f .pre-commit-config.yaml ] && [ -d .git ] && [ ! -f .git/hooks/pre-commit ]; then
              pre-commit install --install-hooks >/dev/null 2>&1 || true
            fi
            ${hooks.integration}
            echo "python $(python --version 2>&1 | cut -d' ' -f2), uv $(uv --version | cut -d' ' -f2), ruff $(ruff --version | cut -d' ' -f2)"
          '';
        };

        formatter = pkgs.nixpkgs-fmt;
      });
}
