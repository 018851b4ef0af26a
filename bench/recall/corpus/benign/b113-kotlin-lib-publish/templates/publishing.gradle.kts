// --- Maven Central publishing (merge into build.gradle.kts) ---
plugins {
    `maven-publish`
    signing
}

group = "io.github.USER"
version = providers.gradleProperty("releaseVersion").getOrElse("0.1.0-SNAPSHOT")

java {
    withSourcesJar()
    withJavadocJar()
}

publishing {
    publications {
        create<MavenPublication>("maven") {
            from(components["java"])
            pom {
                name.set(project.name)
                description.set("DESCRIPTION")
                url.set("https://github.com/USER/REPO")
                licenses {
                    license {
                        name.set("Apache-2.0")
                        url.set("https://www.apache.org/licenses/LICENSE-2.0.txt")
                    }
                }
                developers {
                    developer {
                        id.set("USER")
                        name.set("NAME")
                    }
                }
                scm {
                    url.set("https://github.com/USER/REPO")
                    connection.set("scm:git:https://github.com/USER/REPO.git")
                }
            }
        }
    }
    repositories {
        maven {
            name = "central"
            val releases = uri("https://ossrh-staging-api.central.sonatype.com/service/local/staging/deploy/maven2/")
            val snapshots = uri("https://central.sonatype.com/repository/maven-snapshots/")
            url = if (version.toString().endsWith("SNAPSHOT")) snapshots else releases
            credentials {
                username = providers.gradleProperty("mavenCentralUsername").orNull
                password = providers.gradleProperty("mavenCentralPassword").orNull
            }
        }
    }
}

signing {
    val key = providers.gradleProperty("signingInMemoryKey").orNull
    val pass = providers.gradleProperty("signingInMemoryKeyPassword").orNull
    isRequired = !version.toString().endsWith("SNAPSHOT")
    if (key != null) {
        useInMemoryPgpKeys(key.replace("\\n", "\n"), pass)
    }
    sign(publishing.publications["maven"])
}
