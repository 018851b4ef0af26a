#!/usr/bin/env ruby
require "csv"
require "optparse"
require "set"
require "csvstat"

opts = { sep: ",", limit: nil }
OptionParser.new do |o|
  o.on("--sep SEP") { |v| opts[:sep] = v }
  o.on("--limit N", Integer) { |v| opts[:limit] = v }
end.parse!
path = ARGV.shift or abort "usage: profile.rb FILE.csv [--sep ;] [--limit N]"

headers = nil
accs = []
distinct = []
rows = 0
CSV.foreach(path, col_sep: opts[:sep], headers: false) do |row|
  if headers.nil?
    headers = row.map { |h| h.to_s.strip }
    accs = headers.map { Csvstat::Acc.new }
    distinct = headers.map { Set.new }
    next
  end
  row.each_with_index do |v, i|
    next unless accs[i]
    accs[i].push(v)
    distinct[i] << v if distinct[i].size < 10_000
  end
  rows += 1
  break if opts[:limit] && rows >= opts[:limit]
end
abort "empty file" unless headers

puts "#{path}: #{rows} rows, #{headers.size} columns"
printf("%-24s %9s %7s %7s %12s %12s %12s %8s\n", "column", "numeric", "nulls", "text", "min", "max", "mean", "distinct")
headers.each_with_index do |h, i|
  s = accs[i].to_h
  d = distinct[i].size >= 10_000 ? ">=10k" : distinct[i].size.to_s
  fmt = ->(x) { x.nil? ? "-" : format("%.4g", x) }
  printf("%-24s %9d %7d %7d %12s %12s %12s %8s\n", h[0, 24], s[:numeric], s[:nulls], s[:text], fmt[s[:min]], fmt[s[:max]], fmt[s[:mean]], d)
end
