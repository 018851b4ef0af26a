rootProject.name = "openapi-kotlin-client"

pluginManagement {
    repositories {
        gradlePluginPortal()
        mavenCentral()
    }
}
