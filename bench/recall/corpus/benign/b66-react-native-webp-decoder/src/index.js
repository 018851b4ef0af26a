import { NativeModules } from 'react-native';

const { WebpDecoder } = NativeModules;

/** Returns { width, height, loopCount, frames: [{ uri, durationMs }] } */
export async function decodeAnimated(uri, { maxFrames = 300 } = {}) {
  if (!WebpDecoder) throw new Error('react-native-webp-decoder is not linked; rebuild the app');
  return WebpDecoder.decode(uri, maxFrames);
}

export function libwebpVersion() {
  return WebpDecoder ? WebpDecoder.libwebpVersion : null;
}
