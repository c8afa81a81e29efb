import type { ConversationContact } from '../types/conversation'

export function contactName(contact: ConversationContact): string {
  const name = [contact.first_name, contact.last_name].filter(Boolean).join(' ')
  return name || contact.email || `#${contact.id}`
}

// A received HTML body read as text: never rendered, so no script or tracking image of the sender runs.
export function htmlToText(html: string): string {
  const document = new DOMParser().parseFromString(html, 'text/html')
  document.querySelectorAll('br').forEach((br) => br.replaceWith('\n'))
  document.querySelectorAll('p, div, li, tr').forEach((block) => block.append('\n'))
  return (document.body.textContent ?? '').replace(/\n{3,}/g, '\n\n').trim()
}

// What the agent typed, as the HTML body sent: each paragraph escaped and wrapped.
export function textToHtml(text: string): string {
  const escape = (value: string) =>
    value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escape(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('\n')
}

export function replySubject(subject: string): string {
  return /^re\s*:/i.test(subject) ? subject : `Re: ${subject}`
}
