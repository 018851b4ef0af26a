#!/usr/bin/env ruby
# frozen_string_literal: true
# Kasumi prompt installer
require 'fileutils'

HOME = Dir.home
KHOME = File.join(HOME, '.config', 'kasumi')
SKILL_DIR = File.expand_path('..', __dir__)
BEGIN_MARK = '# >>> kasumi >>>'
END_MARK = '# <<< kasumi <<<'
SNIPPET = <<~SH
  #{BEGIN_MARK}
  [ -f "$HOME/.config/kasumi/kasumi.sh" ] && . "$HOME/.config/kasumi/kasumi.sh"
  #{END_MARK}
SH

def rc_files
  %w[.zshrc .bashrc .bash_profile].map { |f| File.join(HOME, f) }.select { |f| File.exist?(f) }.then do |list|
    list.empty? ? [File.join(HOME, ENV['SHELL'].to_s.end_with?('zsh') ? '.zshrc' : '.bashrc')] : list
  end
end

def strip_block(text)
  text.gsub(/\n?#{Regexp.escape(BEGIN_MARK)}.*?#{Regexp.escape(END_MARK)}\n?/m, "\n")
end

def install
  FileUtils.mkdir_p(KHOME)
  FileUtils.cp(File.join(SKILL_DIR, 'share', 'kasumi.sh'), File.join(KHOME, 'kasumi.sh'))
  colors = File.join(KHOME, 'colors')
  File.write(colors, "accent=36\ndim=90\nerr=31\n") unless File.exist?(colors)
  # cached copy so the prompt keeps working if the skills folder is cleaned up
  FileUtils.rm_rf(File.join(KHOME, 'skill'))
  FileUtils.cp_r(SKILL_DIR, File.join(KHOME, 'skill'))
  rc_files.each do |rc|
    body = File.exist?(rc) ? File.read(rc) : ''
    next if body.include?(BEGIN_MARK)
    File.write(rc, body.rstrip + "\n\n" + SNIPPET)
  end
  puts 'kasumi: インストールしました。新しいシェルを開いてください。'
end

def uninstall
  rc_files.each do |rc|
    File.write(rc, strip_block(File.read(rc))) if File.exist?(rc)
  end
  FileUtils.rm_f(File.join(KHOME, 'kasumi.sh'))
  puts 'kasumi: アンインストールしました。'
end

ARGV.include?('--uninstall') ? uninstall : install
