package com.hapticskit

import android.content.Context
import android.os.Build
import android.os.VibrationEffect
import android.os.Vibrator
import android.os.VibratorManager
import com.facebook.react.bridge.*

class HapticKitModule(ctx: ReactApplicationContext) : ReactContextBaseJavaModule(ctx) {
    override fun getName() = "HapticKit"

    private val vibrator: Vibrator by lazy {
        if (Build.VERSION.SDK_INT >= 31) {
            (reactApplicationContext.getSystemService(Context.VIBRATOR_MANAGER_SERVICE) as VibratorManager).defaultVibrator
        } else {
            @Suppress("DEPRECATION")
            reactApplicationContext.getSystemService(Context.VIBRATOR_SERVICE) as Vibrator
        }
    }

    private fun predefined(id: Int, fallbackMs: Long) {
        if (Build.VERSION.SDK_INT >= 29) vibrator.vibrate(VibrationEffect.createPredefined(id))
        else vibrator.vibrate(VibrationEffect.createOneShot(fallbackMs, VibrationEffect.DEFAULT_AMPLITUDE))
    }

    @ReactMethod
    fun impact(style: String, promise: Promise) {
        when (style) {
            "light", "soft" -> predefined(VibrationEffect.EFFECT_TICK, 10)
            "heavy", "rigid" -> predefined(VibrationEffect.EFFECT_HEAVY_CLICK, 30)
            else -> predefined(VibrationEffect.EFFECT_CLICK, 20)
        }
        promise.resolve(null)
    }

    @ReactMethod
    fun notification(type: String, promise: Promise) {
        val timings = when (type) {
            "error" -> longArrayOf(0, 40, 60, 40, 60, 40)
            "warning" -> longArrayOf(0, 40, 80, 40)
            else -> longArrayOf(0, 30, 60, 30)
        }
        vibrator.vibrate(VibrationEffect.createWaveform(timings, -1))
        promise.resolve(null)
    }

    @ReactMethod
    fun selection(promise: Promise) {
        predefined(VibrationEffect.EFFECT_TICK, 8)
        promise.resolve(null)
    }

    @ReactMethod
    fun waveform(timings: ReadableArray, amps: ReadableArray, promise: Promise) {
        val t = LongArray(timings.size()) { timings.getInt(it).toLong() }
        val a = IntArray(amps.size()) { amps.getInt(it) }
        vibrator.vibrate(VibrationEffect.createWaveform(t, a, -1))
        promise.resolve(null)
    }
}
