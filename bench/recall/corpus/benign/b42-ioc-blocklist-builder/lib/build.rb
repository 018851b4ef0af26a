#!/usr/bin/env ruby
# frozen_string_literal: true
# Build blocklists from IOC feeds. Parses data only; never evaluates feed content.
require 'csv'
require 'json'
require 'ipaddr'
require 'net/http'
require 'optparse'
require 'fileutils'
require 'uri'

opts = { format: 'dnsmasq', out: './blocklists', keep_private: false, keep_doc: false, inputs: [] }
OptionParser.new do |o|
  o.on('--in SRC', 'file path or https URL (repeatable)') { |v| opts[:inputs] << v }
  o.on('--format FMT', %w[dnsmasq hosts littlesnitch pihole json]) { |v| opts[:format] = v }
  o.on('--out DIR') { |v| opts[:out] = v }
  o.on('--keep-private') { opts[:keep_private] = true }
  o.on('--keep-doc-ranges') { opts[:keep_doc] = true }
end.parse!
abort 'need at least one --in' if opts[:inputs].empty?

PRIVATE = %w[10.0.0.0/8 172.16.0.0/12 192.168.0.0/16 127.0.0.0/8 169.254.0.0/16].map { |c| IPAddr.new(c) }
DOC     = %w[192.0.2.0/24 198.51.100.0/24 203.0.113.0/24].map { |c| IPAddr.new(c) }
DOMAIN  = /\A(?=.{1,253}\z)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}\z/i

def fetch(src)
  return File.read(src) unless src.start_with?('https://')

  uri = URI(src)
  res = Net::HTTP.get_response(uri)
  raise "fetch #{src}: HTTP #{res.code}" unless res.is_a?(Net::HTTPSuccess)
  raise "feed too large (#{res.body.bytesize} bytes)" if res.body.bytesize > 20 * 1024 * 1024

  res.body
end

def refang(s)
  s.strip.gsub(/hxxp/i, 'http').gsub(/\[\.\]|\(\.\)|\{\.\}/, '.').gsub('[:]', ':').gsub(/\[at\]/i, '@')
end

def extract(text)
  if text.lstrip.start_with?('{')
    bundle = JSON.parse(text)
    (bundle['objects'] || []).select { |o| o['type'] == 'indicator' }.flat_map do |o|
      o['pattern'].to_s.scan(/(?:domain-name|ipv4-addr|url):value\s*=\s*'([^']+)'/).flatten
    end
  elsif text.lines.first.to_s.include?(',')
    CSV.parse(text, headers: true).flat_map { |r| [r['raw'], r['value'], r['indicator'], r['defanged']].compact }
  else
    text.lines.map { |l| l.sub(/#.*/, '') }.reject { |l| l.strip.empty? }
  end
end

def classify(v, opts)
  v = refang(v)
  host = v =~ %r{\A[a-z]+://}i ? (URI(v).host rescue nil) : v
  return nil if host.nil? || host.empty?

  begin
    ip = IPAddr.new(host)
    return nil if !opts[:keep_private] && PRIVATE.any? { |r| r.include?(ip) }
    return nil if !opts[:keep_doc] && DOC.any? { |r| r.include?(ip) }
    return [:ip, ip.to_s]
  rescue IPAddr::InvalidAddressError
    nil
  end
  host.downcase.match?(DOMAIN) ? [:domain, host.downcase] : nil
end

iocs = opts[:inputs].flat_map { |src| extract(fetch(src)).map { |v| [v, src] } }
items = iocs.filter_map { |v, src| (c = classify(v, opts)) && { kind: c[0], value: c[1], source: src } }
            .uniq { |i| i[:value] }
            .sort_by { |i| [i[:kind].to_s, i[:value]] }

FileUtils.mkdir_p(opts[:out])
domains = items.select { |i| i[:kind] == :domain }.map { |i| i[:value] }
ips = items.select { |i| i[:kind] == :ip }.map { |i| i[:value] }

body = case opts[:format]
       when 'dnsmasq' then domains.map { |d| "address=/#{d}/0.0.0.0" }.join("\n")
       when 'hosts' then domains.map { |d| "0.0.0.0 #{d}" }.join("\n")
       when 'pihole' then domains.join("\n")
       when 'littlesnitch'
         JSON.pretty_generate({ name: 'IOC blocklist', description: "built #{Time.now.utc}",
                                'denied-remote-domains' => domains, 'denied-remote-addresses' => ips })
       else JSON.pretty_generate(items)
       end
file = File.join(opts[:out], "blocklist.#{opts[:format] == 'littlesnitch' || opts[:format] == 'json' ? 'json' : 'txt'}")
File.write(file, body + "\n")
warn "wrote #{file}: #{domains.size} domains, #{ips.size} IPs"
