package io.example.slugify

import kotlin.test.Test
import kotlin.test.assertEquals

class SlugifyTest {
    @Test fun basic() = assertEquals("hello-world", Slugify.slug("Hello, World!"))
    @Test fun accents() = assertEquals("creme-brulee-2-ways", Slugify.slug("Crème Brûlée — 2 Ways!"))
    @Test fun german() = assertEquals("strasse", Slugify.slug("Straße"))
    @Test fun truncate() = assertEquals("aaa-bbb", Slugify.slug("aaa bbb cccccccc", maxLength = 10))
    @Test fun underscore() = assertEquals("a_b", Slugify.slug("A B", separator = '_'))
}
