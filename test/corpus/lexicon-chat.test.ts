import { describe, it } from 'vitest';
import { CHAT_LINES } from '../../src/corpus/lexicon-chat.ts';
import { expectFourLanguageLines, expectNoWordElsewhere, expectNotReadAs, expectOneConceptEach } from './concept-groups.ts';

describe('the chat words of the lexicon', () => {
  it('read a chat word as the concept of the word an article writes, across en, az, ru and ko', () => {
    expectOneConceptEach([
      // The article's word first, then the words a chat question types for it.
      ['police', 'cops', 'policemen', 'менты', 'гаишники', 'полицейские', 'polis', '경찰', '순경'],
      ['children', 'kiddos', 'toddlers', 'детвора', 'малыши', 'uşaqlar', 'balalar', '아이들', '꼬마'],
      ['salary', 'paycheque', 'зарплата', 'зп', 'получку', 'maaş', 'zarplata', '월급', '봉급'],
      ['car', 'auto', 'автомобиль', 'тачку', 'maşın', 'avto', '자동차', '자가용', '차량'],
      ['prices', 'цены', 'ценники', 'qiymət', '가격', '시세', '값이'],
      ['jobs', 'работники', 'шабашка', 'işçilər', 'fəhlələr', '일자리', '알바', '취업'],
      ['phone', 'cellphone', 'телефон', 'мобила', 'telefon', 'smartfon', '휴대폰', '폰이', '스마트폰'],
      ['money', 'деньги', 'бабло', 'pul', '돈', '목돈', '용돈'],
      ['dollars', 'bucks', 'долларов', 'баксов', 'dollar', '달러'],
      ['million', 'mln', 'миллионов', 'млн', 'лям', 'milyon', '백만'],
      ['railway', 'rail', 'железнодорожный', 'железка', 'жд', 'dəmiryolu', '철도', '철길'],
      ['station', 'вокзал', 'vağzal', 'vokzal', 'avtovağzal', '기차역', '역앞'],
      ['alcohol', 'booze', 'алкоголь', 'бухло', 'выпивку', 'alkoqol', '음주', '술을', '소주'],
      ['television', 'telly', 'телевидение', 'телик', 'телевизор', 'televiziya', 'televizor', '티비'],
      ['photos', 'selfies', 'фото', 'фотки', 'foto', '사진', '셀카'],
      ['students', 'freshmen', 'школьники', 'первоклашки', 'şagird', 'məktəbli', '학생', '초딩'],
      ['kindergarten', 'daycare', 'детсад', 'садик', 'bağça', '유치원'],
      ['hospital', 'больница', 'больничка', 'xəstəxana', 'bolnisa', '병원'],
      ['apartments', 'condo', 'квартира', 'однушка', 'mənzil', 'kvartira', '아파트', '원룸', '오피스텔'],
      ['theft', 'robbery', 'кража', 'стырили', 'oğurluq', '절도', '도둑'],
      ['prison', 'тюрьма', 'тюряга', 'həbsxana', 'türmə', '교도소', '감옥'],
      ['narcotics', 'наркотики', 'наркоман', 'narkotik', 'narkoman', '마약'],
      ['shop', 'mall', 'магазин', 'магаз', 'mağaza', 'dükan', '가게', '마트', '편의점'],
      ['mother', 'mum', 'мать', 'мама', 'ana', '어머니', '엄마'],
      ['father', 'daddy', 'отец', 'батя', 'ata', '아버지', '아빠'],
      ['wife', 'wifey', 'жена', 'xanım', 'arvad', '부인', '아내', '와이프'],
      ['grandmother', 'granny', 'бабушка', 'бабуля', 'nənə', '할머니', '할매'],
      ['friends', 'buddies', 'друзья', 'кореш', 'dost', 'rəfiq', '친구', '절친'],
      ['people', 'folks', 'люди', 'народ', 'xalq', 'camaat', '사람'],
      ['bus', 'автобус', 'маршрутка', 'avtobus', 'marşrutka', '버스'],
      ['taxi', 'таксист', 'taksi', 'taksist', '택시'],
      ['driver', 'водитель', 'шофёр', 'sürücü', 'şofer', '운전자'],
      ['unemployment', 'jobless', 'безработица', 'безработные', 'işsizlik', '실업'],
      ['decrease', 'подешевели', 'azalıb', 'ucuzlaşıb', '하락'],
      ['food', 'snack', 'еда', 'жратва', 'yemək', 'xörək', '음식', '밥을', '먹거리'],
      ['grandchildren', 'grandkids', 'внуки', 'nəvələr', '손자'],
      ['utilities', 'kommunal', 'коммуналка', 'квартплата', 'жкх', '공공요금', '공과금', '관리비'],
      ['university', 'универ', 'universitet', 'univer', '대학'],
    ]);
  });

  it('read a common one-syllable Korean noun alone or with its particle', () => {
    expectOneConceptEach([
      ['day', '날이', '날'],
      ['price', '값은', '값'],
      ['debt', '빚이', '빚을'],
      ['storey', '층에', '층'],
      ['alcohol', '술을', '술'],
      ['phone', '폰이', '폰'],
      ['territory', '땅을'],
      ['tower', '탑이'],
      ['bean', '콩을', '팥'],
      ['soil', '흙이'],
      ['poultry', '닭이'],
      ['app', '앱을'],
      ['fans', '팬들', '팬이'],
      ['citrus', '귤이'],
      ['wall', '벽에'],
    ]);
  });

  it('keep the concept lines that only chats needed in four languages, each word its line’s own', () => {
    expectFourLanguageLines(CHAT_LINES);
    expectNoWordElsewhere(CHAT_LINES);
    expectOneConceptEach([
      ['wall', 'walls', 'divar', 'стены', '벽을', '담벼락'],
      ['sis', 'сестра', 'сестры', 'сестрёнка', '언니', '누나', '여동생'],
    ]);
  });

  it('leave the words that share a chat word’s letters in their own sense', () => {
    expectNotReadAs([
      // Albania is no part-time job, "빚은" (갈등을 빚은, that caused) no debt, a venue of talks (회담장) no wall,
      // counter-use (역이용), a region (지역에) and weightlifting (역도) no station, arguing (강변했다) no river, a graduate school (대학원) no cram school.
      ['알바니아', 'jobs'],
      ['알바니아에서', 'jobs'],
      ['빚은', 'debt'],
      ['회담장', 'wall'],
      ['역이용', 'station'],
      ['지역에', 'station'],
      ['역도', 'station'],
      ['강변했다', 'river'],
      ['대학원', 'academy'],
      // A cabin is no cab, a coronation no corona, Azerbaijani vaxtı (its time) no vax, atış (shooting) no əti (meat).
      ['cabin', 'taxi'],
      ['coronation', 'coronavirus'],
      ['vaxtı', 'vaccine'],
      ['atış', 'meat'],
      ['disc', 'dental'],
      ['militia', 'police'],
      // Russian займёт (will take) is no loan (займ), нефтепродукты no groceries, автомат (a rifle) no car (авто),
      // столов (of tables) no canteen, потопили (sank) no flood, холодная (cold, of a war) no frost, преподаёт no lecturer.
      ['займёт', 'loan'],
      ['нефтепродукты', 'grocery'],
      ['автомат', 'car'],
      ['столов', 'restaurant'],
      ['потопили', 'flood'],
      ['холодная', 'frost'],
      ['преподаёт', 'teacher'],
      // Azerbaijani şəkildə (in the way of) is no picture.
      ['şəkildə', 'photo'],
    ]);
  });
});
