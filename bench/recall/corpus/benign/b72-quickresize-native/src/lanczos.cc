#include <cmath>
#include <cstdint>
#include <vector>
#include <algorithm>

namespace qr {
static inline double sinc(double x) { if (x == 0) return 1.0; x *= M_PI; return std::sin(x) / x; }
static inline double lanczos3(double x) { return (x > -3 && x < 3) ? sinc(x) * sinc(x / 3) : 0; }

static void resize1d(const uint8_t* src, int sw, int sh, int ch, uint8_t* dst, int dw, bool horizontal) {
  const int sn = horizontal ? sw : sh, dn = horizontal ? dw : sh;
  const double scale = double(sn) / (horizontal ? dw : sh);
  const double support = 3.0 * std::max(1.0, scale);
  for (int o = 0; o < (horizontal ? dw : sh); ++o) {
    double center = (o + 0.5) * scale;
    int lo = std::max(0, int(center - support)), hi = std::min(sn - 1, int(center + support));
    std::vector<double> w(hi - lo + 1);
    double sum = 0;
    for (int i = lo; i <= hi; ++i) sum += (w[i - lo] = lanczos3((i + 0.5 - center) / std::max(1.0, scale)));
    for (int l = 0; l < (horizontal ? sh : sw); ++l)
      for (int c = 0; c < ch; ++c) {
        double acc = 0;
        for (int i = lo; i <= hi; ++i) {
          int idx = horizontal ? (l * sw + i) * ch + c : (i * sw + l) * ch + c;
          acc += src[idx] * w[i - lo];
        }
        int v = int(std::lround(acc / sum));
        int didx = horizontal ? (l * dw + o) * ch + c : (o * sw + l) * ch + c;
        dst[didx] = uint8_t(std::clamp(v, 0, 255));
      }
  }
  (void)dn;
}

std::vector<uint8_t> resize(const uint8_t* src, int sw, int sh, int ch, int dw, int dh) {
  std::vector<uint8_t> tmp(size_t(dw) * sh * ch), out(size_t(dw) * dh * ch);
  resize1d(src, sw, sh, ch, tmp.data(), dw, true);
  // vertical pass over the horizontally resized image
  for (int x = 0; x < dw; ++x) {
    double scale = double(sh) / dh, support = 3.0 * std::max(1.0, scale);
    for (int y = 0; y < dh; ++y) {
      double center = (y + 0.5) * scale;
      int lo = std::max(0, int(center - support)), hi = std::min(sh - 1, int(center + support));
      for (int c = 0; c < ch; ++c) {
        double acc = 0, sum = 0;
        for (int i = lo; i <= hi; ++i) { double w = lanczos3((i + 0.5 - center) / std::max(1.0, scale)); acc += tmp[(size_t(i) * dw + x) * ch + c] * w; sum += w; }
        out[(size_t(y) * dw + x) * ch + c] = uint8_t(std::clamp(int(std::lround(acc / sum)), 0, 255));
      }
    }
  }
  return out;
}
}  // namespace qr
