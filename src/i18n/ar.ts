import type { Labels } from './en.js';

/**
 * Arabic has six plural categories: zero (0), one (1), two (2), few (3–10,
 * 103–110…), many (11–99, 111–199…) and other (100–102, 200…); the noun after
 * the number changes with each (3 أحداث, 11 حدثًا, 100 حدث).
 */
const plural = new Intl.PluralRules('ar');
type Forms = Record<Intl.LDMLPluralRule, string>;
const pick = (n: number, forms: (n: number) => Forms) => forms(n)[plural.select(n)];

/**
 * Interface words in Arabic (Modern Standard Arabic as the Arabic-language
 * quality press writes it; Western digits, as in the content).
 * Review text lives in the content (src/content/ar.json).
 */
export const ar: Labels = {
  colon: ': ',
  comma: '، ',
  sources: 'المصادر',
  // The accessible name of a citation mark.
  source: (n: number) => `المصدر ${n}`,
  sourceCount: (n: number) =>
    pick(n, (n) => ({
      zero: 'لا مصادر',
      one: 'مصدر واحد',
      two: 'مصدران',
      few: `${n} مصادر`,
      many: `${n} مصدرًا`,
      other: `${n} مصدر`,
    })),
  updated: 'آخر تحديث',
  correction: 'تصحيح',
  // Latin-script titles and signed scores sit in bidi isolates (U+2068/U+2066 … U+2069), so their
  // punctuation and minus signs keep their places inside right-to-left text.
  originalSaid: (title: string) => `جاء في المراجعة الأصلية، «\u2068${title}\u2069»:`,
  asOf: 'المعلومات محدّثة حتى',
  revises: (title: string, publisher: string) => `تصحّح هذه المراجعة «\u2068${title}\u2069» (\u2068${publisher}\u2069) وتحدّثها.`,
  loading: 'جارٍ تحميل المراجعة…',
  loadingSources: 'جارٍ تحميل المصادر…',
  showingBundled: 'تُعرض بدلًا منها المراجعة المرفقة بالأداة.',
  empty: 'لا تتضمن هذه المراجعة بعدُ ما يُعرض هنا.',
  // Shown to readers when content cannot be loaded (developers get the details in the icc-error event).
  failure: {
    timeout: 'تعذّر تحميل المراجعة (لم يردّ الخادم في الوقت المحدد).',
    'too-large': 'تعذّر تحميل المراجعة (الملف كبير جدًا).',
    network: 'تعذّر تحميل المراجعة (أخفق الطلب عبر الشبكة).',
    http: (status: number) => `تعذّر تحميل المراجعة (ردّ الخادم بالرمز ${status}).`,
    malformed: 'تعذّر عرض المراجعة لأن بنية محتواها غير سليمة.',
    invalid: 'تعذّر عرض المراجعة لأن محتواها لا يتبع البنية المتوقعة.',
  },
  relatedTo: (issue: string) => `مرتبط بالمسألة المحددة: ${issue}`,
  // Added to the name of a widget's second, third… copy on one page, so each region's name is unique.
  copy: (n: number) => `(النسخة ${n})`,
  // Said politely when a selection made in another widget changes this one.
  announce: {
    issue: (title: string) => `المسألة المعروضة الآن: ${title}.`,
    noIssue: 'لم تُحدَّد أي مسألة.',
    period: (name: string) => `المعروض الآن: ${name}.`,
    event: (title: string) => `فُتح الحدث: ${title}.`,
  },
  // After following a citation: the way back to the sentence.
  backToText: 'العودة إلى النص',
  // The editors' verdict on a statement of the original review.
  verdict: { wrong: 'خطأ', unsupported: 'ادعاء بلا سند', outdated: 'معلومة متقادمة', imprecise: 'عدم دقة' },
  // <icc-summary>
  summary: {
    kicker: 'تقرير تفسيري',
    dek: 'ما هي المحكمة، وكيف تغيّرت السياسة الأمريكية تجاهها، وأين تقف الأمور الآن، مع مصدر لكل معلومة.',
    openAll: 'فتح جميع الأقسام',
    closeAll: 'إغلاق جميع الأقسام',
    // In the heading of a part that says something about the issue selected elsewhere.
    mentions: 'يتناول المسألة المحددة',
  },
  // <us-icc-position>
  position: {
    kicker: 'خط زمني',
    title: 'موقف الولايات المتحدة من المحكمة الجنائية الدولية، إدارةً بعد إدارة',
    dek: (from: string, events: number) =>
      pick(events, (n) => ({
        zero: `موقف كل إدارة منذ عام ${from}، من دون أحداث مؤرخة.`,
        one: `موقف كل إدارة منذ عام ${from}، مع حدث واحد مؤرخ.`,
        two: `موقف كل إدارة منذ عام ${from}، مع حدثين مؤرخين.`,
        few: `موقف كل إدارة منذ عام ${from}، مع ${n} أحداث مؤرخة.`,
        many: `موقف كل إدارة منذ عام ${from}، مع ${n} حدثًا مؤرخًا.`,
        other: `موقف كل إدارة منذ عام ${from}، مع ${n} حدث مؤرخ.`,
      })),
    administrations: 'الإدارات',
    administration: 'الإدارة',
    years: 'السنوات',
    stance: 'الموقف',
    yearSpan: (from: string, to?: string) => (to ? `${from}–${to}` : `منذ ${from}`),
    periodHeading: (president: string, years: string) => `${president}، ${years}`,
    // Intl writes Arabic signs with a direction mark (U+061C, U+200E) that can turn "-2" into "2-" inside the isolate.
    stanceText: (label: string | undefined, score: string) => {
      const number = `\u2066\u200E${score.replace(/[\u061C\u200E\u200F]/g, '')}\u2069`;
      return label ? `${label} (${number})` : number;
    },
    chartLabel: (from: string, to: string, periods: { name: string; years: string; stance: string }[], events: number) =>
      `رسم بياني خطي لموقف الولايات المتحدة من المحكمة الجنائية الدولية، من ${from} إلى ${to}. ${periods
        .map((p) => `${p.name}، ${p.years}: ${p.stance}`)
        .join('. ')}. ${pick(events, (n) => ({
        zero: 'لا تظهر على الخط أي أحداث.',
        one: 'يظهر على الخط حدث واحد.',
        two: 'يظهر على الخط حدثان.',
        few: `تظهر على الخط ${n} أحداث.`,
        many: `يظهر على الخط ${n} حدثًا.`,
        other: `يظهر على الخط ${n} حدث.`,
      }))}`,
    tableCaption: 'موقف الولايات المتحدة من المحكمة الجنائية الدولية بحسب الإدارة',
    aboutScore: 'كيف حُدّدت درجة الموقف',
    why: 'سبب هذه الدرجة:',
    scheduled: 'مقرر مسبقًا',
    reasonsGiven: 'الأسباب المعلنة',
    events: 'الأحداث',
    allEvents: (n: number) =>
      pick(n, (n) => ({
        zero: 'لا توجد أحداث',
        one: 'الحدث الوحيد',
        two: 'الحدثان كلاهما',
        few: `جميع الأحداث الـ${n}`,
        many: `جميع الأحداث الـ${n}`,
        other: `جميع الأحداث الـ${n}`,
      })),
    effect: { closer: 'تقارب مع المحكمة', apart: 'ابتعاد عن المحكمة', neutral: 'لا تغيير في الموقف' },
    related: 'مرتبط بالمسألة المحددة',
    legendEvent: 'حدث',
    legendCluster: 'أحداث متقاربة زمنيًا، مع عددها',
    legendSelected: 'الإدارة المحددة',
  },
  // end <us-icc-position>
  // <icc-stance-compare>
  compare: {
    kicker: 'جنبًا إلى جنب',
    title: 'أين تقف الولايات المتحدة والمحكمة، مسألةً مسألة',
    dek: (issues: number) =>
      pick(issues, (n) => ({
        zero: 'مواقف الولايات المتحدة والمحكمة، من دون مسائل خلافية.',
        one: 'مواقف الولايات المتحدة والمحكمة من مسألة خلافية واحدة، مع المصادر.',
        two: 'مواقف الولايات المتحدة والمحكمة من مسألتين خلافيتين، مع المصادر.',
        few: `مواقف الولايات المتحدة والمحكمة من ${n} مسائل خلافية، مع المصادر.`,
        many: `مواقف الولايات المتحدة والمحكمة من ${n} مسألة خلافية، مع المصادر.`,
        other: `مواقف الولايات المتحدة والمحكمة من ${n} مسألة خلافية، مع المصادر.`,
      })),
    issues: 'المسائل',
    us: 'الولايات المتحدة',
    icc: 'المحكمة الجنائية الدولية',
    position: 'الموقف',
    basis: 'السند القانوني',
    meeting: 'نقاط الالتقاء',
    // Says what the content lacks, not what either side claims.
    noBasis: 'لم تذكره هذه المراجعة',
    events: 'أحداث ذات صلة',
    // The button under a position cut short on narrow screens, and once it is open.
    more: 'اقرأ المزيد',
    less: 'عرض أقل',
    scheduled: 'مقرر مسبقًا',
    status: { contested: 'موضع خلاف', 'partly-aligned': 'توافق جزئي', aligned: 'توافق' },
  },
  // end <icc-stance-compare>
};
