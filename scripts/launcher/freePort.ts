import net from 'node:net'
import { portInUse, StartFailure } from './startFailure'

/** Asks the OS for a free loopback TCP port. */
export async function freePort(): Promise<number> {
  const [port] = await freePorts(1)
  return port as number
}

/**
 * Asks the OS for `count` distinct free loopback ports: every probe stays open until all are
 * assigned, so two calls cannot be handed the same port (which sequential probes can be).
 */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<net.Server>((resolve, reject) => {
          const server = net.createServer()
          server.unref()
          server.on('error', reject)
          server.listen(0, '127.0.0.1', () => resolve(server))
        }),
    ),
  )
  const ports = servers.map((server) => {
    const address = server.address()
    if (typeof address !== 'object' || !address) throw new Error('no port')
    return address.port
  })
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))))
  return ports
}

/** Fails with the port's advice when another program listens on `port` already (checked before anything is started). */
export async function ensurePortFree(port: number, host?: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer()
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new StartFailure('port-in-use', portInUse(port), { cause: error }) : error),
    )
    server.listen(port, host, () => server.close(() => resolve()))
  })
}
