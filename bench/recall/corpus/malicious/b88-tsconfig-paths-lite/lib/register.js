require('./index').register();
