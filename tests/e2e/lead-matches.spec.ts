import { expect, test } from '@playwright/test'
import { createLead } from './crmData'
import { DEMO, apiSession, loginAs } from './fixtures'
import { createProperty } from './propertyData'

// The lead page (branch crmweb) mounts <LeadMatches/>: this runs once both are merged.
test('a proposed property refused by the client leaves the lead’s matches', async ({ page }) => {
  const admin = await apiSession(DEMO.admin)
  const property = await createProperty(admin, { city: 'Villeurbanne', postal_code: '69100', price_cents: 25_000_000, rooms: 3 })
  const lead = await createLead(admin, {
    criteria: [{ transaction: 'sale', budget_max_cents: 26_000_000, cities: ['Villeurbanne'] }],
  })
  await loginAs(page, DEMO.admin)
  await page.goto(`/leads/${lead.id}`)
  const matches = page.getByRole('region', { name: 'Biens correspondants' })
  await expect(matches.getByText(/Score \d+\/100/).first()).toBeVisible()
  await expect(matches.getByText('Prix dans le budget', { exact: false }).first()).toBeVisible()

  await matches.getByRole('button', { name: `Proposer ${property.reference}` }).click()
  await expect(matches.getByText('Proposé', { exact: true })).toBeVisible()
  const answer = matches.getByRole('combobox', { name: new RegExp(`Réponse du client pour ${property.reference}`) })
  await answer.selectOption({ label: 'Pas intéressé' })
  await expect(answer).toHaveValue('not_interested')
  // Only the proposal still names the property: the match is gone.
  await expect(matches.getByRole('button', { name: `Proposer ${property.reference}` })).toHaveCount(0)
  await expect(matches.getByRole('link', { name: new RegExp(property.reference) })).toHaveCount(1)
})
