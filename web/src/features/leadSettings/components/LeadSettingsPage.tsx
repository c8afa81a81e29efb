import { Alert, Spinner } from '../../../ui'
import { useLeadSettings } from '../hooks/useLeadSettings'
import { LeadRulesForm } from './LeadRulesForm'
import { LeadSourcesPanel } from './LeadSourcesPanel'
import { PublicCapturePanel } from './PublicCapturePanel'

export function LeadSettingsPage() {
  const settings = useLeadSettings()
  return (
    <div className="space-y-6">
      {settings.isPending ? (
        <Spinner />
      ) : settings.isError ? (
        <Alert tone="error">{settings.error.message}</Alert>
      ) : (
        <>
          <LeadRulesForm settings={settings.data} />
          <PublicCapturePanel settings={settings.data} />
        </>
      )}
      <LeadSourcesPanel />
    </div>
  )
}
