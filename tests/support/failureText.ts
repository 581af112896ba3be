/** Awaits an operation that must fail and returns everything it said (message and field errors). */
export async function failureText(operation: Promise<unknown>): Promise<string> {
  try {
    await operation
  } catch (error) {
    const fieldErrors = (error as { data?: { errors?: Array<{ message?: string }> } }).data?.errors ?? []
    return [(error as Error).message, ...fieldErrors.map((fieldError) => fieldError.message)].join(' | ')
  }
  throw new Error('expected the operation to fail, but it succeeded')
}
