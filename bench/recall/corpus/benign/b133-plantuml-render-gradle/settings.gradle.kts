rootProject.name = "plantuml-render"
