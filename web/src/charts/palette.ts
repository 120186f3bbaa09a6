// Okabe–Ito: a palette that stays distinguishable under the common colour-vision deficiencies.
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  grey: '#8C8C8C',
} as const;

const MODEL_COLOURS: Record<string, string> = {
  sync: OKABE_ITO.orange,
  async: OKABE_ITO.blue,
  hybrid: OKABE_ITO.green,
  'event-driven': OKABE_ITO.purple,
};
const SPARE = [OKABE_ITO.vermillion, OKABE_ITO.skyBlue, OKABE_ITO.black, OKABE_ITO.yellow];

/** The colour of a review model (fixed per model, so every chart agrees). */
export function modelColour(model: string): string {
  if (MODEL_COLOURS[model]) return MODEL_COLOURS[model];
  let h = 0;
  for (const c of model) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return SPARE[h % SPARE.length];
}

/** Colours for the categories of a stacked bar, in order. */
export const CATEGORY_COLOURS = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.green,
  OKABE_ITO.vermillion,
  OKABE_ITO.purple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.yellow,
  OKABE_ITO.grey,
];
