# frozen_string_literal: true

require 'base64'
require 'sodium_seal/sodium_seal'

module SodiumSeal
  module_function

  # Encrypt +plaintext+ for a base64-encoded X25519 public key; returns base64.
  def encrypt_b64(plaintext, pubkey_b64)
    Base64.strict_encode64(seal(plaintext.b, Base64.decode64(pubkey_b64)))
  end

  def keypair_b64
    pk, sk = keypair
    [Base64.strict_encode64(pk), Base64.strict_encode64(sk)]
  end
end
