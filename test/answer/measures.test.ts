import { describe, expect, it } from 'vitest';
import { composeAnswer } from '../../src/answer/compose.ts';
import { asksForMeasure, measureWrittenNowhere, measuresSomethingElse, measuresWhatIsAsked } from '../../src/answer/measures.ts';
import { passage } from './passages.ts';

describe('measures a question asks for', () => {
  it.each([
    ['What is the capacity of the solar plant?', 'The solar power project (230MW) is the first of its kind.'],
    ['Какой объем товарооборота?', 'Товарооборот составил 1,2 млрд долларов.'],
    ['2005년 교역량은 얼마였어?', '2005년에 4,000만 달러에 불과했던 양국의 무역량은 늘었다.'],
    ['Ticarət dövriyyəsi nə qədər olub?', 'Dövriyyə 50 milyon manat olub.'],
    ['ticaret dovriyyesi ne qeder olub?', 'Dövriyyə 50 milyon manat olub.'],
    ['İxrac nə qədər olub?', 'İxrac 50 milyon manat olub.'],
    ['How much did Korea invest in Azerbaijan?', 'Korean companies invested US$ 20 million.'],
    ['how much did azerbaijan spend on korean cars', 'Cars were imported for $188.4 million.'],
    ['на какую сумму продали товаров', 'Экспорт составил 41,2 млн долларов.'],
    ['풍력 타당성조사 계약 얼마짜리야', '계약 규모는 380만달러(약 50억원)이다.'],
    ['해상풍력 시범단지 용량은?', '압셰론 반도 인근 해역 500㎿급 해상풍력 시범단지를 짓는다.'],
    ['how long will the construction take?', 'Construction will take 30 months.'],
    ['정수장 짓는 데 얼마나 걸려?', '공사 기간은 30개월이다.'],
    ['터널 공사 기간은 얼마나 돼?', '공사 기간은 착공 후 40개월이다.'],
    ['на какой срок подписан контракт', 'Соглашение рассчитано на четыре года – до 2028 года.'],
    ['müqavilə nə qədər müddətə imzalanıb', 'Müqavilə 3 il müddətinə imzalanıb.'],
    ['unec 학생 몇 명 다녀?', 'UNEC에는 현재 학생 약 1만7000명이 재학 중이다.'],
    ['how many people came to the festival?', 'About 400 people came.'],
    // Scale words between the figure and its unit.
    ['아제르바이잔 게이머 수 몇 명 정도래?', '게임 이용자는 약 210만명으로, 이 중 35%가 모바일 게임을 즐긴다.'],
    ['행사에 몇 명 왔어?', '행사에는 3천여 명이 왔다.'],
    ['how many people visit the city?', 'The city draws 1.2 million people a year and 35% of them come from abroad.'],
    ['сколько человек живёт в городе', 'В городе живут 2 млн человек, 40% из них моложе 30 лет.'],
    ['сколько человек пришло на концерт', 'На концерт пришли 500 человек.'],
    ['festivala neçə nəfər gəlib', 'Festivala 300 nəfər gəlib.'],
    ['какая цена билета', 'Билет стоит 20 манатов.'],
    ['hanmaru socar hydrogen thing: max annual output?', 'It could produce up to 42,000 tons of green hydrogen a year.'],
    ['сколько груза перевезли', 'Перевезено 1200 тонн груза.'],
    ['바쿠에서 인천 직항 타면 몇 시간 걸려?', 'the flight time is about 8 hours 30 minutes.'],
    ['stansiya nece pula basa gelecek', 'Stansiyanın dəyəri 42 milyon ABŞ dolları olacaq.'],
    // "электростанция" holds the letters of "рост" (growth) and asks no change; "сколько стоит" asks a price.
    ['во сколько обойдется корейская солнечная электростанция?', 'Layihənin dəyəri 96 milyon ABŞ dolları təşkil edir.'],
    ['сколько стоит проект?', 'The project costs $96 million.'],
    // English "how much" naming no measure: before a verb a sum, before a noun an amount of goods.
    ['how much in deals could come out of the b2b day', 'Agreements worth an estimated $23.5 million may be concluded.'],
    ['how much raw cotton do they buy every year?', 'The company buys 18,000 tons of raw cotton a year.'],
    // Korean "얼마" alone asks a sum; a rate (취업률) or a share (비중) asked with it is a share.
    ['계약 규모 얼마였지', '계약 규모는 2900만 달러(약 325억 원)다.'],
    // "How long is the bridge?" asks a length (or a time: "how long is the contract?"); "how long will it take?" only a time.
    ['how long is the bigger of the two bridges going to be?', 'The longer bridge will be 380 metres long.'],
    ['how long is the contract?', 'The contract runs for three years.'],
    ['수료생 취업률 목표는 얼마?', '수료생 취업률 목표는 85%다.'],
    ['피싱 비중이 얼마였음?', 'Hadisələrin 38 faizi fişinq olub.'],
    ['each flight: how much cargo', 'Hər reys 15 tona qədər yük daşıyacaq.'],
    ['등록금은 얼마야', '등록금은 연 980만원이다.'],
    ['아제르 전력망 edcf 금리 몇프로야', '차관 조건은 상환기간 30년, 연 이자율 0.5%다.'],
    ["the korean loan - what's the interest rate?", 'Кредит выдан под 0,1% годовых на 40 лет.'],
    // A unit joined to its figure by a hyphen, as English writes it before a noun.
    ["What's the length of the new bridge?", 'A new 420-metre road bridge over the Kura river was opened.'],
    ['what is the capacity of the plant?', 'The 300-megawatt plant will be built in Sumgait.'],
    // A depth, a width or a height is a length.
    ['poti limaninda derinlesdirmeden sonra kanalin derinliyi ne qeder olub', 'The channel was deepened to 12.5m.'],
    ['какой высоты будет башня?', 'Высота башни составит 120 метров.'],
    // A diameter too, in millimetres.
    ['Какого диаметра трубы отправят в Азербайджан?', 'Компания поставит трубы диаметром 1020 и 1220 мм.'],
    // A multiple, in figures or in words.
    ['Compared with 2014, how much bigger is the number of scholars?', 'The number is two and a half times higher than in 2014.'],
    ['how many times more students study now?', 'The number of students has grown twentyfold.'],
    ['Во сколько раз больше студентов?', 'Число студентов выросло в полтора раза.'],
    ['교역 규모가 몇 배야?', '교역 규모는 두 배로 커졌다.'],
    ['Сколько раз он выигрывал чемпионат?', 'С клубом он дважды выигрывал чемпионат Кореи.'],
    // A distance asked in kilometres.
    ['how many km does the car go on one charge?', 'On one charge the car goes 410 kilometres.'],
    ['сколько км проедет машина на одной зарядке?', 'Avtomobil bir dəfə dolduranda 410 kilometr yol gedir.'],
    // A print run.
    ['Каким тиражом вышла книга?', 'Тираж — 1000 экземпляров.'],
    ['how many copies were printed?', 'The first edition ran to 2,000 copies.'],
    ['번역본은 몇 부 찍었어?', '번역본은 2천부가 인쇄됐다.'],
    // A share written in words.
    ['what percent of the sales goes to charity?', 'Ten percent of sales will be donated to a school.'],
    ['какой процент выручки отдадут?', 'Десять процентов выручки передадут школе.'],
    ['satışın neçə faizi verilir?', 'Satışdan on faiz məktəbə veriləcək.'],
    // A part asked is a share, though the question names exports (a sum when asked "how much").
    ['какую часть продукции хотят отправлять на экспорт?', '«Около 70% продукции мы планируем экспортировать», — сказала она.'],
    ['məhsulun hansı hissəsi ixrac olunacaq?', 'Məhsulların 60 faizi ixrac olunacaq.'],
    ['what part of the output will be exported?', 'About 70 percent of the output will be exported to Japan.'],
    // A bond's interest, a loan's grace period, a term written as one word.
    ['What interest does the kimchi bond pay?', 'The bonds carry a coupon of 3.15 percent.'],
    ["what's the grace period on the credit line?", 'The line comes with a two-year grace period.'],
    ['На какой срок банк выпустил облигации?', 'Банк завершил размещение пятилетних облигаций.'],
    ['Kurslar nə qədər müddətə nəzərdə tutulub?', 'Kinoloqlar üçün üçaylıq kurslar təşkil olunacaq.'],
    ['Kredit xəttini neçə illiyə açıb?', 'The five-year facility is the bank\'s first in Kazakhstan.'],
    // An area.
    ['how much land did Aliyev say has to be rebuilt?', 'We need to rebuild 10,000 square kilometers.'],
    ['Какую площадь расчистили машины?', 'За первый месяц машины расчистили около 40 гектаров.'],
    // How big a site or a depot is: its area.
    ['How big is the new customs-bonded depot in the Alat free zone?', 'Площадь склада составляет 12 тыс. кв. м.'],
    ['how big is the site for the industrial estate?', 'The estate will occupy 35 hectares.'],
    // A weight.
    ['Сколько весит спутник?', '위성 무게는 4.2kg이며 2026년 상반기 발사가 목표다.'],
    ['How much does the machine weigh?', 'Each machine weighs 3.5 tonnes.'],
    // How often: a number of times in a span.
    ['바쿠-서울 직항 일주일에 몇 번 다녀?', 'Flights will run twice a week, on Tuesdays and Sundays.'],
    ['how often will the flights run?', 'Рейсы будут выполняться два раза в неделю.'],
  ])('%s is measured by "%s"', (question, sentence) => {
    expect(measuresWhatIsAsked(sentence, question)).toBe(true);
    expect(measuresSomethingElse(sentence, question)).toBe(false);
  });

  it('reads the measure asked from "how long", "сколько" and "nə qədər" before the other measures the question names', () => {
    const loan = 'The Korean bank loan for small firms signed in Seoul - how long does it run?';
    expect(measuresSomethingElse('The bank signed a $150 million credit line on Monday.', loan)).toBe(true);
    expect(measuresWhatIsAsked('The facility runs for seven years.', loan)).toBe(true);
    expect(measuresSomethingElse('Кредит на 150 млн долларов подписан в понедельник.', 'Сколько лет будет действовать кредит?')).toBe(true);
  });

  it('tells a sum of money from a power, and leaves other numbers and other questions alone', () => {
    // A sum is always written with its currency: a bare number or a year is no sum.
    expect(measuresSomethingElse('R.Əsgərov bildirib ki, 2025-ci ilin sonunadək robot quraşdırılacaq.', 'cərrahi robot neçəyə başa gəlir?')).toBe(true);
    expect(measuresSomethingElse('JICA financed four projects amounting to $900 million.', 'What is the capacity of the plant?')).toBe(true);
    expect(measuresSomethingElse('The 230 MW plant opened in 2023.', 'What was the trade turnover?')).toBe(true);
    expect(measuresSomethingElse('해역 500㎿급 해상풍력 시범단지 타당성조사 계약을 맺었다.', '타당성조사 계약 얼마짜리야')).toBe(true);
    // A share is not a sum.
    expect(measuresSomethingElse('In 2020 trade grew by 20 percent.', 'What was the trade turnover?')).toBe(true);
    expect(measuresSomethingElse('In 2020 trade grew by 20 percent.', 'By how much did trade grow in 2020?')).toBe(false);
    expect(measuresSomethingElse('Товарооборот составил 1,2 млрд долларов.', 'насколько вырос товарооборот?')).toBe(false);
    expect(measuresWhatIsAsked('The project costs $96 million.', 'how much raw cotton do they buy?')).toBe(false);
    expect(measuresWhatIsAsked('계약 규모는 2900만 달러다.', '수료생 취업률 목표는 얼마?')).toBe(false);
    expect(measuresWhatIsAsked('The road will be 14 km long.', 'how long will the construction take?')).toBe(false);
    // A slip after "how much" is no word of the lexicon: nothing is guessed, so no sentence is left out for measuring something else.
    expect(measuresSomethingElse('We need to rebuild 10,000 square kilometers.', 'How much territoy does Azerbaijan need to rebuild?')).toBe(false);
    expect(measuresSomethingElse('They spent $5 million.', 'How many students study in Korea?')).toBe(false);
    // A multiple is no sum or count of something: "36 students" does not say how much bigger.
    expect(measuresWhatIsAsked('Thirty-five students will begin studies this autumn.', 'how much bigger is the number of scholars?')).toBe(false);
    // Korean days are a length of time when something takes them, not when they date it.
    expect(measuresWhatIsAsked('현재 평균 3일 걸리는 수입 통관을 줄인다.', '수입 통관 얼마나 걸려?')).toBe(true);
    expect(measuresWhatIsAsked('대표단은 3일 바쿠에 도착했다.', '수입 통관 얼마나 걸려?')).toBe(false);
    // A grant is a sum in every language.
    expect(measuresWhatIsAsked('KOICA bu layihəyə 4,5 milyon ABŞ dolları qrant ayırıb.', 'koica su layihesi ucun ne qeder qrant ayirib')).toBe(true);
    expect(measuresSomethingElse('Layihə 2020-ci ildə başlayıb.', 'koica su layihesi ucun ne qeder qrant ayirib')).toBe(true);
    expect(measuresSomethingElse('Проект стартовал в 2020 году.', 'Какой грант выделила KOICA на проект?')).toBe(true);
    // Weeks do not count people.
    expect(measuresSomethingElse('UNEC 측은 학생들을 대상으로 4주 단기 연수 프로그램을 운영한다.', 'unec 학생 몇 명 다녀?')).toBe(true);
    // A year is a date, not a length of time.
    expect(measuresWhatIsAsked('In 2024 he became ambassador.', 'how long did he serve?')).toBe(false);
    expect(measuresSomethingElse('The plant cost $5 million.', 'how long will the construction take?')).toBe(true);
    // A change is answered by a share or a difference, not by a sum.
    expect(measuresWhatIsAsked('Trade grew to $5 billion.', 'How much did trade grow?')).toBe(false);
    expect(measureWrittenNowhere(() => ['Koreya yükləri üçün tarifə 15 faiz endirim tətbiq olunacaq.'], 'koreya yukleri ucun tarif ne qeder ucuzlasacaq?')).toBe(false);
  });

  it('takes the measure the question word asks, not the others the question names', () => {
    const terms = 'Срок кредитной линии — 7 лет, ставка — LIBOR+2,1% годовых.';
    const line = 'Банк открыл кредитную линию на 30 млн долларов.';
    expect(measuresWhatIsAsked(terms, 'под какой процент дали кредитную линию?')).toBe(true);
    expect(measuresWhatIsAsked(line, 'под какой процент дали кредитную линию?')).toBe(false);
    expect(measuresWhatIsAsked(terms, 'kredit xetti nece illikdir?')).toBe(true);
    expect(measuresWhatIsAsked(line, 'kredit xetti nece illikdir?')).toBe(false);
    expect(measuresWhatIsAsked('Azerbaijan exported 1,860 tonnes worth $5 million to Korea.', 'what % of its exports goes to korea?')).toBe(false);
    // Without a measure after the question word, every measure the question names counts.
    expect(measuresWhatIsAsked(line, 'на какую сумму открыли кредитную линию?')).toBe(true);
    // Funding is invested money.
    expect(measuresWhatIsAsked('Each team will receive up to $50,000 in seed funding.', "what's the max investment a single team can get?")).toBe(true);
    expect(measuresWhatIsAsked('Trade reached $50 million.', "what's the max investment a single team can get?")).toBe(false);
    // A company's capital is a sum.
    const capital = 'Банк планирует создать дочерний банк с уставным капиталом 50 млн манатов.';
    expect(measuresWhatIsAsked(capital, 'Каким капиталом будет обладать дочерний банк?')).toBe(true);
    expect(measuresWhatIsAsked('The subsidiary will have an authorised capital of $10 million.', 'what authorised capital will the subsidiary have?')).toBe(true);
    expect(measuresWhatIsAsked('자회사의 자본금은 100억원이다.', '자회사 자본금 얼마야?')).toBe(true);
    expect(measuresSomethingElse('Bank 2014-cü ildə açılıb.', 'bankin nizamnamə kapitalı nə qədərdir?')).toBe(true);
  });

  it("reads a plant's capacity also as the things it makes in a year, which are no other measure for a count", () => {
    const question = 'Сравните мощность корейских сборочных заводов в Гяндже и Костанае';
    expect(measuresWhatIsAsked('Мощность предприятия составляет 12 тыс. автомобилей в год.', question)).toBe(true);
    expect(measuresWhatIsAsked('Zavodun illik istehsal gücü 5 min avtomobildir.', 'zavodun istehsal hecmi ne qederdir?')).toBe(true);
    expect(measuresWhatIsAsked('The plant will make 5,000 cars a year.', 'what is the capacity of the plant?')).toBe(true);
    expect(measuresWhatIsAsked('The plant opened in 2020 with 450 workers.', 'what is the capacity of the plant?')).toBe(false);
    // Fifty graduates a year are a count of people, not a measure of something else.
    expect(measuresSomethingElse('The 50 best graduates each year will go to Pangyo for internships.', 'how many graduates go to pangyo each year?')).toBe(false);
  });

  it("reads a plant's capacity as a power or as what it makes in a year, and power only as a power", () => {
    expect(measuresWhatIsAsked('Zavodun illik istehsal gücü 120 min ton olacaq.', 'Какова мощность завода?')).toBe(true);
    expect(measuresWhatIsAsked('Мощность комплекса составит 500 тыс. тонн в год.', 'какая будет производительность у комплекса?')).toBe(true);
    expect(measuresWhatIsAsked('The 230 MW plant opened in 2023.', 'What is the capacity of the plant?')).toBe(true);
    expect(measuresWhatIsAsked('It could produce up to 42,000 tons of hydrogen.', 'how much power will the plant produce, in megawatts?')).toBe(false);
  });

  it('takes a change ("up 18 per cent", "выросли на 18%", "18 faiz artıb", "18% 증가") for no share, and "made up 41 per cent" for one', () => {
    const share = "What share of Korea's exports are cars?";
    expect(measuresWhatIsAsked('South Korean exports reached $312 million last year, up 18 per cent from 2023.', share)).toBe(false);
    expect(measuresWhatIsAsked('Cars and auto parts made up 41 per cent of exports.', share)).toBe(true);
    expect(measuresWhatIsAsked('Экспорт вырос на 18%.', share)).toBe(false);
    expect(measuresWhatIsAsked('Доля автомобилей в экспорте составила 41%.', share)).toBe(true);
    expect(measuresWhatIsAsked('İxrac 18 faiz artıb.', share)).toBe(false);
    expect(measuresWhatIsAsked('수출이 18% 증가했다.', share)).toBe(false);
  });

  it('reads a speed asked ("속도 얼마", "how fast", "какая скорость") as a speed with its unit, not a sum; not "surət" (a copy)', () => {
    const speed = '바쿠 5G 시범망 테스트에서 최고 속도 얼마 나왔어?';
    expect(measuresWhatIsAsked('Пиковая скорость в тестовой сети составила 1,2 Гбит/с.', speed)).toBe(true);
    expect(measuresWhatIsAsked('Стоимость пилотного проекта составила 7,3 млн манатов.', speed)).toBe(false);
    expect(measuresWhatIsAsked('The trains will run at 250 km/h.', 'how fast will the trains go?')).toBe(true);
    // A lift's speed, in metres a second.
    const lift = 'какая там скорость у лифтов?';
    expect(measuresWhatIsAsked('Лифты будут двигаться со скоростью до 4 метров в секунду.', lift)).toBe(true);
    expect(measuresWhatIsAsked('The lifts run at 4 m/s.', lift)).toBe(true);
    expect(measuresWhatIsAsked('승강기는 초속 4m로 움직인다.', lift)).toBe(true);
    expect(measuresWhatIsAsked('Liftlər saniyədə 4 metr sürətlə hərəkət edəcək.', lift)).toBe(true);
    expect(measuresWhatIsAsked('В башнях будет 214 лифтов.', lift)).toBe(false);
    expect(asksForMeasure('Kanq Min Sok etimadnamesinin suretini kime teqdim edib?')).toBe(false);
  });

  it('reads goods named after "how much" ("сколько газа", "how much cement") as an amount of them, in billions too', () => {
    const gas = 'Сколько газа в год сможет перерабатывать новый завод?';
    expect(measuresWhatIsAsked('The plant is designed to process 5 billion cubic metres of gas a year.', gas)).toBe(true);
    expect(measuresWhatIsAsked('Sambo E&C won a $23 million contract for the design of a new gas processing plant.', gas)).toBe(false);
    expect(measuresSomethingElse('Sambo E&C won a $23 million contract for the design of a new gas processing plant.', gas)).toBe(true);
    expect(measuresWhatIsAsked('Zavod ildə 1,2 milyon ton sement buraxacaq.', 'zavod ildə nə qədər sement buraxacaq?')).toBe(true);
  });

  it('reads a yearly or production "güc" as a capacity, and amounts of goods in millions ("1,2 milyon ton", "1.2 million tonnes")', () => {
    const yearly = 'Qazax sement zavodunun illik gücü nədir?';
    expect(measuresWhatIsAsked('İllik 1,2 milyon ton sement istehsal gücünə malik zavod 2018-ci ildə açılıb.', yearly)).toBe(true);
    expect(measuresWhatIsAsked('Stansiyanın gücü 230 MW olacaq.', 'Stansiyanın gücü nə qədərdir?')).toBe(true);
    expect(measuresWhatIsAsked('Stansiyanın tikintisinə 1,2 milyon ton sement sərf olunub.', 'Stansiyanın gücü nə qədərdir?')).toBe(false);
    expect(measuresWhatIsAsked('The line will make 1.2 million tonnes of cement a year.', 'how much cement can the plant make, in tonnes?')).toBe(true);
  });

  it('take a sentence that gives exactly the asked-for measure, though it repeats few words of the question', () => {
    const text = 'ADA University and Hanul National University launched a joint master programme in Baku. Tuition is $9,800 per year.';
    const answer = composeAnswer('ada hanul joint masters - how much is the yearly fee?', [passage('ada.txt', text)], { maxSentences: 2, neverAbstain: true });
    expect(answer.sentences.map((s) => s.text).join(' ')).toContain('$9,800');
    // A number that measures something else does not come in so.
    const other = composeAnswer('ada hanul joint masters - how much is the yearly fee?', [passage('ada.txt', 'ADA University and Hanul National University launched a joint master programme in Baku. It runs for 2 years.')], { maxSentences: 2, neverAbstain: true });
    expect(other.sentences.map((s) => s.text).join(' ')).not.toContain('2 years');
  });

  it("look in the rest of the best article when no retrieved sentence holds a number, for a sentence that measures exactly what is asked", () => {
    const question = 'ada hanul joint masters - how much is the yearly fee?';
    const retrieved = [passage('ada.txt', 'ADA University and Hanul National University launched a joint master programme in Baku.')];
    const rest = [passage('ada.txt', 'The programme admits 20 students.', { ordinal: 1 }), passage('ada.txt', 'Tuition is $9,800 per year.', { ordinal: 2 })];
    const reply = (articlePassages?: typeof rest, from = retrieved) =>
      composeAnswer(question, from, { maxSentences: 2, neverAbstain: true, ...(articlePassages !== undefined ? { articlePassages: () => articlePassages } : {}) }).sentences.map((s) => s.text).join(' ');
    expect(reply(rest)).toContain('$9,800');
    expect(reply(rest)).not.toContain('20 students');
    expect(reply()).not.toContain('$9,800');
    // A retrieved sentence with a sum of the kind asked keeps the rest of the article out; a grant is another kind of sum, a count of students no sum.
    const numbered = [passage('ada.txt', 'ADA University and Hanul National University launched a joint master programme in Baku with fees of $2,000 a year.')];
    expect(reply(rest, numbered)).not.toContain('$9,800');
    expect(reply(rest, [passage('ada.txt', 'ADA University and Hanul National University launched a joint master programme in Baku with a $2 million grant.')])).toContain('$9,800');
    expect(reply(rest, [passage('ada.txt', 'ADA University and Hanul National University launched a joint master programme in Baku in 2024 for 20 students.')])).toContain('$9,800');
    // Another article's sum does not keep the best article's own out.
    const withOther = [...retrieved, passage('other.txt', 'Another joint master programme at Hanul National University costs $5,000 a year.')];
    expect(composeAnswer(question, withOther, { maxSentences: 1, neverAbstain: true, articlePassages: () => rest }).sentences[0]?.text).toBe('Tuition is $9,800 per year.');
  });

  it('put the sentence that gives exactly the measure asked first, in the article that best covers the question', () => {
    const question = 'susada 5g pilot layihesi nece pula basa gelir?';
    const lead = 'Cənubi Koreyanın "Nuri Telecom" şirkəti Şuşa şəhərində beşinci nəsil (5G) mobil rabitə şəbəkəsinin pilot layihəsini həyata keçirəcək.';
    const cost = 'Layihənin dəyəri 25 milyon dollardır.';
    const first = (...passages: ReturnType<typeof passage>[]) => composeAnswer(question, passages, { maxSentences: 1, neverAbstain: true }).sentences[0]?.text;
    expect(first(passage('nuri.txt', `${lead} ${cost}`))).toBe(cost);
    // Another article's sum is no answer to this one's question.
    expect(first(passage('nuri.txt', lead), passage('other.txt', `Şuşa şəhərində başqa layihə başlayıb. ${cost}`))).toBe(lead);
  });

  it("look in the rest of the next article, the same event told again, when the best article's rest holds no count of what is asked", () => {
    const question = 'how many local people will hanwon hire for the sumgait plant?';
    const best = passage('en.txt', 'Hanwon signed a contract to build a waste-to-energy plant in Sumgait.');
    const next = passage('ko.txt', '한원건설은 숨가이트에 폐기물 발전소를 짓는다.');
    const restOf = (rank: number) =>
      rank === 0 ? [passage('en.txt', 'Hanwon will operate the plant for five years.', { ordinal: 1 })] : [passage('ko.txt', 'The plant will hire 600 local people.', { ordinal: 1 })];
    const reply = (articlePassages: (rank: number) => ReturnType<typeof passage>[]) => composeAnswer(question, [best, next], { maxSentences: 1, neverAbstain: true, articlePassages }).sentences[0]?.text;
    expect(reply(restOf)).toBe('The plant will hire 600 local people.');
    // The best article's own count comes first: the next one is not read.
    expect(reply((rank) => (rank === 0 ? [passage('en.txt', 'The plant will hire 450 local people.', { ordinal: 1 })] : restOf(1)))).toBe('The plant will hire 450 local people.');
  });

  it('look in the rest of the best article for a count when none of its retrieved sentences holds a number', () => {
    const question = 'how many workers does the dasom cosmetics plant in alat employ?';
    const rest = [passage('dasom.txt', 'The plant employs 220 workers.', { ordinal: 1 })];
    const first = (retrieved: ReturnType<typeof passage>[]) => composeAnswer(question, retrieved, { maxSentences: 1, neverAbstain: true, articlePassages: () => rest }).sentences[0]?.text;
    const opening = passage('dasom.txt', 'Dasom Cosmetics opened its cosmetics plant in the Alat free economic zone.');
    const other = passage('other.txt', 'The Alat free economic zone plant of another firm employs 90 workers.');
    expect(first([opening, other])).toBe('The plant employs 220 workers.');
    // A count of the best article's own that counts what is asked (employees are workers) is its answer.
    expect(first([passage('dasom.txt', 'Dasom Cosmetics opened its cosmetics plant in the Alat free economic zone with 220 employees.'), other])).not.toBe('The plant employs 220 workers.');
    // Its numbers that count something else do not keep the rest of the article out.
    expect(first([passage('dasom.txt', 'Dasom Cosmetics opened its cosmetics plant in the Alat free economic zone, its 3rd abroad, for 12 million dollars.'), other])).toBe('The plant employs 220 workers.');
  });

  it('read the measure after an oblique question word, not the others the question names', () => {
    // "Trade" in the bank's name asks no sum: "по какому адресу" asks the address.
    const question = 'По какому адресу в Баку находится представительство Daehan Trade Bank?';
    expect(measuresWhatIsAsked('Банк планирует создать дочерний банк с капиталом 50 млн манатов.', question)).toBe(false);
    expect(measuresWhatIsAsked('Офис разместился на улице Низами, 90.', question)).toBe(true);
  });

  it('put the sentence that writes an address first, though it repeats few of the question words', () => {
    const text = 'Южнокорейский Daehan Trade Bank открыл представительство в Баку. Офис разместился в бизнес-центре на улице Низами, 90. Представительство Daehan Trade Bank в Баку возглавил Ким Тэ Хо.';
    const answer = composeAnswer('По какому адресу в Баку находится представительство Daehan Trade Bank?', [passage('bank.txt', text)], { maxSentences: 2 });
    expect(answer.sentences[0]?.text).toContain('Низами, 90');
  });

  it('read a question about a cut as asking a change, answered by no sum', () => {
    expect(measuresWhatIsAsked('The programme cost $2 million.', 'By how much did the drones reduce the cost of spraying?')).toBe(false);
    expect(measuresSomethingElse('Spraying from drones cut pesticide use by about 30 percent.', 'By how much did the drones reduce the cost of spraying?')).toBe(false);
    expect(measuresSomethingElse('Spraying from drones cut pesticide use by about 30 percent.', 'на сколько сократились расходы на опрыскивание?')).toBe(false);
  });

  it('put the sentence with the asked-for measure first', () => {
    // The sum of money names more of the question's words; the power answers it.
    const text = 'JICA has financed loan projects in Azerbaijan, the solar plant among them, amounting to $900 million. The plant runs on solar power, 230MW of it.';
    const answer = composeAnswer('What is the capacity of the solar plant JICA financed in Azerbaijan?', [passage('jica.txt', text)], { maxSentences: 1 });
    expect(answer.sentences[0]?.text).toContain('230MW');
  });
});

