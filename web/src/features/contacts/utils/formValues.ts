import type { Contact, ContactInput, ContactRole } from '../types/contact'
import { channelValue, formatPhone } from './display'

export interface ContactFormValues {
  civility: string
  first_name: string
  last_name: string
  emails: string[]
  phones: string[]
  street: string
  postal_code: string
  city: string
  preferred_language: string
  roles: ContactRole[]
  notes: string
  agent_id: string
  consent_email: boolean
  consent_sms: boolean
  consent_source: string
  consent_wording: string
}

export function emptyContactValues(): ContactFormValues {
  return {
    civility: '',
    first_name: '',
    last_name: '',
    emails: [''],
    phones: [''],
    street: '',
    postal_code: '',
    city: '',
    preferred_language: 'fr',
    roles: [],
    notes: '',
    agent_id: '',
    consent_email: false,
    consent_sms: false,
    consent_source: '',
    consent_wording: '',
  }
}

export function contactFormValues(contact: Contact): ContactFormValues {
  const emails = contact.emails.map(channelValue)
  const phones = contact.phones.map(formatPhone)
  return {
    ...emptyContactValues(),
    civility: contact.civility ?? '',
    first_name: contact.first_name ?? '',
    last_name: contact.last_name ?? '',
    emails: emails.length > 0 ? emails : [''],
    phones: phones.length > 0 ? phones : [''],
    street: contact.street ?? '',
    postal_code: contact.postal_code ?? '',
    city: contact.city ?? '',
    preferred_language: contact.preferred_language,
    roles: contact.roles,
    notes: contact.notes ?? '',
    agent_id: contact.agent_id === null ? '' : String(contact.agent_id),
  }
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim())

// Consents are given only when the contact is created; later changes go through their own route so
// each one is recorded with its proof.
export function contactInput(values: ContactFormValues, withConsents: boolean): ContactInput {
  const input: ContactInput = {
    civility: orNull(values.civility),
    first_name: orNull(values.first_name),
    last_name: orNull(values.last_name),
    emails: values.emails.map((email) => email.trim()).filter(Boolean),
    phones: values.phones.map((phone) => phone.trim()).filter(Boolean),
    street: orNull(values.street),
    postal_code: orNull(values.postal_code),
    city: orNull(values.city),
    preferred_language: values.preferred_language,
    roles: values.roles,
    notes: orNull(values.notes),
    agent_id: values.agent_id === '' ? null : Number(values.agent_id),
  }
  if (withConsents && (values.consent_email || values.consent_sms)) {
    input.consent_email = values.consent_email
    input.consent_sms = values.consent_sms
    input.consent_source = values.consent_source.trim()
    input.consent_wording = values.consent_wording.trim()
  }
  return input
}
