export { LeadMatches } from './components/LeadMatches'
export { PropertyMatches } from './components/PropertyMatches'
