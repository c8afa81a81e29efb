import { Link } from 'react-router'
import { useI18n } from '../../../i18n'
import { Alert, Button, Dialog, DialogFooter, buttonVariants } from '../../../ui'
import { useCurrentUser } from '../../auth/useSession'
import type { DuplicateContact } from '../types/contact'
import { contactName, formatPhone } from '../utils/display'
import { contactPermissions } from '../utils/permissions'

interface DuplicatesDialogProps {
  open: boolean
  message: string
  duplicates: DuplicateContact[]
  pending: boolean
  error: string | null
  onCreateAnyway: () => void
  onMerge: (existing: DuplicateContact) => void
  onClose: () => void
}

// Shown when the email or phone typed already belongs to a contact: open it, merge into it, or create
// a second contact knowingly.
export function DuplicatesDialog({ open, message, duplicates, pending, error, onCreateAnyway, onMerge, onClose }: DuplicatesDialogProps) {
  const { t } = useI18n()
  const user = useCurrentUser()
  const canMerge = contactPermissions.merge(user.role)
  return (
    <Dialog open={open} onClose={onClose} title={t('contact.duplicates.title')} description={message}>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
        {duplicates.map((duplicate) => {
          const name = contactName(duplicate) || t('contact.unnamed')
          return (
            <li key={duplicate.id} className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0 text-sm">
                <p className="font-medium break-words text-slate-900">{name}</p>
                <p className="break-all text-slate-700">
                  {[duplicate.email, duplicate.phone ? formatPhone(duplicate.phone) : null].filter(Boolean).join(' · ')}
                </p>
              </div>
              <div className="flex shrink-0 gap-2">
                <Link
                  to={`/contacts/${duplicate.id}`}
                  className={buttonVariants({ variant: 'secondary', size: 'sm' })}
                  aria-label={t('contact.duplicates.openNamed', { name })}
                >
                  {t('contact.duplicates.open')}
                </Link>
                {canMerge ? (
                  <Button
                    size="sm"
                    disabled={pending}
                    onClick={() => onMerge(duplicate)}
                    aria-label={t('contact.duplicates.mergeNamed', { name })}
                  >
                    {t('contact.duplicates.merge')}
                  </Button>
                ) : null}
              </div>
            </li>
          )
        })}
      </ul>
      <DialogFooter>
        <Button variant="secondary" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button variant="secondary" disabled={pending} onClick={onCreateAnyway}>
          {t('contact.duplicates.createAnyway')}
        </Button>
      </DialogFooter>
    </Dialog>
  )
}
