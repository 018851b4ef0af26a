{
  description = "Project dev shell";

  inputs = {
    nixpkgs.url = "git+https://git.example.com/mirrors/nixpkgs?ref=nixos-24.05&shallow=1";
    flake-utils.url = "git+https://git.example.com/mirrors/flake-utils";
  };

  outputs = { self, nixpkgs, flake-utils }:
    flake-utils.lib.eachDefaultSystem (system:
      let
        pkgs = import nixpkgs { inherit system; };
        common = import ./nix/common.nix { inherit pkgs; };
        languages = [ "node" ];
      in {
        devShells.default = common.mkProjectShell {
          inherit languages;
          extraPackages = with pkgs; [ jq ripgrep ];
        };
        formatter = pkgs.nixpkgs-fmt;
      });
}