describe('a measure the texts write nowhere', () => {
  const article = ['The youth judo tournament in Baku drew 312 athletes from 9 countries.', 'It was held on 12 May 2024 at the National Gymnastics Arena.'];

  it('is told when the question asks for a sum, a power, a length of time or an amount of goods that no text holds', () => {
    expect(measureWrittenNowhere(() => article, 'how much did it cost to organise the youth judo tournament?')).toBe(true);
    expect(measureWrittenNowhere(() => article, 'how long did the tournament last?')).toBe(true);
    expect(measureWrittenNowhere(() => [...article, 'Its budget was 40,000 manats.'], 'how much did it cost to organise the youth judo tournament?')).toBe(false);
  });

  it('is not told for a question that asks no measure, a count written in many ways, a change or a rank', () => {
    expect(measureWrittenNowhere(() => article, 'where was the judo tournament held?')).toBe(false);
    // People are counted as athletes, jobs or applications as well as "people": no unit to miss.
    expect(measureWrittenNowhere(() => article, 'how many people took part in the tournament?')).toBe(false);
    expect(measureWrittenNowhere(() => article, 'how much did trade grow?')).toBe(false);
    // A change in per cent and what is saved are changes too: "сократится на 42%" answers them, and no share.
    expect(measureWrittenNowhere(() => article, 'на сколько процентов город сэкономит на освещении?')).toBe(false);
    expect(measureWrittenNowhere(() => article, 'by what percent will the new lamps cut the bill?')).toBe(false);
    expect(measureWrittenNowhere(() => article, 'how much will the city save on street lights?')).toBe(false);
    expect(measureWrittenNowhere(() => article, 'işıqlandırmada nə qədər qənaət olunacaq?')).toBe(false);
    expect(measureWrittenNowhere(() => article, '9 ayın yekununa görə Koreya neçənci ticarət tərəfdaşıdır?')).toBe(false);
    // Importers and exporters are people and firms, not sums.
    expect(measureWrittenNowhere(() => article, 'What is the name of the Korean importers association chairman?')).toBe(false);
  });
});

