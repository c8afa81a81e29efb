export { ApiError, isApiError, type FieldErrors } from './ApiError'
export { apiRequest, apiUpload, queryString, setCsrfToken } from './client'
export { useApiMutation, useApiQuery } from './useApi'
export type { Paginated } from './types'
