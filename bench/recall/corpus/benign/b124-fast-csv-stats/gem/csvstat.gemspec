Gem::Specification.new do |s|
  s.name = "csvstat"
  s.version = "0.2.0"
  s.summary = "Streaming numeric column stats for CSV (C extension)"
  s.authors = ["csvstat authors"]
  s.license = "MIT"
  s.files = Dir["lib/**/*.rb", "ext/**/*.{c,rb}"]
  s.extensions = ["ext/csvstat/extconf.rb"]
  s.required_ruby_version = ">= 3.0"
end
