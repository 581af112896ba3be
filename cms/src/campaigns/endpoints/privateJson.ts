/** A JSON answer for one signed-in member: never cached by anyone. */
export function privateJson(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { 'cache-control': 'private, no-store' } })
}
