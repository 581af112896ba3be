import autocannon from 'autocannon'

// Child process of `npm run bench:search`: loads the search server with autocannon, cycling through
// the query paths given on stdin (one per line), and prints autocannon's JSON result.
const [origin, connections, seconds] = process.argv.slice(2)
const paths = (await new Response(process.stdin as unknown as ReadableStream).text()).split('\n').filter(Boolean)
let next = 0
const result = await autocannon({
  url: origin ?? 'http://127.0.0.1',
  connections: Number(connections),
  duration: Number(seconds),
  requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }],
})
console.log(JSON.stringify({ requests: result.requests, latency: result.latency, non2xx: result.non2xx, errors: result.errors }))
