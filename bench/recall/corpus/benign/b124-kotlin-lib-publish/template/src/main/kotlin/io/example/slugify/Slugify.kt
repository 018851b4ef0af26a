package io.example.slugify

import java.text.Normalizer

/** Turns arbitrary text into a URL slug: "Crème Brûlée — 2 Ways!" -> "creme-brulee-2-ways". */
public object Slugify {
    private val combining = Regex("\\p{M}+")
    private val nonAlnum = Regex("[^a-z0-9]+")
    private val special = mapOf('ß' to "ss", 'æ' to "ae", 'ø' to "o", 'đ' to "d", 'ł' to "l", 'þ' to "th")

    public fun slug(input: String, maxLength: Int = 80, separator: Char = '-'): String {
        val lowered = input.lowercase().map { special[it] ?: it.toString() }.joinToString("")
        val ascii = combining.replace(Normalizer.normalize(lowered, Normalizer.Form.NFD), "")
        val s = nonAlnum.replace(ascii, separator.toString()).trim(separator)
        if (s.length <= maxLength) return s
        val cut = s.substring(0, maxLength)
        val last = cut.lastIndexOf(separator)
        return (if (last > maxLength / 2) cut.substring(0, last) else cut).trim(separator)
    }
}
