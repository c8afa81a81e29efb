import { useParams } from 'react-router'
import { useI18n } from '../../../i18n'
import { PageHeader, cn } from '../../../ui'
import { ConversationList } from './ConversationList'
import { ThreadView } from './ThreadView'

// /messages: the conversations; /messages/:contactId: one contact's emails beside them (alone on a phone).
export function InboxPage() {
  const { t } = useI18n()
  const { contactId } = useParams()
  const selected = contactId && /^\d+$/.test(contactId) ? Number(contactId) : null
  return (
    <>
      <PageHeader title={t('inbox.title')} description={t('inbox.description')} />
      <div className="grid gap-6 md:grid-cols-[minmax(16rem,22rem)_1fr]">
        <div className={cn(selected !== null && 'hidden md:block')}>
          <ConversationList />
        </div>
        {selected !== null ? (
          <ThreadView key={selected} contactId={selected} />
        ) : (
          <p className="hidden text-slate-700 md:block">{t('inbox.pick')}</p>
        )}
      </div>
    </>
  )
}
