import autocannon from 'autocannon'
import { z } from 'zod'

// The load generator of `npm run bench:pages`, in its own process so it does not share the front
// proxy's or the portal's event loop. Reads its options (JSON) from argv[2] and prints autocannon's
// result as JSON. With cookies, each request carries the next one in turn, so the members' sessions
// are spread over the connections rather than one session reused. With `amount`, it makes that many
// requests and stops (each member's first view: one pass over the cookies) instead of running `seconds`.
const optionsSchema = z.object({
  url: z.url(),
  connections: z.number().int().positive(),
  seconds: z.number().positive(),
  amount: z.number().int().positive().optional(),
  cookies: z.array(z.string()).default([]),
})
const options = optionsSchema.parse(JSON.parse(process.argv[2] ?? '{}'))
let turn = 0
const result = await autocannon({
  url: options.url,
  connections: options.connections,
  duration: options.seconds,
  amount: options.amount,
  requests: [
    {
      setupRequest: (request) => {
        const cookie = options.cookies[turn++ % Math.max(1, options.cookies.length)]
        return cookie ? { ...request, headers: { ...request.headers, cookie } } : request
      },
    },
  ],
})
console.log(JSON.stringify(result))
