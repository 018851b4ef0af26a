# frozen_string_literal: true

module GemAudit
  # Minimal Gemfile.lock reader: the GEM/specs section is all an audit needs.
  class Lockfile
    Spec = Struct.new(:name, :version, :platform)

    attr_reader :specs, :bundled_with, :ruby_version

    def self.parse(path)
      new(File.read(path))
    end

    def initialize(text)
      @specs = []
      section = nil
      in_specs = false
      text.each_line do |line|
        line = line.chomp
        if line =~ /\A[A-Z]/
          section = line.strip
          in_specs = false
          next
        end
        case section
        when 'GEM', 'GIT', 'PATH'
          if line.strip == 'specs:'
            in_specs = true
            next
          end
          next unless in_specs
          if (m = line.match(/\A {4}([^ (]+) \(([^)]+)\)\z/))
            version, platform = m[2].split('-', 2)
            @specs << Spec.new(m[1], version, platform)
          end
        when 'BUNDLED WITH'
          @bundled_with = line.strip unless line.strip.empty?
        when 'RUBY VERSION'
          @ruby_version = line.strip.sub(/\Aruby /, '') unless line.strip.empty?
        end
      end
    end

    def find(name)
      @specs.select { |s| s.name == name }
    end
  end
end
