{
  "variables": { "sqlite_version%": "3450100", "toolset%": "" },
  "target_defaults": {
    "default_configuration": "Release",
    "configurations": {
      "Debug": { "defines": [ "DEBUG", "_DEBUG" ] },
      "Release": { "defines": [ "NDEBUG" ] }
    }
  }
}
