import type { Labels } from './en.js';

/** French counts 0 and 1 as singular ("one"); every other category takes the plural form. */
const plural = new Intl.PluralRules('fr');
const count = (n: number, one: string, other: string) => `${n} ${plural.select(n) === 'one' ? one : other}`;

/** French typography: a narrow no-break space inside « » and before ; ? !, a no-break space before a colon. */
const NNBSP = '\u202F';
const NBSP = '\u00A0';
const quote = (text: string) => `«${NNBSP}${text}${NNBSP}»`;

/**
 * Interface words in French (the register of the French-language quality press).
 * Review text lives in the content (src/content/fr.json).
 */
export const fr: Labels = {
  colon: '\u00a0: ',
  comma: ', ',
  sources: 'Sources',
  // The accessible name of a citation mark.
  source: (n: number) => `source ${n}`,
  sourceCount: (n: number) => count(n, 'source', 'sources'),
  updated: 'Mis à jour le',
  correction: 'Correction',
  originalSaid: (title: string) => `L’étude d’origine, ${quote(title)}, indiquait${NBSP}:`,
  asOf: 'Informations au',
  revises: (title: string, publisher: string) => `Cette synthèse corrige et met à jour ${quote(title)} (${publisher}).`,
  loading: 'Chargement de la synthèse…',
  loadingSources: 'Chargement des sources…',
  showingBundled: 'La synthèse fournie avec le widget est affichée à la place.',
  empty: 'Cette synthèse n’a encore rien à montrer ici.',
  // Shown to readers when content cannot be loaded (developers get the details in the icc-error event).
  failure: {
    timeout: 'La synthèse n’a pas pu être chargée (le serveur n’a pas répondu à temps).',
    'too-large': 'La synthèse n’a pas pu être chargée (le fichier est trop volumineux).',
    network: 'La synthèse n’a pas pu être chargée (la requête réseau a échoué).',
    http: (status: number) => `La synthèse n’a pas pu être chargée (le serveur a répondu ${status}).`,
    malformed: 'La synthèse ne peut pas être affichée car son contenu est mal formé.',
    invalid: 'La synthèse ne peut pas être affichée car son contenu ne suit pas la forme attendue.',
  },
  relatedTo: (issue: string) => `Lié à la question sélectionnée${NBSP}: ${issue}`,
  // Added to the name of a widget's second, third… copy on one page, so each region's name is unique.
  copy: (n: number) => `(exemplaire ${n})`,
  // Said politely when a selection made in another widget changes this one.
  announce: {
    issue: (title: string) => `Question affichée${NBSP}: ${title}.`,
    noIssue: 'Aucune question sélectionnée.',
    period: (name: string) => `Affichage${NBSP}: ${name}.`,
    event: (title: string) => `Événement ouvert${NBSP}: ${title}.`,
  },
  // After following a citation: the way back to the sentence.
  backToText: 'Retour au texte',
  // The editors' verdicts on a statement of the original review.
  verdict: { wrong: 'Faux', unsupported: 'Non étayé', outdated: 'Dépassé', imprecise: 'Imprécis' },
  // <icc-summary>
  summary: {
    kicker: 'Décryptage',
    dek: 'Ce qu’est la Cour, comment la politique américaine à son égard a évolué et où en sont les choses, chaque affirmation étant sourcée.',
    openAll: 'Ouvrir toutes les parties',
    closeAll: 'Fermer toutes les parties',
    // In the heading of a part that says something about the issue selected elsewhere.
    mentions: 'Évoque la question sélectionnée',
  },
  // <us-icc-position>
  position: {
    kicker: 'Chronologie',
    title: 'La position des États-Unis envers la CPI, administration par administration',
    dek: (from: string, events: number) =>
      `La position de chaque administration depuis ${from}, avec ${count(events, 'événement daté', 'événements datés')}.`,
    administrations: 'Administrations',
    administration: 'Administration',
    years: 'Années',
    stance: 'Position',
    yearSpan: (from: string, to?: string) => (to ? `${from}–${to}` : `depuis ${from}`),
    periodHeading: (president: string, years: string) => `${president}, ${years}`,
    stanceText: (label: string | undefined, score: string) => (label ? `${label} (${score})` : score),
    chartLabel: (from: string, to: string, periods: { name: string; years: string; stance: string }[], events: number) =>
      `Graphique linéaire de la position des États-Unis envers la CPI, de ${from} à ${to}. ${periods
        .map((p) => `${p.name}, ${p.years}${NBSP}: ${p.stance}`)
        .join('. ')}. ${plural.select(events) === 'one' ? `${events} événement est signalé` : `${events} événements sont signalés`} sur la courbe.`,
    tableCaption: 'Position des États-Unis envers la CPI, par administration',
    aboutScore: 'Comment le score de position a été attribué',
    why: `Pourquoi ce score${NBSP}:`,
    scheduled: 'Prévu à l’avance',
    reasonsGiven: 'Motifs invoqués',
    events: 'Événements',
    allEvents: (n: number) => (plural.select(n) === 'one' ? `${n} événement` : `Les ${n} événements`),
    effect: { closer: 'Rapprochement avec la Cour', apart: 'Éloignement de la Cour', neutral: 'Pas de changement de position' },
    related: 'Lié à la question sélectionnée',
    legendEvent: 'Événement',
    legendCluster: 'Événements proches dans le temps, avec leur nombre',
    legendSelected: 'Administration sélectionnée',
  },
  // end <us-icc-position>
  // <icc-stance-compare>
  compare: {
    kicker: 'Face à face',
    title: 'Les positions des États-Unis et de la Cour, question par question',
    dek: (issues: number) =>
      `Les positions des États-Unis et de la Cour sur ${count(issues, 'question disputée', 'questions disputées')}, sources à l’appui.`,
    issues: 'Questions',
    us: 'États-Unis',
    icc: 'Cour pénale internationale',
    position: 'Position',
    basis: 'Fondement juridique',
    meeting: 'Points de rencontre',
    // Says what the content lacks, not what either side claims.
    noBasis: 'Non indiqué dans cette synthèse',
    events: 'Événements liés',
    // The button under a position cut short on narrow screens, and once it is open.
    more: 'Lire la suite',
    less: 'Réduire',
    scheduled: 'prévu',
    status: { contested: 'Désaccord', 'partly-aligned': 'Convergence partielle', aligned: 'Convergence' },
  },
  // end <icc-stance-compare>
};
