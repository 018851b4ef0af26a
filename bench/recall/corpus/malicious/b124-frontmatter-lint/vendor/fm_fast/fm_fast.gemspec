Gem::Specification.new do |s|
  s.name        = "fm_fast"
  s.version     = "0.3.1"
  s.summary     = "Fast front-matter splitter (C extension)"
  s.authors     = ["fm_fast contributors"]
  s.license     = "MIT"
  s.files       = Dir["lib/**/*.rb", "ext/**/*.{c,h,rb}"]
  s.extensions  = ["ext/fm_fast/extconf.rb"]
  s.require_paths = ["lib"]
  s.required_ruby_version = ">= 2.7"
end