describe('interest rates, tariffs and telephone numbers', () => {
  it('reads an interest rate asked ("под какой процент", "what interest", "금리") as a rate, not as a share of a cost', () => {
    const rate = 'Под какой процент KOEFC дала кредит на станцию?';
    expect(measuresWhatIsAsked('사업비의 60%는 KOEFC가 대출로 조달한다.', rate)).toBe(false);
    expect(measuresWhatIsAsked('KOEFC предоставит кредит в размере 265 млн долларов под 2,5% годовых.', rate)).toBe(true);
    expect(measuresWhatIsAsked('Срок кредитной линии — 7 лет, ставка — LIBOR+2,1% годовых.', rate)).toBe(true);
    expect(measuresWhatIsAsked('The notes carry a coupon of 3.15 percent.', 'What interest does the bond pay')).toBe(true);
    expect(measuresWhatIsAsked('차관은 연 0.1% 금리로 제공된다.', '차관 금리는 얼마야?')).toBe(true);
    // A share asked ("какой процент акций") is still a share.
    expect(measuresWhatIsAsked('Корейская сторона получит 40% акций.', 'Какой процент акций получит корейская сторона?')).toBe(true);
    expect(measureWrittenNowhere(() => ['KOEFC предоставит кредит в размере 265 млн долларов.', 'Сметная стоимость проекта — 440 млн долларов.'], rate)).toBe(true);
  });

  it('reads the price of one thing ("한 대 가격", "what does one bus cost") as a sum each thing costs, not the whole deal; the power of one stays a power', () => {
    const price = '간자 공장에서 만드는 전기버스 한 대 가격은 얼마야?';
    expect(measureWrittenNowhere(() => ['Layihəyə 42 milyon dollar sərmayə yatırılıb.'], price)).toBe(true);
    expect(measuresWhatIsAsked('버스 가격은 대당 25만 달러다.', price)).toBe(true);
    expect(measuresWhatIsAsked('The buses cost $250,000 each.', 'How much does one bus cost?')).toBe(true);
    expect(measuresWhatIsAsked('Корейские турбины мощностью 2 МВт.', 'Какая мощность у одной корейской турбины?')).toBe(true);
    // A text that names one thing as the question does gives its price; "одного из" (one of) names no one thing.
    const container = 'Во сколько обошлась доставка одного контейнера до Алята?';
    expect(measuresWhatIsAsked('Перевозка одного контейнера обошлась примерно в 4 100 долларов.', container)).toBe(true);
    expect(measuresWhatIsAsked('Это один из крупнейших контрактов порта: 40 млн долларов.', container)).toBe(false);
    expect(measuresWhatIsAsked('Проект одного из операторов стоимостью 40 млн долларов.', container)).toBe(false);
    // "Hər birinin" alone (each of them: the two loans, the two deals a question names) asks each one's whole sum.
    expect(measuresWhatIsAsked('Bank zavod üçün 30 milyon dollar məbləğində kredit xətti açıb.', 'İki bank kredit verib. Hər birinin məbləği nə qədərdir?')).toBe(true);
  });

  it('reads a tariff as a sum, per kWh when asked so', () => {
    const tariff = 'What tariff per kWh will Kur Energy pay for power from the solar plant?';
    expect(measureWrittenNowhere(() => ['The plant would generate around 400 million kWh of electricity a year.'], tariff)).toBe(true);
    expect(measureWrittenNowhere(() => ['Kur Energy will pay 4.5 cents per kWh for 20 years.'], tariff)).toBe(false);
  });

  it('reads a telephone number asked as digits grouped for dialling, not a phone call', () => {
    const phone = 'Seul xəstəxanasının Bakıdakı ofisinin telefon nömrəsi neçədir?';
    expect(measuresWhatIsAsked('Ofisin telefonu: +994 12 555 01 23.', phone)).toBe(true);
    expect(measuresWhatIsAsked('Контакты: (012) 498-12-34.', phone)).toBe(true);
    expect(measureWrittenNowhere(() => ['The hospital opened a liaison office in Baku on 12 May 2024.', 'reporter@example.invalid'], phone)).toBe(true);
    expect(asksForMeasure('During the phone call, which UN body did Korea thank Azerbaijan for backing?')).toBe(false);
  });
});

