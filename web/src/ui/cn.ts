import { clsx, type ClassValue } from 'clsx'
import { twMerge } from 'tailwind-merge'

// The only way classes are combined: later classes win over earlier conflicting ones.
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs))
}
