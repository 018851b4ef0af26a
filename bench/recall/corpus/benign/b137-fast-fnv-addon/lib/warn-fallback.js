console.warn("fast-fnv-addon: native build failed (no C toolchain?) - using the pure JS implementation.");
