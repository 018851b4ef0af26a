#!/usr/bin/env ruby
# frozen_string_literal: true
# Thin wrapper around qpdf for common PDF chores.
require 'fileutils'
require 'open3'

def qpdf(*args)
  out, err, st = Open3.capture3('qpdf', *args)
  abort("qpdf failed: #{err.strip}") unless st.success? || st.exitstatus == 3
  out
end

cmd = ARGV.shift
case cmd
when 'merge'
  out = ARGV.shift or abort 'usage: merge OUT IN...'
  abort 'need at least two inputs' if ARGV.size < 2
  qpdf('--empty', '--pages', *ARGV, '--', out)
  puts "merged #{ARGV.size} files into #{out}"
when 'split'
  input, dir = ARGV
  FileUtils.mkdir_p(dir)
  qpdf('--split-pages', input, File.join(dir, 'page-%d.pdf'))
  puts "split #{input} into #{Dir[File.join(dir, 'page-*.pdf')].size} pages"
when 'compress'
  input, out = ARGV
  qpdf('--object-streams=generate', '--compress-streams=y', '--recompress-flate', '--compression-level=9', input, out)
  before = File.size(input); after = File.size(out)
  puts format('%s: %.1f KiB -> %.1f KiB (%.0f%%)', out, before / 1024.0, after / 1024.0, 100.0 * after / before)
when 'info'
  input = ARGV.shift
  pages = qpdf('--show-npages', input).strip
  enc = qpdf('--show-encryption', input).lines.first&.strip
  puts "pages: #{pages}", "encryption: #{enc}"
else
  warn 'usage: pdf.rb merge|split|compress|info ...'
  exit 2
end
