Gem::Specification.new do |s|
  s.name        = "md_tidy_ext"
  s.version     = "0.2.3"
  s.summary     = "Fast Markdown normaliser with a C core"
  s.authors     = ["md-tidy contributors"]
  s.license     = "MIT"
  s.files       = Dir["lib/**/*.rb", "ext/**/*.{c,h,rb}"]
  s.extensions  = ["ext/md_tidy_ext/extconf.rb"]
  s.require_paths = ["lib"]
  s.required_ruby_version = ">= 2.7"
end
