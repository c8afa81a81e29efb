// One colour per agent, each dark enough for white text (contrast over 4.5:1), chosen by id so an agent
// keeps theirs from one view to the next. Never alone: every event also carries the agent's initials.
const PALETTE = ['#1d4ed8', '#b91c1c', '#047857', '#7e22ce', '#b45309', '#0e7490', '#be185d', '#4d7c0f', '#4338ca', '#57534e']

export function agentColour(agentId: number): string {
  return PALETTE[Math.abs(agentId) % PALETTE.length]
}

// "Marie Dupont" -> "MD"; "Jean-Luc Martin" -> "JLM".
export function initials(name: string): string {
  const letters = name
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((part) => part[0].toLocaleUpperCase('fr'))
    .join('')
  return letters.slice(0, 3) || '?'
}
