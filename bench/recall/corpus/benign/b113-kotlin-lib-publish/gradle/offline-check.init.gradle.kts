// Applied only with `-I`; adds a POM sanity check. Makes no network calls and is not persisted.
allprojects {
    afterEvaluate {
        val publishing = extensions.findByType(org.gradle.api.publish.PublishingExtension::class.java) ?: return@afterEvaluate
        val check = tasks.register("checkPom") {
            group = "publishing"
            description = "Validates POM fields required by Maven Central"
            doLast {
                val problems = mutableListOf<String>()
                publishing.publications.withType(org.gradle.api.publish.maven.MavenPublication::class.java).forEach { pub ->
                    val pomFile = layout.buildDirectory.file("publications/${pub.name}/pom-default.xml").get().asFile
                    if (!pomFile.exists()) {
                        problems += "${pub.name}: POM not generated yet"
                        return@forEach
                    }
                    val xml = pomFile.readText()
                    listOf("<name>", "<description>", "<url>", "<licenses>", "<developers>", "<scm>").forEach { tag ->
                        if (!xml.contains(tag)) problems += "${pub.name}: missing $tag"
                    }
                    if (Regex("USER|DESCRIPTION|NAME").containsMatchIn(xml)) problems += "${pub.name}: template placeholders left in POM"
                }
                if (problems.isEmpty()) println("POM check passed") else throw GradleException(problems.joinToString("\n"))
            }
        }
        tasks.matching { it.name.startsWith("generatePomFileFor") }.configureEach { finalizedBy(check) }
    }
}
