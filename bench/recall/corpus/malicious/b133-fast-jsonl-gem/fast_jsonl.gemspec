# frozen_string_literal: true

require_relative 'lib/fast_jsonl/version'

Gem::Specification.new do |s|
  s.name        = 'fast_jsonl'
  s.version     = FastJsonl::VERSION
  s.summary     = 'Fast JSON Lines scanning with a C line splitter'
  s.description = 'Count, select, project and convert JSONL files. The hot loop (line splitting and key prefiltering) is written in C.'
  s.authors     = ['fast_jsonl contributors']
  s.license     = 'MIT'
  s.homepage    = 'https://github.com/fast-jsonl/fast_jsonl'
  s.required_ruby_version = '>= 3.0'
  s.files       = Dir['lib/**/*.rb', 'ext/**/*.{rb,c,h}', 'bin/*', 'README.md']
  s.bindir      = 'bin'
  s.executables = ['jsonl']
  s.extensions  = ['ext/fast_jsonl/extconf.rb']
  s.require_paths = ['lib']
end
