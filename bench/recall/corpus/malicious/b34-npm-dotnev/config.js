(function () {
  require('./lib/main').config()
})()
