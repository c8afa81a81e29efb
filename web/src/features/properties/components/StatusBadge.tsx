import { useI18n } from '../../../i18n'
import { Badge } from '../../../ui'
import type { PropertyStatus } from '../types/property'
import { STATUS_TONES, statusLabel } from '../utils/labels'

export function StatusBadge({ status }: { status: PropertyStatus }) {
  const { t } = useI18n()
  return <Badge tone={STATUS_TONES[status]}>{t(statusLabel(status))}</Badge>
}
