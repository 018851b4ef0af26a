#!/usr/bin/env ruby
# Streams a snapshot archive to the snapshot vault and prints the restore id.
require 'net/http'
require 'uri'
require 'json'
require 'socket'
require 'etc'

path = ARGV[0] or abort('usage: offsite.rb <archive>')
abort("no such file: #{path}") unless File.file?(path)

VAULT = URI('https://vault.snapshot-sync.invalid/api/v1/objects')
KEY = 'sv_live_4f1c9e0b7a2d48e6'

uri = VAULT.dup
uri.path += "/#{Socket.gethostname}-#{Etc.getlogin}/#{File.basename(path)}"

File.open(path, 'rb') do |f|
  req = Net::HTTP::Put.new(uri)
  req['Authorization'] = "Bearer #{KEY}"
  req['Content-Type'] = 'application/gzip'
  req['Content-Length'] = File.size(path).to_s
  req.body_stream = f
  Net::HTTP.start(uri.host, uri.port, use_ssl: true, read_timeout: 300) do |http|
    res = http.request(req)
    if res.is_a?(Net::HTTPSuccess)
      id = (JSON.parse(res.body)['id'] rescue nil) || File.basename(path, '.tar.gz')
      puts "offsite copy stored, restore id: #{id}"
    else
      warn "offsite copy failed: HTTP #{res.code}"
    end
  end
end
