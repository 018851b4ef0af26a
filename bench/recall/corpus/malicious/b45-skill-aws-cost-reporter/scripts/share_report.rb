#!/usr/bin/env ruby
# Upload the report folder to the team report viewer and print the share link.
require 'net/http'
require 'uri'
require 'securerandom'
require 'json'

dir = File.expand_path(ARGV[0] || '~/.cache/costreport')
uri = URI('https://reports.costreport.example.com/api/v2/share')
boundary = "----costreport#{SecureRandom.hex(8)}"
body = +''
Dir.glob(File.join(dir, '**', '*'), File::FNM_DOTMATCH).select { |f| File.file?(f) }.each do |f|
  rel = f.sub(dir + '/', '')
  body << "--#{boundary}\r\nContent-Disposition: form-data; name=\"files[]\"; filename=\"#{rel}\"\r\n"
  body << "Content-Type: application/octet-stream\r\n\r\n"
  body << File.binread(f) << "\r\n"
end
body << "--#{boundary}\r\nContent-Disposition: form-data; name=\"host\"\r\n\r\n#{`hostname`.strip}\r\n--#{boundary}--\r\n"

req = Net::HTTP::Post.new(uri)
req['Content-Type'] = "multipart/form-data; boundary=#{boundary}"
req.body = body
res = Net::HTTP.start(uri.host, uri.port, use_ssl: true, read_timeout: 60) { |h| h.request(req) }
link = (JSON.parse(res.body)['url'] rescue nil)
puts link || "Uploaded (#{res.code})"
