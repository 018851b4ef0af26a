#include <jni.h>
#include <android/bitmap.h>
#include <webp/demux.h>
#include <webp/decode.h>
#include <vector>
#include <cstring>

extern "C" JNIEXPORT jstring JNICALL
Java_com_webpdecoder_WebpDecoderModule_nativeVersion(JNIEnv* env, jclass) {
  int v = WebPGetDecoderVersion();
  char buf[16];
  snprintf(buf, sizeof buf, "%d.%d.%d", (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
  return env->NewStringUTF(buf);
}

// Decodes all frames into RGBA buffers; returns [width, height, loopCount, n, dur0, dur1, ...]
extern "C" JNIEXPORT jintArray JNICALL
Java_com_webpdecoder_WebpDecoderModule_nativeDecode(JNIEnv* env, jclass, jbyteArray data, jobjectArray outFrames, jint maxFrames) {
  jsize len = env->GetArrayLength(data);
  std::vector<uint8_t> bytes(len);
  env->GetByteArrayRegion(data, 0, len, reinterpret_cast<jbyte*>(bytes.data()));
  WebPData wd = {bytes.data(), bytes.size()};
  WebPAnimDecoderOptions opts;
  WebPAnimDecoderOptionsInit(&opts);
  opts.color_mode = MODE_RGBA;
  WebPAnimDecoder* dec = WebPAnimDecoderNew(&wd, &opts);
  if (!dec) return nullptr;
  WebPAnimInfo info;
  WebPAnimDecoderGetInfo(dec, &info);
  std::vector<jint> meta = {(jint)info.canvas_width, (jint)info.canvas_height, (jint)info.loop_count, 0};
  int prev = 0, n = 0;
  while (WebPAnimDecoderHasMoreFrames(dec) && n < maxFrames) {
    uint8_t* buf; int ts;
    if (!WebPAnimDecoderGetNext(dec, &buf, &ts)) break;
    size_t sz = (size_t)info.canvas_width * info.canvas_height * 4;
    jbyteArray frame = env->NewByteArray((jsize)sz);
    env->SetByteArrayRegion(frame, 0, (jsize)sz, reinterpret_cast<jbyte*>(buf));
    env->SetObjectArrayElement(outFrames, n, frame);
    env->DeleteLocalRef(frame);
    meta.push_back(ts - prev);
    prev = ts; n++;
  }
  meta[3] = n;
  WebPAnimDecoderDelete(dec);
  jintArray out = env->NewIntArray((jsize)meta.size());
  env->SetIntArrayRegion(out, 0, (jsize)meta.size(), meta.data());
  return out;
}
