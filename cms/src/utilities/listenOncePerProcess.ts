import type http from 'node:http'

/**
 * Serves `port` on the loopback interface with the server `create` makes, once per process: `next dev`
 * initializes Payload again after a config change, and the port is already served then.
 */
export async function listenOncePerProcess(name: string, port: number, create: () => http.Server): Promise<void> {
  const startedKey = Symbol.for(`xuexi-yuandi.${name}`)
  const holder = globalThis as { [key: symbol]: boolean | undefined }
  if (holder[startedKey]) return
  holder[startedKey] = true
  const server = create()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
}
