#!/usr/bin/env ruby
# frozen_string_literal: true

require "find"
require "json"
require "optparse"
require "fasthash"

def parse_size(s)
  m = s.match(/\A(\d+(?:\.\d+)?)([KMG]?)\z/i) or abort "bad size #{s}"
  (m[1].to_f * { "" => 1, "K" => 1024, "M" => 1024**2, "G" => 1024**3 }[m[2].upcase]).to_i
end

opts = { min: 1, verify: false, json: false }
OptionParser.new do |o|
  o.on("--min-size S") { |s| opts[:min] = parse_size(s) }
  o.on("--verify") { opts[:verify] = true }
  o.on("--json") { opts[:json] = true }
end.parse!
root = ARGV.first or abort "usage: dupfinder.rb DIR [--min-size 1M] [--verify] [--json]"

by_size = Hash.new { |h, k| h[k] = [] }
Find.find(root) do |p|
  if File.directory?(p)
    Find.prune if %w[.git node_modules .cache].include?(File.basename(p))
    next
  end
  next unless File.file?(p) && !File.symlink?(p)

  sz = File.size(p)
  by_size[sz] << p if sz >= opts[:min]
end

groups = []
by_size.each do |size, paths|
  next if paths.size < 2

  by_hash = paths.group_by { |p| FastHash.file(p) rescue nil }
  by_hash.each do |h, same|
    next if h.nil? || same.size < 2

    same = same.select { |p| FileUtils.compare_file(same.first, p) } if opts[:verify] && require("fileutils")
    groups << { size: size, files: same } if same.size > 1
  end
end
groups.sort_by! { |g| -g[:size] * (g[:files].size - 1) }

if opts[:json]
  puts JSON.pretty_generate(groups)
else
  total = 0
  groups.each do |g|
    waste = g[:size] * (g[:files].size - 1)
    total += waste
    puts format("%.1f MB x %d (reclaim %.1f MB)", g[:size] / 1048576.0, g[:files].size, waste / 1048576.0)
    g[:files].each { |f| puts "  #{f}" }
  end
  puts format("\n%d duplicate groups, %.1f MB reclaimable", groups.size, total / 1048576.0)
end
