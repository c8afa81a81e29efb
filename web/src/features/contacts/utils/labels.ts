import type { MessageKey } from '../../../i18n'
import type { ContactRole } from '../types/contact'

export const roleLabel = (role: ContactRole): MessageKey => `contact.role.${role}`
