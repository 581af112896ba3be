import { bodyLimits } from '../../cms/src/limits/bodyLimits'
import { type Route, type RouteMatch, routeTable, type Upstream } from '../../cms/src/processes/routeTable'

const megabyte = 1024 * 1024

/** The name of nginx's `upstream` block for an app (docs/deploy.md: one per app, a `server` line per instance). */
export function nginxUpstream(upstream: Upstream): string {
  return `portal_${upstream}`
}

/** nginx's `location` lines for `routeTable`, in its order: what docs/deploy.md shows and every test nginx runs. */
export function renderNginxLocations(): string[] {
  return routeTable.map((route) => {
    const directives = [...bodyDirectives(route), `proxy_pass http://${nginxUpstream(route.upstream)};`]
    return `location ${renderMatch(route.match)} { ${directives.join(' ')} }`
  })
}

function renderMatch(match: RouteMatch): string {
  if (match.kind === 'exact') return `= ${match.path}`
  if (match.kind === 'regex') return `~ ${match.pattern}`
  return match.path
}

function bodyDirectives(route: Route): string[] {
  if (!route.body) return []
  // Rounded up: nginx must never refuse a body the CMS would take.
  const size = `client_max_body_size ${Math.ceil(bodyLimits[route.body.limit] / megabyte)}m;`
  return route.body.streamed ? [size, 'proxy_request_buffering off;'] : [size]
}