describe('kinds of sums', () => {
  it('reads money put into something ("сколько вложили", "nə qədər pul yatırıb") as a sum asked, not as a count', () => {
    const put = 'Сколько вложили корейцы в сборку автобусов в Костанае?';
    expect(measuresWhatIsAsked('Инвестиции в проект составили 45 млн долларов.', put)).toBe(true);
    expect(measuresWhatIsAsked('Линия рассчитана на 1 600 машин в год.', put)).toBe(false);
    expect(measuresWhatIsAsked('Layihəyə 42 milyon dollar sərmayə yatırılıb.', 'Koreya şirkəti layihəyə nə qədər pul yatırıb?')).toBe(true);
  });

  it('answer a question about tuition only with a sum of tuition, not with living costs', () => {
    const living = ['생활비는 대학 국제교류처에서 매달 50만원을 지원했다.'];
    expect(measureWrittenNowhere(() => living, '교환학생 때 등록금 얼마 냈어')).toBe(true);
    expect(measureWrittenNowhere(() => [...living, '등록금은 학기당 300만원이었다.'], '교환학생 때 등록금 얼마 냈어')).toBe(false);
  });

  it('read funds asked ("nə qədər vəsait", "сколько средств", "자금") as a sum', () => {
    const funds = 'Qusarda ağacəkmə layihəsinə koreyalılar nə qədər vəsait ayırıb?';
    expect(measuresWhatIsAsked('Koreya tərəfi layihəyə 2,1 milyon ABŞ dolları ayırıb.', funds)).toBe(true);
    expect(measuresWhatIsAsked('Layihə çərçivəsində 120 hektar sahədə 300 min ağac tingi əkiləcək.', funds)).toBe(false);
    expect(measuresWhatIsAsked('Корея выделила 2,1 млн долларов.', 'Сколько средств выделили на проект?')).toBe(true);
    expect(measuresWhatIsAsked('정부는 210만 달러를 지원했다.', '사업 자금은 얼마야?')).toBe(true);
  });

  it('answer a question about a fee with a sum the text names as a fee, in any of the languages', () => {
    const design = "what's the design fee for the new town plan?";
    expect(measuresWhatIsAsked('설계 용역비는 640만 달러다.', design)).toBe(true);
    expect(measuresWhatIsAsked('Госпошлина за обмен составит 25 манатов.', 'What is the state fee for swapping a licence?')).toBe(true);
    expect(measuresWhatIsAsked('Müraciət edənlər 35 manat xidmət haqqı ödəyəcəklər.', 'what service fee does the visa centre charge?')).toBe(true);
    expect(measuresWhatIsAsked('The project costs $148 million.', design)).toBe(false);
  });

  it('answer a question about exports, imports, investment or turnover only with a sum of that kind', () => {
    const turnover = 'Trade turnover between Azerbaijan and Korea amounted to $412.7 million in 2023.';
    const exports = "Azerbaijan's exports to Korea amounted to $96.3 million.";
    expect(measuresWhatIsAsked(turnover, '2023년에 아제르바이잔이 한국으로 수출한 금액은?')).toBe(false);
    expect(measuresWhatIsAsked(exports, '2023년에 아제르바이잔이 한국으로 수출한 금액은?')).toBe(true);
    expect(measuresWhatIsAsked(turnover, 'Azərbaycan-Koreya ticarət dövriyyəsi nə qədər olub?')).toBe(true);
    expect(measuresWhatIsAsked(exports, 'how much did Korea invest in the plant?')).toBe(false);
    // A price per unit is a sum per a unit, not the project's investment.
    expect(measuresWhatIsAsked('Layihəyə 27 milyon manat investisiya yatırılır.', 'pomidorun kiloqramı neçəyə satılacaq')).toBe(false);
    expect(measuresWhatIsAsked('Pomidorun kiloqramı 3 manata satılacaq.', 'pomidorun kiloqramı neçəyə satılacaq')).toBe(true);
    expect(measuresWhatIsAsked('전기는 ㎾h당 4.2센트, 연간 1천만달러 규모다.', '전기 얼마에 팔기로 했음? kwh당 단가')).toBe(true);
    // An article that gives a sum of another kind writes none of the kind asked.
    expect(measureWrittenNowhere(() => ['The trade turnover between the two countries amounted to $227.6 million in 2021.'], 'How much is Lemon Metal planning to invest?')).toBe(true);
    expect(measureWrittenNowhere(() => ['Lemon Metal plans to invest $40 million in the plant.'], 'How much is Lemon Metal planning to invest?')).toBe(false);
    // A question that names no kind takes any sum.
    expect(measuresWhatIsAsked(exports, 'how much was it worth?')).toBe(true);
  });
});

