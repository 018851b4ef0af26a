terraform {
  required_version = ">= 1.5.0"
  required_providers {
    null = { source = "hashicorp/null", version = "~> 3.2" }
  }
}

variable "stack_name" {
  type = string
}

variable "output_file" {
  type        = string
  description = "Where to write the Markdown summary"
}

variable "outputs_hash" {
  type        = string
  description = "Changes whenever the summarised outputs change; triggers a re-render"
}

resource "null_resource" "render" {
  triggers = {
    outputs_hash = var.outputs_hash
    output_file  = var.output_file
  }

  # Runs after apply, in the root module directory, with the state already written.
  provisioner "local-exec" {
    working_dir = path.root
    interpreter = ["bash", "-c"]
    command     = "${path.module}/render.sh"
    environment = {
      STACK_NAME  = var.stack_name
      OUTPUT_FILE = var.output_file
    }
  }
}

output "summary_file" {
  value = var.output_file
}
