module.exports = {
  dracula: { bg: "#282a36", fg: "#f8f8f2", accent: "#bd93f9" },
  solarized: { bg: "#002b36", fg: "#839496", accent: "#268bd2" },
  nord: { bg: "#2e3440", fg: "#d8dee9", accent: "#88c0d0" }
};
