import { listedOrDash, type Catalogue, type MonthNames } from './catalogue.ts';
import { plural } from './plural.ts';

// After a number an Azerbaijani noun stays singular ("1 sənəd", "5 sənəd"): one form serves every count.
const documents = (n: number) => plural('az', n, { other: '# sənəd' });
const MONTHS: MonthNames = ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'];

export const az: Catalogue = {
  abstention: 'Mənbələrdə bu barədə məlumat tapa bilmədim.',
  abstentionHint: 'Sənədlərin nədən bəhs etdiyini görmək üçün /sources göndərin.',
  sources: 'Mənbələr',
  untitled: 'Başlıqsız',
  passage: 'Parça',
  months: MONTHS,
  day: (year, month, day) => `${day} ${MONTHS[month - 1]} ${year}`,

  help: (f) =>
    [
      `Mən <b>Azərbaycan–Koreya əlaqələri</b> haqqında suallara ${plural('az', f.documents, { other: '# xəbər sənədi' })} əsasında cavab verirəm` +
        (f.outlets.length > 0 ? ` (${f.outlets.join(', ')})` : '') +
        (f.dateRange !== undefined ? `, tarixlər: ${f.dateRange}` : '') +
        '. Cavabın hər cümləsi öz mənbəyinə istinad edir.',
      '',
      'Sadəcə sualınızı yazın, məsələn:',
      '• Azərbaycan və Koreya arasında hansı sahələrdə əməkdaşlıq var?',
      '• Ceyhun Bayramov mayın 23-də kimi qəbul etdi?',
      '• How many Azerbaijani students study in Korea?',
      '',
      `Qruplarda: <code>/ask sualınız</code>, @${f.botUsername} qeyd edin və ya cavabıma cavab yazın.`,
      `Hər yerdə: istənilən söhbətdə <code>@${f.botUsername} sual</code> yazın.`,
      '/sources sənədlərin siyahısı, /status indeks haqqında məlumat.',
    ].join('\n'),
  adminHelp:
    '<b>Admin</b>: sənəd (.txt, .md, .html, .pdf, .docx) və ya keçid (yaxud <code>/add keçid</code>) göndərin, əlavə edim; ' +
    '<code>/remove nömrə</code> (/sources siyahısından) sənədi silir; /reindex indeksi sənədlər qovluğundan yeniləyir.',
  askHint: 'Sualınızı mətn kimi göndərin, məsələn: “Azərbaycan və Koreya təhsil sahəsində nə barədə razılaşıb?”',
  groupAskHint: (u) => `Belə soruşun: <code>/ask sualınız</code> və ya <code>@${u} sualınız</code>.`,
  tooLong: (max) => `Sual çox uzundur. Zəhmət olmasa ${max} simvoldan qısa yazın.`,
  rateLimited: (s) => `Çox tez-tez soruşursunuz. Zəhmət olmasa ${s} saniyədən sonra yenidən cəhd edin.`,
  controlCharacter: (c) => `Bu sualı oxuya bilmirəm: içində görünməyən idarəetmə və ya yazı istiqaməti simvolu var (U+${c}). Zəhmət olmasa onsuz yenidən yazın.`,
  noWords: 'Sualda heç bir söz yoxdur. Zəhmət olmasa sözlərlə soruşun.',
  notText: 'Mən yalnız mətni oxuya bilirəm. Zəhmət olmasa sualınızı yazın.',
  unknownCommand: 'Bu əmri tanımıram. Nə edə bildiyimi görmək üçün /help göndərin.',
  apology: 'Bağışlayın, cavab hazırlanarkən xəta baş verdi. Bir azdan yenidən cəhd edin.',
  status: (f) =>
    [
      '<b>Vəziyyət</b>',
      `Sənədlər: ${f.documents}`,
      `Parçalar: ${f.chunks}`,
      `Model: <code>${f.modelId}</code>`,
      f.mode === 'hybrid'
        ? 'Axtarış: hibrid (məna + açar sözlər)'
        : f.lexicalOnPurpose === true
          ? 'Axtarış: yalnız açar sözlər (ayarlarda seçilib)'
          : `Axtarış: yalnız açar sözlər — model yüklənmədi${f.modelError !== undefined ? `: ${f.modelError}` : ''}`,
      `İndeks qurulub: ${f.builtAt}`,
      ...(f.indexStale !== undefined
        ? [`İndeks yenilənə bilmədi; cavablar bu son işlək indeksdəndir.${f.indexStale.reason !== undefined ? ` ${f.indexStale.reason}` : ''}`]
        : []),
    ].join('\n'),
  sourcesHeader: (page, pages, total) => `<b>Sənədlər</b> (${total}) — səhifə ${page} / ${pages}`,
  noDocuments: 'Hələ heç bir sənəd indekslənməyib.',
  staleSource: 'Bu mənbə o vaxtdan dəyişib; yenidən soruşun.',
  staleButton: 'Bu düymənin vaxtı keçib; zəhmət olmasa yenidən soruşun.',
  noMore: 'Bu sual üçün başqa parça yoxdur.',
  readAs: 'Sual belə oxundu:',
  more: 'Daha çox',
  previous: '‹ Geri',
  next: 'İrəli ›',
  inlineHintTitle: 'Azərbaycan–Koreya əlaqələri haqqında soruşun',
  inlineHintText: (u) => `@${u} sözündən sonra sualınızı yazın, məsələn: @${u} Koreyanın Azərbaycandakı səfiri kimdir?`,
  inlineAbstainTitle: 'Mənbələr bu sualı əhatə etmir',
  inlineAnswerTitle: 'Cavab',
  inlineSourceTitle: (n) => `Mənbə [${n}]`,
  commands: {
    ask: 'Sual verin (qruplarda)',
    sources: 'Bildiyim sənədlərin siyahısı',
    status: 'İndeksin ölçüsü və axtarış rejimi',
    help: 'Nə bildiyim və necə soruşmaq',
  },

  adminOnly: 'Bağışlayın, sənədləri yalnız botun adminləri əlavə edə və silə bilər. Heç nə saxlanmadı.',
  privateBot: 'Bağışlayın, bu bot şəxsidir və yalnız üçün qurulduğu söhbətlərdə cavab verir.',
  corpusFixed: 'Bu quraşdırmada sənədləri Telegram-dan dəyişmək olmur.',
  unsupportedFile: (formats) => `Bu formatlarda sənəd əlavə edə bilirəm: ${formats}. Heç nə saxlanmadı.`,
  fileTooBig: (mb) => `Fayl ${mb} MB-dan böyükdür; bot Telegram-dan bundan böyük faylı yükləyə bilmir. Heç nə saxlanmadı.`,
  added: (f) =>
    [
      '<b>Əlavə edildi</b>',
      `Başlıq: ${f.title}`,
      `Mənbə: ${f.outlet ?? '—'}`,
      `Tarix: ${f.date ?? '—'}`,
      `Dil: ${f.language}`,
      `Parçalar: ${f.passages}`,
      `Fayl: <code>${f.source}</code>`,
    ].join('\n'),
  notReadable: (name, reason) => `<code>${name}</code> faylını oxuya bilmədim: ${reason}. Heç nə saxlanmadı.`,
  storedNotIndexed: (source) => `<code>${source}</code> kimi saxlandı, amma indeks indi yenilənə bilmədi; növbəti yeniləmədə (və ya /reindex ilə) yenilənəcək.`,
  removeButton: 'Sil',
  removed: (title, source) => `“${title}” silindi (<code>${source}</code>). Artıq ona istinad edilmir.`,
  notFound: (what) => `“${what}” adlı sənəd yoxdur. /sources sənədləri nömrələri ilə göstərir.`,
  alreadyRemoved: 'Bu sənəd artıq silinib.',
  reindexed: (f) =>
    [
      `<b>İndeks yeniləndi</b>: ${documents(f.documents)} (əlavə ${f.added}, dəyişən ${f.changed}, silinən ${f.removed}).`,
      ...(f.skipped.length > 0 ? ['Buraxıldı:', ...f.skipped.map((s) => `• ${s}`)] : []),
    ].join('\n'),
  upToDate: (n) => `İndeks aktualdır: ${documents(n)}.`,
  addUsage: '<code>/add</code> yazıb ardınca keçid göndərin, məsələn: <code>/add https://example.com/news/article</code>.',
  removeUsage: '<code>/remove</code> yazıb ardınca /sources siyahısındakı nömrəni və ya fayl adını göndərin.',
  fetchFailed: (url, reason) => `<code>${url}</code> əlavə edilmədi: ${reason}. Heç nə saxlanmadı.`,
  reasons: {
    binaryNul: () => 'binar fayldır (NUL baytları var), mətn deyil',
    binaryControls: () => 'binar fayldır (əsasən idarəetmə simvolları), mətn deyil',
    notUtf8: () => 'düzgün UTF-8 mətni deyil; onu UTF-8 kodlaşdırmasında saxlayın',
    empty: () => 'boşdur (təmizləndikdən sonra mətn qalmır)',
    noLetters: () => 'içində hərf yoxdur (yalnız rəqəmlər, simvollar və ya görünməz simvollar), cavab üçün heç nə yoxdur',
    textTooLong: (v) => `${v.bytes} bayt mətn MAX_DOCUMENT_BYTES həddini (${v.max}) keçir; onu kiçik sənədlərə bölün və ya MAX_DOCUMENT_BYTES-i artırın`,
    fileTooLarge: (v) => `${v.bytes} bayt ${v.max} bayt həddini keçir; onu kiçik sənədlərə bölün`,
    pdfEncrypted: () => 'şifrələnmiş PDF-dir (parol tələb edir); qorunmayan nüsxəsini saxlayın',
    pdfDamaged: (v) => `oxuna bilən PDF deyil (${v.detail})`,
    pdfNoTextLayer: () => 'PDF-də mətn qatı yoxdur (skan edilmiş sənəd?); əvvəlcə onu OCR-dan keçirin',
    docxDamaged: (v) => `oxuna bilən .docx deyil: zədələnmiş və ya Word olmayan arxivdir (${v.detail})`,
    pageUnreadable: (v) => `səhifə oxuna bilmədi (${v.detail})`,
    noArticle: () => 'səhifədə məqalə mətni tapılmadı',
    invalidUrl: () => 'düzgün URL deyil',
    scheme: () => 'yalnız http və https linkləri əlavə edilə bilər',
    credentials: () => 'istifadəçi adı və ya parol olan linklər yüklənmir',
    privateAddress: (v) => `${v.host} şəxsi və ya rezerv edilmiş ünvandır`,
    resolvesPrivate: (v) => `${v.host} şəxsi və ya rezerv edilmiş ünvana (${v.address}) yönəlir`,
    pageTooLarge: (v) => `səhifənin həcmi ${v.megabytes} MB həddini keçir`,
    tooManyRedirects: (v) => `yönləndirmələrin sayı ${v.max} həddini keçir`,
    timeout: (v) => `${v.seconds} saniyə ərzində cavab gəlmədi`,
    network: (v) => `şəbəkə xətası (${v.detail})`,
    httpStatus: (v) => `server ${v.status} kodu ilə cavab verdi`,
    notWebPage: (v) => `veb səhifə deyil (${v.contentType || 'məzmun növü göstərilməyib'})`,
  },
  reindexFailed: (reason) => `İndeks yenilənə bilmədi: ${reason}. Cavablar hələ əvvəlki indeksdən verilir.`,
  modelNotLoaded: 'embedding modeli yüklənməyib',

  voteRecorded: 'Rəyiniz üçün təşəkkür edirik!',
  voteChanged: (v) => `Səsiniz ${v} olaraq dəyişdirildi. Təşəkkür edirik!`,
  voteUnchanged: (v) => `Siz artıq ${v} səs vermisiniz.`,
  voteUnrecorded: 'Təşəkkür edirik! Səsinizi hazırda yadda saxlamaq mümkün olmadı.',
  stats: (f) =>
    [
      '<b>Statistika</b>',
      `Suallar: bu gün ${f.today}, 7 gündə ${f.week}, ${f.windowDays} gündə ${f.month}`,
      `Cavabsız qalan: ${f.abstained} (${f.abstentionRate ?? '–'})`,
      `Səslər: 👍 ${f.up}  👎 ${f.down}`,
      `Cavab müddətinin medianı: ${f.medianLatency ?? '–'}`,
      '',
      '<b>Ən çox istinad edilən sənədlər</b>',
      ...listedOrDash(f.topSources, (s) => `${s.count}× ${s.source}`),
      '',
      '<b>Cavab verə bilmədiyim ən çox verilən suallar</b>',
      ...listedOrDash(f.unanswered, (u) => `${u.count}× ${u.text}`),
      '',
      `<i>Sualların sayından başqa bütün rəqəmlər son ${f.windowDays} günə aiddir.</i>`,
    ].join('\n'),
  statsAdminsOnly: 'Bu əmr yalnız botun administratorları üçündür.',
  statsPrivateOnly: 'Zəhmət olmasa /stats əmrini mənə şəxsi söhbətdə göndərin.',
  statsOff: 'Suallar qeydə alınmır (QUESTION_LOG=false), ona görə statistika yoxdur.',
  statsUnavailable: 'Statistika hazırda əlçatan deyil: rəy verilənlər bazası oxuna bilmir. Səbəbi jurnalda göstərilib.',
};
