import type { EnergyClass } from '../types/property'

export type EnergyScale = 'dpe' | 'ges'

// The official colours of the French energy (DPE) and climate (GES) labels (arrêté du 31 mars 2021),
// each with the text colour that keeps a 4.5:1 contrast on it.
export const ENERGY_CLASS_COLOURS: Record<EnergyScale, Record<EnergyClass, string>> = {
  dpe: {
    A: 'bg-[#009C6D] text-black',
    B: 'bg-[#52B153] text-black',
    C: 'bg-[#78BD76] text-black',
    D: 'bg-[#F4E70F] text-black',
    E: 'bg-[#F0B40F] text-black',
    F: 'bg-[#EB8235] text-black',
    G: 'bg-[#D7221F] text-white',
  },
  ges: {
    A: 'bg-[#A4DBF8] text-black',
    B: 'bg-[#8CB4D3] text-black',
    C: 'bg-[#7792B1] text-black',
    D: 'bg-[#606F8F] text-white',
    E: 'bg-[#4D5271] text-white',
    F: 'bg-[#393551] text-white',
    G: 'bg-[#281B35] text-white',
  },
}

// The thresholds printed on the labels: kWh/m²/year of primary energy, kg CO₂/m²/year.
export const ENERGY_CLASS_RANGES: Record<EnergyScale, Record<EnergyClass, string>> = {
  dpe: { A: '≤ 70', B: '71 – 110', C: '111 – 180', D: '181 – 250', E: '251 – 330', F: '331 – 420', G: '> 420' },
  ges: { A: '≤ 6', B: '7 – 10', C: '11 – 29', D: '30 – 49', E: '50 – 69', F: '70 – 99', G: '≥ 100' },
}

// Bars widen from A to G, as on the printed label.
export const ENERGY_BAR_WIDTHS: Record<EnergyClass, string> = {
  A: 'w-[40%]',
  B: 'w-[50%]',
  C: 'w-[60%]',
  D: 'w-[70%]',
  E: 'w-[80%]',
  F: 'w-[90%]',
  G: 'w-full',
}
