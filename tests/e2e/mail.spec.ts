import { expect, test } from '@playwright/test'
import { DEMO, apiSession, expectHeading, expectNoAxeViolations, loginAs, uniqueSuffix, waitForPage } from './fixtures'
import { createLead } from './leadData'
import {
  deliverToMaildir,
  deliveredMessages,
  encodedWord,
  addImapAccount,
  headerOf,
  mailRig,
  pollMailboxNow,
  removeFromMaildir,
  removeMailAccount,
} from './mailRig'

// Email on real mail servers (tests/rigs/e2e-server.sh: the first agent sends through the rig's aiosmtpd,
// which writes a Maildir that Dovecot serves over IMAP): from a lead's page, an email from a template goes
// out, and the client's reply comes back into the inbox, in the same thread.
test('an agent writes to a lead from a template, sees it sent, and reads the reply in its thread', async ({ page }) => {
  test.setTimeout(180_000)
  const rig = mailRig()
  const suffix = uniqueSuffix()
  const name = `Claire Témoin ${suffix}`
  const address = `claire-${suffix}@example.fr`
  const agent = await apiSession(DEMO.agent)
  const lead = await createLead(agent, {
    contact: { first_name: 'Claire', last_name: `Témoin ${suffix}`, email: address },
  })
  const listed = await agent.context.get('/api/v1/properties?per_page=1')
  const [property] = ((await listed.json()) as { items: { reference: string; title: string }[] }).items

  await loginAs(page, DEMO.agent)
  await page.goto(`/leads/${lead.id}`)
  await expectHeading(page, new RegExp(name))
  await waitForPage(page)
  await page.getByRole('button', { name: 'Nouvel e-mail' }).click()
  const dialog = page.getByRole('dialog', { name: 'Nouvel e-mail' })
  await dialog.getByLabel('Modèle').selectOption({ label: 'Réponse à une demande' })
  // The template, rendered by the server for this contact, fills the subject and the text to review.
  const subjectField = dialog.getByLabel('Objet')
  await expect(subjectField).toHaveValue('Votre demande – Agence Démo Logis')
  await expect(dialog.getByLabel('Message')).toHaveValue(new RegExp(`^Bonjour ${name},\\s+Nous vous remercions`))
  await expectNoAxeViolations(page, 'compose dialog')
  const subject = `Votre demande – Agence Démo Logis (${suffix})`
  await subjectField.fill(subject)
  // The property's sheet goes with it, as a PDF.
  await dialog.getByLabel('Rechercher un bien').fill(property.reference)
  await dialog.getByRole('button', { name: `Joindre la fiche de ${property.reference} · ${property.title}` }).click()
  await expect(dialog.getByRole('list', { name: 'Fiches jointes' })).toContainText(property.reference)
  await expectNoAxeViolations(page, 'compose dialog with a property sheet')
  await dialog.getByRole('button', { name: 'Envoyer' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: 'E-mail enregistré : il part dans quelques instants.' })).toBeAttached()

  // The worker sends it within seconds: the timeline says so.
  const timeline = page.getByRole('region', { name: 'Historique' })
  const entry = timeline.getByRole('listitem').filter({ hasText: subject })
  await expect(async () => {
    await page.reload()
    await expect(entry.getByText('Envoyé', { exact: true })).toBeVisible({ timeout: 1000 })
  }).toPass({ timeout: 60_000 })
  await expect(entry).toContainText('sortant')

  // The client received it.
  await expect.poll(() => deliveredMessages(rig, `X-RcptTo: ${address}`).length, { timeout: 30_000 }).toBe(1)
  const [sent] = deliveredMessages(rig, `X-RcptTo: ${address}`)
  expect(headerOf(sent.raw, 'Subject')).toBe(subject)
  expect(headerOf(sent.raw, 'To')).toBe(address)
  const messageId = headerOf(sent.raw, 'Message-ID') ?? ''
  expect(messageId).toMatch(/^<.+@.+>$/)
  expect(sent.raw).toMatch(new RegExp(`Content-Type: application/pdf[\\s\\S]*fiche-${property.reference}\\.pdf`))
  // The rig has one Maildir for every address: the client's copy leaves it, so that the agency's mailbox
  // holds what the agency receives.
  removeFromMaildir(sent)

  // The client answers from their mail program; the agency's mailbox is polled.
  const replyText = `Merci, puis-je visiter samedi ? (${suffix})`
  deliverToMaildir(
    rig,
    `reply-${suffix}.eml`,
    [
      `From: ${encodedWord(name)} <${address}>`,
      'To: agent1@demo.logis.test',
      `Subject: ${encodedWord(`Re: ${subject}`)}`,
      `Message-ID: <reponse-${suffix}@example.fr>`,
      `In-Reply-To: ${messageId}`,
      `References: ${messageId}`,
      `Date: ${new Date().toUTCString().replace('GMT', '+0000')}`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      replyText,
      '',
    ].join('\n'),
  )
  // The agency's mailbox, polled now, and removed afterwards: the server would poll it every two minutes.
  const admin = await apiSession(DEMO.admin)
  const mailbox = await addImapAccount(admin, rig)
  try {
    await pollMailboxNow(admin, mailbox)
  } finally {
    await removeMailAccount(admin, mailbox)
  }

  // In the inbox, the reply sits under the email it answers.
  await page.goto('/messages')
  await expectHeading(page, 'Messages')
  const conversation = page.getByRole('link').filter({ hasText: name })
  await expect(async () => {
    await page.reload()
    await expect(conversation).toContainText(`Re: ${subject}`, { timeout: 1000 })
  }).toPass({ timeout: 60_000 })
  await conversation.click()
  await expect(page).toHaveURL(`/messages/${lead.contact_id}`)
  const thread = page.getByRole('region', { name: `Fil « ${subject} »` })
  const messages = thread.getByRole('article')
  await expect(messages).toHaveCount(2)
  await expect(messages.first()).toContainText('Vous :')
  await expect(messages.first()).toContainText('Envoyé')
  await expect(messages.nth(1)).toContainText(`${name} <${address}>`)
  await expect(messages.nth(1)).toContainText(`Re: ${subject}`)
  await expect(messages.nth(1)).toContainText(replyText)
  await expect(messages.nth(1)).toContainText('Reçu')
  await expect(page.getByRole('region', { name: /^Fil / })).toHaveCount(1)
  await waitForPage(page)
  await expectNoAxeViolations(page, 'inbox thread with a reply')

  // And on the lead's timeline, beside the email it answers.
  await page.goto(`/leads/${lead.id}`)
  await expect(timeline.getByRole('listitem').filter({ hasText: `Re: ${subject}` })).toContainText('entrant')
})
