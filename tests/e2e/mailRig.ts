import { readFileSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from '@playwright/test'
import type { ApiSession } from './fixtures'

// The mail rig tests/rigs/e2e-server.sh starts beside the server (aiosmtpd writing a Maildir, Dovecot
// serving it over IMAP), as that script publishes it in /tmp/logis-e2e-mail-PORT.env.
export interface MailRig {
  imapPort: number
  imapUser: string
  imapPassword: string
  maildir: string
}

export function mailRig(): MailRig {
  const file = `/tmp/logis-e2e-mail-${process.env.LOGIS_E2E_PORT ?? '8181'}.env`
  const vars: Record<string, string> = {}
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const equals = line.indexOf('=')
    if (equals > 0) vars[line.slice(0, equals)] = line.slice(equals + 1)
  }
  return {
    imapPort: Number(vars.LOGIS_TEST_IMAP_PORT),
    imapUser: vars.LOGIS_TEST_IMAP_USER,
    imapPassword: vars.LOGIS_TEST_IMAP_PASSWORD,
    maildir: vars.LOGIS_TEST_MAILDIR,
  }
}

export interface DeliveredMessage {
  path: string
  raw: string
}

// The messages in the Maildir (new ones, and those an IMAP client has already seen) that contain `text`.
export function deliveredMessages(rig: MailRig, text: string): DeliveredMessage[] {
  return ['new', 'cur'].flatMap((folder) =>
    readdirSync(join(rig.maildir, folder))
      .map((name) => join(rig.maildir, folder, name))
      .map((path) => ({ path, raw: readFileSync(path, 'utf8') }))
      .filter((message) => message.raw.includes(text)),
  )
}

// A header's value, unfolded, its RFC 2047 encoded words decoded.
export function headerOf(raw: string, name: string): string | undefined {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ')
  const line = head.split(/\r?\n/).find((candidate) => candidate.toLowerCase().startsWith(`${name.toLowerCase()}:`))
  if (line === undefined) return undefined
  return line
    .slice(name.length + 1)
    .trim()
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, charset: string, encoding: string, text: string) => {
      const bytes =
        encoding.toUpperCase() === 'B'
          ? Buffer.from(text, 'base64')
          : Buffer.from(
              text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))),
              'latin1',
            )
      return new TextDecoder(charset).decode(bytes)
    })
}

export function encodedWord(text: string): string {
  return `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`
}

// Delivers a raw message into the Maildir as a mail server would: written in tmp/, then moved into new/.
export function deliverToMaildir(rig: MailRig, name: string, raw: string): void {
  const staged = join(rig.maildir, 'tmp', name)
  writeFileSync(staged, raw.replace(/\r?\n/g, '\r\n'), { mode: 0o644 })
  renameSync(staged, join(rig.maildir, 'new', name))
}

export function removeFromMaildir(message: DeliveredMessage): void {
  unlinkSync(message.path)
}

interface MailAccount {
  id: number
  last_polled_at: string | null
}

async function lastPolledAt(admin: ApiSession, id: number): Promise<string | null | undefined> {
  const list = await admin.context.get('/api/v1/mail-accounts')
  expect(list.status(), 'GET /api/v1/mail-accounts').toBe(200)
  const { items } = (await list.json()) as { items: MailAccount[] }
  return items.find((account) => account.id === id)?.last_polled_at
}

// The agency's mailbox on the rig, added through the API (the server encrypts its password); its id.
export async function addImapAccount(admin: ApiSession, rig: MailRig): Promise<number> {
  const created = await admin.send('POST', '/api/v1/mail-accounts', {
    kind: 'imap',
    host: '127.0.0.1',
    port: rig.imapPort,
    security: 'none',
    username: rig.imapUser,
    password: rig.imapPassword,
  })
  expect(created.status(), `POST /api/v1/mail-accounts: ${await created.text()}`).toBe(201)
  return ((await created.json()) as { id: number }).id
}

export async function removeMailAccount(admin: ApiSession, id: number): Promise<void> {
  expect((await admin.send('DELETE', `/api/v1/mail-accounts/${id}`)).status(), 'DELETE /api/v1/mail-accounts').toBe(204)
}

// « Relever maintenant »: the server's worker polls the mailbox at once; done when its last poll changes.
export async function pollMailboxNow(admin: ApiSession, id: number): Promise<void> {
  const before = await lastPolledAt(admin, id)
  const asked = await admin.send('POST', `/api/v1/mail-accounts/${id}/poll`)
  expect(asked.status(), `POST /api/v1/mail-accounts/${id}/poll`).toBe(202)
  await expect.poll(() => lastPolledAt(admin, id), { timeout: 60_000 }).not.toBe(before)
}