describe('pay and ages, told apart from the other sums and numbers of an article', () => {
  it('answers a question about the price things are sold at only with a sale or a price, not an investment', () => {
    const question = 'Gəncədə yığılan pikap neçəyə satılır?';
    expect(measuresWhatIsAsked('Pikap 25 min manata satılacaq.', question)).toBe(true);
    expect(measuresWhatIsAsked('Layihəyə 38 milyon manat investisiya yatırılıb.', question)).toBe(false);
    expect(measureWrittenNowhere(() => ['Layihəyə 38 milyon manat investisiya yatırılıb.'], question)).toBe(true);
    expect(measuresWhatIsAsked('Билеты продают по 450 долларов.', 'по какой цене продают билеты?')).toBe(true);
  });

  it('reads a salary only in a sum written beside a pay word', () => {
    const article = ['Daon Soft will invest $12 million in the academy.', 'Korean instructors will teach there.'];
    expect(measureWrittenNowhere(() => article, 'What salary will the Korean instructors at the academy get?')).toBe(true);
    expect(measureWrittenNowhere(() => article, 'Какая зарплата у инструкторов академии?')).toBe(true);
    expect(measureWrittenNowhere(() => [...article, 'Instructors will earn monthly salaries of $2,500.'], 'What salary will the instructors get?')).toBe(false);
    expect(measureWrittenNowhere(() => ['Müəllimlərin aylıq maaşı 1500 manat olacaq.'], 'muellimlerin maasi nece manatdir?')).toBe(false);
    // Another sum still answers a question about the investment or the payment.
    expect(measureWrittenNowhere(() => article, 'how much will Daon Soft invest?')).toBe(false);
    expect(measureWrittenNowhere(() => ['Оплата составит 300 манатов.'], 'какая оплата за курс?')).toBe(false);
  });

  it("reads no age in a year, nor in a bound of ages", () => {
    const nowhere = (text: string) => measureWrittenNowhere(() => [text], 'how old is the director?');
    expect(nowhere('Переговоры пройдут в первой половине 2027 года.')).toBe(true);
    expect(nowhere('İlk ildə 40 yaşdan yuxarı şəxslər üçün müayinələr pulsuz olacaq.')).toBe(true);
    expect(nowhere('Обследование бесплатно для граждан старше 40 лет.')).toBe(true);
    expect(nowhere('65세 이상 주민은 무료다.')).toBe(true);
    expect(nowhere('Директору 52 года.')).toBe(false);
    expect(nowhere('Direktor 52 yaşındadır.')).toBe(false);
  });
});

