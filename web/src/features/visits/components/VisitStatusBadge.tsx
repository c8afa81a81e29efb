import { useI18n } from '../../../i18n'
import { Badge } from '../../../ui'
import type { VisitStatus } from '../types/visit'
import { VISIT_STATUS_LABEL } from '../utils/labels'

const TONE: Record<VisitStatus, 'positive' | 'neutral' | 'negative'> = {
  planned: 'neutral',
  confirmed: 'positive',
  done: 'positive',
  cancelled: 'negative',
  no_show: 'negative',
}

export function VisitStatusBadge({ status }: { status: VisitStatus }) {
  const { t } = useI18n()
  return <Badge tone={TONE[status]}>{t(VISIT_STATUS_LABEL[status])}</Badge>
}
