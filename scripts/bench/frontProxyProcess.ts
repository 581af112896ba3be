import { createLogger } from '../launcher/createLogger'
import { startFrontProxy } from '../launcher/startFrontProxy'

// Child process of `npm run bench:search`: the launcher's front proxy in a process of its own, as in
// `npm start`, forwarding every path to the search server given as the first argument.
const upstream = process.argv[2] ?? ''
const proxy = await startFrontProxy({
  port: 0,
  host: '127.0.0.1',
  upstreams: { cms: upstream, site: upstream, search: upstream, tracking: upstream, metrics: upstream },
  log: createLogger('proxy'),
})
console.log(proxy.port)
