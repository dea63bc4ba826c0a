#!/usr/bin/env Rscript
# Reference numbers for hocvu's item analysis from R's psych package (Debian r-cran-psych), on
# data sets shipped with psych. See README.md in this folder.
#
#   Rscript make_reference.R --write   writes <set>.csv (the marks) and reference.csv here
#   Rscript make_reference.R --check   recomputes both and compares them with the files here
#                                      (exit 1 on a difference, 77 when psych is not installed)
#
# Omitted answers count as 0, as in hocvu (psych::alpha would otherwise use pairwise deletion).
# Statistics psych does not compute (the upper-lower index, discriminative efficiency, the
# distractor rows) are computed here from their definitions, independently of hocvu's code.

if (!requireNamespace("psych", quietly = TRUE)) {
  message("psych is not installed: skipped")
  quit(status = 77)
}

script_dir <- function() {
  file_arg <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)
  if (length(file_arg) == 0) return(".")
  dirname(normalizePath(sub("^--file=", "", file_arg[1])))
}

# The data sets: a matrix of marks (earned points per item) and the points of each item.
data_sets <- function() {
  env <- new.env()
  utils::data("bock", package = "psych", envir = env)
  agree <- psych::bfi[, c("A1", "A2", "A3", "A4", "A5")]
  agree[, "A1"] <- 7 - agree[, "A1"]   # reverse-keyed, as in psych's bfi.keys
  agree <- as.matrix(agree) - 1        # answers 1..6 -> marks 0..5 points
  agree[is.na(agree)] <- 0             # omitted: 0
  list(
    lsat6 = list(marks = as.matrix(env$lsat6), points = 1),
    lsat7 = list(marks = as.matrix(env$lsat7), points = 1),
    bfi_agreeableness = list(marks = agree, points = 5)
  )
}

# Whole score groups at the 27% cuts (hocvu's rule for ties).
upper_lower <- function(x, total) {
  n <- length(total)
  g <- (27 * n + 99) %/% 100
  upper_cut <- sort(total, decreasing = TRUE)[g]
  lower_cut <- sort(total)[g]
  if (n < 10 || upper_cut <= lower_cut) return(NA)
  mean(x[total >= upper_cut]) - mean(x[total <= lower_cut])
}

# Moodle's discriminative efficiency: cov(x, rest) over the covariance of both sorted.
efficiency <- function(x, rest) {
  cov(x, rest) / cov(sort(x), sort(rest))
}

row_of <- function(set, statistic, item, value) {
  data.frame(set = set, statistic = statistic, item = item, value = sprintf("%.15g", value))
}

total_rows <- function(set, marks, points, a) {
  total <- rowSums(marks)
  possible <- points * ncol(marks)
  d <- psych::describe(total, type = 2)   # skew and kurtosis from k-statistics (G1, G2)
  p <- psych::describe(100 * total / possible, type = 2)
  alpha <- a$total$raw_alpha
  values <- c(n = length(total), mean = mean(total), sd = sd(total), median = median(total),
              min = min(total), max = max(total), skewness = d$skew, kurtosis = d$kurtosis,
              alpha = alpha, sem = sd(total) * sqrt(1 - alpha),
              percent_mean = p$mean, percent_sd = p$sd, percent_median = p$median,
              percent_skewness = p$skew, percent_kurtosis = p$kurtosis)
  do.call(rbind, lapply(names(values), function(s) row_of(set, s, "", values[[s]])))
}

item_rows <- function(set, marks, points, a) {
  total <- rowSums(marks)
  stats <- a$item.stats
  rows <- list()
  for (j in seq_len(ncol(marks))) {
    name <- colnames(marks)[j]
    x <- marks[, j] / points
    rest <- total - marks[, j]
    # psych's raw.r is r with the total and r.drop r with the rest: check before trusting them.
    stopifnot(abs(stats$raw.r[j] - cor(x, total)) < 1e-12, abs(stats$r.drop[j] - cor(x, rest)) < 1e-12)
    values <- c(facility = stats$mean[j] / points, sd = stats$sd[j] / points,
                item_total_r = stats$raw.r[j], item_rest_r = stats$r.drop[j],
                alpha_if_deleted = a$alpha.drop$raw_alpha[j],
                upper_lower_d = upper_lower(x, total), discriminative_efficiency = efficiency(x, rest))
    rows[[j]] <- do.call(rbind, lapply(names(values), function(s) row_of(set, s, name, values[[s]])))
  }
  do.call(rbind, rows)
}

