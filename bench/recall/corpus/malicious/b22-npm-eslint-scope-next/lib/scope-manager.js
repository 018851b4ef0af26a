"use strict";

class ScopeManager {
    constructor(options) {
        this.scopes = [];
        this.globalScope = null;
        this.__nodeToScope = new WeakMap();
        this.__currentScope = null;
        this.__options = options;
        this.__declaredVariables = new WeakMap();
    }
    __useDirective() { return this.__options.directive; }
    __isOptimistic() { return this.__options.optimistic; }
    __ignoreEval() { return this.__options.ignoreEval; }
    isGlobalReturn() { return this.__options.nodejsScope || this.__options.sourceType === "commonjs"; }
    isModule() { return this.__options.sourceType === "module"; }
    isES6() { return true; }
    getDeclaredVariables(node) { return this.__declaredVariables.get(node) || []; }
    acquire(node, inner) {
        const scopes = this.__nodeToScope.get(node);
        if (!scopes || scopes.length === 0) return null;
        if (scopes.length === 1) return scopes[0];
        return inner ? scopes[scopes.length - 1] : scopes[0];
    }
    __nestScope(scope) {
        if (!this.__nodeToScope.has(scope.block)) this.__nodeToScope.set(scope.block, []);
        this.__nodeToScope.get(scope.block).push(scope);
        this.scopes.push(scope);
        if (!this.globalScope) this.globalScope = scope;
        this.__currentScope = scope;
        return scope;
    }
}

module.exports = ScopeManager;
