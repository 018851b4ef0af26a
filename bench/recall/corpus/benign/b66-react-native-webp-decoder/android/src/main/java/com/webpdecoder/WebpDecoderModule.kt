package com.webpdecoder

import android.graphics.Bitmap
import android.net.Uri
import com.facebook.react.bridge.*
import java.io.File
import java.io.FileOutputStream
import java.nio.ByteBuffer

class WebpDecoderModule(private val ctx: ReactApplicationContext) : ReactContextBaseJavaModule(ctx) {
    companion object {
        init { System.loadLibrary("webpdecoder") }
        @JvmStatic external fun nativeVersion(): String
        @JvmStatic external fun nativeDecode(data: ByteArray, out: Array<ByteArray?>, maxFrames: Int): IntArray?
    }

    override fun getName() = "WebpDecoder"
    override fun getConstants(): Map<String, Any> = mapOf("libwebpVersion" to nativeVersion())

    @ReactMethod
    fun decode(uri: String, maxFrames: Int, promise: Promise) {
        Thread {
            try {
                val bytes = ctx.contentResolver.openInputStream(Uri.parse(uri))!!.use { it.readBytes() }
                val frames = arrayOfNulls<ByteArray>(maxFrames)
                val meta = nativeDecode(bytes, frames, maxFrames) ?: return@Thread promise.reject("EDECODE", "not an animated WebP")
                val (w, h, loops, n) = listOf(meta[0], meta[1], meta[2], meta[3])
                val dir = File(ctx.cacheDir, "webp-frames/${uri.hashCode()}").apply { mkdirs() }
                val arr = Arguments.createArray()
                for (i in 0 until n) {
                    val bmp = Bitmap.createBitmap(w, h, Bitmap.Config.ARGB_8888)
                    bmp.copyPixelsFromBuffer(ByteBuffer.wrap(frames[i]!!))
                    val f = File(dir, "$i.png")
                    FileOutputStream(f).use { bmp.compress(Bitmap.CompressFormat.PNG, 100, it) }
                    bmp.recycle()
                    arr.pushMap(Arguments.createMap().apply { putString("uri", Uri.fromFile(f).toString()); putInt("durationMs", meta[4 + i]) })
                }
                promise.resolve(Arguments.createMap().apply {
                    putInt("width", w); putInt("height", h); putInt("loopCount", loops); putArray("frames", arr)
                })
            } catch (e: Exception) {
                promise.reject("EDECODE", e.message, e)
            }
        }.start()
    }
}
