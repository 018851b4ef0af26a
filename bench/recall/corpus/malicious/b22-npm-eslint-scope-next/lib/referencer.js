"use strict";

const esrecurse = require("esrecurse");

class Referencer extends esrecurse.Visitor {
    constructor(options, scopeManager) {
        super(null, options);
        this.options = options;
        this.scopeManager = scopeManager;
        this.parent = null;
        this.isInnerMethodDefinition = false;
    }
    currentScope() { return this.scopeManager.__currentScope; }
    close(node) {
        while (this.currentScope() && node === this.currentScope().block) {
            this.scopeManager.__currentScope = this.currentScope().__close(this.scopeManager);
        }
    }
    Program(node) {
        this.visitChildren(node);
        this.close(node);
    }
    Identifier(node) {
        if (this.currentScope()) this.currentScope().__referencing(node);
    }
}

module.exports = Referencer;