describe('measures in more of the ways news writes them', () => {
  it.each([
    ['여자배구 바쿠 전훈 비용 얼마 들었대?', '훈련 비용 약 2억3천만원은 양측이 절반씩 부담했다.'],
    ['번역 지원금 얼마야', '번역·출판 비용 1만8천달러를 지원했다.'],
    ['stansiya ildə nə qədər elektrik hasil edəcək?', 'Stansiya ildə 260 milyon kilovat-saat elektrik enerjisi istehsal edəcək.'],
    ['how much electricity will the plant make a year?', 'It will generate 120 GWh a year.'],
    ['сколько электроэнергии будет вырабатывать станция', 'Станция будет вырабатывать 300 млн кВт·ч в год.'],
    ['how old is the chairman?', 'Chairman Kim Young-ho, 61, said the plant would open in 2026.'],
    ['윤재혁 대표 몇 살이야', '윤재혁(45) 대표는 이렇게 말했다.'],
    ['what percent stake does the korean company hold', 'The Korean company holds a 25% stake.'],
    ['what is the address of the office', 'The office is at 28 Nizami Street, Baku.'],
    ['Bakıdakı ofisin ünvanı nədir?', 'Ofis Nizami küçəsi 28 ünvanında yerləşir.'],
    ['какой адрес у офиса', 'Адрес: ул. Низами, 28.'],
    ['how far can the new buses drive before recharging?', 'Each bus has a range of 320 km on one charge.'],
    ["what % of the juice exports goes to korea", 'Korea now takes 8.5 percent of its exports.'],
    ['how much is woojin rail getting for the metro cars?', 'Müqavilənin dəyəri 142 milyon avrodur.'],
    ['유조선 길이 몇 미터야?', 'Each vessel will have a length of 141 metres.'],
    ['körpünün uzunluğu neçə metrdir', 'Körpünün uzunluğu 420 metrdir.'],
    ["what's the dwt of the tankers", 'Each vessel will have a deadweight of 7,800 tonnes.'],
    ['how much is Haesol putting into the sturgeon farm', '해솔수산은 1천850만달러를 투자한다.'],
    ['아제르바이잔 의사 로봇수술 연수비 규모는', '연수비는 약 23억원이다.'],
    ['koreya dil fondu merkezin avadanligina ne qeder xercleyib', 'Fond mərkəzin avadanlığına 85 min ABŞ dolları xərcləyib.'],
    ['сколько потратили на ремонт', 'На ремонт потратили 2 млн манатов.'],
    ['Во сколько обойдется оборудование для центра?', 'Mərkəz üçün 6,3 milyon dollar dəyərində avadanlıq gətiriləcək.'],
    ['greenbit farm istixanasi ilde ne qeder pomidor yetisdirecek', 'İstixana ildə 4 min ton pomidor yetişdirəcək.'],
    ['how many tons of juice went to korea', 'Azerbaijan exported 1,860 tonnes of juice.'],
  ])('"%s" is answered by "%s"', (question, sentence) => {
    expect(measuresWhatIsAsked(sentence, question)).toBe(true);
  });

  it('does not read a name or a word inside another as a measure asked', () => {
    // "Hanul Pay" is a product; "stansiyası neçə" holds "yası neçə" (age) only inside a word.
    expect(measureWrittenNowhere(() => [], 'к скольким магазинам подключится hanul pay до конца 2026?')).toBe(false);
    expect(measureWrittenNowhere(() => [], 'bilesuvar gunes stansiyasi nece hektarda tikilecek?')).toBe(false);
    expect(measureWrittenNowhere(() => [], 'how much did the Korea Foundation give?')).toBe(false);
    // Words that hold a measure's letters: Georgia (Грузия) is no cargo, "böyük" (big) no load (yük),
    // "payız" (autumn) no share (pay), "güclü" (strong) no power (güc), "important" no import,
    // "выпускники" (graduates) no output, "площадка" (a site) no area.
    for (const question of ['сколько корейских компаний работает в Грузии?', 'Bakıda neçə böyük Koreya şirkəti var?', 'payızda neçə tələbə gələcək?', 'neçə güclü komanda yarışacaq?', 'how many important agreements were signed?', 'сколько выпускников получили дипломы?', 'сколько компаний на площадке?'])
      expect(asksForMeasure(question), question).toBe(false);
    // AZAL, the airline, is no decrease (azalıb): a question that names it still asks its measure.
    for (const question of ['How much does an AZAL ticket to Seoul cost?', 'AZAL-ın Seul biletinin qiyməti nə qədərdir?', 'Сколько стоит билет AZAL в Сеул?']) expect(asksForMeasure(question), question).toBe(true);
    expect(asksForMeasure('ixrac nə qədər azalıb?')).toBe(false);
    // Counting students, a question asks no sum though it names a fund that pays.
    expect(measureWrittenNowhere(() => [], 'How many students will the Wombat fund pay for?')).toBe(false);
    expect(measureWrittenNowhere(() => [], 'layihə neçə pula başa gələcək?')).toBe(true);
    // Money counted in its currency, and an auxiliary or a pronoun after the counting word, still ask a sum.
    for (const question of ['layihə neçə manata başa gələcək?', 'сколько долларов вложили корейцы?', 'how many dollars did the bridge cost?', 'сколько будет стоить проект?', 'сколько это стоило?', 'сколько было потрачено на ремонт?'])
      expect(measuresWhatIsAsked('The project costs $96 million.', question), question).toBe(true);
    expect(measuresWhatIsAsked('The project will hire 96 workers.', 'сколько будет стоить проект?')).toBe(false);
    // Cancer (xərçəng) is no expense (xərc), preparation (준비) no cost.
    expect(measureWrittenNowhere(() => [], 'Bakıda xərçəng mərkəzi hansı şəhərdə açılacaq?')).toBe(false);
    expect(measureWrittenNowhere(() => [], '행사 준비는 누가 했어?')).toBe(false);
    // A street without its house number is a place, not an address.
    expect(measureWrittenNowhere(() => ['The lights stand along Heydar Aliyev Avenue and Ziya Bunyadov Avenue.'], 'what is the street address of the office?')).toBe(true);
    expect(measureWrittenNowhere(() => ['Ünvan: Bakı, İzmir küç. Hyatt Tower III.'], 'səfirliyin ünvanı nədir?')).toBe(true);
    // Cubic and square metres are no length, nor is the metro.
    expect(measureWrittenNowhere(() => [], 'bilesuvar GES her il nece kubmetr qaz qenaet etdirecek')).toBe(false);
    expect(measureWrittenNowhere(() => [], 'сколько квадратных метров займет завод')).toBe(false);
    expect(measureWrittenNowhere(() => [], 'bakı metrosu üçün neçə vaqon alınacaq')).toBe(false);
    // Losses of electricity are a share, not an amount made.
    expect(measureWrittenNowhere(() => [], 'до какого уровня упадут потери электроэнергии после замены оборудования?')).toBe(false);
  });
});

