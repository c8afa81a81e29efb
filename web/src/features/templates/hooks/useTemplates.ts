import { useEffect, useState } from 'react'
import { apiRequest, useApiMutation, useApiQuery, type ApiError } from '../../../api'
import type {
  MessageTemplate,
  PreviewRecords,
  RenderedPreview,
  TemplateChannel,
  TemplateVariable,
} from '../types/templates'

const TEMPLATES_QUERY_KEY = ['message-templates'] as const
const PREVIEW_DELAY_MS = 400

export function useTemplates(channel: TemplateChannel) {
  return useApiQuery<{ items: MessageTemplate[]; total: number }>(
    [...TEMPLATES_QUERY_KEY, channel],
    `/${channel}-templates?per_page=100`,
  )
}

export function useTemplateVariables() {
  return useApiQuery<{ items: TemplateVariable[] }>(['template-variables'], '/template-variables', {
    staleTime: Infinity,
  })
}

export function useUpdateTemplate() {
  return useApiMutation<MessageTemplate, { template: MessageTemplate; change: Partial<MessageTemplate> }>({
    method: 'PATCH',
    path: ({ template }) => `/${template.channel}-templates/${template.id}`,
    body: ({ change }) => change,
    invalidates: [TEMPLATES_QUERY_KEY],
  })
}

interface PreviewOptions {
  channel: TemplateChannel
  subject: string
  body: string
  records: PreviewRecords
}

// The rendered draft, asked again 400 ms after the last keystroke; an older answer never replaces a newer.
export function useDraftPreview({ channel, subject, body, records }: PreviewOptions) {
  const [preview, setPreview] = useState<RenderedPreview | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const recordsKey = JSON.stringify(records)

  useEffect(() => {
    const controller = new AbortController()
    const timer = window.setTimeout(() => {
      apiRequest<RenderedPreview>('/templates/preview-draft', {
        method: 'POST',
        body: { channel, subject, body, ...JSON.parse(recordsKey) },
        signal: controller.signal,
      })
        .then((rendered) => {
          setPreview(rendered)
          setError(null)
        })
        .catch((cause: unknown) => {
          if (cause instanceof DOMException && cause.name === 'AbortError') return
          setError(cause as ApiError)
        })
    }, PREVIEW_DELAY_MS)
    return () => {
      window.clearTimeout(timer)
      controller.abort()
    }
  }, [channel, subject, body, recordsKey])

  return { preview, error }
}

export function usePreviewChoices() {
  const leads = useApiQuery<{ items: { id: number; contact: { first_name: string | null; last_name: string | null } }[] }>(
    ['template-preview', 'leads'],
    '/leads?per_page=50',
  )
  const properties = useApiQuery<{ items: { id: number; reference: string; title: string }[] }>(
    ['template-preview', 'properties'],
    '/properties?per_page=50',
  )
  return { leads, properties }
}
