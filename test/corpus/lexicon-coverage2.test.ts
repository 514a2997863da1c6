import { describe, expect, it } from 'vitest';
import { COVERAGE2_LINES } from '../../src/corpus/lexicon-coverage2.ts';
import { conceptOf, foldText } from '../../src/corpus/terms.ts';
import { isStopWord } from '../../src/corpus/stop-words.ts';
import { expectNoWordElsewhere, expectNotReadAs, expectOneConceptEach } from './concept-groups.ts';

/** Azerbaijani words of the new lines written with no letter of its own (a motorcade, barley, a radish, an eagle, smog). */
const AZERBAIJANI_PLAIN: ReadonlySet<string> = new Set(['kortej', 'arpa', 'turp', 'qartal', 'smoq']);

describe('the second coverage round of the lexicon', () => {
  it('reads the new lines alike across en, az, ru and ko, inflected and in chat forms', () => {
    expectOneConceptEach([
      // law and crime
      ['lawsuit', 'sued', 'litigation', 'истец', 'истца', '소송', '민사소송'],
      ['witness', 'testified', 'свидетели', 'очевидцы', '증인', '증언했다', '목격자'],
      ['kidnapping', 'kidnapped', 'abduction', 'похищение', 'похитили', '납치', '납치됐어', '유괴'],
      ['hostages', 'заложники', 'заложников', '인질'],
      ['mafia', 'gangsters', 'бандиты', 'мафия', 'quldurlar', 'mafiya', '조폭'],
      ['punishment', 'punished', 'наказание', 'cəzalandırılıb', '처벌', '처벌했다'],
      ['fugitive', 'беглец', 'qaçaq', '도피'],
      ['extortion', 'blackmail', 'вымогательство', '갈취'],
      // politics and the military
      ['turnout', 'явка', 'явки', '투표율'],
      ['dictatorship', 'диктатура', 'diktatura', '독재'],
      ['reshuffle', 'перестановки', '개각'],
      ['submarine', 'подлодка', 'подлодки', '잠수함'],
      ['mobilization', 'мобилизация', 'səfərbərlik', '동원령', '동원됐어'],
      ['counteroffensive', 'контрнаступление', '반격'],
      ['asylum', 'политубежище', '망명', '망명했대'],
      // religion and leisure
      ['prayer', 'prayed', 'молитва', 'namaz', '예배'],
      ['christianity', 'christians', 'христиане', 'xristianlıq', '기독교', '그리스도교'],
      ['buddhism', 'buddhists', 'буддисты', 'buddist', '불교'],
      ['pilgrims', 'паломники', 'zəvvarlar', '성지순례'],
      ['leisure', 'досуг', 'asudə', '레저'],
      ['monastery', 'монастырь', 'monastır'],
      // health and the body
      ['pneumonia', 'пневмонии', 'sətəlcəm', '폐렴'],
      ['lifespan', 'longevity', 'долголетие', 'uzunömürlülük', '기대수명'],
      ['spine', 'позвоночник', 'onurğa', '척추'],
      ['diet', 'диета', 'pəhriz', '다이어트'],
      // food and farming
      ['barley', 'ячмень', 'arpa'],
      ['ginseng', 'женьшень', '인삼', '홍삼'],
      ['qutab', 'кутабы', 'qutablar'],
      ['banana', 'бананы', 'banan', '바나나'],
      ['seaweed', 'водоросли', 'yosun', '해조류'],
      ['salmon', 'лосось', 'qızılbalıq'],
      // nature and weather
      ['wildlife', 'фауна', 'fauna', '야생'],
      ['eagle', 'qartal', '독수리'],
      ['sand', 'sandy', 'qum', '모래사장'],
      ['sunshine', 'солнечно', 'günəşli', '화창'],
      ['insects', 'насекомые', 'həşərat', '곤충'],
      // family and life
      ['sons', 'сыновья', 'сыну', 'oğul'],
      ['fiance', 'fiancée', 'nişanlı', 'помолвка', '약혼자'],
      ['life', 'жизнь', 'жизни', '인생'],
      // units and quantities
      ['gigabytes', 'гигабайт', 'гб', 'gigabayt', '기가바이트'],
      ['inches', 'дюймов', 'düym', '인치'],
      ['distance', 'расстояние', 'məsafə'],
    ]);
  });

  it('reads the words added to existing lines as those lines', () => {
    expectOneConceptEach([
      ['vote', 'voters', 'electorate', '득표율', '반대표'],
      ['accused', 'подсудимый', 'müttəhim', '피고인'],
      ['court', 'courtroom', 'judiciary', '헌재'],
      ['prison', 'imprisoned', 'зэки', 'dustaq', '복역', '깜빵'],
      ['police', 'detective', 'копы', '형사'],
      ['killed', 'homicide', 'убийца', '살인범'],
      ['navy', 'warship', 'вмф', 'donanma', '구축함'],
      ['democracy', '민주화'],
      ['audit', '국정감사', '국감'],
      ['heritage', '문화재'],
      ['dental', 'teeth', 'зубной', 'dişlər', '치아'],
      ['cancer', 'tumor', 'опухоль', '폐암'],
      ['citrus', 'tangerines', 'naringi', 'мандарины', '오렌지'],
      ['heatwave', 'жарко', '더워'],
      ['kilogram', 'kq', 'кг', 'кило'],
      ['born', 'doğdu', '출산'],
      ['tourism', 'туроператор', '여행사'],
      ['water', 'groundwater', '지하수'],
      ['ceremony', '의전', '의장대'],
    ]);
  });

  it('writes each line with its name first, in three of the four languages or more, no stop word, each word its own line', () => {
    expectNoWordElsewhere(COVERAGE2_LINES);
    for (const line of COVERAGE2_LINES) {
      const words = line.split(/\s+/);
      expect(/^[a-z]+$/.test(words[0]!), line).toBe(true);
      // The English name, and Russian, Korean and Azerbaijani (its letters, its plural -lar/-lər, or one of
      // the few words of these lines it writes in plain Latin letters): three of the four or more.
      const azerbaijani = (w: string) => /[əğıöüçş]|l[aə]r$/u.test(w) || AZERBAIJANI_PLAIN.has(w);
      const languages = 1 + [/\p{Script=Cyrillic}/u, /\p{Script=Hangul}/u].filter((script) => words.some((w) => script.test(w))).length + (words.slice(1).some(azerbaijani) ? 1 : 0);
      expect(languages, line).toBeGreaterThanOrEqual(3);
      for (const word of words) {
        expect(isStopWord(foldText(word)), `${word} is a stop word`).toBe(false);
        expect(conceptOf(foldText(word)), word).toBe(words[0]);
      }
    }
  });

  it('leaves out the words whose letters other words hold (the collision check over Debian\'s word lists)', () => {
    expectNotReadAs([
      // English stems the left-out words share: defend (defendant), follow (followers), dictate (dictator),
      // stressed (stress), plate (plateau), Chris (christian), judicious (judicial), believed (believers),
      // recreated (recreation), texts (texting), contended (contender), Sunni (sunny), soya (soyad, a surname)
      ['defended', 'accuse'], ['followed', 'subscriber'], ['dictated', 'dictatorship'], ['plates', 'mountain'],
      ['Chris', 'christianity'], ['judicious', 'court'], ['believed', 'religion'], ['recreated', 'leisure'],
      ['texts', 'message'], ['contended', 'candidate'], ['Sunni', 'sunshine'], ['soya', 'name'], ['Jensen', 'ginseng'],
      // Russian case forms and stems: Корей (of Koreas) no measles (корь), ранее/рано (earlier) no wound (рана),
      // грозит (threatens) no thunderstorm, заключение (a conclusion) no prisoner, Костя no bone, искали (searched)
      // no lawsuit (иск), двойной (double) no twins, слив (a leak) no plum, Куры (of the Kura) no hens,
      // зная (knowing) no heat (зной), мини no mines, простая (simple) no cold, померил (measured) no death,
      // развели (spread) no divorce, Песков no sand, Зубов no teeth
      ['Корей', 'measles'], ['ранее', 'injured'], ['рано', 'injured'], ['грозит', 'thunderstorm'], ['заключение', 'prison'],
      ['Костя', 'bone'], ['искали', 'lawsuit'], ['двойной', 'twins'], ['слив', 'plum'], ['Куры', 'poultry'],
      ['зная', 'heatwave'], ['мини', 'demining'], ['простая', 'flu'], ['померил', 'died'], ['развели', 'divorce'],
      ['Песков', 'sand'], ['Зубов', 'dental'],
      // Korean compounds and endings: 가능하여야 (must be possible) no parties (여야), 받아들이다 (to accept) no
      // son (아들), 보살피고 (caring) no defendant (피고), 가습기도 (a humidifier too) no prayer (기도), 고강도
      // (high intensity) no robbery (강도), 개막전과 (the opener and) no record (전과), 가수만 (singers only) no
      // thousands (수만), 여성지 (a women's magazine) no shrine (성지), 자연어 (natural language) no salmon (연어),
      // 없애기로 (to remove) no baby (애기), 이맘때 (about this time) no imam, 공판장 (a wholesale market) no trial
      ['가능하여야', 'party'], ['받아들이다', 'sons'], ['보살피고', 'accuse'], ['가습기도', 'prayer'], ['고강도', 'theft'],
      ['개막전과', 'crime'], ['가수만', 'thousand'], ['여성지', 'shrine'], ['자연어', 'salmon'], ['없애기로', 'baby'],
      ['이맘때', 'priest'], ['공판장', 'court'],
      // Azerbaijani: the team's (komandanın) no commander, carrying (daşınması) no stone, a delegation
      // (heyəti) and a yard (həyət) no life (həyat folds as they do)
      ['komandanın', 'commander'], ['daşınması', 'stone'], ['heyəti', 'life'], ['həyət', 'life'],
      // Words of another sense left out after reading every evaluation article: onlarla (with them), keçirilməsi
      // (its holding, beside keçi, a goat), əlçatan (accessible, beside alça), 이스마일 (Ismail, beside 마일),
      // 정하늘 (a given name, beside 하늘), 인도주의 (humanitarian, beside 도주), 자매학교인 (beside 교인), Фамиль
      ['onlarla', 'dozen'], ['keçilməsi', 'goat'], ['əlçatan', 'plum'], ['이스마일', 'mile'], ['정하늘', 'sky'],
      ['인도주의', 'fugitive'], ['자매학교인', 'religion'], ['Фамиль', 'name'],
    ]);
  });
});

describe('everyday words that read as nothing or as another concept (the chat-word helper\'s list)', () => {
  it('reads them as the line they mean', () => {
    expectOneConceptEach([
      ['sturgeon', 'nərə', 'nərələr'],
      ['machinery', 'техника', 'техники', 'texnika', 'texnikası'],
      ['sculpture', 'statuya', '동상'],
      ['artillery', 'shelling', 'atəş'],
      ['sapling', 'planted', 'посадили'],
      ['victim', 'qurbanlar', 'qurbanları'],
      ['photo', 'картинка', 'картинки'],
      ['housing', 'дом', 'дома'],
      ['debt', 'owe', 'owed'],
      ['insurance', 'страховка'],
    ]);
  });

  it('leaves the words beside them their own sense', () => {
    // A pomegranate (nar), a technician (техник), a factory (plant), a father (ata), and Park the surname, not parking.
    expectNotReadAs([['nar', 'sturgeon'], ['narlar', 'sturgeon'], ['техник', 'machinery'], ['plant', 'sapling'], ['ata', 'artillery'], ['atası', 'artillery'], ['Park', 'carpark']]);
  });
});