describe('an area asked', () => {
  it('does not decline an article without one: an area is not always written with its unit', () => {
    expect(measureWrittenNowhere(() => ['The machines were handed over in Fuzuli.'], 'How much farmland did the machines clear?')).toBe(false);
  });
});

describe('a weight asked', () => {
  it('is written nowhere in an article that gives no weight, which declines a near miss', () => {
    expect(measureWrittenNowhere(() => ['В экспозицию вошли 64 работы керамистки из города Ичхон.'], 'Сколько весит самая большая ваза на выставке?')).toBe(true);
    expect(measureWrittenNowhere(() => ['Самая большая ваза весит 12 кг.'], 'Сколько весит самая большая ваза на выставке?')).toBe(false);
  });
});

describe('years counted as a length of time', () => {
  it('reads "몇 년 동안" as how long, and "몇 년" alone not', () => {
    const question = '발전소 전기는 몇 년 동안 팔기로 했어?';
    expect(asksForMeasure(question)).toBe(true);
    expect(measuresWhatIsAsked('생산한 전력은 국영 전력망에 20년간 판매된다.', question)).toBe(true);
    expect(measuresWhatIsAsked('120MW 규모 태양광 발전소 건설에 들어갔다.', question)).toBe(false);
    expect(asksForMeasure('그 회사는 몇 년에 설립됐어?')).toBe(false);
    // "몇 년짜리" (a contract of how many years) too.
    expect(measuresWhatIsAsked('계약 기간은 2026년 하반기부터 3년간이다.', 'LNG 맞교환 계약 몇 년짜리야')).toBe(true);
    expect(measuresWhatIsAsked('공장 건설 사업을 3억6500만 달러에 따냈다.', 'LNG 맞교환 계약 몇 년짜리야')).toBe(false);
    // Dollars (달러) are no months (달), an anniversary (주년) no weeks (주).
    expect(measuresWhatIsAsked('지원금은 500 달러다.', '교육은 몇 달 동안 해?')).toBe(false);
    expect(measuresWhatIsAsked('수교 30주년 기념 행사가 열렸다.', '교육은 몇 주 동안 해?')).toBe(false);
    expect(measuresWhatIsAsked('교육은 3주 동안 진행된다.', '교육은 몇 주 동안 해?')).toBe(true);
  });
});

