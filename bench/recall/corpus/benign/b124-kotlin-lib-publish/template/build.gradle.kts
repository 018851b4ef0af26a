plugins {
    kotlin("jvm") version "2.0.0"
    `java-library`
    `maven-publish`
    signing
}

group = "io.example"
version = "0.1.0"

kotlin {
    jvmToolchain(17)
    explicitApi()
}

java {
    withSourcesJar()
    withJavadocJar()
}

dependencies {
    testImplementation(kotlin("test"))
    testImplementation("org.junit.jupiter:junit-jupiter:5.10.2")
}

tasks.test {
    useJUnitPlatform()
}

publishing {
    publications {
        create<MavenPublication>("maven") {
            from(components["java"])
            artifactId = "slugify-kt"
            pom {
                name.set("slugify-kt")
                description.set("Unicode-aware URL slug generation for Kotlin")
                url.set("https://github.com/example/slugify-kt")
                licenses {
                    license {
                        name.set("Apache-2.0")
                        url.set("https://www.apache.org/licenses/LICENSE-2.0")
                    }
                }
                developers { developer { id.set("example"); name.set("Example Dev") } }
                scm { url.set("https://github.com/example/slugify-kt") }
            }
        }
    }
    repositories {
        maven {
            name = "sonatype"
            val releases = uri("https://s01.oss.sonatype.org/service/local/staging/deploy/maven2/")
            val snapshots = uri("https://s01.oss.sonatype.org/content/repositories/snapshots/")
            url = if (version.toString().endsWith("SNAPSHOT")) snapshots else releases
            // Standard Gradle credentials lookup: sonatypeUsername / sonatypePassword
            credentials(PasswordCredentials::class)
        }
    }
}

signing {
    // In-memory key from the user's own Gradle properties / env; only used to sign our artifacts.
    val signingKey = providers.gradleProperty("signingKey").orNull
    val signingPassword = providers.gradleProperty("signingPassword").orNull
    isRequired = signingKey != null && gradle.taskGraph.allTasks.any { it.name.contains("Sonatype") }
    if (signingKey != null) {
        useInMemoryPgpKeys(signingKey, signingPassword)
        sign(publishing.publications["maven"])
    }
}
