import type { Labels } from './en.js';

/** Spanish has the plural categories one, many (large round numbers) and other: only one is singular. */
const plural = new Intl.PluralRules('es');
const count = (n: number, one: string, other: string) => `${n} ${plural.select(n) === 'one' ? one : other}`;

/**
 * Interface words in Spanish (neutral international usage, «» quotation marks).
 * Review text lives in the content (src/content/es.json).
 */
export const es: Labels = {
  colon: ': ',
  comma: ', ',
  sources: 'Fuentes',
  // The accessible name of a citation mark.
  source: (n: number) => `fuente ${n}`,
  sourceCount: (n: number) => count(n, 'fuente', 'fuentes'),
  updated: 'Actualizado el',
  correction: 'Corrección',
  originalSaid: (title: string) => `El análisis original, «${title}», decía:`,
  asOf: 'Información a fecha de',
  revises: (title: string, publisher: string) => `Este análisis corrige y actualiza «${title}» (${publisher}).`,
  loading: 'Cargando el análisis…',
  loadingSources: 'Cargando las fuentes…',
  showingBundled: 'Se muestra en su lugar el análisis incluido con el widget.',
  empty: 'Este análisis aún no tiene nada que mostrar aquí.',
  // Shown to readers when content cannot be loaded (developers get the details in the icc-error event).
  failure: {
    timeout: 'No se pudo cargar el análisis (el servidor no respondió a tiempo).',
    'too-large': 'No se pudo cargar el análisis (el archivo es demasiado grande).',
    network: 'No se pudo cargar el análisis (falló la solicitud de red).',
    http: (status: number) => `No se pudo cargar el análisis (el servidor respondió ${status}).`,
    malformed: 'No se puede mostrar el análisis porque su contenido está mal formado.',
    invalid: 'No se puede mostrar el análisis porque su contenido no sigue la forma prevista.',
  },
  relatedTo: (issue: string) => `Relacionado con el asunto seleccionado: ${issue}`,
  // Added to the name of a widget's second, third… copy on one page, so each region's name is unique.
  copy: (n: number) => `(copia ${n})`,
  // Said politely when a selection made in another widget changes this one.
  announce: {
    issue: (title: string) => `Se muestra ahora el asunto: ${title}.`,
    noIssue: 'Ningún asunto seleccionado.',
    period: (name: string) => `Se muestra ahora: ${name}.`,
    event: (title: string) => `Acontecimiento abierto: ${title}.`,
  },
  // After following a citation: the way back to the sentence.
  backToText: 'Volver al texto',
  // The editors' verdicts on statements of the original review.
  verdict: { wrong: 'Erróneo', unsupported: 'Sin fundamento', outdated: 'Desactualizado', imprecise: 'Impreciso' },
  // <icc-summary>
  summary: {
    kicker: 'Claves',
    dek: 'Qué es la Corte, cómo ha cambiado la política de Estados Unidos hacia ella y en qué punto están las cosas, con fuentes para cada afirmación.',
    openAll: 'Abrir todas las partes',
    closeAll: 'Cerrar todas las partes',
    // In the heading of a part that says something about the issue selected elsewhere.
    mentions: 'Menciona el asunto seleccionado',
  },
  // <us-icc-position>
  position: {
    kicker: 'Cronología',
    title: 'La posición de Estados Unidos ante la CPI, gobierno por gobierno',
    dek: (from: string, events: number) =>
      `La postura de cada gobierno desde ${from}, con ${count(events, 'acontecimiento fechado', 'acontecimientos fechados')}.`,
    administrations: 'Gobiernos',
    administration: 'Gobierno',
    years: 'Años',
    stance: 'Postura',
    yearSpan: (from: string, to?: string) => (to ? `${from}-${to}` : `desde ${from}`),
    periodHeading: (president: string, years: string) => `${president}, ${years}`,
    stanceText: (label: string | undefined, score: string) => (label ? `${label} (${score})` : score),
    chartLabel: (from: string, to: string, periods: { name: string; years: string; stance: string }[], events: number) =>
      `Gráfico de líneas de la postura de Estados Unidos ante la CPI, de ${from} a ${to}. ${periods.map((p) => `${p.name}, ${p.years}: ${p.stance}`).join('. ')}. ${
        plural.select(events) === 'one' ? 'La línea marca 1 acontecimiento.' : `La línea marca ${events} acontecimientos.`
      }`,
    tableCaption: 'Postura de Estados Unidos ante la CPI por gobierno',
    aboutScore: 'Cómo se asignó la puntuación de la postura',
    why: 'Por qué esta puntuación:',
    scheduled: 'Previsto de antemano',
    reasonsGiven: 'Razones alegadas',
    events: 'Acontecimientos',
    allEvents: (n: number) => (plural.select(n) === 'one' ? 'El acontecimiento' : `Los ${n} acontecimientos`),
    effect: { closer: 'Más cerca de la Corte', apart: 'Más lejos de la Corte', neutral: 'Sin cambio de postura' },
    related: 'Relacionado con el asunto seleccionado',
    legendEvent: 'Acontecimiento',
    legendCluster: 'Acontecimientos próximos en el tiempo, con su número',
    legendSelected: 'Gobierno seleccionado',
  },
  // end <us-icc-position>
  // <icc-stance-compare>
  compare: {
    kicker: 'Frente a frente',
    title: 'Las posiciones de Estados Unidos y de la Corte, asunto por asunto',
    dek: (issues: number) =>
      `Las posiciones de Estados Unidos y de la Corte sobre ${count(issues, 'asunto en disputa', 'asuntos en disputa')}, con fuentes.`,
    issues: 'Asuntos',
    us: 'Estados Unidos',
    icc: 'Corte Penal Internacional',
    position: 'Posición',
    basis: 'Fundamento jurídico',
    meeting: 'Puntos de encuentro',
    // Says what the content lacks, not what either side claims.
    noBasis: 'No consta en este análisis',
    events: 'Acontecimientos relacionados',
    // The button under a position cut short on narrow screens, and once it is open.
    more: 'Leer más',
    less: 'Mostrar menos',
    scheduled: 'previsto',
    status: { contested: 'En disputa', 'partly-aligned': 'Coinciden en parte', aligned: 'Coinciden' },
  },
  // end <icc-stance-compare>
};
