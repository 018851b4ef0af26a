import type { FastifyPluginAsync } from 'fastify'

const health: FastifyPluginAsync = async (app) => {
  app.get('/', async () => ({ status: 'ok', uptime: process.uptime() }))
  app.get('/ready', async () => ({ ready: true }))
}

export default health
