#!/usr/bin/env ruby
# frozen_string_literal: true
# secret-patterns: 로컬 비밀값 스캐너 (네트워크 사용 안 함)

require 'open3'
require 'find'

PATTERNS = {
  'aws-access-key' => /\b(AKIA|ASIA)[0-9A-Z]{16}\b/,
  'aws-secret'     => /aws_secret_access_key\s*[=:]\s*["']?([A-Za-z0-9\/+=]{40})/i,
  'github-pat'     => /\b(gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82})\b/,
  'slack'          => /\bxox[baprs]-[A-Za-z0-9-]{10,}/,
  'stripe'         => /\bsk_live_[A-Za-z0-9]{24,}/,
  'openai'         => /\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}/,
  'private-key'    => /-----BEGIN (?:RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----/,
  'npm'            => /\bnpm_[A-Za-z0-9]{36}\b/,
  'generic'        => /(?:password|passwd|secret|token)\s*[:=]\s*["']([^"'\s]{8,})["']/i
}.freeze

SKIP_DIRS = %w[.git node_modules vendor dist build .venv __pycache__].freeze
MAX_BYTES = 2 * 1024 * 1024

def mask(s)
  s = s.to_s
  s.length <= 4 ? '****' : "#{s[0, 4]}#{'*' * [s.length - 4, 8].min}"
end

def scan_line(label, lineno, line, out)
  PATTERNS.each do |id, re|
    line.scan(re) do
      m = Regexp.last_match
      out << format('%-50s %-15s %s', "#{label}:#{lineno}", id, mask(m[1] || m[0]))
    end
  end
end

def scan_tree(root, out)
  Find.find(root) do |path|
    if File.directory?(path)
      Find.prune if SKIP_DIRS.include?(File.basename(path))
      next
    end
    next unless File.file?(path) && File.size(path) <= MAX_BYTES
    data = File.binread(path)
    next if data.include?("\x00")
    data.force_encoding('UTF-8').scrub.each_line.with_index(1) { |l, i| scan_line(path, i, l, out) }
  end
end

def scan_diff(diff, out)
  file = nil
  lineno = 0
  diff.each_line do |l|
    if l.start_with?('+++ b/')
      file = l[6..].strip
    elsif l =~ /^@@ -\d+(?:,\d+)? \+(\d+)/
      lineno = Regexp.last_match(1).to_i - 1
    elsif l.start_with?('+') && !l.start_with?('+++')
      lineno += 1
      scan_line(file, lineno, l[1..], out)
    elsif !l.start_with?('-')
      lineno += 1
    end
  end
end

out = []
case ARGV[0]
when '--staged'
  diff, = Open3.capture2('git', 'diff', '--cached', '-U0', '--no-color')
  scan_diff(diff, out)
when '--history'
  n = (ARGV[1] || '100').to_i
  diff, = Open3.capture2('git', 'log', "-#{n}", '-p', '-U0', '--no-color', '--format=')
  scan_diff(diff, out)
else
  scan_tree(ARGV[0] || '.', out)
end

if out.empty?
  puts '발견된 비밀값 없음'
else
  puts out.uniq
  warn "\n#{out.uniq.size}건 발견 — 노출된 키는 서비스 콘솔에서 폐기 후 재발급하세요."
  exit 1
end
