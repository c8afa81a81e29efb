import { useState, type ReactNode } from 'react'
import { Button } from './Button'

interface DialogActionProps {
  label: ReactNode
  disabled?: boolean
  // The dialog, told whether it is open and how to close it: with a notice when it has done its work.
  children: (open: boolean, close: (notice?: string) => void) => ReactNode
}

// A page action done in a dialog: its button, the dialog, and the notice the dialog leaves, in a status
// that screen readers announce.
export function DialogAction({ label, disabled, children }: DialogActionProps) {
  const [open, setOpen] = useState(false)
  const [notice, setNotice] = useState('')
  const close = (done?: string) => {
    setOpen(false)
    if (done !== undefined) setNotice(done)
  }
  return (
    <div className="flex flex-col items-start gap-1">
      <Button
        variant="secondary"
        disabled={disabled}
        onClick={() => {
          setNotice('')
          setOpen(true)
        }}
      >
        {label}
      </Button>
      <p role="status" className="text-sm text-slate-700">
        {notice}
      </p>
      {children(open, close)}
    </div>
  )
}
