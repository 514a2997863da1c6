// Concepts that chat questions ask about in everyday words and that no other lexicon line has (a
// wall, a sister), in en, az, ru and ko. The everyday words of concepts the lexicon already has
// ("менты", "тачка", "zarplata", "알바", Korean one-syllable nouns with their particle: 값, 빚, 층,
// 땅, 술, 밥, 날) are written into those lines in place. One concept a line, named by its first word;
// written by a helper from knowledge of the four languages, without reading any question set or
// article, and checked against Debian's English, Russian and Korean word lists for words whose
// concept the new ones changed. Left out for another common sense or a word they pulled in: Korean
// 역 (지역에, in the region; 역도; a role), 표 (a vote), 길 (길이, length), 문 and 강 (surnames; 문의,
// 강의), 논 (논의), 물 (물가), 담장 (회담장), 전세 (전세계); Russian холод (холодная война), займ
// (займёт), продукты (нефтепродукты), авто (автомат); Azerbaijani qatar (Qatar), toy, çay (tea and a
// river), (şəkildə, "in this way"), qız; English cab (cabin), corona (coronation), vax (vaxtı).

// The sister line is named "sis": English "sister" belongs to twinning (sister cities, lexicon-everyday.ts).
export const CHAT_LINES: readonly string[] = [
  'wall divar стена 벽 담벼락',
  'sis сестра сестрёнка 누나 언니 여동생',
];
