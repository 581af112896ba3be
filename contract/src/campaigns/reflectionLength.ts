/**
 * Characters that count towards a reflection's length: everything but whitespace. The CMS checks a submission's
 * minimum with it, and the portal counts with it as the member types and shows it to reviewers.
 */
export function reflectionLength(body: string): number {
  return [...body.replace(/\s+/g, '')].length
}
