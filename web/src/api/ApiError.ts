export type FieldErrors = Record<string, string>

// The one shape every failed request takes, whatever the server or the network did.
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly fields: FieldErrors
  readonly retryAfterSeconds: number | null
  // The whole error body, for answers that carry more than a message (a 409's duplicates).
  readonly body: unknown

  constructor(options: {
    status: number
    code: string
    message: string
    fields?: FieldErrors
    retryAfterSeconds?: number | null
    body?: unknown
  }) {
    super(options.message)
    this.name = 'ApiError'
    this.status = options.status
    this.code = options.code
    this.fields = options.fields ?? {}
    this.retryAfterSeconds = options.retryAfterSeconds ?? null
    this.body = options.body ?? null
  }

  get isUnauthorized(): boolean {
    return this.status === 401
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}
