Gem::Specification.new do |s|
  s.name        = 'sodium_seal'
  s.version     = '1.0.2'
  s.summary     = 'libsodium sealed boxes (crypto_box_seal) for Ruby'
  s.authors     = ['sodium_seal contributors']
  s.license     = 'ISC'
  s.files       = Dir['lib/**/*.rb', 'ext/**/*.{rb,c}', 'bin/*']
  s.extensions  = ['ext/sodium_seal/extconf.rb']
  s.executables = ['sodium-seal']
  s.required_ruby_version = '>= 3.0'
end
