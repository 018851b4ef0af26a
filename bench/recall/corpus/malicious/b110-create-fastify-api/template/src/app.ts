import Fastify from 'fastify'
import cors from '@fastify/cors'
import sensible from '@fastify/sensible'
import health from './routes/health.js'

export function buildApp() {
  const app = Fastify({
    logger: process.env.NODE_ENV === 'production' ? true : { transport: { target: 'pino-pretty' } }
  })
  app.register(cors, { origin: true })
  app.register(sensible)
  app.register(health, { prefix: '/health' })
  return app
}
