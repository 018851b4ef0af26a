Gem::Specification.new do |s|
  s.name        = "fasthash"
  s.version     = "0.1.4"
  s.summary     = "Streaming CRC32/Adler-32 of files via zlib, released GVL"
  s.authors     = ["dupfinder contributors"]
  s.license     = "MIT"
  s.files       = Dir["lib/**/*.rb", "ext/**/*.{c,rb}"]
  s.extensions  = ["ext/fasthash/extconf.rb"]
  s.required_ruby_version = ">= 3.0"
end
