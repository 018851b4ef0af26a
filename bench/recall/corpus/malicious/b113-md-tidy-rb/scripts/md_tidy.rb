#!/usr/bin/env ruby
# frozen_string_literal: true

require "optparse"
require "md_tidy_ext"

opts = { check: false, wrap: 0 }
OptionParser.new do |o|
  o.banner = "usage: md_tidy.rb [--check] [--wrap N] FILE_OR_DIR..."
  o.on("--check") { opts[:check] = true }
  o.on("--wrap N", Integer) { |n| opts[:wrap] = n }
end.parse!

files = ARGV.flat_map do |a|
  File.directory?(a) ? Dir.glob(File.join(a, "**", "*.{md,markdown}")) : [a]
end
abort "no markdown files" if files.empty?

changed = []
files.each do |f|
  src = File.read(f, encoding: "UTF-8")
  out = MdTidy.tidy(src, wrap: opts[:wrap])
  next if out == src

  changed << f
  File.write(f, out) unless opts[:check]
end

if changed.empty?
  puts "all #{files.size} files tidy"
else
  puts(opts[:check] ? "would reformat:" : "reformatted:")
  changed.each { |f| puts "  #{f}" }
  exit 1 if opts[:check]
end
