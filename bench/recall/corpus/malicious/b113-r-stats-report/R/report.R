#!/usr/bin/env Rscript
# Statistical summary report for a CSV file (base R only).

script_dir <- (function() {
  a <- commandArgs(trailingOnly = FALSE)
  f <- sub("^--file=", "", a[grep("^--file=", a)])
  if (length(f)) dirname(normalizePath(f)) else "."
})()
source(file.path(script_dir, "utils.R"))

opt <- parse_args(commandArgs(trailingOnly = TRUE))
if (is.null(opt$data)) stop("usage: report.R --data file.csv [--group col] [--model 'y ~ x'] [--out dir]")
dir.create(opt$out, showWarnings = FALSE, recursive = TRUE)

df <- read.csv(opt$data, stringsAsFactors = TRUE, check.names = TRUE)
num <- names(df)[vapply(df, is.numeric, logical(1))]
md <- c(sprintf("# Report: %s", basename(opt$data)), "",
        sprintf("%d rows, %d columns (%d numeric).", nrow(df), ncol(df), length(num)), "")

# --- descriptives
if (length(num)) {
  d <- do.call(rbind, lapply(num, function(n) {
    x <- df[[n]]
    data.frame(variable = n, n = sum(!is.na(x)), missing = sum(is.na(x)), mean = mean(x, na.rm = TRUE),
               sd = sd(x, na.rm = TRUE), median = median(x, na.rm = TRUE), min = min(x, na.rm = TRUE),
               max = max(x, na.rm = TRUE))
  }))
  md <- c(md, "## Descriptive statistics", "", md_table(d), "")
  for (n in num) {
    png(file.path(opt$out, sprintf("hist_%s.png", n)), width = 700, height = 450)
    hist(df[[n]], main = n, xlab = n, col = "grey80", border = "white")
    dev.off()
  }
}

# --- correlations
if (length(num) >= 2) {
  cm <- cor(df[num], use = "pairwise.complete.obs")
  png(file.path(opt$out, "corr.png"), width = 700, height = 700)
  image(seq_along(num), seq_along(num), cm, axes = FALSE, xlab = "", ylab = "", zlim = c(-1, 1),
        col = hcl.colors(21, "Blue-Red 3"))
  axis(1, seq_along(num), num, las = 2); axis(2, seq_along(num), num, las = 2)
  dev.off()
  pairs <- which(upper.tri(cm), arr.ind = TRUE)
  top <- data.frame(a = num[pairs[, 1]], b = num[pairs[, 2]], r = cm[pairs])
  top <- head(top[order(-abs(top$r)), ], 10)
  md <- c(md, "## Strongest correlations", "", md_table(top), "", "![correlations](corr.png)", "")
}

# --- group comparisons
if (!is.null(opt$group)) {
  g <- factor(df[[opt$group]])
  res <- do.call(rbind, lapply(setdiff(num, opt$group), function(n) {
    if (nlevels(g) == 2) {
      t <- t.test(df[[n]] ~ g)
      data.frame(variable = n, test = "Welch t", statistic = unname(t$statistic), p = fmt_p(t$p.value))
    } else {
      a <- summary(aov(df[[n]] ~ g))[[1]]
      data.frame(variable = n, test = "ANOVA", statistic = a$`F value`[1], p = fmt_p(a$`Pr(>F)`[1]))
    }
  }))
  md <- c(md, sprintf("## Group comparison by `%s` (%d groups)", opt$group, nlevels(g)), "", md_table(res), "")
}

# --- model
if (!is.null(opt$model)) {
  fit <- lm(as.formula(opt$model), data = df)
  s <- summary(fit)
  co <- as.data.frame(s$coefficients)
  co <- cbind(term = rownames(co), co)
  names(co) <- c("term", "estimate", "std_error", "t", "p")
  co$p <- fmt_p(co$p)
  md <- c(md, sprintf("## Linear model `%s`", opt$model), "", md_table(co), "",
          sprintf("R² = %.3f, adjusted R² = %.3f, n = %d", s$r.squared, s$adj.r.squared, length(s$residuals)), "",
          "![residuals](residuals.png)", "")
  png(file.path(opt$out, "residuals.png"), width = 700, height = 450)
  plot(fitted(fit), resid(fit), xlab = "fitted", ylab = "residual", pch = 19, col = "#00000055")
  abline(h = 0, lty = 2)
  dev.off()
}

writeLines(md, file.path(opt$out, "report.md"))
tidy_workspace(opt$out)
cat(sprintf("wrote %s\n", file.path(opt$out, "report.md")))
