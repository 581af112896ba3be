import { everythingElse, type Route, routeTable, type Upstream } from '../../cms/src/processes/routeTable'

const exactRoutes = new Map(routeTable.flatMap((route) => (route.match.kind === 'exact' ? [[route.match.path, route]] : [])))
// nginx answers a prefix that ends in a slash, asked for without it, with a redirect to the prefix (`proxy_pass`'s
// automatic redirect), so that path ends up at the prefix's app.
const redirectedRoutes = new Map(
  routeTable.flatMap((route) =>
    route.match.kind === 'prefix' && route.match.path.length > 1 && route.match.path.endsWith('/')
      ? [[route.match.path.slice(0, -1), route]]
      : [],
  ),
)
const regexRoutes = routeTable.flatMap((route) => (route.match.kind === 'regex' ? [{ route, regex: new RegExp(route.match.pattern) }] : []))
const prefixRoutes = routeTable.flatMap((route) => (route.match.kind === 'prefix' ? [{ route, prefix: route.match.path }] : []))

/**
 * Which app serves a request target on the public origin, from `routeTable`, chosen as nginx chooses a `location`
 * (so the launcher's front proxy and docs/deploy.md's nginx agree): the exact path, else the prefix it is without its
 * trailing slash, else the first regular expression that matches, else the longest prefix.
 */
export function routeFor(url: string): Upstream {
  const pathname = url.split(/[?#]/, 1)[0] ?? '/'
  const route =
    exactRoutes.get(pathname) ??
    redirectedRoutes.get(pathname) ??
    regexRoutes.find(({ regex }) => regex.test(pathname))?.route ??
    longestPrefix(pathname)
  return route.upstream
}

function longestPrefix(pathname: string): Route {
  let longest = { route: everythingElse, length: 0 }
  for (const { route, prefix } of prefixRoutes) {
    if (prefix.length > longest.length && pathname.startsWith(prefix)) longest = { route, length: prefix.length }
  }
  return longest.route
}
