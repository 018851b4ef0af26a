# frozen_string_literal: true

module FastJsonl
  VERSION = '0.3.1'
end