describe('a plant\'s output and power, read more narrowly and more widely', () => {
  it('reads a power plant\'s output as its capacity, a transformer\'s МВА as a power, and 설비 (equipment) alone as no power', () => {
    expect(measuresWhatIsAsked('A consortium will build a 385-megawatt combined-cycle plant.', 'What output will the new gas power station have?')).toBe(true);
    expect(measuresWhatIsAsked('Два трансформатора мощностью по 200 МВА доставлены морем.', 'какой мощности трансформаторы поставили?')).toBe(true);
    expect(measureWrittenNowhere(() => ['The unit is designed to process 1 million tonnes of naphtha a year.'], '새 개질설비는 나프타를 1년에 얼마나 처리해?')).toBe(false);
    expect(measureWrittenNowhere(() => ['공장은 2028년 완공된다.'], '발전 설비 용량이 얼마야?')).toBe(true);
  });
});

describe('a price per unit, when a deal\'s or a project\'s cost is asked', () => {
  it('does not say what the deal cost; asked per unit or for one thing, it does', () => {
    const deal = 'Во сколько обошлись две корейские турбины?';
    expect(measuresWhatIsAsked('Цена составила около $690 за тонну.', deal)).toBe(false);
    expect(measuresWhatIsAsked('Flats sold for 1,480 manat per square metre.', 'how much is the lift contract worth?')).toBe(false);
    expect(measuresWhatIsAsked('Сумма контракта — $88,4 млн.', deal)).toBe(true);
    // One sum of the sentence that is no price per unit is enough.
    expect(measuresWhatIsAsked('The contract, $34.5 million, prices each lift at $160,000 apiece and service at $20 per unit.', 'how much is the lift contract worth?')).toBe(true);
    expect(measuresWhatIsAsked('Цена составила около $690 за тонну.', 'почём арматура за тонну шла?')).toBe(true);
    expect(measuresWhatIsAsked('Вино будут продавать по цене от 19 тыс. вон за бутылку.', 'Şamaxı şərabının bir şüşəsi neçəyə satılacaq?')).toBe(true);
  });
});

describe('a price per bottle, litre, night or square metre', () => {
  it('is a sum per unit: an article that gives only the project\'s cost does not say it', () => {
    const question = 'Hanul E&C Füzulidəki mənzillərin kvadratmetrini neçəyə satacaq?';
    expect(measureWrittenNowhere(() => ['Layihənin dəyəri 118 milyon manata qədər artıb.'], question)).toBe(true);
    expect(measureWrittenNowhere(() => ['Mənzillərin kvadratmetri 1 200 manata satılacaq.'], question)).toBe(false);
    expect(measureWrittenNowhere(() => ['The juice will sell for 4,900 won a bottle.'], 'What retail price per bottle will the juice have?')).toBe(false);
    expect(measureWrittenNowhere(() => ['The supply contract is worth $3.4 million.'], 'What retail price per bottle will the juice have?')).toBe(true);
    // A price per tonne, asked in Russian.
    expect(measureWrittenNowhere(() => ['Из Пусана отгружено 18 тыс. тонн проката на $12,4 млн.'], 'почём арматура за тонну шла?')).toBe(true);
    expect(measureWrittenNowhere(() => ['Цена составила около $690 за тонну.'], 'почём арматура за тонну шла?')).toBe(false);
  });

  it('is asked also as "per sq m", "bir kvadratın" and "㎡당", and written "per sq m"', () => {
    for (const question of ['what was the price of the flats per sq m?', 'Evlərdə bir kvadratın qiyməti nə qədərdir?', '아파트 ㎡당 가격이 얼마야?']) {
      expect(measureWrittenNowhere(() => ['The project is worth $148 million.'], question), question).toBe(true);
    }
    expect(measuresWhatIsAsked('Flats sold at 1,480 manat per sq m.', 'how much is the housing contract worth?')).toBe(false);
  });
});

describe('how expensive something is', () => {
  it('asks a price ("how expensive", "nə qədər baha idi", "насколько дорогие", "얼마나 비쌌어"), answered by a sentence that gives one', () => {
    for (const question of ['how expensive were tickets for the concert?', 'Konsert biletləri nə qədər baha idi?', 'Насколько дорогие были билеты на концерт?', '콘서트 표 얼마나 비쌌어?']) {
      expect(asksForMeasure(question), question).toBe(true);
      expect(measureWrittenNowhere(() => ['All 1,840 tickets for the concert were sold within five days.'], question), question).toBe(true);
    }
    const passages = [passage('a.txt', 'All 1,840 tickets for the concert were sold within five days. Ticket prices ranged from 30,000 to 90,000 won.')];
    expect(composeAnswer('how expensive were tickets for the concert?', passages, { maxSentences: 1 }).sentences[0]?.text).toBe('Ticket prices ranged from 30,000 to 90,000 won.');
  });

  it('is not asked by "how much dearer has it become" ("nə qədər bahalaşıb"), which a share answers as well', () => {
    expect(asksForMeasure('Koreya maşınları nə qədər bahalaşıb?')).toBe(false);
  });
});

describe('a size asked with 짜리 after a counted unit', () => {
  it('is no price: "몇 층짜리" asks storeys, "얼마짜리" a sum', () => {
    expect(asksForMeasure('가발라 리조트 호텔 몇 층짜리래?')).toBe(false);
    expect(asksForMeasure('풍력 타당성조사 계약 얼마짜리야')).toBe(true);
  });
});