# For 0/1 items, option a is the key (mark 1) and option b the distractor (mark 0).
distractor_rows <- function(set, marks, points) {
  if (points != 1 || !all(marks %in% c(0, 1))) return(NULL)
  total <- rowSums(marks)
  rows <- list()
  for (j in seq_len(ncol(marks))) {
    for (option in c("a", "b")) {
      chose <- as.numeric(marks[, j] == (option == "a"))
      values <- c(share = mean(chose), mean_total_percent = 100 * mean(total[chose == 1]) / ncol(marks),
                  point_biserial = cor(chose, total))
      item <- paste0(colnames(marks)[j], ":", option)
      rows[[length(rows) + 1]] <- do.call(rbind, lapply(names(values), function(s) row_of(set, s, item, values[[s]])))
    }
  }
  do.call(rbind, rows)
}

reference <- function(sets) {
  rows <- list()
  for (set in names(sets)) {
    marks <- sets[[set]]$marks
    points <- sets[[set]]$points
    a <- psych::alpha(as.data.frame(marks), check.keys = FALSE, warnings = FALSE)
    rows[[set]] <- rbind(total_rows(set, marks, points, a), item_rows(set, marks, points, a),
                         distractor_rows(set, marks, points))
  }
  do.call(rbind, rows)
}

marks_csv <- function(marks) {
  out <- data.frame(candidate = seq_len(nrow(marks)), marks, check.names = FALSE)
  paste(c(paste(colnames(out), collapse = ","), apply(out, 1, paste, collapse = ",")), collapse = "\n")
}

write_all <- function(dir, sets, ref) {
  for (set in names(sets)) {
    writeLines(marks_csv(sets[[set]]$marks), file.path(dir, paste0(set, ".csv")))
  }
  utils::write.csv(ref, file.path(dir, "reference.csv"), row.names = FALSE, quote = FALSE)
}

main <- function() {
  mode <- if (length(commandArgs(trailingOnly = TRUE)) > 0) commandArgs(trailingOnly = TRUE)[1] else "--write"
  here <- script_dir()
  sets <- data_sets()
  ref <- reference(sets)
  if (mode == "--write") {
    write_all(here, sets, ref)
    return(invisible(0))
  }
  fresh <- tempfile("psych-reference")
  dir.create(fresh)
  write_all(fresh, sets, ref)
  differ <- 0
  for (file in paste0(names(sets), ".csv")) {
    if (!identical(readLines(file.path(here, file)), readLines(file.path(fresh, file)))) {
      message("differs from the data psych ships now: ", file.path(here, file))
      differ <- differ + 1
    }
  }
  # The numbers to 1e-9: another psych or R version may round the last digits differently.
  committed <- utils::read.csv(file.path(here, "reference.csv"), stringsAsFactors = FALSE)
  now <- utils::read.csv(file.path(fresh, "reference.csv"), stringsAsFactors = FALSE)
  same_rows <- identical(committed[, 1:3], now[, 1:3])
  far <- if (same_rows) which(!(abs(committed$value - now$value) <= 1e-9 |
                                (is.na(committed$value) & is.na(now$value)))) else integer(0)
  if (!same_rows || length(far) > 0) {
    message("reference.csv differs from what psych computes now", if (length(far) > 0)
      paste0(": ", paste(committed$set[far], committed$statistic[far], committed$item[far], collapse = "; ")))
    differ <- differ + 1
  }
  unlink(fresh, recursive = TRUE)
  if (differ > 0) quit(status = 1)
  message("the reference numbers agree with psych ", as.character(utils::packageVersion("psych")))
}

main()
