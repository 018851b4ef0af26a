import { createWidget } from "@widgetkit/core";

createWidget("#app", { title: "{{name}}", theme: "auto" });
