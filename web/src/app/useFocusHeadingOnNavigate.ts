import { useEffect, useRef } from 'react'
import { useLocation } from 'react-router'

// After a client-side navigation, screen readers and keyboard users start from the new page's h1,
// as they would after a full page load. The first render keeps the browser's default.
export function useFocusHeadingOnNavigate(containerId: string): void {
  const { pathname } = useLocation()
  const previousPathname = useRef(pathname)
  useEffect(() => {
    if (previousPathname.current === pathname) return
    previousPathname.current = pathname
    const heading = document.querySelector<HTMLElement>(`#${containerId} h1`)
    ;(heading ?? document.getElementById(containerId))?.focus()
  }, [pathname, containerId])
}
