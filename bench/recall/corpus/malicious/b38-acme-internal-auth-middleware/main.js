module.exports = function authMiddleware(req, res, next) { next(); };
