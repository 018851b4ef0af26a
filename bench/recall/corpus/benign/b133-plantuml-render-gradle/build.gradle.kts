import java.net.URI
import java.security.MessageDigest

// Pinned tool: version + SHA-256 published alongside the artifact on Maven Central.
val plantumlVersion = "1.2024.4"
val plantumlSha256 = "3a6e1a7b1f3d0c1c5c7f5e2b8a4f6d9c0b1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a"
val plantumlUrl = "https://repo1.maven.org/maven2/net/sourceforge/plantuml/plantuml/$plantumlVersion/plantuml-$plantumlVersion.jar"

val toolsDir = layout.buildDirectory.dir("tools")
val plantumlJar = toolsDir.map { it.file("plantuml-$plantumlVersion.jar") }

fun sha256(f: File): String =
    MessageDigest.getInstance("SHA-256").digest(f.readBytes()).joinToString("") { "%02x".format(it) }

val fetchPlantuml by tasks.registering {
    description = "Download PlantUML $plantumlVersion from Maven Central and verify its SHA-256."
    outputs.file(plantumlJar)
    doLast {
        val jar = plantumlJar.get().asFile
        if (jar.exists() && sha256(jar) == plantumlSha256) return@doLast
        jar.parentFile.mkdirs()
        val tmp = File(jar.parentFile, jar.name + ".part")
        logger.lifecycle("downloading $plantumlUrl")
        URI(plantumlUrl).toURL().openStream().use { input -> tmp.outputStream().use { input.copyTo(it) } }
        val actual = sha256(tmp)
        if (actual != plantumlSha256) {
            tmp.delete()
            throw GradleException("checksum mismatch for plantuml-$plantumlVersion.jar: expected $plantumlSha256, got $actual")
        }
        tmp.renameTo(jar)
    }
}

tasks.register<JavaExec>("render") {
    description = "Render .puml files under -Psrc to -Pformat (svg|png)."
    dependsOn(fetchPlantuml)
    val src = file(findProperty("src") ?: "diagrams")
    val format = (findProperty("format") as String?) ?: "svg"
    require(format in setOf("svg", "png")) { "format must be svg or png" }
    classpath = files(plantumlJar)
    mainClass.set("net.sourceforge.plantuml.Run")
    args = listOf("-t$format", "-charset", "UTF-8", "-failfast2", "-nbthread", "auto", "${src.absolutePath}/**.puml")
    // keep PlantUML fully offline: no update checks, no remote includes
    jvmArgs = listOf("-Djava.awt.headless=true", "-DPLANTUML_SECURITY_PROFILE=ALLOWLIST", "-Dplantuml.allowlist.url=")
}
